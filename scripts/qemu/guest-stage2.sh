#!/bin/bash
# Second stage of the guest, run by guest-init.sh inside the chroot of the host root (read-only).
# Loads the real test drivers, waits for their device nodes, runs the command written by
# run-in-guest.sh, records its exit status in the control share and powers the guest off.
set -u
export PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin
ctl=/run/qemu-guest
# shellcheck source=/dev/null
. "$ctl/config"

say() { echo "qemu-guest: $*"; }
uptime_s() { read -r up _ </proc/uptime; echo "$up"; }

finish() {
  local status=$1
  echo "$status" >"$ctl/status.tmp" && mv "$ctl/status.tmp" "$ctl/status"
  sync
  say "command exited with status $status at guest uptime $(uptime_s) s"
  echo "$GUEST_MARKER $status"
  [ -n "$GUEST_OUT" ] && umount "$GUEST_OUT" 2>/dev/null
  echo o >/proc/sysrq-trigger
  sleep 30
}

say "root mounted at guest uptime $(uptime_s) s"
# shellcheck disable=SC2086  # the option strings are word lists on purpose
modprobe vivid $GUEST_VIVID_OPTS || { say "modprobe vivid $GUEST_VIVID_OPTS failed"; finish 125; }
# shellcheck disable=SC2086
modprobe snd-aloop $GUEST_ALOOP_OPTS || { say "modprobe snd-aloop $GUEST_ALOOP_OPTS failed"; finish 125; }

if [ -n "${GUEST_V4L2LOOPBACK:-}" ]; then
  # The options are shell words (run-in-guest.sh --v4l2loopback); a value with spaces is passed on quoted,
  # as the kernel's parameter parser wants it.
  eval "lb_words=($GUEST_V4L2LOOPBACK_OPTS)" || { say "bad --v4l2loopback options: $GUEST_V4L2LOOPBACK_OPTS"; finish 125; }
  lb_args=()
  for w in "${lb_words[@]}"; do
    case $w in *" "*) lb_args+=("${w%%=*}=\"${w#*=}\"") ;; *) lb_args+=("$w") ;; esac
  done
  if [ "$GUEST_V4L2LOOPBACK" = modprobe ]; then
    modprobe v4l2loopback "${lb_words[@]}" || { say "modprobe v4l2loopback failed"; finish 125; }
  else
    # Built outside /lib/modules (scripts/qemu/v4l2loopback-module.sh): its dependency by hand.
    modprobe videodev && insmod "$GUEST_V4L2LOOPBACK" "${lb_args[@]}" \
      || { say "insmod $GUEST_V4L2LOOPBACK failed"; finish 125; }
  fi
fi

# devtmpfs creates the nodes as the drivers register them; no udev is needed.
ready=""
for _ in $(seq 1 200); do
  if compgen -G '/dev/video*' >/dev/null && compgen -G '/dev/snd/pcmC*D*c' >/dev/null; then
    ready=yes
    break
  fi
  sleep 0.1
done
if [ -z "$ready" ]; then
  say "vivid/snd-aloop device nodes did not appear within 20 s:"
  ls -l /dev/video* /dev/snd 2>&1
  finish 125
fi
say "devices ready at guest uptime $(uptime_s) s: $(cd /dev && echo video* snd/pcm*)"

if ! cd "$GUEST_CWD"; then
  say "cannot enter the working directory $GUEST_CWD in the guest"
  finish 125
fi

# A clean environment with only what run-in-guest.sh chose to pass on.
command_status=0
# shellcheck disable=SC2016  # $1 expands in the inner bash
env -i bash -c '. "$1/env" && . "$1/command"' bash "$ctl" </dev/null || command_status=$?
finish "$command_status"
