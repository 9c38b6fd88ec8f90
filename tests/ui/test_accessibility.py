"""Every screen: each focusable control has an accessible name (or a label buddy), and Tab reaches all of them."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel, QWidget

from companion.ui.dialogs import ChangePassphraseDialog, RecentlyDeletedDialog, RecoveryCodeDialog, RestoreDialog
from companion.ui.error_dialog import ErrorDialog
from tests.a11y.screens import inside_compound
from tests.ui.conftest import unlock


def focusable(root: QWidget) -> list[QWidget]:
    found = []
    for w in root.findChildren(QWidget):
        if not w.isVisibleTo(root) or not w.isEnabled():
            continue
        if not (w.focusPolicy() & Qt.FocusPolicy.TabFocus) or w.focusProxy() is not None:
            continue
        if inside_compound(w, root):
            continue  # e.g. the line edit inside a spin box: the spin box is the control
        found.append(w)
    return found


def named_or_labelled(widget: QWidget, root: QWidget) -> bool:
    if widget.accessibleName().strip():
        return True
    return any(label.buddy() is widget and label.text().strip() for label in root.findChildren(QLabel))


def tab_walk(qtbot, root: QWidget, limit: int = 400) -> set[QWidget]:
    root.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is root)
    start = focusable(root)[0]
    start.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is start)
    seen: set[QWidget] = set()
    for _ in range(limit):
        current = QApplication.focusWidget()
        seen.add(current)
        qtbot.keyClick(current, Qt.Key.Key_Tab)
        if QApplication.focusWidget() is start:
            break
    return seen


def check_screen(qtbot, root: QWidget, what: str) -> None:
    controls = focusable(root)
    assert controls, what
    unnamed = [f"{type(w).__name__}({w.objectName() or getattr(w, 'text', lambda: '')()})"
               for w in controls if not named_or_labelled(w, root)]
    assert unnamed == [], f"{what}: controls without a name: {unnamed}"
    reached = tab_walk(qtbot, root)
    missed = [f"{type(w).__name__}({w.accessibleName()})" for w in controls if w not in reached]
    assert missed == [], f"{what}: Tab never reaches {missed}"


def test_first_run_and_unlock_screens(qtbot, make_app, tmp_path, vault_dir):
    harness = make_app(tmp_path / "fresh")
    window = harness.window
    fr = window.first_run
    check_screen(qtbot, window, "welcome")
    fr.show_step(fr.passphrase)
    check_screen(qtbot, window, "passphrase step")
    fr.show_step(fr.recovery)
    fr.code_view.show_code("ABCD-EFGH-JKMN-PQRS-TVWX-YZ01")
    fr.code_view.setVisible(True)
    check_screen(qtbot, window, "recovery step")
    fr.show_step(fr.device_step)
    check_screen(qtbot, window, "keychain step")
    fr.show_step(fr.done_step)
    check_screen(qtbot, window, "done step")

    other = make_app(vault_dir)
    check_screen(qtbot, other.window, "unlock")
    other.window.unlock_page.mode_button.click()
    check_screen(qtbot, other.window, "unlock with recovery code")


def test_journal_settings_and_dialogs(qtbot, make_app, vault_dir):
    harness = make_app(vault_dir)
    unlock(qtbot, harness)
    window = harness.window
    journal = window.journal
    check_screen(qtbot, window, "journal")
    journal.filters_button.click()
    journal.since_check.setChecked(True)
    journal.until_check.setChecked(True)
    check_screen(qtbot, window, "journal with filters")
    window.show_section("settings")
    qtbot.waitUntil(lambda: window.settings_page.location.text() != "")
    check_screen(qtbot, window, "settings")

    dialogs = [
        ChangePassphraseDialog(harness.session, True, window),
        RecoveryCodeDialog("ABCD-EFGH-JKMN-PQRS-TVWX-YZ01", window.clipboard, window),
        RestoreDialog(str(vault_dir), window),
        RecentlyDeletedDialog(harness.session, window),
        ErrorDialog("Companion 0.1.0\nError type: builtins.ValueError", window.clipboard, window),
    ]
    for dialog in dialogs:
        if isinstance(dialog, RecoveryCodeDialog):
            dialog.view.saved_check.setChecked(True)  # so "Done" is enabled and must be reachable
        dialog.open()
        qtbot.waitExposed(dialog)
        check_screen(qtbot, dialog, type(dialog).__name__)
        assert dialog.accessibleName()
        dialog.reject()


def test_navigation_lists_only_real_sections_and_is_keyboard_driven(qtbot, make_app, vault_dir):
    harness = make_app(vault_dir)
    unlock(qtbot, harness)
    window = harness.window
    titles = [window.nav.item(i).text() for i in range(window.nav.count())]
    assert titles == ["Journal", "Grounding", "Check-ins", "Toolkit", "Share", "Settings"]
    window.activateWindow()
    qtbot.keyClick(window.journal.editor.body, Qt.Key.Key_9, Qt.KeyboardModifier.ControlModifier)
    assert window.pages.currentWidget() is window.settings_page
    qtbot.keyClick(window.settings_page, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    assert window.pages.currentWidget() is window.journal
