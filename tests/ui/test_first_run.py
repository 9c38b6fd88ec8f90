"""First run end to end: welcome, passphrase, recovery code, keychain (only where one works), journal."""

from __future__ import annotations

from PySide6.QtGui import QGuiApplication

from companion.vault.core import Vault
from tests.ui.conftest import PASSPHRASE


def _create(qtbot, harness, passphrase=PASSPHRASE):
    fr = harness.window.first_run
    assert harness.window.screens.currentWidget() is fr
    assert fr.steps.currentWidget() is fr.welcome
    fr.welcome_next.click()
    assert fr.steps.currentWidget() is fr.passphrase
    # too short, then different: calm sentences, nothing created
    fr.pass1.edit.setText("short")
    fr.pass2.edit.setText("short")
    fr.create_button.click()
    assert "at least 8 characters" in fr.create_error.text()
    fr.pass1.edit.setText(passphrase)
    fr.pass2.edit.setText(passphrase + "x")
    assert fr.match.text() == "They are not the same yet."
    fr.create_button.click()
    assert "not the same" in fr.create_error.text()
    assert not Vault.exists(harness.session.vault_dir)
    fr.pass2.edit.setText(passphrase)
    assert fr.match.text() == "They match."
    assert fr.meter.bar.value() >= 2
    fr.create_button.click()
    qtbot.waitUntil(lambda: fr.steps.currentWidget() is fr.recovery, timeout=10000)
    assert fr.pass1.text() == "" and fr.pass2.text() == ""  # the passphrase does not linger in the fields


def test_first_run_with_recovery_code_and_no_keychain(qtbot, make_app, tmp_path):
    folder = tmp_path / "new-vault"
    harness = make_app(folder)
    fr = harness.window.first_run
    _create(qtbot, harness)
    fr.make_code.click()
    qtbot.waitUntil(lambda: fr.code_view.isVisible() and bool(fr.code_view.code.text()), timeout=10000)
    code = fr.code_view.code.text()
    assert len(code.replace("-", "")) == 24
    fr.code_view.copy_button.click()
    assert QGuiApplication.clipboard().text() == code
    assert not fr.code_next.isEnabled()
    fr.code_view.saved_check.setChecked(True)
    assert fr.code_next.isEnabled()
    qtbot.waitUntil(lambda: fr._keychain_reason != "unknown")
    fr.code_next.click()
    # the test keyring is the "fail" backend: the keychain step is skipped entirely
    assert fr.steps.currentWidget() is fr.done_step
    assert fr.step_label.text() == "Step 4 of 4"
    assert fr.code_view.code.text() == ""  # shown once
    fr.start_button.click()
    qtbot.waitUntil(lambda: harness.window.screens.currentWidget() is harness.window.shell)
    assert harness.window.lock_button.isVisible()
    # the code opens the vault, and the clipboard copy is cleared when it locks
    harness.session.lock("manual")
    harness.tasks.wait_idle()
    assert QGuiApplication.clipboard().text() == ""
    with Vault.open(folder, recovery_code=code.lower()) as vault:
        assert vault.has_recovery_code
        assert not vault.remembered_on_device


def test_first_run_skip_code_and_remember_on_device(qtbot, make_app, tmp_path, memory_keyring):
    folder = tmp_path / "v2"
    harness = make_app(folder)
    fr = harness.window.first_run
    _create(qtbot, harness)
    qtbot.waitUntil(lambda: fr._keychain_reason is None)
    assert fr.step_label.text() == "Step 3 of 5"
    fr.skip_code.click()
    assert fr.steps.currentWidget() is fr.device_step
    fr.device_yes.click()
    qtbot.waitUntil(lambda: fr.steps.currentWidget() is fr.done_step, timeout=10000)
    fr.start_button.click()
    qtbot.waitUntil(lambda: harness.session.is_open and harness.window.screens.currentWidget() is harness.window.shell)
    harness.session.lock("manual")
    harness.tasks.wait_idle()
    assert memory_keyring.items  # a secret under a neutral service name
    assert all(service == "desktop-session-store" for service, _user in memory_keyring.items)
    # next time, the unlock screen offers the device, and it opens without a passphrase
    page = harness.window.unlock_page
    qtbot.waitUntil(lambda: harness.window.screens.currentWidget() is page)
    qtbot.waitUntil(page.device_button.isVisible)
    page.device_button.click()
    qtbot.waitUntil(lambda: harness.session.is_open, timeout=10000)
