#!/usr/bin/env bash
# Runs the main job from the built modules, on the module path (as JPMS users run it).
set -euo pipefail
cd "$(dirname "$0")/.."
mp=""
for m in core bindings platform-linux platform-macos platform-windows cli; do
  jar=$(ls "$m"/target/"$m"-*.jar 2>/dev/null | grep -v -e '-tests.jar' -e '-sources.jar' | head -n1 || true)
  [ -n "$jar" ] || { echo "error: $m is not built; run ./build run" >&2; exit 1; }
  mp="${mp:+$mp:}$jar"
done
for dep in cli/target/lib/*.jar; do [ -f "$dep" ] && mp="$mp:$dep"; done
exec "$JAVA_HOME/bin/java" --enable-native-access=io.mediacapture.core,io.mediacapture.bindings,io.mediacapture.linux,io.mediacapture.macos,io.mediacapture.windows \
  -p "$mp" -m io.mediacapture.cli/io.mediacapture.cli.Demo "$@"
