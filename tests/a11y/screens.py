"""Walk every screen of the unlocked app: each section, each tab inside it, each dialog or
page state its "…" buttons open, the keyboard shortcuts page and (when the grounding
section exists) the player. Pages added later are covered without changing this file.

`walk(window)` is a generator of steps: Sleep(ms), Wait(condition, timeout_ms) and
Stop(name, root). A runner performs the waits its own way (qtbot in pytest, QTimer in the
AT-SPI driver) and inspects `root` at every Stop.
"""

from __future__ import annotations

import time
from dataclasses import dataclass, field
from typing import Callable

from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QDialog,
    QFileDialog,
    QTabWidget,
    QWidget,
)

ELLIPSIS = ("…", "...")


@dataclass
class Sleep:
    ms: int


@dataclass
class Wait:
    condition: Callable[[], bool]
    timeout_ms: int = 3000


@dataclass
class Stop:
    name: str
    root: QWidget
    kind: str  # "section", "tab", "dialog", "state", "player"
    section: str = ""
    notes: dict = field(default_factory=dict)


def visible_windows() -> set[int]:
    return {id(w) for w in QApplication.topLevelWidgets() if w.isVisible()}


def new_window(before: set[int]) -> QWidget | None:
    for w in QApplication.topLevelWidgets():
        if w.isVisible() and id(w) not in before and w.isWindow() and w.windowType() != Qt.WindowType.ToolTip \
                and not w.inherits("QMenu") and not w.inherits("QComboBoxPrivateContainer") \
                and w.windowType() != Qt.WindowType.Popup:
            return w
    return None


def inside_compound(widget: QWidget, root: QWidget) -> bool:
    parent = widget.parentWidget()
    while parent is not None and parent is not root:
        if isinstance(parent, (QAbstractSpinBox, QComboBox)):
            return True
        parent = parent.parentWidget()
    return False


def shown(widget: QWidget) -> bool:
    """Really on screen: visible and not scrolled or clipped into nothing."""
    return widget.isVisible() and not widget.visibleRegion().isEmpty()


def focusable(root: QWidget) -> list[QWidget]:
    found = []
    for w in root.findChildren(QWidget):
        if not w.isVisible() or not w.isEnabled() or w.window() is not root.window():
            continue
        if not (w.focusPolicy() & Qt.FocusPolicy.TabFocus) or w.focusProxy() is not None:
            continue
        if inside_compound(w, root):
            continue
        found.append(w)
    return found


def qt_own_dialog(root: QWidget) -> bool:
    """Qt's stock dialogs (print preview, print, file): drawn by Qt, not by Companion's theme."""
    return root.isWindow() and type(root).__module__.startswith("PySide6") and not root.inherits("QMessageBox") \
        and root.inherits("QDialog")


def tab_widgets(root: QWidget) -> list[QTabWidget]:
    return [t for t in root.findChildren(QTabWidget) if t.isVisible()]


def opener_buttons(root: QWidget) -> list[QAbstractButton]:
    """Buttons that open something ("Change passphrase…"): by convention their text ends in an ellipsis."""
    return [b for b in root.findChildren(QAbstractButton)
            if b.isVisible() and b.isEnabled() and b.text().rstrip().endswith(ELLIPSIS)]


class FileDialogCloser(QObject):
    """Rejects any file chooser at once (Qt's own dialog, not ours to inspect), including
    ones opened with the blocking static functions, whose nested event loop keeps this timer running."""

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self.closed: list[str] = []
        self._timer = QTimer(self)
        self._timer.setInterval(30)
        self._timer.timeout.connect(self._close_file_dialogs)
        self._timer.start()

    def _close_file_dialogs(self) -> None:
        for w in QApplication.topLevelWidgets():
            if isinstance(w, QFileDialog) and w.isVisible():
                self.closed.append(w.windowTitle())
                w.reject()

    def stop(self) -> None:
        self._timer.stop()


def _tab_states(section_widget: QWidget):
    """(tab widget, index) for every tab page in the section, nested tabs included (one level)."""
    for tabs in tab_widgets(section_widget):
        for i in range(tabs.count()):
            if tabs.isTabEnabled(i) and tabs.isTabVisible(i):
                yield tabs, i


def paced() -> bool:
    """A breath pacer is on screen (objectName "BreathPacer", or a widget class named …Pacer…)."""
    return any(w.isVisible() and (w.objectName() == "BreathPacer" or "Pacer" in type(w).__name__)
               for top in QApplication.topLevelWidgets() for w in top.findChildren(QWidget))


