"""Window icons: Companion's own artwork, or the plain Notes/Tasks artwork for the disguise.

The artwork is the same packaged set the menu entries use (companion/resources/icons);
if it is missing (a stripped install), a simple icon is drawn instead. The drawing classes
(and the Qt namespace) are imported only then: the window icon is set right after the first
screen appears, and the usual path needs QIcon alone.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QIcon

TYPE_CHECKING = False  # (avoids importing typing)
if TYPE_CHECKING:
    from PySide6.QtGui import QPainter

ARTWORK = Path(__file__).resolve().parents[1] / "resources" / "icons"
SIZES = (16, 24, 32, 48, 64, 128, 256, 512)


def icon(kind: str) -> QIcon:
    """kind: the disguise setting ("off", "notes", "tasks")."""
    artwork = {"notes": "notes", "tasks": "tasks"}.get(kind, "companion")
    result = QIcon()
    for size in SIZES:
        path = ARTWORK / f"{artwork}-{size}.png"
        if path.is_file():
            result.addFile(str(path))
    if result.isNull():
        result = _drawn(artwork)
    return result


def _drawn(artwork: str) -> QIcon:
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QPainter, QPixmap

    draw = {"notes": _notes, "tasks": _tasks}.get(artwork, _companion)
    result = QIcon()
    for size in (16, 32, 64, 256):
        pm = QPixmap(size, size)
        pm.fill(Qt.GlobalColor.transparent)
        p = QPainter(pm)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        p.scale(size / 64.0, size / 64.0)
        draw(p)
        p.end()
        result.addPixmap(pm)
    return result


def _companion(p: QPainter) -> None:
    from PySide6.QtCore import QRectF, Qt
    from PySide6.QtGui import QColor, QPainterPath

    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(QColor("#3F6F6A"))
    p.drawRoundedRect(QRectF(4, 4, 56, 56), 14, 14)
    leaf = QPainterPath()
    leaf.moveTo(20, 44)
    leaf.cubicTo(18, 24, 34, 16, 46, 18)
    leaf.cubicTo(48, 32, 38, 46, 20, 44)
    p.setBrush(QColor("#F5F3EF"))
    p.drawPath(leaf)


def _notes(p: QPainter) -> None:
    from PySide6.QtCore import QRectF
    from PySide6.QtGui import QColor, QPen

    p.setPen(QPen(QColor("#6B6B6B"), 2))
    p.setBrush(QColor("#FFFFFF"))
    p.drawRoundedRect(QRectF(12, 6, 40, 52), 4, 4)
    p.setPen(QPen(QColor("#9A9A9A"), 2))
    for y in (18, 26, 34, 42):
        p.drawLine(19, y, 45, y)


def _tasks(p: QPainter) -> None:
    from PySide6.QtCore import QRectF
    from PySide6.QtGui import QColor, QPen

    p.setPen(QPen(QColor("#6B6B6B"), 2))
    p.setBrush(QColor("#FFFFFF"))
    p.drawRoundedRect(QRectF(8, 8, 48, 48), 6, 6)
    p.setPen(QPen(QColor("#6B6B6B"), 3))
    p.drawLine(18, 32, 28, 42)
    p.drawLine(28, 42, 46, 22)
