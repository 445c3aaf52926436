#!/usr/bin/env bash
# Install the Debian 12 packages Nasti needs to build, test, run and package.
#
#   scripts/install-deps.sh           install whatever is missing (apt-get as root, else sudo)
#   scripts/install-deps.sh --check   only report; exit 1 if something is missing
#   scripts/install-deps.sh --list    print the package list, one per line
#
# Only packages that dpkg-query does not report as installed are installed, and `apt-get update`
# runs only when something is missing, so on a prepared machine this is a quick no-op.
set -euo pipefail

# Build: compiler, CMake, Qt 6 (Core/Sql/Gui/Widgets/PrintSupport/Test/LinguistTools),
# poppler-qt6, QtKeychain, libsodium, SQLite (the triggers' functions), GnuTLS and NSS (X.509 and PDF
# signatures, app/pdfsign), libqrencode (QR codes on fair copies), and the GL headers Qt6Gui's CMake config asks for.
build_packages=(
    cmake g++ make ninja-build pkg-config ccache clang-format
    qt6-base-dev qt6-base-dev-tools
    libqt6sql6-sqlite libqt6sql6-psql
    qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n
    libpoppler-qt6-dev qtkeychain-qt6-dev libsodium-dev libsqlite3-dev libdtl-dev
    libgnutls28-dev libnss3-dev libqrencode-dev
    libgl-dev libglx-dev libopengl-dev
)
# Run and test: Qt's platform plugins (xcb/offscreen; only a Recommends of libqt6gui6) and svg
# plugins, a Devanagari font, a virtual X server, PDF tools, the SQLite shell, a PostgreSQL 15
# server for the throwaway test cluster (pg_virtualenv), pgBackRest (backups with point-in-time
# recovery: packaging/pgbackrest/setup.sh, tests/pitr-test.sh), pg_auto_failover (packaging/ha/trial.sh,
# tests/ha-test.sh), a Secret Service keyring on a D-Bus
# session, NSS's certutil (tests/tst_pdfsign checks signatures with pdfsig against an NSS database),
# SoftHSM2, certtool/p11tool and pkcs11-tool (tests/tst_dsctoken: a DSC token through PKCS#11),
# and dpkg-dev (dpkg-shlibdeps) plus file for `make package`.
runtime_packages=(
    qt6-qpa-plugins libqt6svg6
    fonts-noto-core xvfb xauth poppler-utils qpdf sqlite3
    postgresql postgresql-contrib postgresql-common pgbackrest
    postgresql-15-auto-failover pg-auto-failover-cli
    gnome-keyring dbus dbus-x11 libnss3-tools
    softhsm2 gnutls-bin opensc
    dpkg-dev file
)
packages=("${build_packages[@]}" "${runtime_packages[@]}")

mode=install
case "${1:-}" in
    "") ;;
    --check) mode=check ;;
    --list) printf '%s\n' "${packages[@]}"; exit 0 ;;
    -h | --help) sed -n '2,9s/^# \{0,1\}//p' "$0"; exit 0 ;;
    *) echo "install-deps: unknown option '$1' (try --help)" >&2; exit 2 ;;
esac

if ! command -v dpkg-query >/dev/null 2>&1; then
    echo "install-deps: dpkg-query not found: this script knows Debian 12 (and derivatives) only." >&2
    echo "install-deps: install the equivalents of these packages by hand:" >&2
    printf '    %s\n' "${packages[@]}" >&2
    exit 1
fi

if [[ -r /etc/debian_version ]]; then
    debian_version="$(cat /etc/debian_version)"
    case "$debian_version" in
        12.* | bookworm*) ;;
        *) echo "install-deps: note: tested on Debian 12, this is Debian '$debian_version'" >&2 ;;
    esac
fi

missing=()
for pkg in "${packages[@]}"; do
    # "ii " = wanted install, installed; anything else (absent, half-installed, removed) is missing.
    status="$(dpkg-query -W -f='${db:Status-Abbrev}' "$pkg" 2>/dev/null || true)"
    if [[ "$status" != ii* ]]; then
        missing+=("$pkg")
    fi
done

if ((${#missing[@]} == 0)); then
    echo "install-deps: all ${#packages[@]} packages are installed"
    exit 0
fi

echo "install-deps: missing: ${missing[*]}"
if [[ "$mode" == check ]]; then
    exit 1
fi

apt_opts=(-y -q --no-install-recommends -o DPkg::Lock::Timeout=300)
if [[ "$(id -u)" == 0 ]]; then
    as_root=(env DEBIAN_FRONTEND=noninteractive)
elif command -v sudo >/dev/null 2>&1; then
    echo "install-deps: not root, using sudo"
    as_root=(sudo env DEBIAN_FRONTEND=noninteractive)
else
    echo "install-deps: not root and sudo is not installed; run this as root:" >&2
    echo "    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install ${apt_opts[*]} ${missing[*]}" >&2
    exit 1
fi

run() {
    echo "+ $*"
    "$@"
}

if ! run "${as_root[@]}" apt-get update -q ||
    ! run "${as_root[@]}" apt-get install "${apt_opts[@]}" "${missing[@]}"; then
    echo "install-deps: apt-get failed; the command to retry by hand is:" >&2
    echo "    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install ${apt_opts[*]} ${missing[*]}" >&2
    exit 1
fi
echo "install-deps: installed ${#missing[@]} package(s)"