def walk(window, *, dialogs: bool = True, tabs: bool = True, player: bool = True, shortcuts: bool = True,
         player_until: Callable[[], bool] | None = None):
    """Visit every screen of an unlocked MainWindow (see the module docstring).

    With `player_until`, the player also moves on with its Right key (a step at a time, as a
    person would) until `player_until()` is true, e.g. until a breathing step with the pacer."""
    closer = FileDialogCloser(window)
    try:
        visited: set[str] = set()
        for section in list(window.sections):
            for step in _walk_section(window, section, dialogs=dialogs, tabs=tabs, closer=closer):
                if isinstance(step, Stop):
                    visited.add(type(step.root).__name__)
                yield step
        if shortcuts and hasattr(window, "show_shortcuts") and "ShortcutsDialog" not in visited:
            before = visible_windows()
            window.show_shortcuts()
            yield Wait(lambda: new_window(before) is not None, 3000)
            dialog = new_window(before)
            yield Stop("dialog: keyboard shortcuts (F1)", dialog, "dialog")
            dialog.close()
            yield Sleep(50)
        keys = [s.key for s in window.sections]
        if player and "grounding" in keys and hasattr(window, "ground_now"):
            window.activateWindow()  # the player's keys work while it has the focus
            yield Wait(lambda: QApplication.activeWindow() is window, 2000)
            window.ground_now()
            yield Sleep(400)
            yield Stop("grounding player", window, "player", "grounding")
            from PySide6.QtTest import QTest

            if player_until is not None:
                for _ in range(10):
                    if player_until():
                        break
                    QTest.keyClick(QApplication.focusWidget() or window, Qt.Key.Key_Right)  # "move on"
                    yield Sleep(250)
                yield Stop("grounding player, breathing", window, "player", "grounding")
            focus = QApplication.focusWidget() or window
            QTest.keyClick(focus, Qt.Key.Key_Escape)  # the player's Esc: stop at any moment
            yield Sleep(200)
            yield Stop("grounding player, stopped", window, "state", "grounding")
    finally:
        closer.stop()
        closer.deleteLater()


def _walk_section(window, section, *, dialogs: bool, tabs: bool, closer: FileDialogCloser):
    window.show_section(section.key)
    yield Sleep(150)
    yield Stop(f"section {section.key}", window, "section", section.key)
    openers: list[tuple[object, int, str]] = []  # (tab widget or None, index, button text)
    seen_texts: set[str] = set()

    def note_openers(tab_widget, index):
        for b in opener_buttons(section.widget):
            if b.text() not in seen_texts:
                seen_texts.add(b.text())
                openers.append((tab_widget, index, b))

    note_openers(None, -1)
    if tabs:
        for tab_widget, index in list(_tab_states(section.widget)):
            if index == tab_widget.currentIndex() and index == 0:
                continue
            tab_widget.setCurrentIndex(index)
            yield Sleep(120)
            yield Stop(f"section {section.key}, tab “{tab_widget.tabText(index).replace('&', '')}”", window,
                       "tab", section.key)
            note_openers(tab_widget, index)
        for tab_widget in tab_widgets(section.widget):
            tab_widget.setCurrentIndex(0)
    if not dialogs:
        return
    for tab_widget, index, b in openers:
        window.show_section(section.key)
        if tab_widget is not None:
            try:
                tab_widget.setCurrentIndex(index)
            except RuntimeError:
                continue
        yield Sleep(80)
        try:
            if not (b.isVisible() and b.isEnabled()):
                continue
        except RuntimeError:  # deleted meanwhile
            continue
        text = b.text().replace("&", "")
        before = visible_windows()
        page_before = {id(w) for w in focusable(window)}
        chooser_count = len(closer.closed)
        QTimer.singleShot(0, b.click)
        deadline = time.monotonic() + 1.5

        def something_happened() -> bool:
            return (new_window(before) is not None or len(closer.closed) > chooser_count
                    or {id(w) for w in focusable(window)} != page_before)

        yield Wait(lambda: something_happened() or time.monotonic() > deadline, 2000)
        dialog = new_window(before)
        if len(closer.closed) > chooser_count:
            continue  # a file chooser (Qt's own), closed again
        if isinstance(dialog, QFileDialog):
            dialog.reject()
            yield Sleep(50)
            continue
        if dialog is not None:
            yield Sleep(150)
            yield Stop(f"dialog: {dialog.windowTitle() or text}", dialog, "dialog", section.key,
                       {"opened_by": text})
            if isinstance(dialog, QDialog):
                dialog.reject()
            else:
                dialog.close()
            yield Sleep(80)
            continue
        if {id(w) for w in focusable(window)} != page_before:
            yield Stop(f"section {section.key} after “{text}”", window, "state", section.key, {"opened_by": text})
            focus = QApplication.focusWidget()
            if focus is not None:
                from PySide6.QtTest import QTest

                QTest.keyClick(focus, Qt.Key.Key_Escape)  # leave the page state the way a person would
                yield Sleep(80)
    for tab_widget in tab_widgets(section.widget):
        tab_widget.setCurrentIndex(0)


def run_with_qtbot(qtbot, steps, visit: Callable[[Stop], None]) -> list[str]:
    """Perform the walk in a pytest-qt test; returns the names of the stops."""
    names = []
    for step in steps:
        if isinstance(step, Sleep):
            qtbot.wait(step.ms)
        elif isinstance(step, Wait):
            qtbot.waitUntil(step.condition, timeout=step.timeout_ms)
        else:
            names.append(step.name)
            visit(step)
    return names
