"""Quick exit: Shift three times or the button hides every window within 200 ms, saves and locks."""

from __future__ import annotations

import time

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication

from companion.ui.startup import StartupSettings
from companion.vault.core import Vault
from tests.ui.conftest import PASSPHRASE, unlock

HIDE_BUDGET_MS = 200


def _visible_windows():
    return [w for w in QApplication.topLevelWidgets() if w.isVisible()]


def _shift(qtbot, widget, times=3):
    # keyClick(Key_Shift) alone: one press and one release (passing ShiftModifier as well
    # would make QTest press Shift twice per click).
    for _ in range(times):
        qtbot.keyClick(widget, Qt.Key.Key_Shift)


def test_type_then_shift_three_times_hides_saves_and_locks(qtbot, make_app, vault_dir):
    harness = make_app(vault_dir)
    unlock(qtbot, harness)
    window = harness.window
    body = window.journal.editor.body
    body.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is body)
    qtbot.keyClicks(body, "Typed a moment ago and not yet saved")
    assert window.journal.editor.dirty  # within the debounce: nothing written yet
    QGuiApplication.clipboard().setText("journal text copied inside the app")
    start = time.perf_counter()
    _shift(qtbot, body)
    total_ms = (time.perf_counter() - start) * 1000
    assert _visible_windows() == []
    assert window.last_hide_ms is not None and window.last_hide_ms < HIDE_BUDGET_MS
    assert total_ms < HIDE_BUDGET_MS + 1000  # includes three synthetic key presses and the save wait
    assert harness.quits == [True]  # default action: close Companion
    assert not harness.session.is_open
    assert QGuiApplication.clipboard().text() == ""  # it came from the app's window, so it goes
    harness.tasks.wait_idle()
    with Vault.open(vault_dir, passphrase=PASSPHRASE) as vault:
        bodies = {e.body for e in vault.entries.get_many(vault.entries.all_ids())}
    assert "Typed a moment ago and not yet saved" in bodies


def test_other_keys_reset_the_count_and_capitals_never_trigger(qtbot, make_app, vault_dir):
    harness = make_app(vault_dir)
    unlock(qtbot, harness)
    body = harness.window.journal.editor.body
    body.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is body)
    for ch in "Hello World And Me":
        if ch.isupper():
            _shift(qtbot, body, 1)
        qtbot.keyClick(body, ch)
    _shift(qtbot, body, 2)
    assert harness.window.shift_hint.text() == "Press Shift once more for quick exit"
    qtbot.keyClick(body, "a")
    assert harness.window.shift_hint.text() == ""
    _shift(qtbot, body, 2)
    assert harness.window.isVisible() and harness.session.is_open
    # holding Shift down (auto-repeat) does not count as more presses
    harness.window.shift.key_pressed(Qt.Key.Key_Shift, True)
    harness.window.shift.key_pressed(Qt.Key.Key_Shift, True)
    assert harness.window.isVisible()


def test_button_on_unlock_screen_and_clipboard_from_elsewhere_is_kept(qtbot, make_app, vault_dir):
    harness = make_app(vault_dir)
    window = harness.window
    assert window.quick_exit_button.isVisible()  # on every screen, including unlock
    QGuiApplication.clipboard().setText("copied in another program")
    window.clipboard._placed.clear()  # (offscreen: every copy looks local; pretend it came from elsewhere)
    window.quick_exit_button.click()
    assert _visible_windows() == []
    assert QGuiApplication.clipboard().text() == "copied in another program"


def test_neutral_screen_and_minimise_actions(qtbot, make_app, vault_dir):
    harness = make_app(vault_dir, startup=StartupSettings(quick_exit_action="neutral"))
    unlock(qtbot, harness)
    window = harness.window
    window.quick_exit()
    assert window.neutral.isVisible()
    assert not window.isVisible()
    assert "Companion" not in window.neutral.windowTitle()
    assert not harness.session.is_open and harness.quits == []
    window.activate_from_second_launch()  # a second launch must not reveal the app over the neutral screen
    assert not window.isVisible()
    window.neutral.close()
    assert harness.quits == [True]

    other = make_app(vault_dir, startup=StartupSettings(quick_exit_action="minimise"))
    unlock(qtbot, other)
    other.window.quick_exit()
    assert not other.session.is_open
    assert other.window.isMinimized()
    assert other.window.screens.currentWidget() is other.window.unlock_page


def test_extra_shortcut_and_shift_can_be_turned_off(qtbot, make_app, vault_dir):
    harness = make_app(vault_dir, startup=StartupSettings(quick_exit_shift=False, quick_exit_shortcut="F12"))
    window = harness.window
    field = window.unlock_page.field.edit
    field.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is field)
    _shift(qtbot, field)
    assert window.isVisible()
    qtbot.keyClick(field, Qt.Key.Key_F12)
    assert not window.isVisible()
