#!/usr/bin/env bash
# Runs a command as root in a QEMU guest that has real kernel test drivers loaded: vivid (virtual
# V4L2 cameras) and snd-aloop (ALSA loopback card). The guest boots the host's Debian kernel under
# TCG, sees the host root read-only over 9p (so host binaries, the JDK and the build output are
# there) and one writable result directory. The command's exit status becomes this script's.
# See docs/qemu-guest.md.
set -euo pipefail

usage() {
  cat <<'EOF'
usage: scripts/qemu/run-in-guest.sh [options] -- COMMAND [ARG...]
  --timeout SECS    kill the guest after SECS seconds (default 300); exit status 124
  --out HOSTDIR     directory mounted read-write in the guest at the same path (default: a fresh
                    temp dir, printed at the end); the command also gets it as $QEMU_GUEST_OUT
  --cwd DIR         working directory in the guest (default: the current directory)
  --env NAME[=VAL]  pass an environment variable on (repeatable; default set: PATH JAVA_HOME HOME
                    LANG LC_ALL TZ CI TERM)
  --mem SIZE        guest memory (default 3G)     --smp N   vCPUs (default 2)
  --tcg-threads single|multi  one host thread for all vCPUs (default), or one each (MTTCG: the
                    JVM's JIT code patching can crash with SIGILL under it; see docs/qemu-guest.md)
  --vivid OPTS      vivid module options (default "n_devs=1 node_types=0xe1d3d num_inputs=1 input_types=0x0")
  --aloop OPTS      snd-aloop module options (default: none)
  --v4l2loopback OPTS  also load v4l2loopback with these options (shell-quoted words, e.g.
                    'video_nr=10 card_label="Loopback Cam" exclusive_caps=1'); built for the guest
                    kernel from v4l2loopback-dkms when not installed (scripts/qemu/v4l2loopback-module.sh)
  --kernel VERSION  kernel under /lib/modules to boot (default: the newest with a /boot/vmlinuz)
  --log FILE        also write the guest console to FILE
  --quiet           do not stream the console; print its tail when the run fails
  --check           only check the prerequisites (for the options given); exit 0 or 125
Exit status: the command's; 124 on timeout; 125 when the rig itself fails (named on stderr).
EOF
}

die() { echo "run-in-guest: $*" >&2; exit 125; }
say() { echo "run-in-guest: $*" >&2; }
# The console carries SeaBIOS's terminal resets and CRLF line ends: keep the text only.
clean_console() { sed -u -e 's/\x1b\[[0-9;?]*[A-Za-z]//g' -e 's/\x1bc//g' -e 's/\r$//'; }

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
timeout_s=300 out="" cwd=$PWD mem=3G smp=2 tcg_threads=single kver="" log_copy="" quiet="" check_only=""
vivid_opts="n_devs=1 node_types=0xe1d3d num_inputs=1 input_types=0x0"
aloop_opts="" v4l2loopback_opts="" v4l2loopback=""
env_names=(PATH JAVA_HOME HOME LANG LC_ALL TZ CI TERM)
env_assign=()
while [ $# -gt 0 ]; do
  case $1 in
    --timeout) timeout_s=${2:?--timeout needs SECS}; shift 2 ;;
    --out) out=${2:?--out needs a directory}; shift 2 ;;
    --cwd) cwd=${2:?--cwd needs a directory}; shift 2 ;;
    --env) case ${2:?--env needs NAME or NAME=VALUE} in *=*) env_assign+=("$2") ;; *) env_names+=("$2") ;; esac; shift 2 ;;
    --mem) mem=${2:?--mem needs a size}; shift 2 ;;
    --smp) smp=${2:?--smp needs a count}; shift 2 ;;
    --tcg-threads) tcg_threads=${2:?--tcg-threads needs single or multi}; shift 2 ;;
    --vivid) vivid_opts=${2?--vivid needs options}; shift 2 ;;
    --aloop) aloop_opts=${2?--aloop needs options}; shift 2 ;;
    --v4l2loopback) v4l2loopback=yes v4l2loopback_opts=${2?--v4l2loopback needs options}; shift 2 ;;
    --kernel) kver=${2:?--kernel needs a version}; shift 2 ;;
    --log) log_copy=${2:?--log needs a file}; shift 2 ;;
    --quiet) quiet=yes; shift ;;
    --check) check_only=yes; shift ;;
    -h|--help) usage; exit 0 ;;
    --) shift; break ;;
    *) usage >&2; die "unknown argument '$1' (the command goes after --)" ;;
  esac
