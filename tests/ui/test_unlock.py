"""Unlock: right and wrong passphrase, recovery code, nothing visible before unlock, vault in use."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication, QLabel

from companion.vault.core import Vault
from tests.ui.conftest import PASSPHRASE, unlock


def test_unlock_right_passphrase_shows_the_journal(qtbot, make_app, vault_dir):
    harness = make_app(vault_dir)
    window = harness.window
    assert window.screens.currentWidget() is window.unlock_page
    assert not window.lock_button.isVisible()
    unlock(qtbot, harness)
    assert window.screens.currentWidget() is window.shell
    qtbot.waitUntil(lambda: window.journal.list_model.entry_count == 4)
    assert window.unlock_page.field.text() == ""
    assert harness.session.last_timings.phases["key derivation"] > 0


def test_wrong_passphrase_one_sentence_and_focus_kept(qtbot, make_app, vault_dir):
    harness = make_app(vault_dir)
    page = harness.window.unlock_page
    harness.window.activateWindow()
    page.field.edit.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is page.field.edit)
    qtbot.keyClicks(page.field.edit, "not my passphrase")
    qtbot.keyClick(page.field.edit, "\r")
    assert page.field.edit.isReadOnly()  # while the key is derived: read-only, still focused
    qtbot.waitUntil(lambda: bool(page.message.text()), timeout=10000)
    assert page.message.text() == "That passphrase did not unlock this journal."
    assert QApplication.focusWidget() is page.field.edit
    assert not page.field.edit.isReadOnly()
    assert page.field.edit.selectedText() == "not my passphrase"
    assert not harness.session.is_open
    # then the right one works
    page.field.edit.setText(PASSPHRASE)
    page.submit()
    qtbot.waitUntil(lambda: harness.session.is_open, timeout=10000)


def test_unlock_screen_shows_nothing_from_inside(qtbot, make_app, vault_dir):
    harness = make_app(vault_dir)
    texts = " ".join(w.text() for w in harness.window.findChildren(QLabel) if w.isVisible())
    for word in ("Morning walk", "entries", "4 "):
        assert word not in texts


def test_recovery_code_unlock(qtbot, make_app, vault_dir):
    from tests.ui.conftest import fast_kdf

    with Vault.open(vault_dir, passphrase=PASSPHRASE) as vault:
        code = vault.create_recovery_code(kdf_params=fast_kdf())
    harness = make_app(vault_dir)
    page = harness.window.unlock_page
    page.mode_button.click()
    assert page.field_label.text() == "Recovery code"
    page.field.edit.setText("WRONG-CODE-0000-0000-0000-0000")
    page.submit()
    qtbot.waitUntil(lambda: bool(page.message.text()), timeout=10000)
    assert "recovery code did not unlock" in page.message.text()
    page.field.edit.setText(code.replace("-", " ").lower())
    page.submit()
    qtbot.waitUntil(lambda: harness.session.is_open, timeout=10000)


def test_vault_in_use_is_explained(qtbot, make_app, vault_dir):
    other = Vault.open(vault_dir, passphrase=PASSPHRASE)  # e.g. the CLI holds it
    try:
        harness = make_app(vault_dir)
        page = harness.window.unlock_page
        page.field.edit.setText(PASSPHRASE)
        page.submit()
        qtbot.waitUntil(lambda: bool(page.message.text()), timeout=10000)
        assert "open in another Companion window" in page.message.text()
    finally:
        other.close()


def test_quick_exit_while_unlocking_closes_the_vault_again(qtbot, make_app, vault_dir):
    harness = make_app(vault_dir)
    page = harness.window.unlock_page
    page.field.edit.setText(PASSPHRASE)
    page.submit()
    harness.window.quick_exit()  # while the key is being derived
    harness.tasks.wait_idle()
    qtbot.wait(100)
    harness.tasks.wait_idle()
    assert not harness.session.is_open
    with Vault.open(vault_dir, passphrase=PASSPHRASE):  # the lock was released: nothing left open
        pass
