#!/usr/bin/env bash
# Lists the --include-* lines of bindings/jextract/*.args that no class of the project uses (issue #24's footprint:
# every bound function or callback is a class in mediacapture-bindings, which every Linux application ships).
# Reads the class files of the last build: run `./mvnw -B -q install -DskipTests` first (it compiles the tests too).
# Exit status 1 when some line is unused: remove it, run regenerate.sh, and fix the ABI tests that named it.
# How "used" is decided: see UnusedBindings.java beside this script. Needs JDK 24+ (java.lang.classfile).
#
#   bindings/jextract/unused.sh
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
java=${JAVA_HOME:+$JAVA_HOME/bin/}java
exec "$java" "$here/UnusedBindings.java" "$(cd "$here/../.." && pwd)"
