#!/usr/bin/env bash
# The main job: runs the `mediacapture` tool (cli/target/mediacapture.jar) on this machine -- devices, then a
# 3-second capture and a snapshot -- leaving out/capture.y4m, out/capture.wav and out/snapshot.png. Uses the
# system's camera and microphone, or the built-in fake devices when there are none (and says so).
# With arguments, runs `mediacapture ARGS...` instead, e.g. `./build run devices --json`.
set -euo pipefail
cd "$(dirname "$0")/.."
jar=cli/target/mediacapture.jar
[ -f "$jar" ] || { echo "error: $jar is not built; run ./build run" >&2; exit 1; }
java="${JAVA_HOME:+$JAVA_HOME/bin/}java"
mediacapture() { "$java" -jar "$jar" "$@"; }

if [ $# -gt 0 ]; then
  exec "$java" -jar "$jar" "$@"
fi

backend=()
found=$(mediacapture devices --json)
missing=()
grep -q '"kind" *: *"videoinput"' <<<"$found" || missing+=(camera)
grep -q '"kind" *: *"audioinput"' <<<"$found" || missing+=(microphone)
if [ ${#missing[@]} -gt 0 ]; then
  echo "== No ${missing[*]} on this machine: using the built-in fake camera and microphone (--backend fake)."
  backend=(--backend fake)
fi

echo "== mediacapture ${backend[*]} devices"
mediacapture "${backend[@]}" devices
echo
echo "== mediacapture ${backend[*]} capture --video --audio --seconds 3 --out out"
mediacapture "${backend[@]}" capture --video --audio --seconds 3 --out out
echo
echo "== mediacapture ${backend[*]} snapshot --out out/snapshot.png"
mediacapture "${backend[@]}" snapshot --out out/snapshot.png
echo
echo "Done: $(ls out/capture.y4m out/capture.wav out/snapshot.png | tr '\n' ' ')"
