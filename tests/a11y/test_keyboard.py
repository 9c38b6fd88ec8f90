"""Keyboard: on every screen Tab and Shift+Tab cycle through every control in a consistent,
region-by-region order (no traps), focus is visible, every action has a key, and the
keyboard shortcuts page (F1, Ctrl+?) lists every shortcut the window has.
Screens come from tests/a11y/screens.py, so sections added later are covered too."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import QAbstractButton, QApplication, QMenu, QWidget

from tests.a11y.screens import Stop, focusable, qt_own_dialog, run_with_qtbot, walk
from tests.ui.conftest import unlock


def describe(w: QWidget | None) -> str:
    if w is None:
        return "nothing"
    text = w.accessibleName() or (w.text() if hasattr(w, "text") and callable(w.text) else "") or w.objectName()
    return f"{type(w).__name__}({str(text)[:40]})"


def _grouped(widget: QWidget) -> list[QAbstractButton]:
    """The other buttons arrow keys reach from this one (an exclusive group)."""
    if not isinstance(widget, QAbstractButton):
        return []
    group = widget.group()
    if group is not None and group.exclusive():
        return list(group.buttons())
    if widget.autoExclusive() and widget.parentWidget() is not None:
        return [b for b in widget.parentWidget().findChildren(QAbstractButton)
                if b.autoExclusive() and b.parentWidget() is widget.parentWidget()]
    return []


def _regions(stop: Stop) -> list[QWidget]:
    root = stop.root
    window = root.window()
    if hasattr(window, "sections") and root is window:
        top = window.findChild(QWidget, "TopBar")
        nav = getattr(window, "nav", None)
        page = window.screens.currentWidget()
        if window.screens.currentWidget() is getattr(window, "_shell", None):
            page = window.pages.currentWidget()
        return [r for r in (top, nav, page) if r is not None]
    return [root]


def _region_of(widget: QWidget, regions: list[QWidget]) -> int:
    for i, region in enumerate(regions):
        if widget is region or region.isAncestorOf(widget):
            return i
    return -1


def check_keyboard(qtbot, stop: Stop) -> list[str]:
    root = stop.root
    where = stop.name
    root.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is root.window(), timeout=3000)
    controls = focusable(root)
    if not controls:
        return [f"{where}: no control can take focus"]
    problems: list[str] = []
    start = controls[0]
    start.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is start, timeout=2000)
    order: list[QWidget] = [start]
    focused_image = {}
    unchanged: list[str] = []
    limit = 2 * len(controls) + 20
    for _ in range(limit):
        current = QApplication.focusWidget()
        if current is not None and current not in focused_image:
            focused_image[current] = current.grab().toImage()
        qtbot.keyClick(current or root, Qt.Key.Key_Tab)
        after = QApplication.focusWidget()
        if current is not None and after is not current and current in focused_image:
            if current.grab().toImage() == focused_image[current]:
                unchanged.append(describe(current))
        if after is None or not after.isVisible():
            problems.append(f"{where}: Tab moved focus to {describe(after)}, which is not visible")
            break
        if after is start:
            break
        order.append(after)
    else:
        problems.append(f"{where}: Tab never comes back to the first control (a trap?); last: "
                        f"{[describe(w) for w in order[-5:]]}")
    reached = set(order)
    missed = [w for w in controls if w not in reached and not any(g in reached for g in _grouped(w))]
    if missed:
        problems.append(f"{where}: Tab never reaches {[describe(w) for w in missed]}")
    if unchanged and not qt_own_dialog(root):
        problems.append(f"{where}: focus is not visible on {unchanged}")
    # Shift+Tab walks the same ring backwards
    start.setFocus(Qt.FocusReason.TabFocusReason)
    back: list[QWidget] = []
    for _ in range(len(order)):
        qtbot.keyClick(QApplication.focusWidget() or root, Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)
        back.append(QApplication.focusWidget())
    expected = list(reversed(order[1:])) + [start]
    if back != expected:
        first = next(i for i, (a, b) in enumerate(zip(back, expected)) if a is not b)
        problems.append(f"{where}: Shift+Tab does not retrace Tab: step {first + 1} went to "
                        f"{describe(back[first])}, expected {describe(expected[first])}")
    # logical order: each region (top bar, navigation, page) is one run, not visited back and forth
    regions = _regions(stop)
    runs = []
    for w in order:
        index = _region_of(w, regions)
        if not runs or runs[-1] != index:
            runs.append(index)
    if len(runs) > 1 and runs[0] == runs[-1]:
        runs.pop()  # it is a ring
    if len(runs) != len(set(runs)):
        problems.append(f"{where}: Tab goes back and forth between regions {runs} "
                        f"(0 = top bar, 1 = navigation, 2 = page)")
    return problems


def test_every_screen_cycles_with_tab_and_shows_focus(qtbot, make_app, vault_dir, light_theme):
    harness = make_app(vault_dir)
    window = harness.window
    window.resize(1280, 900)
    unlock(qtbot, harness)
    problems: list[str] = []
    names = run_with_qtbot(qtbot, walk(window), lambda stop: problems.extend(check_keyboard(qtbot, stop)))
    assert len(names) > len(window.sections)
    assert problems == [], "\n".join(problems)


def _shortcut_keys(window) -> set[str]:
    keys = set()
    for shortcut in window.findChildren(QShortcut):
        text = shortcut.key().toString(QKeySequence.SequenceFormat.PortableText)
        if text:
            keys.add(text)
    for action in window.findChildren(QAction):
        keys.update(s.toString(QKeySequence.SequenceFormat.PortableText) for s in action.shortcuts())
    return {k for k in keys if k}


def test_every_action_has_a_key_and_the_shortcuts_page_lists_them(qtbot, make_app, vault_dir, light_theme):
    harness = make_app(vault_dir)
    window = harness.window
    unlock(qtbot, harness)
    for section in window.sections:  # pages may build parts lazily when first shown
        window.show_section(section.key)
        qtbot.wait(30)
    window.show_section(window.sections[0].key)

    reachable = set(focusable(window))
    for section in window.sections:
        reachable |= set(focusable(section.widget)) if section.widget.isVisible() else set()
    keyless = []
    for action in window.findChildren(QAction):
        if action.shortcuts() or not action.isVisible() or not action.isEnabled():
            continue
        owners = [w for w in action.associatedObjects() if isinstance(w, QWidget)]
        # an action shown in a menu or on a button is reached with the keyboard through it
        if any(isinstance(w, (QMenu, QAbstractButton)) for w in owners):
            continue
        if action.text() or action.toolTip():
            keyless.append(f"{action.text() or action.toolTip()} in {[describe(w) for w in owners]}")
    assert keyless == [], f"actions with neither a shortcut nor a control: {keyless}"

    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    for key, modifiers in ((Qt.Key.Key_F1, Qt.KeyboardModifier.NoModifier),
                           (Qt.Key.Key_Question, Qt.KeyboardModifier.ControlModifier)):
        qtbot.keyClick(QApplication.focusWidget() or window, key, modifiers)
        qtbot.waitUntil(lambda: getattr(window, "_shortcuts_dialog", None) is not None
                        and window._shortcuts_dialog.isVisible(), timeout=3000)
        dialog = window._shortcuts_dialog
        listed = dialog.keys_listed()
        missing = _shortcut_keys(window) - listed
        assert missing == set(), f"shortcuts not on the keyboard shortcuts page: {sorted(missing)}"
        texts = [r.text for r in dialog.rows]
        assert all(t.strip() for t in texts), "every shortcut says what it does"
        assert dialog.model.rowCount() >= 2
        dialog.close()
        qtbot.waitUntil(lambda: not dialog.isVisible())
        window._shortcuts_dialog = None
    # the same page from Settings
    window.show_section("settings")
    settings = window.settings_page
    settings.shortcuts_button.click()
    qtbot.waitUntil(lambda: window._shortcuts_dialog is not None and window._shortcuts_dialog.isVisible())
    window._shortcuts_dialog.close()
