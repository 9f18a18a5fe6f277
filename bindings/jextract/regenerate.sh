#!/bin/sh
# Regenerates the generated-shape binding sources from every bindings/jextract/*.args file with jextract 22+
# (https://jdk.java.net/jextract/). jextract is not needed to build or test; the checked-in sources stand for its
# output, each class naming the command it corresponds to.
#
# Usage: bindings/jextract/regenerate.sh [--write]
#   default  generate into bindings/target/jextract/ and show a diff against the checked-in sources
#   --write  generate into bindings/src/main/java (overwrites the generated-shape classes)
#
# Deliberate differences of the checked-in classes from raw jextract output, to re-apply after --write:
#   - functions go through io.mediacapture.bindings.NativeLibrary (lazy loading, error naming the Debian package)
#     instead of jextract's SymbolLookup.libraryLookup at class initialisation;
#   - struct layouts are built with <header>_h.structLayout(...), which derives padding from member alignment,
#     and field offsets are computed from the layout instead of being literal numbers;
#   - C long/size_t come from Linker.canonicalLayouts() (jextract hard-codes JAVA_LONG on Linux).
# bindings/src/test/.../*AbiTest checks the result against the C headers either way.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
mode=${1:-diff}
command -v jextract >/dev/null 2>&1 || { echo "jextract not found on PATH (get it from https://jdk.java.net/jextract/)" >&2; exit 2; }
out="$root/bindings/src/main/java"
if [ "$mode" != "--write" ]; then
    out="$root/bindings/target/jextract"
    rm -rf "$out"
    mkdir -p "$out"
fi
cd "$root"
for args in "$here"/*.args; do
    echo "jextract @$args -> $out" >&2
    # Comment lines and the args file's own --output are dropped; the output folder is chosen above.
    tmp=$(mktemp)
    grep -v -e '^#' -e '^--output' "$args" > "$tmp"
    jextract @"$tmp" --output "$out"
    rm -f "$tmp"
done
if [ "$mode" != "--write" ]; then
    for args in "$here"/*.args; do
        pkg=$(sed -n 's/^--target-package[ =]*//p' "$args" | head -n 1 | tr . /)
        diff -ru "$root/bindings/src/main/java/$pkg" "$out/$pkg" || true
    done
fi
