#!/usr/bin/env bash
# Starts a packaged launcher with --smoke-test (first window, then exit) on a virtual display and
# prints its "first window shown in N ms" line (and SpotSpec's "sign-in ready in N ms").
# Extra arguments are JVM options, passed through
# JAVA_TOOL_OPTIONS (the launcher's own options still apply).
# usage: first-window.sh <launcher> [jvm-option...]
# Settings and caches go to SPOTSPEC_PROBE_HOME (default: a fresh temporary folder).
set -euo pipefail
launcher=$1; shift
if [ -n "${SPOTSPEC_PROBE_HOME:-}" ]; then
    home=$SPOTSPEC_PROBE_HOME
else
    home=$(mktemp -d)
    trap 'rm -rf "$home"' EXIT
fi
mkdir -p "$home"
# The launch instant goes to the app in SPOTSPEC_LAUNCHED_AT, taken as late as can be (on the
# display, once Xvfb is up): the time the JVM gives for a process's start is up to a second off
# on Linux (see FirstWindowProbe), the same for both apps, which would make their ratio look better.
run=(bash -c 'export SPOTSPEC_LAUNCHED_AT=$EPOCHREALTIME; exec env "$@"' launch
     -u XDG_CONFIG_HOME -u XDG_DATA_HOME -u XDG_STATE_HOME HOME="$home" JAVA_TOOL_OPTIONS="$*"
     timeout 120 "$launcher" --smoke-test)
if [ -n "${DISPLAY:-}" ] && [ -z "${SPOTSPEC_FORCE_XVFB:-}" ]; then
    out=$("${run[@]}" 2>&1)
else
    # A second try: `xvfb-run -a` can lose the race for a display number to another xvfb-run
    # starting at the same moment (seen once on a busy machine).
    out=$(xvfb-run -a -s "-screen 0 1600x1000x24" "${run[@]}" 2>&1) \
        || out=$(xvfb-run -a -s "-screen 0 1600x1000x24" "${run[@]}" 2>&1)
fi
line=$(grep -m1 '^first window shown in [0-9]* ms$' <<<"$out") || { echo "$out" >&2; exit 1; }
echo "$line"
# SpotSpec then reports when its sign-in view (which replaces the start screen) was drawn.
grep -m1 '^sign-in ready in [0-9]* ms$' <<<"$out" || true
