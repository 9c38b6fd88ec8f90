"""Calm palettes (light, dark, high contrast), text size and reduced motion.

Meaning is never carried by colour alone: every marker also has a word, and the high
contrast theme uses thick outlines so focus stays visible without colour.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QColor, QFont, QPalette
from PySide6.QtWidgets import QApplication

BASE_POINT_SIZE = 10.5
ASSETS = Path(__file__).resolve().parent / "assets"


def _asset(kind: str, colour: str) -> str:
    """A small SVG (check mark or arrow) drawn in one of the themes' colours, as a QSS url."""
    return (ASSETS / f"{kind}-{colour.lstrip('#').upper()}.svg").as_posix()


class Colours:
    """One theme's colours (a plain class: dataclasses cost start-up time)."""

    def __init__(self, *, window: str, base: str, alt_base: str, text: str, muted: str, button: str, accent: str,
                 accent_text: str, border: str, edge: str, mark: str, focus_width: int = 2):
        self.window, self.base, self.alt_base, self.text, self.muted = window, base, alt_base, text, muted
        self.button, self.accent, self.accent_text, self.border = button, accent, accent_text, border
        # The outline of controls (fields, buttons): at least 3:1 against the window, the cards and
        # the button face (WCAG 1.4.11); `border` stays soft for cards and separators.
        self.edge = edge
        self.mark = mark  # search-hit background (always paired with bold text)
        self.focus_width = focus_width


LIGHT = Colours(
    window="#F5F3EF", base="#FFFFFF", alt_base="#FAF8F5", text="#2A2C30", muted="#62666D",
    button="#ECE9E3", accent="#3F6F6A", accent_text="#FFFFFF", border="#D3CEC6", edge="#878279", mark="#F3E3B5",
)
DARK = Colours(
    window="#1E2023", base="#25282C", alt_base="#2A2D32", text="#E7E4DE", muted="#A7ABB2",
    button="#30343A", accent="#8CC2BA", accent_text="#10201E", border="#41464D", edge="#7A808A", mark="#5B4E26",
)
HIGH_CONTRAST = Colours(
    window="#000000", base="#000000", alt_base="#0A0A0A", text="#FFFFFF", muted="#FFFFFF",
    button="#000000", accent="#FFD400", accent_text="#000000", border="#FFFFFF", edge="#FFFFFF",
    mark="#1A4FD6",  # white text on it: 6.7:1 (yellow was 1.4:1)
    focus_width=3,
)


def colours_for(theme: str, app: QApplication | None = None) -> Colours:
    if theme == "light":
        return LIGHT
    if theme == "dark":
        return DARK
    if theme == "high-contrast":
        return HIGH_CONTRAST
    app = app or QApplication.instance()
    return DARK if app is not None and system_is_dark(app) else LIGHT


def system_is_dark(app: QApplication) -> bool:
    """Whether the desktop's own palette is dark (read once, before ours replaces it).

    The platform palette follows the system's light/dark choice; reading it avoids touching
    the Qt namespace (whose enums cost ~40 ms to build in Python) before the first paint.
    """
    cached = app.property("companion_system_dark")
    if cached is None:
        cached = app.palette().color(QPalette.ColorRole.Window).lightness() < 128
        app.setProperty("companion_system_dark", cached)
    return bool(cached)


def palette_for(c: Colours) -> QPalette:
    p = QPalette()
    roles = {
        QPalette.ColorRole.Window: c.window,
        QPalette.ColorRole.WindowText: c.text,
        QPalette.ColorRole.Base: c.base,
        QPalette.ColorRole.AlternateBase: c.alt_base,
        QPalette.ColorRole.Text: c.text,
        QPalette.ColorRole.Button: c.button,
        QPalette.ColorRole.ButtonText: c.text,
        QPalette.ColorRole.Highlight: c.accent,
        QPalette.ColorRole.HighlightedText: c.accent_text,
        QPalette.ColorRole.ToolTipBase: c.base,
        QPalette.ColorRole.ToolTipText: c.text,
        QPalette.ColorRole.PlaceholderText: c.muted,
        QPalette.ColorRole.Link: c.accent,
        QPalette.ColorRole.BrightText: c.accent,
        QPalette.ColorRole.Light: c.alt_base,
        QPalette.ColorRole.Midlight: c.border,
        QPalette.ColorRole.Mid: c.border,
        QPalette.ColorRole.Dark: c.border,
        QPalette.ColorRole.Shadow: c.border,
    }
    for role, value in roles.items():
        p.setColor(role, QColor(value))
    disabled = QColor(c.muted)
    for role in (QPalette.ColorRole.Text, QPalette.ColorRole.WindowText, QPalette.ColorRole.ButtonText):
        p.setColor(QPalette.ColorGroup.Disabled, role, disabled)
    return p


