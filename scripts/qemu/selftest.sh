#!/usr/bin/env bash
# Self-test of the QEMU guest rig: boots the guest once and checks that the real drivers work:
# vivid's /dev/video0 is a capture node that streams non-empty frames, and a tone played with
# aplay into hw:Loopback,0 comes back through arecord on hw:Loopback,1 (not silent, right pitch).
# Exits non-zero, naming the failed check, otherwise. Needs v4l-utils and alsa-utils on the host.
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
for tool in v4l2-ctl aplay arecord od awk; do
  command -v "$tool" >/dev/null || { echo "qemu selftest: missing $tool (see scripts/test-packages.txt)" >&2; exit 125; }
done
out=$(mktemp -d /tmp/qemu-selftest.XXXXXX)
trap 'rm -rf "$out"' EXIT

# Runs inside the guest; $QEMU_GUEST_OUT is the writable share.
# shellcheck disable=SC2016  # expanded in the guest
check='
set -euo pipefail
o=$QEMU_GUEST_OUT
fail() { echo "SELFTEST FAILED: $*"; exit 1; }

[ -c /dev/video0 ] || fail "/dev/video0 is missing"
v4l2-ctl -d /dev/video0 --info | grep -q "Video Capture" || fail "/dev/video0 is not a capture node"
v4l2-ctl -d /dev/video0 --set-fmt-video=width=320,height=180,pixelformat=YUYV \
  --stream-mmap --stream-count=3 --stream-to="$o/frames.yuv" >/dev/null 2>&1 || fail "streaming from /dev/video0 failed"
size=$(stat -c %s "$o/frames.yuv")
[ "$size" -eq $((3 * 320 * 180 * 2)) ] || fail "expected 3 YUYV 320x180 frames, got $size bytes"
[ "$(tr -d "\000" <"$o/frames.yuv" | head -c 1 | wc -c)" -eq 1 ] || fail "the vivid frames are all zero"
echo "selftest: vivid /dev/video0 streamed 3 frames ($size bytes)"

# A 2 s square wave of about 444 Hz (S16_LE stereo 48 kHz, +-8224), written without any zero byte
# so plain printf can make it.
hi=$(printf "\\x20\\x20\\x20\\x20%.0s" $(seq 54)); lo=$(printf "\\xe0\\xe0\\xe0\\xe0%.0s" $(seq 54))
period="$hi$lo"
for _ in $(seq 888); do printf "%s" "$period"; done >"$o/tone.raw"
fmt=(-t raw -f S16_LE -r 48000 -c 2)
arecord -q -D hw:Loopback,1 "${fmt[@]}" -d 1 "$o/rec.raw" & rec=$!
sleep 0.2
aplay -q -D hw:Loopback,0 "${fmt[@]}" "$o/tone.raw" || fail "aplay into hw:Loopback,0 failed"
wait "$rec" || fail "arecord from hw:Loopback,1 failed"
# Left channel: peak level and rising zero crossings per second of the non-silent part.
stats=$(od -An -v -td2 -w4 "$o/rec.raw" | awk "
  { v = \$1; a = v < 0 ? -v : v; if (a > peak) peak = a
    if (a > 100 && !started) started = NR
    if (started) { n++; if (prev < 0 && v >= 0) up++ } prev = v }
  END { printf \"%d %d\\n\", peak, (n ? up * 48000 / n : 0) }") || fail "cannot read the recording"
read -r peak hz <<<"$stats"
echo "selftest: loopback recording peak $peak, about $hz Hz"
[ "$peak" -gt 4000 ] || fail "the loopback recording is silent (peak $peak)"
[ "$hz" -gt 400 ] && [ "$hz" -lt 490 ] || fail "the loopback recording has the wrong pitch ($hz Hz, expected ~444)"
echo "selftest: OK"
'
status=0
"$here/run-in-guest.sh" --timeout "${QEMU_SELFTEST_TIMEOUT:-180}" --out "$out" -- bash -c "$check" || status=$?
[ "$status" -eq 0 ] || echo "qemu selftest: FAILED (exit status $status)" >&2
exit "$status"
