#!/bin/sh
# Runs a command with a real keychain: a private D-Bus session bus and an unlocked
# gnome-keyring (Secret Service), in a throwaway HOME so no real keyring is touched.
# See PITFALLS.md "QtKeychain on a headless machine".
#   tests/run-with-keyring.sh COMMAND [ARGS...]
# The command sees NASTI_EXPECT_KEYCHAIN=1. Exit status: the command's.
set -eu
if [ -z "${NASTI_KEYRING_INNER:-}" ]; then
    for tool in dbus-run-session gnome-keyring-daemon; do
        if ! command -v "$tool" >/dev/null 2>&1; then
            echo "run-with-keyring: $tool is missing (apt-get install dbus dbus-x11 gnome-keyring)" >&2
            exit 1
        fi
    done
    home="$(mktemp -d -t nasti-keyring.XXXXXX)"
    trap 'rm -rf "$home"' EXIT
    mkdir -p "$home/run"
    chmod 700 "$home/run"
    rc=0
    HOME="$home" XDG_DATA_HOME="$home/.local/share" XDG_RUNTIME_DIR="$home/run" NASTI_KEYRING_INNER=1 \
        dbus-run-session -- "$0" "$@" || rc=$?
    exit "$rc"
fi
unset DISPLAY WAYLAND_DISPLAY
# --unlock reads the login keyring's password on stdin; the daemon registers
# org.freedesktop.secrets on this session bus and ends with it.
printf 'nasti-test' | gnome-keyring-daemon --unlock --components=secrets >/dev/null
NASTI_EXPECT_KEYCHAIN=1
export NASTI_EXPECT_KEYCHAIN
exec "$@"
