#!/bin/sh
# Runs "$@" on a private D-Bus session bus with a fresh, unlocked gnome-keyring as the Secret Service, so the
# keychain tests use a real keychain headless (CI: root, no display, no session bus) and never the user's.
# Exit status: the command's; 90/91 when the keyring could not be started.
set -u
work=$(mktemp -d "${TMPDIR:-/tmp}/sx-keyring.XXXXXX") || exit 1
mkdir -m 700 "$work/run" "$work/data"
# A fresh data dir every time: an old keyring unlocked with another password stays locked, yet --unlock exits 0.
XDG_DATA_HOME="$work/data" XDG_RUNTIME_DIR="$work/run" DISPLAY= WAYLAND_DISPLAY= \
dbus-run-session -- sh -c '
    unset DISPLAY WAYLAND_DISPLAY
    export XDG_DATA_HOME XDG_RUNTIME_DIR
    printf %s sx-test-keyring | gnome-keyring-daemon --unlock --components=secrets >/dev/null || exit 90
    # --unlock returns before the daemon owns org.freedesktop.secrets on the bus: wait for the name (5 s at most).
    pid=
    tries=0
    while [ -z "$pid" ] && [ "$tries" -lt 100 ]; do
        pid=$(dbus-send --session --print-reply --dest=org.freedesktop.DBus /org/freedesktop/DBus \
                org.freedesktop.DBus.GetConnectionUnixProcessID string:org.freedesktop.secrets 2>/dev/null |
              awk "/uint32/ { print \$2 }")
        [ -n "$pid" ] || sleep 0.05
        tries=$((tries + 1))
    done
    if [ -z "$pid" ]; then
        echo "with-keyring.sh: org.freedesktop.secrets never appeared on the bus" >&2
        exit 91
    fi
    "$@"
    status=$?
    # Stop the daemon ourselves and wait for it (a zombie counts as gone), or it may outlive the bus.
    kill "$pid" 2>/dev/null
    tries=0
    while [ "$tries" -lt 50 ] && ps -o stat= -p "$pid" 2>/dev/null | grep -qv Z; do
        sleep 0.1
        tries=$((tries + 1))
    done
    exit $status
' sh "$@"
status=$?
rm -rf "$work"
exit $status
