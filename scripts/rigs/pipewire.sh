#!/usr/bin/env bash
# Test rig: a private PipeWire daemon (with WirePlumber) whose test camera and test microphone the
# PipeWire and ALSA backends' integration tests capture from. See docs/test-rigs.md.
#
#   pipewire.sh start                     start it; prints `export` lines to eval (nothing if it
#                                         cannot start outside CI; under CI=true it fails instead)
#   pipewire.sh stop [DIR]                stop everything it started and remove its directory
#   pipewire.sh kill-daemon               SIGKILL the daemon (WirePlumber and its bus go with it)
#   pipewire.sh restart-daemon            start daemon + WirePlumber again on the same socket
#   pipewire.sh add-node NAME video|audio [DESCRIPTION]   add a test source; prints its node id
#   pipewire.sh remove-node NAME          destroy that node; prints the id it had
#   pipewire.sh node-id NAME              prints the node id of NAME
#   pipewire.sh wait-suspended NAME [SECONDS]   wait (default 15 s) until NAME is "suspended"
#
# All subcommands but start find the rig through $MEDIACAPTURE_PW_RIG, or through their own location
# when run as the copy $MEDIACAPTURE_PW_RIG/rig. Diagnostics go to stderr; stdout carries only
# what is documented above, so callers can parse it.
set -uo pipefail

readonly CAMERA_NAME=mediacapture-test-camera
readonly CAMERA_LABEL="Test Camera"
readonly MICROPHONE_NAME=mediacapture-test-microphone
readonly MICROPHONE_LABEL="Test Microphone"
readonly MARKER=rig.marker
# How long start/restart may take before giving up (seconds); the rig is usually ready in ~1 s.
readonly READY_TIMEOUT=${MEDIACAPTURE_PW_RIG_TIMEOUT:-20}

self=$(readlink -f "${BASH_SOURCE[0]}")
self_dir=$(dirname "$self")

say() { echo "pipewire rig: $*" >&2; }
fail() { say "error: $*"; exit 1; }

# ---------------------------------------------------------------- processes (by recorded pid)

# True when the pid in FILE is a live (not zombie) process.
alive() {
  local pid state
  [ -s "$1" ] || return 1
  pid=$(<"$1")
  [[ $pid =~ ^[0-9]+$ ]] || return 1
  state=$(sed -e 's/^.*) //' -e 's/ .*//' "/proc/$pid/stat" 2>/dev/null) || return 1
  [ -n "$state" ] && [ "$state" != Z ]
}

# True when the pid in FILE is a live process whose command name is COMM. Checking the name keeps a
# recycled pid from being mistaken for ours.
running() {
  alive "$1" && [ "$(cat "/proc/$(<"$1")/comm" 2>/dev/null)" = "$2" ]
}

# Waits up to TENTHS tenths of a second for the process recorded in FILE to be gone.
wait_gone() {
  local file=$1 comm=$2 tenths=$3 i
  for ((i = 0; i < tenths; i++)); do
    running "$file" "$comm" || return 0
    sleep 0.1
  done
  ! running "$file" "$comm"
}

# Sends SIGNAL, waits, and escalates to SIGKILL; removes the pid file.
end_process() {
  local file=$1 comm=$2 signal=$3
  if running "$file" "$comm"; then
    kill "-$signal" "$(<"$file")" 2>/dev/null
    if ! wait_gone "$file" "$comm" 30; then
      say "$comm did not exit on SIG$signal; killing it"
      kill -KILL "$(<"$file")" 2>/dev/null
      wait_gone "$file" "$comm" 30 || say "warning: $comm (pid $(<"$file")) is still running"
    fi
  fi
  rm -f "$file"
}

# ---------------------------------------------------------------- the rig directory

rig_dir() {
  local dir=${MEDIACAPTURE_PW_RIG:-}
  if [ -z "$dir" ] && [ -f "$self_dir/$MARKER" ]; then dir=$self_dir; fi
  [ -n "$dir" ] || fail "no rig: MEDIACAPTURE_PW_RIG is not set (eval the output of '$0 start' first)"
  [ -f "$dir/$MARKER" ] || fail "no rig in '$dir' (stopped already?)"
  echo "$dir"
}

# The environment the daemon, WirePlumber and pw-cli run with: everything inside the rig directory,
# so neither the developer's own PipeWire nor their config or saved state is touched or used.
rig_env() {
  local dir=$1
  export XDG_RUNTIME_DIR=$dir/run PIPEWIRE_RUNTIME_DIR=$dir/run PIPEWIRE_REMOTE=pipewire-0
  export XDG_CONFIG_HOME=$dir/config XDG_STATE_HOME=$dir/state
  unset WIREPLUMBER_CONFIG_DIR WIREPLUMBER_DATA_DIR PIPEWIRE_CONFIG_DIR PIPEWIRE_CONFIG_NAME \
    DBUS_SESSION_BUS_ADDRESS
}

