#!/usr/bin/env sh
# Build the one-folder Linux bundle and (optionally) its tarball.
#
#   packaging/build_bundle.sh                 -> dist/companion/ (+ prints size and build time)
#   packaging/build_bundle.sh --tarball       -> also dist/companion-<version>-linux-<arch>.tar.gz
#   DIST=/tmp/x WORK=/tmp/y packaging/build_bundle.sh   (the test suite builds into a temporary folder)
#
# Needs the project's .venv (./dev.sh sets it up). PyInstaller is installed into it if
# missing (pyproject extra `package`). Build on the oldest Linux you want to support: the
# bundle needs a glibc at least as new as the build machine's. The xcb libraries listed in
# dev.sh must be installed here so they are copied into the bundle (Ubuntu 22.04 and others
# lack libxcb-cursor0 by default).
set -eu
ROOT=$(cd "$(dirname "$0")/.." && pwd)
PY=${PYTHON:-"$ROOT/.venv/bin/python"}
DIST=${DIST:-"$ROOT/dist"}
WORK=${WORK:-"$ROOT/build/pyinstaller"}
TARBALL=0
for arg in "$@"; do
    case "$arg" in
        --tarball) TARBALL=1 ;;
        *) echo "usage: $0 [--tarball]" >&2; exit 2 ;;
    esac
done

[ -x "$PY" ] || { echo "No Python at $PY: run ./dev.sh first (or set PYTHON)." >&2; exit 1; }
if ! "$PY" -c 'import PyInstaller' 2>/dev/null; then
    if [ -n "${COMPANION_BUNDLE_NO_INSTALL:-}" ]; then  # the test suite installs nothing
        echo "PyInstaller is missing: install the project's 'package' extra." >&2
        exit 1
    fi
    echo "Installing PyInstaller into $(dirname "$(dirname "$PY")")"
    "$PY" -m pip install -q "pyinstaller>=6"
fi

start=$(date +%s)
"$PY" -m PyInstaller --noconfirm --clean --log-level WARN \
    --distpath "$DIST" --workpath "$WORK" "$ROOT/packaging/companion.spec"
end=$(date +%s)

BUNDLE="$DIST/companion"
cp "$ROOT/packaging/bundle-README.txt" "$BUNDLE/README.txt"
size=$(du -sh "$BUNDLE" | cut -f1)
echo "Built $BUNDLE in $((end - start)) s, $size"

if [ "$TARBALL" = 1 ]; then
    version=$("$PY" -c 'import companion; print(companion.__version__)')
    arch=$(uname -m)
    tarball="$DIST/companion-$version-linux-$arch.tar.gz"
    tar -C "$DIST" -czf "$tarball" companion
    ( cd "$DIST" && sha256sum "$(basename "$tarball")" > "$(basename "$tarball").sha256" )
    echo "Tarball $tarball, $(du -sh "$tarball" | cut -f1)"
fi
