#!/usr/bin/env bash
# Lists the --include-* lines of bindings/jextract/*.args that no class of the project uses (issue #24's footprint:
# every bound function or callback is a class in mediacapture-bindings, which every Linux application ships).
# Reads the class files of the last build: run `./mvnw -B -q install -DskipTests` first (it compiles the tests too).
# Exit status 1 when some line is unused (remove it, run regenerate.sh, and fix the tests that named it), 2 when
# nothing was built, 3 without a JDK 24+.
# How "used" is decided: see UnusedBindings.java beside this script. Needs JDK 24+ (java.lang.classfile).
#
#   bindings/jextract/unused.sh
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
java=${JAVA_HOME:+$JAVA_HOME/bin/}java
version=$("$java" -version 2>&1 | sed -n 's/.* version "\([0-9]*\).*/\1/p' | head -1)
if [ "${version:-0}" -lt 24 ]; then
    echo "unused.sh needs a JDK 24+ (java.lang.classfile); $java is ${version:-unknown}: set JAVA_HOME" >&2
    exit 3
fi
exec "$java" "$here/UnusedBindings.java" "$(cd "$here/../.." && pwd)"