log_tail() {
  local dir=$1 f
  for f in pipewire.log wireplumber.log; do
    [ -s "$dir/$f" ] || continue
    say "last lines of $dir/$f:"
    tail -n 25 "$dir/$f" | sed 's/^/    /' >&2
  done
}

# ---------------------------------------------------------------- registry queries (pw-cli)

pwcli() { timeout 5 pw-cli "$@" </dev/null 2>/dev/null; }

# Prints the id of the node whose node.name is exactly NAME; fails when there is none.
node_id() {
  local name=$1 id
  id=$(pwcli ls Node | awk -v want="node.name = \"$name\"" '
    /^[[:space:]]*id [0-9]+,/ { sub(/,.*/, ""); id = $2 }
    { line = $0; sub(/^[[:space:]]+/, "", line); if (line == want) { print id; exit } }')
  [ -n "$id" ] && echo "$id"
}

# Prints the state ("suspended", "idle", "running", "error", ...) of node ID.
node_state() {
  pwcli info "$1" | sed -n 's/^\*\{0,1\}[[:space:]]*state: "\([a-z]*\)".*/\1/p' | head -n 1
}

# Polls COMMAND... every 0.1 s until it succeeds or SECONDS pass.
poll() {
  local seconds=$1 i
  shift
  for ((i = 0; i < seconds * 10; i++)); do
    "$@" && return 0
    sleep 0.1
  done
  return 1
}

nodes_visible() { node_id "$CAMERA_NAME" >/dev/null && node_id "$MICROPHONE_NAME" >/dev/null; }

# WirePlumber is ready once its default-nodes logic has picked our two sources: from then on it
# links new streams.
session_ready() {
  local meta
  meta=$(pwcli_metadata) || return 1
  [[ $meta == *"\"$CAMERA_NAME\""* && $meta == *"\"$MICROPHONE_NAME\""* ]]
}
pwcli_metadata() { timeout 5 pw-metadata -n default </dev/null 2>/dev/null; }

# ---------------------------------------------------------------- daemon + session manager

start_daemon() {
  local dir=$1
  echo "=== pipewire started $(date -Is)" >>"$dir/pipewire.log"
  (cd "$dir" && exec pipewire -c "$dir/config/pipewire.conf" </dev/null >>"$dir/pipewire.log" 2>&1) &
  echo $! >"$dir/pipewire.pid"
  # Never wait on a daemon that died: check it while polling.
  local i
  for ((i = 0; i < READY_TIMEOUT * 10; i++)); do
    # alive, not running: until it has exec'ed, the child still has the shell's name.
    alive "$dir/pipewire.pid" || { say "the PipeWire daemon exited during start"; return 1; }
    [ -S "$dir/run/pipewire-0" ] && nodes_visible && return 0
    sleep 0.1
  done
  say "the PipeWire daemon did not show both test nodes within ${READY_TIMEOUT}s"
  return 1
}

start_session_manager() {
  local dir=$1
  echo "=== wireplumber started $(date -Is)" >>"$dir/wireplumber.log"
  # dbus-run-session gives WirePlumber the session bus it needs and ends the bus when it exits;
  # the inner shell records WirePlumber's own pid before becoming it.
  # shellcheck disable=SC2016 # $$ and $1 belong to the inner shell
  (cd "$dir" && exec dbus-run-session -- sh -c 'echo $$ >"$1"; exec wireplumber' sh "$dir/wireplumber.pid" \
      </dev/null >>"$dir/wireplumber.log" 2>&1) &
  echo $! >"$dir/dbus-run-session.pid"
  local i
  for ((i = 0; i < READY_TIMEOUT * 10; i++)); do
    alive "$dir/dbus-run-session.pid" || { say "WirePlumber (or its session bus) exited during start"; return 1; }
    if running "$dir/wireplumber.pid" wireplumber && session_ready; then return 0; fi
    sleep 0.1
  done
  say "WirePlumber did not set up the default nodes within ${READY_TIMEOUT}s"
  return 1
}

# WirePlumber leaves by itself when the daemon goes; dbus-run-session then ends its bus.
stop_session_manager() {
  local dir=$1
  end_process "$dir/wireplumber.pid" wireplumber TERM
  if ! wait_gone "$dir/dbus-run-session.pid" dbus-run-sessio 30; then
    end_process "$dir/dbus-run-session.pid" dbus-run-sessio TERM
  fi
  rm -f "$dir/dbus-run-session.pid"
}

# Starts daemon and WirePlumber in DIR; on failure leaves them stopped and returns 1.
start_all() {
  local dir=$1
  rig_env "$dir"
  if start_daemon "$dir" && start_session_manager "$dir"; then return 0; fi
  log_tail "$dir"
  stop_session_manager "$dir"
  end_process "$dir/pipewire.pid" pipewire TERM
  return 1
}

# ---------------------------------------------------------------- subcommands

missing_reason() {
  local cmd
  for cmd in pipewire:pipewire pw-cli:pipewire-bin pw-metadata:pipewire-bin wireplumber:wireplumber \
      dbus-run-session:dbus; do
    command -v "${cmd%%:*}" >/dev/null || { echo "'${cmd%%:*}' is not installed (Debian package ${cmd#*:})"; return; }
  done
  local plugin_dir found=
  for plugin_dir in ${SPA_PLUGIN_DIR:-} /usr/lib/*/spa-0.2 /usr/lib64/spa-0.2 /usr/lib/spa-0.2; do
    if [ -e "$plugin_dir/videotestsrc/libspa-videotestsrc.so" ] \
        && [ -e "$plugin_dir/audiotestsrc/libspa-audiotestsrc.so" ]; then found=1; fi
  done
  [ -n "$found" ] || echo "the SPA test plugins videotestsrc/audiotestsrc are not installed (Debian package libspa-0.2-modules)"
}

cmd_start() {
  local ci=false reason dir
  [ "${CI:-}" = true ] && ci=true
  # Outside CI a rig that cannot start is not an error: the tests skip and print why.
  not_started() {
    say "not started: $1"
    if $ci; then exit 1; fi
    say "the PipeWire integration tests will be skipped"
    exit 0
  }
  reason=$(missing_reason)
  [ -z "$reason" ] || not_started "$reason"
  [ -f "$self_dir/pipewire/pipewire.conf" ] || not_started "config $self_dir/pipewire/pipewire.conf is missing"

  local tmp=${TMPDIR:-/tmp}
  # A unix socket path must stay under 108 bytes.
  [ ${#tmp} -le 60 ] || tmp=/tmp
  dir=$(mktemp -d "$tmp/mediacapture-pw.XXXXXX") || not_started "cannot create a directory in $tmp"
  chmod 700 "$dir"
  mkdir -m 700 "$dir/run" "$dir/state"
  # A private copy: the running rig does not change when the repository does.
  cp -r "$self_dir/pipewire/config" "$dir/"
  cp "$self_dir/pipewire/pipewire.conf" "$dir/config/"
  cp "$self" "$dir/rig"
  chmod 755 "$dir/rig"
  echo "mediacapture-java PipeWire test rig; remove with: $dir/rig stop" >"$dir/$MARKER"

  local t0
  t0=$(date +%s%N)
  if ! start_all "$dir"; then
    rm -rf "$dir"
    not_started "the PipeWire daemon or WirePlumber failed to start (log above)"
  fi
  say "ready in $dir after $((($(date +%s%N) - t0) / 1000000)) ms" \
    "(libpipewire $(pipewire --version 2>/dev/null | sed -n 's/.*libpipewire //p' | head -n 1))"

  {
    printf 'export PIPEWIRE_RUNTIME_DIR=%q\n' "$dir/run"
    printf 'export PIPEWIRE_REMOTE=%q\n' pipewire-0
    printf 'export MEDIACAPTURE_PW_RIG=%q\n' "$dir"
    printf 'export MEDIACAPTURE_PW_RIG_SCRIPT=%q\n' "$dir/rig"
    printf 'export MEDIACAPTURE_PW_CAMERA=%q\n' "$CAMERA_NAME"
    printf 'export MEDIACAPTURE_PW_CAMERA_LABEL=%q\n' "$CAMERA_LABEL"
    printf 'export MEDIACAPTURE_PW_MICROPHONE=%q\n' "$MICROPHONE_NAME"
    printf 'export MEDIACAPTURE_PW_MICROPHONE_LABEL=%q\n' "$MICROPHONE_LABEL"
  } | tee "$dir/env"
}

cmd_stop() {
  local dir=${1:-${MEDIACAPTURE_PW_RIG:-}}
  if [ -z "$dir" ] && [ -f "$self_dir/$MARKER" ]; then dir=$self_dir; fi
  if [ -z "$dir" ] || [ ! -d "$dir" ]; then
    say "nothing to stop"
    return 0
  fi
  # Remove only what start created.
  [ -f "$dir/$MARKER" ] || fail "'$dir' is not a PipeWire rig directory; not touching it"
  stop_session_manager "$dir"
  end_process "$dir/pipewire.pid" pipewire TERM
  rm -rf "$dir"
  say "stopped"
}

cmd_kill_daemon() {
  local dir
  dir=$(rig_dir) || exit 1
  if running "$dir/pipewire.pid" pipewire; then
    kill -KILL "$(<"$dir/pipewire.pid")"
    wait_gone "$dir/pipewire.pid" pipewire 30 || fail "the daemon survived SIGKILL"
    say "daemon killed"
  else
    say "the daemon was not running"
  fi
  rm -f "$dir/pipewire.pid"
  stop_session_manager "$dir"
}

cmd_restart_daemon() {
  local dir
  dir=$(rig_dir) || exit 1
  running "$dir/pipewire.pid" pipewire && cmd_kill_daemon
  stop_session_manager "$dir"
  start_all "$dir" || fail "restart failed"
  say "daemon restarted"
}

valid_name() {
  [[ $1 =~ ^[A-Za-z0-9][A-Za-z0-9._-]*$ ]] \
    || fail "bad node name '$1': use letters, digits, '.', '_' and '-' only"
}

cmd_add_node() {
  (($# >= 2 && $# <= 3)) || fail "usage: add-node NAME video|audio [DESCRIPTION]"
  local name=$1 kind=$2 desc=${3:-$1} dir factory args id
  valid_name "$name"
  [[ $desc != *[\"\\]* ]] || fail "bad description '$desc': no quotes or backslashes"
  dir=$(rig_dir) || exit 1
  rig_env "$dir"
  node_id "$name" >/dev/null && fail "a node named '$name' exists already"
  # object.linger keeps the node after pw-cli, which created it, disconnects.
  case "$kind" in
    # The same setup as the test sources in pipewire.conf (see the comment there for why).
    video) factory=spa-node-factory; args="factory.name=videotestsrc media.class=Video/Source" ;;
    audio) factory=adapter
      args="factory.name=audiotestsrc media.class=Audio/Source node.group=pipewire.dummy node.param.Props={ live=false }" ;;
    *) fail "bad node kind '$kind': use video or audio" ;;
  esac
  pwcli create-node "$factory" "{ $args node.name=\"$name\" node.description=\"$desc\" object.path=\"mediacapture-test:$name\" node.suspend-on-idle=true object.linger=true }" >/dev/null
  # pw-cli reports no failure here (exit 0, no output): the node appearing is the only evidence.
  poll 5 node_id "$name" >/dev/null || fail "node '$name' did not appear (is the daemon running?)"
  id=$(node_id "$name")
  echo "$id"
}

cmd_remove_node() {
  [ $# -eq 1 ] || fail "usage: remove-node NAME"
  local name=$1 dir id
  valid_name "$name"
  dir=$(rig_dir) || exit 1
  rig_env "$dir"
  id=$(node_id "$name") || fail "no node named '$name'"
  pwcli destroy "$id" >/dev/null
  gone() { ! node_id "$name" >/dev/null; }
  poll 5 gone || fail "node '$name' (id $id) is still there after pw-cli destroy"
  echo "$id"
}

cmd_node_id() {
  [ $# -eq 1 ] || fail "usage: node-id NAME"
  local dir
  valid_name "$1"
  dir=$(rig_dir) || exit 1
  rig_env "$dir"
  node_id "$1" || fail "no node named '$1'"
}

cmd_wait_suspended() {
  (($# >= 1 && $# <= 2)) || fail "usage: wait-suspended NAME [SECONDS]"
  local name=$1 seconds=${2:-15} dir id state=unknown i
  valid_name "$name"
  [[ $seconds =~ ^[0-9]+$ ]] || fail "bad timeout '$seconds': whole seconds expected"
  dir=$(rig_dir) || exit 1
  rig_env "$dir"
  for ((i = 0; i <= seconds * 10; i++)); do
    id=$(node_id "$name") || fail "no node named '$name'"
    state=$(node_state "$id")
    [ "$state" = suspended ] && return 0
    sleep 0.1
  done
  fail "node '$name' is still '$state' after ${seconds}s"
}

case "${1:-}" in
  start) shift; cmd_start "$@" ;;
  stop) shift; cmd_stop "$@" ;;
  kill-daemon) shift; cmd_kill_daemon ;;
  restart-daemon) shift; cmd_restart_daemon ;;
  add-node) shift; cmd_add_node "$@" ;;
  remove-node) shift; cmd_remove_node "$@" ;;
  node-id) shift; cmd_node_id "$@" ;;
  wait-suspended) shift; cmd_wait_suspended "$@" ;;
  *)
    echo "usage: $0 start | stop [DIR] | kill-daemon | restart-daemon | add-node NAME video|audio [DESCRIPTION]" >&2
    echo "       | remove-node NAME | node-id NAME | wait-suspended NAME [SECONDS]   (see the script's header)" >&2
    exit 2
    ;;
esac
