#!/usr/bin/env bash
# Installs the Debian packages the tests need (scripts/test-packages.txt, or the list file given, relative
# to scripts/) when any is missing.
# Needs root (CI and the dev machines are root); elsewhere it names what to install and fails.
set -euo pipefail
cd "$(dirname "$0")"
list=${1:-test-packages.txt}
[ -f "$list" ] || { echo "error: no package list '$list' in scripts/" >&2; exit 1; }
mapfile -t wanted < <(sed -e 's/#.*//' -e '/^[[:space:]]*$/d' "$list")
[ ${#wanted[@]} -gt 0 ] || exit 0
missing=()
for p in "${wanted[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
done
[ ${#missing[@]} -eq 0 ] && exit 0
if ! command -v apt-get >/dev/null; then
  echo "error: the tests need these Debian packages (or your system's equivalents): ${missing[*]}" >&2
  exit 1
fi
if [ "$(id -u)" -ne 0 ]; then
  echo "error: the tests need these packages, and installing them needs root: sudo apt-get install ${missing[*]}" >&2
  exit 1
fi
echo "installing test packages: ${missing[*]}" >&2
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq >/dev/null
apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
