#!/usr/bin/env bash
# Start the client on a virtual X server and let it write screenshots into DIR.
#
#   scripts/screenshots.sh [DIR] [CLIENT ARGS...]        (DIR defaults to ./screenshots)
#   make screenshots [SCREENSHOT_DIR=DIR] [ARGS="..."]    builds and prepares the demo database first
#
# Runs  $NASTI_BIN --screenshot-dir DIR [CLIENT ARGS...]  under xvfb-run (always, so the pictures
# do not depend on the desktop it is started from), inside a private D-Bus session when none
# is running (the keychain talks D-Bus). The client signs in to the demo database as us.gad
# (--screenshot-login/--screenshot-password to change) and writes, for en and hi:
#   01-login_<lang>.png  02-inbox_<lang>.png  03-file-desk_<lang>.png (with a PDF open)
#   04-forward_<lang>.png  05-print-preview_<lang>.png  06-approve_<lang>.png
#   07-drafts_<lang>.png (the drafts tab)  08-draft-editor_<lang>.png  09-draft-compare_<lang>.png
#   10-issued-letter_<lang>.png (an issued letter's fair copy in the file's correspondence)
#   11-approval-note-sheet_<lang>.png (the approval on the note sheet)  notesheet_<lang>.pdf (printed)
#   12-advanced-search_<lang>.png
# then as clerk.gad1: 13-receipts_<lang>.png (the register)  14-diarise-category_<lang>.png (a CM
# Helpline grievance being diarised); as cs: 15-review_<lang>.png  16-watch-list_<lang>.png; as
# ds.gad: 17-escalated_<lang>.png  18-reminders_<lang>.png. The main window fills the screen:
# run it at SCREENSHOT_SIZE=1366x768 and at the default to see both.
#
# Environment: NASTI_BIN (default build/app/nasti), SCREENSHOT_SIZE (default 1600x1000),
# SCREENSHOT_TIMEOUT in seconds (default 300; the client is killed after it).
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
nasti="${NASTI_BIN:-$root/build/app/nasti}"
size="${SCREENSHOT_SIZE:-1600x1000}"
limit="${SCREENSHOT_TIMEOUT:-300}"

dir="screenshots"
if (($# > 0)); then
    dir="$1"
    shift
fi

if [[ ! -x "$nasti" ]]; then
    echo "screenshots: the client '$nasti' is not built; run 'make build' (or 'make screenshots')" >&2
    exit 1
fi
if ! command -v xvfb-run >/dev/null 2>&1; then
    echo "screenshots: xvfb-run not found (package xvfb; scripts/install-deps.sh installs it)" >&2
    exit 1
fi

mkdir -p "$dir"
dir="$(cd "$dir" && pwd)"

cmd=(xvfb-run -a -s "-screen 0 ${size}x24 -nolisten tcp" \
    timeout --kill-after=10 "$limit" "$nasti" --screenshot-dir "$dir" "$@")
if [[ -z "${DBUS_SESSION_BUS_ADDRESS:-}" ]] && command -v dbus-run-session >/dev/null 2>&1; then
    cmd=(dbus-run-session -- "${cmd[@]}")
fi

echo "screenshots: ${cmd[*]}"
rc=0
env -u DISPLAY -u WAYLAND_DISPLAY QT_QPA_PLATFORM=xcb LANG="${LANG:-C.UTF-8}" "${cmd[@]}" || rc=$?
if ((rc == 124)); then
    echo "screenshots: the client did not exit within ${limit}s and was stopped" >&2
fi

shopt -s nullglob
shots=("$dir"/*.png)
echo "screenshots: ${#shots[@]} PNG file(s) in $dir"
exit "$rc"
