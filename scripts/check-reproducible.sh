#!/usr/bin/env bash
# Shows that the build is reproducible (issue #24): clones the committed HEAD twice into two different
# directories, builds each with `./mvnw package -DskipTests`, and compares every jar they produce byte for
# byte (the published ones: jar, -sources, -javadoc, -tests; and the cli's and benchmarks' own).
# project.build.outputTimestamp in the POMs fixes the archive entries' times and order.
#
#   scripts/check-reproducible.sh [--keep]     (~3-5 min on 2 cores; --keep leaves the two trees in /tmp)
#
# Exit status 0 when every jar is identical, 1 naming the jars and entries that differ. Not run by
# ./build test (it builds the project twice more); run it before a release and after changing the build.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD
keep=false
[ "${1:-}" = "--keep" ] && keep=true

JAVA_HOME=$(scripts/find-jdk.sh) || exit 1
export JAVA_HOME PATH="$JAVA_HOME/bin:$PATH"

work=$(mktemp -d /tmp/mediacapture-repro.XXXXXX)
$keep || trap 'rm -rf "$work"' EXIT
commit=$(git rev-parse HEAD)
[ -z "$(git status --porcelain --untracked-files=no)" ] \
  || echo "check-reproducible: note: uncommitted changes are not part of the check (it builds $commit)" >&2

for side in a b; do
  git clone -q --no-hardlinks "$root" "$work/$side"
  git -C "$work/$side" checkout -q "$commit"
  echo "check-reproducible: building $work/$side ($commit)" >&2
  (cd "$work/$side" && ./mvnw -B -q -DskipTests package >"$work/$side.log" 2>&1) \
    || { echo "check-reproducible: the build in $work/$side failed; see $work/$side.log" >&2; keep=true; trap - EXIT; exit 1; }
done

# Each module's own jars (target/lib holds copies of third-party jars: not ours to compare).
(cd "$work/a" && find . -mindepth 3 -maxdepth 3 -path './*/target/*.jar' | sort) > "$work/jars"
[ -s "$work/jars" ] || { echo "check-reproducible: the build made no jars" >&2; exit 1; }
same=0 differ=0
while read -r jar; do
  if [ ! -f "$work/b/$jar" ]; then
    echo "DIFFERS $jar: only in the first build"; differ=$((differ + 1)); continue
  fi
  if cmp -s "$work/a/$jar" "$work/b/$jar"; then
    same=$((same + 1))
  else
    differ=$((differ + 1))
    echo "DIFFERS $jar; entries that differ (name, size, crc):"
    diff <(unzip -lv "$work/a/$jar" | awk 'NR>3 {print $8, $1, $7, $5, $6}') \
         <(unzip -lv "$work/b/$jar" | awk 'NR>3 {print $8, $1, $7, $5, $6}') | sed 's/^/    /' | head -20 || true
  fi
done < "$work/jars"
sed 's:.*/::' "$work/jars" | tr '\n' ' ' | fold -s -w 110 | sed 's/^/  /'; echo
echo "check-reproducible: of these $((same + differ)) jars, $same are identical in both builds and $differ differ"
[ "$differ" -eq 0 ]
