#!/usr/bin/env bash
# Runs COMMAND inside the QEMU guest (scripts/qemu/run-in-guest.sh) with PipeWire's camera stack as a
# desktop has it: systemd-udevd (the V4L2 monitor learns of devices and hot-plug from udev), a session
# bus, the PipeWire daemon and WirePlumber with its V4L2 monitor, which makes camera nodes of the
# guest's vivid (and v4l2loopback) devices. COMMAND gets PIPEWIRE_RUNTIME_DIR/PIPEWIRE_REMOTE; its exit
# status is this script's (125 when the stack does not come up). See docs/qemu-guest.md.
#   scripts/qemu/run-in-guest.sh -- scripts/qemu/guest-pipewire.sh pw-cli ls Node
set -uo pipefail
[ "${QEMU_GUEST:-}" = 1 ] || { echo "guest-pipewire: run me inside the QEMU guest (run-in-guest.sh)" >&2; exit 125; }
[ $# -gt 0 ] || { echo "usage: guest-pipewire.sh COMMAND [ARG...]" >&2; exit 125; }
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
say() { echo "guest-pipewire: $*" >&2; }
uptime_s() { read -r up _ </proc/uptime; echo "$up"; }
run=/run/mediacapture-pw
mkdir -p -m 700 "$run" "$run/state" "$run/home"

# udev refuses to act in a chroot, which the guest's root is (guest-init.sh chroots into the host root).
export SYSTEMD_IGNORE_CHROOT=1
/lib/systemd/systemd-udevd --daemon || { say "systemd-udevd did not start"; exit 125; }
udevadm trigger --action=add --subsystem-match=video4linux >/dev/null 2>&1
udevadm settle -t 20 || say "udevadm settle timed out"

export XDG_RUNTIME_DIR=$run PIPEWIRE_RUNTIME_DIR=$run PIPEWIRE_REMOTE=pipewire-0
export XDG_CONFIG_HOME=$here/pipewire XDG_STATE_HOME=$run/state HOME=$run/home
export DBUS_SESSION_BUS_ADDRESS=unix:path=$run/bus
dbus-daemon --session --address="$DBUS_SESSION_BUS_ADDRESS" --fork --nopidfile >/dev/null \
  || { say "dbus-daemon did not start"; exit 125; }
pipewire >"$run/pipewire.log" 2>&1 &
pw=$!
for _ in $(seq 100); do [ -S "$run/pipewire-0" ] && break; sleep 0.1; done
wireplumber >"$run/wireplumber.log" 2>&1 &
wp=$!
cameras() { timeout 10 pw-cli ls Node 2>/dev/null | grep -c 'media.class = "Video/Source"'; }
ready=""
for _ in $(seq 60); do
  kill -0 "$wp" 2>/dev/null || break
  [ "$(cameras)" -gt 0 ] && { ready=yes; break; }
  sleep 0.5
done
if [ -z "$ready" ]; then
  say "no PipeWire camera node within 30 s; logs:"
  tail -n 30 "$run/pipewire.log" "$run/wireplumber.log" >&2
  exit 125
fi
say "$(cameras) camera node(s) ready at guest uptime $(uptime_s) s"
status=0
"$@" || status=$?
if [ "$status" -ne 0 ]; then
  say "command failed ($status); last lines of the WirePlumber log:"
  tail -n 20 "$run/wireplumber.log" >&2
fi
kill "$wp" "$pw" 2>/dev/null
exit "$status"
