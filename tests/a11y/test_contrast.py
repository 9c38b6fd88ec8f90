"""Themes meet WCAG AA, and text at 200% is never clipped.

Contrast is computed from what is actually applied: the application palette's text roles
(active and disabled) and every colour pair in the theme's style sheet (a rule's `color`
against its own background, or against every surface text can sit on: window, card,
banner, button). Normal text needs 4.5:1; control outlines and focus rings need 3:1
(WCAG 1.4.3, 1.4.11). At 200% text every section, tab and dialog must fit a 1280×900
window, and no visible label or button may be narrower or shorter than its text.
"""

from __future__ import annotations

import re

import pytest
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QListWidget, QWidget

from companion.ui import theme
from companion.ui.startup import THEMES, StartupSettings
from tests.a11y.screens import Stop, run_with_qtbot, walk
from tests.ui.conftest import unlock

AA_TEXT, AA_UI = 4.5, 3.0
R = QPalette.ColorRole


def luminance(colour: QColor) -> float:
    def channel(c: float) -> float:
        return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4

    return 0.2126 * channel(colour.redF()) + 0.7152 * channel(colour.greenF()) + 0.0722 * channel(colour.blueF())


def ratio(a, b) -> float:
    la, lb = sorted((luminance(QColor(a)), luminance(QColor(b))), reverse=True)
    return (la + 0.05) / (lb + 0.05)


PALETTE_PAIRS = [
    (R.WindowText, R.Window), (R.Text, R.Base), (R.Text, R.AlternateBase), (R.ButtonText, R.Button),
    (R.HighlightedText, R.Highlight), (R.PlaceholderText, R.Base), (R.PlaceholderText, R.Window),
    (R.ToolTipText, R.ToolTipBase), (R.Link, R.Base), (R.Link, R.Window), (R.BrightText, R.Window),
]


def palette_problems(pal: QPalette) -> list[str]:
    problems = []
    for fg, bg in PALETTE_PAIRS:
        value = ratio(pal.color(QPalette.ColorGroup.Active, fg), pal.color(QPalette.ColorGroup.Active, bg))
        if value < AA_TEXT:
            problems.append(f"{fg.name} on {bg.name}: {value:.2f}")
    # disabled text is exempt in WCAG, but here it must still be readable (3:1)
    for fg, bg in ((R.Text, R.Base), (R.WindowText, R.Window), (R.ButtonText, R.Button)):
        value = ratio(pal.color(QPalette.ColorGroup.Disabled, fg), pal.color(QPalette.ColorGroup.Disabled, bg))
        if value < AA_UI:
            problems.append(f"disabled {fg.name} on {bg.name}: {value:.2f}")
    return problems


RULE = re.compile(r"([^{}]+)\{([^{}]*)\}")
HEX = r"#[0-9A-Fa-f]{6}"


def stylesheet_problems(sheet: str, c: theme.Colours) -> list[str]:
    problems = []
    surfaces = {"window": c.window, "card": c.base, "banner": c.alt_base}
    button_face = c.button
    for selectors, body in RULE.findall(sheet):
        selectors = " ".join(selectors.split())
        fg = re.search(rf"(?<![-\w])color:\s*({HEX})", body)
        bg = re.search(rf"background(?:-color)?:\s*({HEX})", body)
        if ":disabled" in selectors or "::indicator" in selectors and ":checked" not in selectors:
            needed_text = AA_UI
        else:
            needed_text = AA_TEXT
        if fg:
            if bg:
                behind = {"its background": bg.group(1)}
            elif "QPushButton" in selectors or "QToolButton" in selectors:
                behind = {"the button face": button_face} if "transparent" not in body else surfaces
            else:
                behind = surfaces
            for where, colour in behind.items():
                value = ratio(fg.group(1), colour)
                if value < needed_text:
                    problems.append(f"{selectors}: text {fg.group(1)} on {where} {colour}: {value:.2f}")
        border = re.search(rf"border(?:-color)?:\s*(?:\d+px\s+solid\s+)?({HEX})", body)
        is_control = re.search(r"QPushButton|QToolButton|QLineEdit|QPlainTextEdit|QTextBrowser|QComboBox|"
                               r"QAbstractSpinBox|::indicator|#Nav:focus", selectors)
        if border and is_control and ":disabled" not in selectors:
            behind = dict(surfaces)
            if bg:
                behind["its own face"] = bg.group(1)
            for where, colour in behind.items():
                if where == "its own face" and border.group(1).upper() == colour.upper():
                    continue  # an outline in the face's own colour draws no boundary; the face does
                value = ratio(border.group(1), colour)
                if value < AA_UI and not (":focus" not in selectors and where == "its own face"):
                    problems.append(f"{selectors}: outline {border.group(1)} against {where} {colour}: {value:.2f}")
    return problems