def stylesheet(c: Colours, base_pt: float = BASE_POINT_SIZE) -> str:
    fw = c.focus_width
    title_pt, heading_pt, entry_title_pt = base_pt * 1.6, base_pt * 1.2, base_pt * 1.35
    return f"""
QWidget#TopBar {{ background: {c.window}; border-bottom: 1px solid {c.border}; }}
QLabel[role="title"] {{ font-size: {title_pt:.1f}pt; font-weight: 600; }}
QLabel[role="heading"] {{ font-size: {heading_pt:.1f}pt; font-weight: 600; }}
QLabel[role="muted"], QLabel[role="status"] {{ color: {c.muted}; }}
QLabel[role="error"] {{ color: {c.text}; font-weight: 600; }}
QLabel[role="brand"] {{ font-weight: 600; }}
QFrame[role="card"] {{ background: {c.base}; border: 1px solid {c.border}; border-radius: 10px; }}
QFrame[role="banner"] {{ background: {c.alt_base}; border: 1px solid {c.border}; border-radius: 8px; }}
QPushButton, QToolButton {{
    background: {c.button}; color: {c.text}; border: 1px solid {c.edge};
    border-radius: 6px; padding: 5px 12px;
}}
QToolButton {{ padding: 4px 8px; }}
QPushButton:hover, QToolButton:hover {{ border-color: {c.accent}; }}
QPushButton:checked, QToolButton:checked {{ background: {c.alt_base}; border: 2px solid {c.accent}; }}
QPushButton:disabled, QToolButton:disabled {{ color: {c.muted}; }}
QPushButton[primary="true"] {{ background: {c.accent}; color: {c.accent_text}; border-color: {c.accent}; font-weight: 600; }}
QPushButton[role="quickexit"] {{
    background: {c.base}; color: {c.text}; border: 2px solid {c.text}; font-weight: 600;
}}
QPushButton[role="link"] {{ background: transparent; border: none; color: {c.accent}; text-decoration: underline; padding: 2px 4px; }}
QPushButton:focus, QToolButton:focus, QLineEdit:focus, QPlainTextEdit:focus, QListView:focus,
QCheckBox:focus, QTextBrowser:focus {{
    outline: none; border: {fw}px solid {c.accent};
}}
QLineEdit, QPlainTextEdit, QTextBrowser {{
    background: {c.base}; color: {c.text}; border: 1px solid {c.edge}; border-radius: 6px; padding: 4px 6px;
    selection-background-color: {c.accent}; selection-color: {c.accent_text};
}}
QPlainTextEdit#Body {{ padding: 10px 14px; }}
QLineEdit#TitleEdit {{ font-size: {entry_title_pt:.1f}pt; font-weight: 600; padding: 6px 8px; }}
QListView {{ background: {c.base}; border: 1px solid {c.border}; border-radius: 8px; }}
QListView#Nav {{ background: transparent; border: none; }}
QListView#Nav::item {{ padding-left: 10px; border-radius: 6px; margin: 2px 4px; }}
QListView#Nav::item:selected {{ background: {c.accent}; color: {c.accent_text}; }}
QListView#Nav:focus {{ border: {fw}px solid {c.accent}; border-radius: 8px; }}
QPushButton[primary="true"]:focus {{ border: {fw}px solid {c.text}; }}
QCheckBox {{ padding: 2px; border: {fw}px solid transparent; border-radius: 4px; }}
QCheckBox::indicator {{ width: 14px; height: 14px; border: 2px solid {c.muted}; border-radius: 4px; background: {c.base}; }}
QCheckBox::indicator:checked {{ background: {c.accent}; border-color: {c.accent}; image: url({_asset("check", c.accent_text)}); }}
QCheckBox::indicator:disabled {{ border-color: {c.border}; }}
QComboBox, QAbstractSpinBox {{
    background: {c.base}; color: {c.text}; border: 1px solid {c.edge};
    border-radius: 6px; padding: 3px 6px;
}}
QComboBox:focus, QAbstractSpinBox:focus {{ border: {fw}px solid {c.accent}; }}
QComboBox:disabled, QAbstractSpinBox:disabled {{ color: {c.muted}; }}
QComboBox::drop-down, QDateTimeEdit::drop-down {{ border: none; width: 22px; }}
QComboBox::down-arrow, QDateTimeEdit::down-arrow {{ image: url({_asset("down", c.text)}); width: 12px; height: 12px; }}
QComboBox QAbstractItemView {{
    background: {c.base}; color: {c.text}; border: 1px solid {c.edge};
    selection-background-color: {c.accent}; selection-color: {c.accent_text};
}}
QAbstractSpinBox::up-button, QAbstractSpinBox::down-button {{ border: none; width: 18px; }}
QAbstractSpinBox::up-arrow {{ image: url({_asset("up", c.text)}); width: 10px; height: 10px; }}
QAbstractSpinBox::down-arrow {{ image: url({_asset("down", c.text)}); width: 10px; height: 10px; }}
QScrollArea {{ border: none; }}
QProgressBar {{ border: 1px solid {c.border}; border-radius: 3px; background: {c.base}; max-height: 6px; }}
QProgressBar::chunk {{ background: {c.accent}; }}
QSplitter::handle {{ background: {c.window}; }}
"""


