#!/usr/bin/env bash
# The benchmark command (see benchmarks/README.md): builds the benchmarks module, compiles the native
# baseline client, starts the PipeWire test rig, runs every benchmark and writes the results.
#
#   scripts/bench.sh            full run (~12 min) -> benchmarks/results/*.json + results.md
#   scripts/bench.sh --quick    every benchmark briefly (< 2 min) -> benchmarks/target/results-quick/
#   scripts/bench.sh --soak [MINUTES]   the soak (default 60 min; not part of ./build test): camera and
#                               microphone on the PipeWire rig captured continuously, native memory (NMT), RSS,
#                               fds and threads sampled every minute -> benchmarks/results/soak.json + soak.md
#
# Options: --no-rig    use the rig the caller already started (its MEDIACAPTURE_PW_* exports), as
#                      ./build test does (its daemon is restarted first); --no-build  skip the Maven build; --out DIR  write elsewhere.
# Exit status 1 when a benchmark breaks (no frames, an exception, a JMH error). Performance numbers are
# reported, never asserted.
set -euo pipefail
cd "$(dirname "$0")/.."
here=$PWD

quick=false rig=true build=true out= soak=
while [ $# -gt 0 ]; do
  case "$1" in
    --quick) quick=true ;;
    --soak)
      soak=60
      if [ $# -ge 2 ] && [[ $2 =~ ^[0-9]+([.][0-9]+)?$ ]]; then soak=$2; shift; fi ;;
    --no-rig) rig=false ;;
    --no-build) build=false ;;
    --out) [ $# -ge 2 ] || { echo "bench.sh: --out needs a directory" >&2; exit 2; }; out=$2; shift ;;
    *) echo "usage: scripts/bench.sh [--quick | --soak [MINUTES]] [--no-rig] [--no-build] [--out DIR] (unknown '$1')" >&2; exit 2 ;;
  esac
  shift
done
if [ -z "$out" ]; then
  if $quick; then out=$here/benchmarks/target/results-quick; else out=$here/benchmarks/results; fi
fi

# What the baseline client, the rig and the baselines need (a no-op when installed; apt-get as root otherwise).
scripts/install-test-deps.sh bench-packages.txt
JAVA_HOME=$(scripts/find-jdk.sh) || exit 1
export JAVA_HOME PATH="$JAVA_HOME/bin:$PATH"

if $build; then
  echo "bench.sh: building the benchmarks module" >&2
  ./mvnw -B -q -pl benchmarks -am package -DskipTests
fi
[ -d benchmarks/target/lib ] && [ -d benchmarks/target/classes ] \
  || { echo "bench.sh: benchmarks/target is not built (run without --no-build)" >&2; exit 1; }

# What the EXIT trap undoes (the rig, the soak's copy of the classes).
cleanup=()
on_exit() { local c; for c in "${cleanup[@]}"; do eval "$c" || true; done; }
trap on_exit EXIT

classes=benchmarks/target/classes lib=benchmarks/target/lib
if [ -n "$soak" ]; then
  # The soak runs from a copy of the classes: rebuilding the module during its hour must not change them.
  run_dir=$(mktemp -d "${TMPDIR:-/tmp}/mediacapture-soak.XXXXXX")
  cleanup+=("rm -rf '$run_dir'")
  cp -r "$classes" "$lib" "$run_dir/"
  classes=$run_dir/classes lib=$run_dir/lib
else
  # The native baseline is compiled here, with the system compiler, from the module's own source.
  native=benchmarks/target/native/pw_latency
  mkdir -p "$(dirname "$native")"
  for tool in cc pkg-config; do
    command -v "$tool" >/dev/null \
      || { echo "bench.sh: '$tool' is missing (Debian packages gcc, pkg-config, libpipewire-0.3-dev)" >&2; exit 1; }
  done
  pw_flags=$(pkg-config --cflags --libs libpipewire-0.3) \
    || { echo "bench.sh: libpipewire-0.3 headers are missing (Debian package libpipewire-0.3-dev)" >&2; exit 1; }
  # shellcheck disable=SC2086 # pkg-config output is a list of flags
  cc -O2 -Wall -Wextra -o "$native" benchmarks/src/main/c/pw_latency.c $pw_flags
  # The MJPEG decode baseline: libjpeg-turbo's own decode of the benchmark's JPEGs (Debian libturbojpeg0-dev).
  [ -f /usr/include/turbojpeg.h ] \
    || { echo "bench.sh: turbojpeg.h is missing (Debian package libturbojpeg0-dev)" >&2; exit 1; }
  cc -O2 -Wall -Wextra -o "$(dirname "$native")/mjpeg_decode" benchmarks/src/main/c/mjpeg_decode.c -lturbojpeg
  # The photo encode baseline: libjpeg-turbo's own encode of the photo benchmark's frame.
  cc -O2 -Wall -Wextra -o "$(dirname "$native")/photo_encode" benchmarks/src/main/c/photo_encode.c -lturbojpeg
  # shellcheck disable=SC2086
  cc -O2 -Wall -Wextra -o "$(dirname "$native")/pw_startup" benchmarks/src/main/c/pw_startup.c $pw_flags
fi

if $rig; then
  exports=$(scripts/rigs/pipewire.sh start)
  [ -n "$exports" ] || { echo "bench.sh: the PipeWire rig did not start (reason above)" >&2; exit 1; }
  eval "$exports"
  cleanup+=('"$here/scripts/rigs/pipewire.sh" stop "$MEDIACAPTURE_PW_RIG"')
elif [ -z "${MEDIACAPTURE_PW_RIG_SCRIPT:-}" ]; then
  echo "bench.sh: --no-rig, but no PipeWire rig is running (MEDIACAPTURE_PW_RIG_SCRIPT is unset)" >&2
  exit 1
else
  # The tests before us may have left the graph stalled ("out of buffers" after a load spike, after which
  # no audio source delivers again): start from a fresh daemon on the same socket.
  "$MEDIACAPTURE_PW_RIG_SCRIPT" restart-daemon
fi

if [ -n "$soak" ]; then
  java --enable-native-access=ALL-UNNAMED -cp "$classes:$lib/*" \
    io.mediacapture.benchmarks.Soak --minutes "$soak" --out "$out" ${MEDIACAPTURE_SOAK_INTERVAL:+--interval "$MEDIACAPTURE_SOAK_INTERVAL"}
  exit
fi

args=(--out "$out" --native "$here/$native")
jvm=()
# The quick run only keeps the benchmarks from rotting (nothing is asserted), so another JMH run on the machine
# (a full run in another checkout holds /tmp/jmh.lock) must not fail it; full runs keep JMH's lock.
$quick && args+=(--quick) && jvm+=(-Djmh.ignoreLock=true)
java --enable-native-access=ALL-UNNAMED "${jvm[@]}" -cp "benchmarks/target/classes:benchmarks/target/lib/*" \
  io.mediacapture.benchmarks.BenchmarkSuite "${args[@]}"
