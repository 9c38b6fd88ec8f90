#!/usr/bin/env sh
# The two commands a newcomer needs:
#   ./dev.sh run   [companion args...]   set up .venv and launch the app
#   ./dev.sh test  [pytest args...]      set up .venv (+ test tools) and run every test
# Setup is idempotent and only reinstalls when pyproject.toml changes.
set -eu
cd "$(dirname "$0")"
PY=${PYTHON:-python3}
VENV=.venv

need_python() {
    "$PY" -c 'import sys; sys.exit(sys.version_info < (3, 11))' 2>/dev/null || {
        echo "Companion needs Python 3.11 or newer (found: $("$PY" --version 2>&1))." >&2
        exit 1
    }
}

# Shared libraries Qt needs even offscreen (and the xcb ones the bundle carries), plus the
# tools the tests use: pdftotext (export), strace (offline proof), desktop-file-validate
# and appstreamcli (packaging metadata); Xvfb, a D-Bus session, the AT-SPI bus and python3-pyatspi
# (tests/a11y reads the app's accessibility tree as a screen reader does).
SYSTEM_PACKAGES="xvfb dbus dbus-x11 at-spi2-core python3-gi python3-pyatspi libegl1 libgl1 libfontconfig1 libfreetype6 libxkbcommon0 libdbus-1-3 libglib2.0-0 fonts-dejavu-core poppler-utils strace desktop-file-utils appstream libxcb-cursor0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1 libxcb-randr0 libxcb-render-util0 libxcb-shape0 libxcb-xkb1 libxkbcommon-x11-0"

system_packages() {
    command -v dpkg-query >/dev/null 2>&1 || return 0
    missing=""
    for pkg in $SYSTEM_PACKAGES $*; do
        dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing="$missing $pkg"
    done
    [ -z "$missing" ] && return 0
    if [ "$(id -u)" = 0 ]; then
        echo "Installing system packages:$missing"
        apt-get update -qq >/dev/null && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $missing >/dev/null
    elif command -v sudo >/dev/null 2>&1; then
        echo "Installing system packages with sudo:$missing"
        sudo apt-get update -qq >/dev/null && sudo DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $missing >/dev/null
    else
        echo "Please install these system packages first: sudo apt-get install$missing" >&2
        exit 1
    fi
}

venv() {
    need_python
    [ -x "$VENV/bin/python" ] || "$PY" -m venv "$VENV"
    extras="$1"
    stamp="$VENV/.setup-stamp"
    want="$(cat pyproject.toml | cksum)$extras"
    if [ ! -f "$stamp" ] || [ "$(cat "$stamp")" != "$want" ]; then
        "$VENV/bin/python" -m pip install -q --upgrade pip
        "$VENV/bin/python" -m pip install -q -e ".$extras"
        echo "$want" > "$stamp"
    fi
}

cmd=${1:-}
[ $# -gt 0 ] && shift
case "$cmd" in
    run)
        system_packages libxcb-cursor0 libxkbcommon-x11-0 libxcb-icccm4 libxcb-keysyms1 libxcb-shape0 libxcb-xinerama0
        venv "[test]"
        exec "$VENV/bin/companion" "$@"
        ;;
    test)
        system_packages
        venv "[test,package]"
        # Test files run in parallel on as many workers as there are cores (one file stays on
        # one worker, so per-file fixtures such as the bundle build happen once).
        QT_QPA_PLATFORM=offscreen exec "$VENV/bin/python" -m pytest -n auto --dist loadfile "$@"
        ;;
    *)
        echo "usage: ./dev.sh run [args]   |   ./dev.sh test [pytest args]" >&2
        exit 2
        ;;
esac
