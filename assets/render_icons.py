"""Render the icon SVGs in assets/icons/ to PNG, ICO and ICNS, and refresh the runtime copies.

    .venv/bin/python assets/render_icons.py          # write everything
    .venv/bin/python assets/render_icons.py --check  # exit 1 if a runtime copy is stale or missing

Outputs:
  assets/icons/png/<name>-<size>.png          source-tree renderings (16 ... 512 px)
  assets/icons/companion.ico, companion.icns  for the Windows and macOS builds (PNG-compressed entries)
  companion/resources/icons/<name>.svg        runtime copies, read with importlib.resources
  companion/resources/icons/<name>-<size>.png (desktop integration installs these into hicolor)

Uses Qt's own SVG renderer (PySide6.QtSvg) on the offscreen platform, so it needs no display
and no extra tools. The .ico/.icns containers are written here by hand: both formats accept
PNG data per entry, which keeps this script free of Pillow.
"""

from __future__ import annotations

import argparse
import os
import struct
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SOURCE = ROOT / "assets" / "icons"
PNG_OUT = SOURCE / "png"
RUNTIME = ROOT / "companion" / "resources" / "icons"
NAMES = ("companion", "notes", "tasks")
SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
# ICNS entry types that hold PNG data, by pixel size (Apple's "icp4".."ic10").
ICNS_TYPES = ((16, b"icp4"), (32, b"icp5"), (64, b"icp6"), (128, b"ic07"), (256, b"ic08"), (512, b"ic09"))


def render_png(svg: Path, size: int) -> bytes:
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        raise SystemExit(f"{svg}: not a valid SVG for Qt")
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    renderer.render(painter)
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    if not image.save(buffer, "PNG"):
        raise SystemExit(f"could not encode {svg.name} at {size} px")
    buffer.close()
    return bytes(data.data())


def ico_bytes(pngs: dict[int, bytes]) -> bytes:
    """A Windows .ico whose entries are PNG images (supported since Windows Vista)."""
    sizes = [s for s in ICO_SIZES if s in pngs]
    header = struct.pack("<HHH", 0, 1, len(sizes))
    offset = len(header) + 16 * len(sizes)
    entries, blobs = b"", b""
    for s in sizes:
        blob = pngs[s]
        dim = 0 if s >= 256 else s  # 0 means 256 in the directory entry
        entries += struct.pack("<BBBBHHII", dim, dim, 0, 0, 1, 32, len(blob), offset)
        blobs += blob
        offset += len(blob)
    return header + entries + blobs


def icns_bytes(pngs: dict[int, bytes]) -> bytes:
    """A macOS .icns with PNG-compressed entries."""
    body = b"".join(kind + struct.pack(">I", 8 + len(pngs[s])) + pngs[s] for s, kind in ICNS_TYPES if s in pngs)
    return b"icns" + struct.pack(">I", 8 + len(body)) + body


def planned() -> dict[Path, bytes]:
    """Every output file and its content."""
    out: dict[Path, bytes] = {}
    for name in NAMES:
        svg = SOURCE / f"{name}.svg"
        pngs = {size: render_png(svg, size) for size in SIZES}
        out[RUNTIME / f"{name}.svg"] = svg.read_bytes()
        for size, blob in pngs.items():
            out[PNG_OUT / f"{name}-{size}.png"] = blob
            out[RUNTIME / f"{name}-{size}.png"] = blob
        if name == "companion":
            out[SOURCE / "companion.ico"] = ico_bytes(pngs)
            out[SOURCE / "companion.icns"] = icns_bytes(pngs)
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="only report stale or missing runtime copies")
    args = parser.parse_args(argv)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication

    app = QGuiApplication.instance() or QGuiApplication([sys.argv[0]])  # noqa: F841 - keeps Qt alive
    files = planned()
    if args.check:
        # PNG bytes may differ between Qt versions; the SVG copies and the set of files must not.
        stale = [p for p in files if not p.exists() or (p.suffix == ".svg" and p.read_bytes() != files[p])]
        for path in stale:
            print(f"stale or missing: {path.relative_to(ROOT)}")
        return 1 if stale else 0
    for path, blob in files.items():
        path.parent.mkdir(parents=True, exist_ok=True)
        if not path.exists() or path.read_bytes() != blob:
            path.write_bytes(blob)
    init = RUNTIME / "__init__.py"
    if not init.exists():
        init.write_text('"""Runtime icon files (see assets/render_icons.py); read with importlib.resources."""\n')
    print(f"wrote {len(files)} files for {', '.join(NAMES)} at {', '.join(map(str, SIZES))} px")
    return 0


if __name__ == "__main__":
    sys.exit(main())