def motion_reduced(setting: str) -> bool:
    """'reduce' or 'full' as chosen; 'system' follows the platform where Qt can tell."""
    if setting == "reduce":
        return True
    if setting == "full":
        return False
    # Qt exposes the platform's "use UI effects" preference; without one we stay still.
    from PySide6.QtCore import Qt

    return not QApplication.isEffectEnabled(Qt.UIEffect.UI_General)


_held_sheet: list[str] = []  # a style sheet apply(..., sheet_later=True) left for apply_held_sheet


def apply_held_sheet(app: QApplication) -> None:
    """Set the style sheet `apply(..., sheet_later=True)` held back (nothing if none is held)."""
    if _held_sheet:
        app.setStyleSheet(_held_sheet.pop())


def apply(app: QApplication, theme: str, text_scale: float, *, sheet_later: bool = False) -> Colours:
    """Style the whole application. Re-polishing every widget is costly, so an unchanged
    theme and size is a no-op (the app remembers what it last applied).

    `sheet_later` (start-up): the palette and font now, before any widget exists, and the
    style sheet with `apply_held_sheet` once the first screen is built but not yet shown.
    Qt then styles each widget once, instead of again at every level a finished part of the
    screen is put into its parent (~2 ms for the unlock screen)."""
    system_is_dark(app)  # remember the desktop's choice before our palette replaces it
    c = colours_for(theme, app)
    key = f"{c.window}|{c.accent}|{text_scale}"
    if app.property("companion_theme") == key:
        return c
    app.setProperty("companion_theme", key)
    if not app.property("companion_fusion"):
        # (run_app starts Qt with "-style fusion" and sets this property, which skips building
        # the QStyle wrapper from Python during start-up.)
        app.setStyle("Fusion")
        app.setProperty("companion_fusion", True)
    app.setPalette(palette_for(c))
    font = QFont(app.font())
    font.setPointSizeF(BASE_POINT_SIZE * text_scale)
    app.setFont(font)
    sheet = stylesheet(c, BASE_POINT_SIZE * text_scale)
    _held_sheet.clear()
    if sheet_later:
        _held_sheet.append(sheet)
    else:
        app.setStyleSheet(sheet)
    return c