@pytest.mark.parametrize("name", [*THEMES, "system-dark"])
def test_theme_meets_wcag_aa(qapp, name, light_theme):
    key = name
    if name.startswith("system"):
        saved = qapp.property("companion_system_dark")
        qapp.setProperty("companion_system_dark", name == "system-dark")
        key = "system"
    try:
        c = theme.apply(qapp, key, 1.0)
        expected = theme.DARK if name == "system-dark" else theme.LIGHT if name == "system" else c
        assert c is expected
        problems = palette_problems(qapp.palette()) + stylesheet_problems(qapp.styleSheet(), c)
        # the custom colours: accent text on accent (nav selection, primary buttons), the mark
        # (search hits) under text, focus rings and control outlines against every surface
        for fg, bg, need, what in (
            (c.accent_text, c.accent, AA_TEXT, "nav selected / primary button"),
            (c.text, c.mark, AA_TEXT, "text on a search mark"),
            (c.muted, c.button, AA_TEXT, "muted text on a button"),
            (c.accent, c.window, AA_UI, "focus ring on the window"),
            (c.accent, c.base, AA_UI, "focus ring on a card"),
            (c.edge, c.window, AA_UI, "control outline on the window"),
            (c.edge, c.base, AA_UI, "control outline on a card"),
            (c.edge, c.button, AA_UI, "control outline on a button face"),
            (c.text, c.base, AA_TEXT, "quick exit button"),
        ):
            if ratio(fg, bg) < need:
                problems.append(f"{what}: {fg} on {bg}: {ratio(fg, bg):.2f}")
        assert problems == [], f"{name}: " + "; ".join(problems)
    finally:
        if name.startswith("system"):
            qapp.setProperty("companion_system_dark", saved)
            qapp.setProperty("companion_theme", None)


def test_ratio_matches_wcag_examples():
    assert ratio("#000000", "#FFFFFF") == pytest.approx(21.0)
    assert ratio("#777777", "#FFFFFF") == pytest.approx(4.48, abs=0.01)


# -- the share wizard's chosen passages (highlight pair) ----------------------------------------
def _passage_colours(panel, body: str = "A calm sentence to share with the group.") -> tuple[QColor, QColor, bool]:
    from PySide6.QtGui import QTextFormat

    panel.show_text("A title", body)
    panel.mark(body, [(2, 6)])
    [chosen] = panel.text_view.extraSelections()
    fmt = chosen.format
    # (a format without its own text colour is drawn in the text view's)
    drawn = panel.text_view.palette().color(R.Text)
    fg = fmt.foreground().color() if fmt.hasProperty(QTextFormat.Property.ForegroundBrush) else drawn
    return fg, fmt.background().color(), fmt.fontUnderline()


@pytest.mark.parametrize("name", ["light", "dark", "high-contrast"])
def test_chosen_passages_keep_text_readable_in_every_theme(qapp, qtbot, name, light_theme):
    """Text on a chosen passage's highlight reaches 4.5:1, and the highlight follows a theme change."""
    from companion.ui.share.excerpt_panel import ExcerptPanelWidget

    theme.apply(qapp, name, 1.0)
    panel = ExcerptPanelWidget()
    qtbot.addWidget(panel)
    panel.show()
    qtbot.waitExposed(panel)
    fg, bg, underlined = _passage_colours(panel)
    assert underlined  # never colour alone
    assert ratio(fg, bg) >= AA_TEXT, f"{name}: passage text {fg.name()} on {bg.name()}: {ratio(fg, bg):.2f}"
    other = "high-contrast" if name != "high-contrast" else "light"
    c = theme.apply(qapp, other, 1.0)
    expected = (c.accent_text.upper(), c.accent.upper())  # the theme's Highlight pair (checked above)

    def colours():
        [chosen] = panel.text_view.extraSelections()
        return chosen.format.foreground().color().name().upper(), chosen.format.background().color().name().upper()

    qtbot.waitUntil(lambda: colours() == expected, timeout=2000)


# -- 200% text --------------------------------------------------------------------------------
SCREEN = (1280, 900)


def clipped(root: QWidget) -> list[str]:
    found = []
    for w in root.findChildren(QWidget):
        if not w.isVisible() or w.window() is not root.window() or not w.width():
            continue
        if isinstance(w, QLabel) and w.text().strip() and w.pixmap().isNull():
            if w.wordWrap():
                need_h, need_w = w.heightForWidth(w.width()), 0
            else:
                hint = w.sizeHint()
                need_h, need_w = hint.height(), hint.width()
            if need_w > w.width() + 2 or need_h > w.height() + 2:
                found.append(f"label {w.text()[:50]!r} needs {need_w}×{need_h}, has {w.width()}×{w.height()}")
        elif isinstance(w, QListWidget):
            metrics = w.fontMetrics()
            for i in range(w.count()):
                text = w.item(i).text()
                if metrics.horizontalAdvance(text) + 24 > w.viewport().width():
                    found.append(f"list item {text[:50]!r} is cut at {w.viewport().width()} px")
        elif isinstance(w, QAbstractButton) and w.text().strip():
            hint = w.sizeHint()
            if hint.width() > w.width() + 2 or hint.height() > w.height() + 2:
                found.append(f"button {w.text()[:50]!r} needs {hint.width()}×{hint.height()}, "
                             f"has {w.width()}×{w.height()}")
    return found


def test_text_at_200_percent_is_never_clipped(qtbot, qapp, make_app, vault_dir, light_theme):
    harness = make_app(vault_dir, StartupSettings(theme="light", text_scale=2.0))
    window = harness.window
    theme.apply(qapp, "light", 2.0)
    window.resize(*SCREEN)
    unlock(qtbot, harness)
    problems: list[str] = []

    def visit(stop: Stop) -> None:
        if stop.root is window:
            window.resize(*SCREEN)
            qtbot.wait(30)
            if window.width() > SCREEN[0] or window.height() > SCREEN[1]:
                problems.append(f"{stop.name}: needs a window of {window.width()}×{window.height()}")
        else:
            screen = QApplication.primaryScreen().availableGeometry()
            if stop.root.minimumSizeHint().width() > SCREEN[0] or stop.root.minimumSizeHint().height() > SCREEN[1]:
                problems.append(f"{stop.name}: dialog needs {stop.root.minimumSizeHint().toTuple()}")
            del screen
        problems.extend(f"{stop.name}: {p}" for p in clipped(stop.root))

    run_with_qtbot(qtbot, walk(window), visit)
    assert problems == [], "\n".join(problems)
