#!/usr/bin/env bash
# Prints how the QEMU guest loads v4l2loopback for kernel VERSION: "modprobe" when the module is
# installed for that kernel (Debian's v4l2loopback-dkms builds it into /lib/modules/VERSION/updates/dkms
# when linux-headers-VERSION is installed), or else the path of a v4l2loopback.ko built here from the
# DKMS source (/usr/src/v4l2loopback-*) against /lib/modules/VERSION/build and cached in
# ${V4L2LOOPBACK_CACHE:-/var/tmp/mediacapture-v4l2loopback}/VERSION-SRCVERSION/, so later runs are
# instant (V4L2LOOPBACK_FORCE_BUILD=1 takes that path even when the module is installed). Fails (status 1), naming the missing package, when neither is possible.
# usage: scripts/qemu/v4l2loopback-module.sh VERSION
set -euo pipefail
kver=${1:?usage: $0 KERNEL_VERSION}
if [ -z "${V4L2LOOPBACK_FORCE_BUILD:-}" ] && modinfo -k "$kver" -F filename v4l2loopback >/dev/null 2>&1; then
  echo modprobe
  exit 0
fi
src=$(printf '%s\n' /usr/src/v4l2loopback-*/ 2>/dev/null | sort -V | tail -n 1)
src=${src%/}
[ -f "$src/v4l2loopback.c" ] || { echo "v4l2loopback-module: no v4l2loopback source in /usr/src (package v4l2loopback-dkms)" >&2; exit 1; }
[ -d "/lib/modules/$kver/build" ] || { echo "v4l2loopback-module: no /lib/modules/$kver/build (package linux-headers-$kver, via linux-headers-amd64)" >&2; exit 1; }
cache=${V4L2LOOPBACK_CACHE:-/var/tmp/mediacapture-v4l2loopback}/$kver-${src##*/v4l2loopback-}
if [ ! -s "$cache/v4l2loopback.ko" ]; then
  mkdir -p "$cache"
  work=$(mktemp -d "$cache/build.XXXXXX")
  trap 'rm -rf "$work"' EXIT
  cp -r "$src"/. "$work"/
  echo "v4l2loopback-module: building v4l2loopback ($src) for kernel $kver" >&2
  make -s -C "/lib/modules/$kver/build" M="$work" modules >"$work/build.log" 2>&1 \
    || { cat "$work/build.log" >&2; echo "v4l2loopback-module: the build failed" >&2; exit 1; }
  mv "$work/v4l2loopback.ko" "$cache/v4l2loopback.ko.tmp.$$"
  mv "$cache/v4l2loopback.ko.tmp.$$" "$cache/v4l2loopback.ko"
fi
echo "$cache/v4l2loopback.ko"