done
[ $# -gt 0 ] || [ -n "$check_only" ] || { usage >&2; die "no command given after --"; }
[[ $timeout_s =~ ^[1-9][0-9]*$ ]] || die "--timeout must be a positive number of seconds, got '$timeout_s'"
[[ $smp =~ ^[1-9][0-9]*$ ]] || die "--smp must be a positive number, got '$smp'"
[[ $tcg_threads =~ ^(single|multi)$ ]] || die "--tcg-threads must be single or multi, got '$tcg_threads'"

# --- prerequisites -------------------------------------------------------------------------------
missing=()
command -v qemu-system-x86_64 >/dev/null || missing+=("qemu-system-x86 (qemu-system-x86_64)")
busybox=""
for b in /bin/busybox /usr/bin/busybox; do
  # The initramfs has no libc: only a static busybox (package busybox-static) runs there.
  if [ -x "$b" ] && ! ldd "$b" >/dev/null 2>&1; then busybox=$b; break; fi
done
[ -n "$busybox" ] || missing+=("busybox-static (a statically linked /bin/busybox)")
command -v modprobe >/dev/null || missing+=("kmod (modprobe)")
if [ -z "$kver" ]; then
  for d in $(printf '%s\n' /lib/modules/*/ | sort -rV); do
    v=$(basename "$d")
    if [ -r "/boot/vmlinuz-$v" ]; then kver=$v; break; fi
  done
fi
if [ -z "$kver" ] || [ ! -r "/boot/vmlinuz-$kver" ]; then
  missing+=("linux-image-amd64 (a readable /boot/vmlinuz-* with its /lib/modules)")
else
  for m in vivid snd-aloop 9p 9pnet_virtio virtio_pci overlay; do
    modinfo -k "$kver" -F filename "$m" >/dev/null 2>&1 \
      || missing+=("linux-image-amd64 (module $m for kernel $kver)")
  done
fi
if [ -n "$v4l2loopback" ] && [ -n "$kver" ]; then
  v4l2loopback_module=$("$here/v4l2loopback-module.sh" "$kver") \
    || missing+=("v4l2loopback-dkms and linux-headers-amd64 (v4l2loopback for kernel $kver)")
fi
if [ ${#missing[@]} -gt 0 ]; then
  printf 'run-in-guest: missing prerequisite: %s\n' "${missing[@]}" >&2
  die "install them with scripts/install-test-deps.sh (they are in scripts/test-packages.txt)"
fi
[ -z "$check_only" ] || exit 0

# --- initramfs, cached by the hash of its inputs -------------------------------------------------
cache=${QEMU_GUEST_CACHE:-/tmp/mediacapture-qemu-$(id -u)}
mkdir -p "$cache"
modules=()
for m in virtio_pci 9pnet_virtio 9p overlay; do
  while read -r verb path _; do
    [ "$verb" = insmod ] || continue
    [[ " ${modules[*]-} " == *" $path "* ]] || modules+=("$path")
  done < <(modprobe -S "$kver" --show-depends "$m")
done
key=$( { echo "$kver"; sha256sum "$here/guest-init.sh" "$busybox" "${modules[@]}"; } | sha256sum | cut -c1-16)
initrd=$cache/initramfs-$key.cpio
if [ ! -s "$initrd" ]; then
  stage=$(mktemp -d "$cache/initramfs-build.XXXXXX")
  mkdir -p "$stage/bin" "$stage/modules"
  cp "$busybox" "$stage/bin/busybox"
  for applet in $("$busybox" --list); do
    [ "$applet" = busybox ] || ln -sf busybox "$stage/bin/$applet"
  done
  cp "$here/guest-init.sh" "$stage/init"
  chmod 755 "$stage/init"
  for p in "${modules[@]}"; do
    cp "$p" "$stage/modules/"
    basename "$p" >>"$stage/modules.order"
  done
  (cd "$stage" && find . -mindepth 1 | "$busybox" cpio -o -H newc -R 0:0 2>/dev/null) >"$initrd.tmp.$$"
  mv "$initrd.tmp.$$" "$initrd"
  rm -rf "$stage"
fi

# --- per-run control share: configuration, environment, command, status --------------------------
if [ -z "$out" ]; then
  out=$(mktemp -d /tmp/qemu-guest-out.XXXXXX)
  say "results directory: $out"
fi
mkdir -p "$out"
out=$(cd "$out" && pwd -P)
cwd=$(cd "$cwd" 2>/dev/null && pwd -P) || die "--cwd: no such directory"
# /run and /dev/shm are fresh tmpfs in the guest: the host's files there are not visible. (/tmp is the
# host's, seen through a writable overlay.)
case "$cwd/" in
  "$out"/*) ;;
  /run/*|/dev/shm/*|/proc/*|/sys/*|/dev/*)
    die "the working directory $cwd is not visible in the guest (its /run, /dev are its own); cd elsewhere, pass --cwd, or put it inside --out" ;;
esac
ctl=$(mktemp -d "$cache/run.XXXXXX")
qpid="" tailpid=""
# shellcheck disable=SC2317  # invoked by the EXIT trap
cleanup() {
  if [ -n "$tailpid" ]; then kill "$tailpid" 2>/dev/null || true; fi
  if [ -n "$qpid" ]; then kill -9 "$qpid" 2>/dev/null || true; fi
  rm -rf "$ctl"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM
trap 'exit 129' HUP

marker="@@QEMU-GUEST-EXIT-$(od -An -N8 -tx1 /dev/urandom | tr -d ' \n')@@"
cp "$here/guest-stage2.sh" "$ctl/stage2.sh"
{
  printf 'GUEST_OUT=%q\n' "$out"
  printf 'GUEST_CWD=%q\n' "$cwd"
  printf 'GUEST_MARKER=%q\n' "$marker"
  printf 'GUEST_VIVID_OPTS=%q\n' "$vivid_opts"
  printf 'GUEST_ALOOP_OPTS=%q\n' "$aloop_opts"
  printf 'GUEST_V4L2LOOPBACK=%q\n' "${v4l2loopback_module-}"
  printf 'GUEST_V4L2LOOPBACK_OPTS=%q\n' "$v4l2loopback_opts"
} >"$ctl/config"
{
  for n in "${env_names[@]}"; do
    [ -n "${!n+set}" ] && printf 'export %s=%q\n' "$n" "${!n}"
  done
  for a in "${env_assign[@]+"${env_assign[@]}"}"; do
    printf 'export %s=%q\n' "${a%%=*}" "${a#*=}"
  done
  printf 'export QEMU_GUEST=1 QEMU_GUEST_OUT=%q\n' "$out"
} >"$ctl/env"
{
  printf 'cmd=('; printf '%q ' "$@"; printf ')\n'
  # shellcheck disable=SC2016  # expanded in the guest
  printf 'exec "${cmd[@]}"\n'
} >"$ctl/command"

# --- boot ----------------------------------------------------------------------------------------
log=$ctl/console.log
: >"$log"  # exists before tail looks for it
start=$(date +%s.%N)
qemu-system-x86_64 \
  -accel "tcg,thread=$tcg_threads" -cpu max -smp "$smp" -m "$mem" \
  -nographic -no-reboot -nic none \
  -kernel "/boot/vmlinuz-$kver" -initrd "$initrd" \
  -append "console=ttyS0 panic=-1 quiet loglevel=4 mitigations=off" \
  -virtfs local,path=/,mount_tag=hostroot,security_model=none,readonly=on,multidevs=remap \
  -virtfs "local,path=$ctl,mount_tag=qemuctl,security_model=none" \
  -virtfs "local,path=$out,mount_tag=qemuout,security_model=none" \
  </dev/null >"$log" 2>&1 &
qpid=$!
if [ -z "$quiet" ]; then
  tail -n +1 -s 0.2 -f --pid="$qpid" "$log" | clean_console >&2 &
  tailpid=$!
fi

deadline=$(( $(date +%s) + timeout_s ))
timed_out=""
while kill -0 "$qpid" 2>/dev/null; do
  if [ "$(date +%s)" -ge "$deadline" ]; then
    timed_out=yes
    kill "$qpid" 2>/dev/null || true
    sleep 2
    kill -9 "$qpid" 2>/dev/null || true
    break
  fi
  sleep 0.2
done
qemu_status=0
wait "$qpid" || qemu_status=$?
qpid=""
[ -n "$tailpid" ] && { wait "$tailpid" 2>/dev/null || true; tailpid=""; }
elapsed=$(echo "$start $(date +%s.%N)" | awk '{printf "%.1f", $2 - $1}')
[ -n "$log_copy" ] && cp "$log" "$log_copy"

fail_tail() {
  if [ -n "$quiet" ]; then
    echo "run-in-guest: last lines of the guest console:" >&2
    tail -n 40 "$log" | clean_console >&2
  fi
}
if [ -n "$timed_out" ]; then
  fail_tail
  say "TIMEOUT: the guest did not finish within ${timeout_s} s; QEMU was killed (raise --timeout?)"
  exit 124
fi
status=""
if [ -s "$ctl/status" ]; then
  status=$(cat "$ctl/status")
else
  # Fallback: the marker line the guest prints on the console.
  status=$(tr -d '\r' <"$log" | sed -n "s/^$marker \\([0-9]*\\)\$/\\1/p" | tail -n 1)
fi
if ! [[ $status =~ ^[0-9]+$ ]]; then
  fail_tail
  die "the guest ended without reporting the command's status (QEMU exit $qemu_status after ${elapsed} s); see the console output above"
fi
say "command exit status $status; guest run took ${elapsed} s in total; results in $out"
[ "$status" -ne 0 ] && fail_tail
exit "$status"
