"""Settings: vault settings persist inside the vault, startup settings in the JSON file; keys and backups."""

from __future__ import annotations

import json

from PySide6.QtWidgets import QApplication

from companion.ui import theme
from companion.ui.dialogs import ChangePassphraseDialog, RecoveryCodeDialog
from companion.ui.startup import StartupSettings
from companion.vault.core import Vault
from tests.ui.conftest import PASSPHRASE, unlock


def _open_settings(qtbot, harness):
    unlock(qtbot, harness)
    harness.window.show_section("settings")
    page = harness.window.settings_page
    qtbot.waitUntil(lambda: page._keychain_reason != "unknown")
    return page


def test_vault_settings_are_stored_inside_the_vault(qtbot, make_app, vault_dir, tmp_path):
    harness = make_app(vault_dir)
    page = _open_settings(qtbot, harness)
    assert page.idle_spin.value() == 5
    page.idle_spin.setValue(12)
    assert harness.window.idle.interval_ms == 12 * 60 * 1000
    page.minimise_check.setChecked(False)
    page.auto_check.setChecked(False)
    harness.session.lock()
    harness.tasks.wait_idle()
    with Vault.open(vault_dir, passphrase=PASSPHRASE) as vault:
        assert vault.settings.get("lock.idle_minutes") == 12
        assert vault.settings.get("lock.on_minimise") is False
        assert vault.settings.get("backups.automatic") is False
    startup = tmp_path / "home" / "config" / "startup.json"
    assert not startup.exists() or "idle" not in startup.read_text()


def test_appearance_quick_exit_and_disguise_go_to_the_startup_file(qtbot, make_app, vault_dir, tmp_path):
    harness = make_app(vault_dir)
    page = _open_settings(qtbot, harness)
    window = harness.window
    page.theme_combo.setCurrentIndex(page.theme_combo.findData("high-contrast"))
    assert QApplication.instance().palette().window().color().name() == theme.HIGH_CONTRAST.window.lower()
    page.size_combo.setCurrentIndex(page.size_combo.findData(1.3))
    assert abs(QApplication.instance().font().pointSizeF() - theme.BASE_POINT_SIZE * 1.3) < 0.01
    page.disguise_combo.setCurrentIndex(page.disguise_combo.findData("notes"))
    assert window.windowTitle() == "Notes" and window.brand.text() == "Notes"
    page.action_combo.setCurrentIndex(page.action_combo.findData("neutral"))
    page.shortcut_combo.setCurrentIndex(page.shortcut_combo.findData("F12"))
    page.shift_check.setChecked(False)
    assert not window.shift.enabled
    saved = json.loads((tmp_path / "home" / "config" / "startup.json").read_text())
    assert saved["theme"] == "high-contrast" and saved["disguise"] == "notes"
    assert saved["quick_exit_action"] == "neutral" and saved["quick_exit_shortcut"] == "F12"
    assert saved["quick_exit_shift"] is False
    assert set(saved) == set(StartupSettings().as_dict())  # nothing from the journal in here
    # the unlock screen already wears the disguise
    harness.session.lock()
    assert window.unlock_page.title.text() == "Notes"
    theme.apply(QApplication.instance(), "light", 1.0)
    QApplication.instance().setApplicationDisplayName("")


def test_change_passphrase_and_recovery_code(qtbot, make_app, vault_dir):
    harness = make_app(vault_dir)
    page = _open_settings(qtbot, harness)
    page.change_button.click()
    dialog = page.findChild(ChangePassphraseDialog)
    dialog.current.edit.setText("wrong one here")
    dialog.new.edit.setText("a brand new phrase")
    dialog.repeat.edit.setText("a brand new phrase")
    dialog.ok_button.click()
    qtbot.waitUntil(lambda: bool(dialog.message.text()), timeout=10000)
    assert dialog.message.text() == "That is not the current passphrase."
    dialog.current.edit.setText(PASSPHRASE)
    with qtbot.waitSignal(dialog.finished, timeout=10000):
        dialog.ok_button.click()
    assert page.unlock_message.text() == "Your passphrase has been changed."

    assert page.recovery_status.text() == "No recovery code yet."
    page.recovery_new.click()
    qtbot.waitUntil(lambda: page.findChild(RecoveryCodeDialog) is not None, timeout=10000)
    code_dialog = page.findChild(RecoveryCodeDialog)
    code = code_dialog.view.code.text()
    assert page.recovery_status.text() == "A recovery code is set up."
    code_dialog.view.saved_check.setChecked(True)
    code_dialog.done_button.click()
    page.recovery_remove.click()  # asks to confirm first
    assert "again" in page.unlock_message.text()
    page.recovery_remove.click()
    qtbot.waitUntil(lambda: page.recovery_status.text() == "No recovery code yet.", timeout=5000)
    harness.session.lock()
    harness.tasks.wait_idle()
    with Vault.open(vault_dir, passphrase="a brand new phrase") as vault:
        assert not vault.has_recovery_code
    assert code


def test_remember_on_device_is_honest_about_availability(qtbot, make_app, vault_dir, memory_keyring):
    harness = make_app(vault_dir)
    page = _open_settings(qtbot, harness)
    assert page.device_check.isEnabled()
    assert "anyone who can use your signed-in account" in page.device_note.text()
    page.device_check.setChecked(True)
    qtbot.waitUntil(lambda: harness.session.info.remembered_on_device, timeout=5000)
    page.device_check.setChecked(False)
    qtbot.waitUntil(lambda: not harness.session.info.remembered_on_device, timeout=5000)
    assert memory_keyring.items == {}


def test_no_keychain_disables_the_option_with_a_reason(qtbot, make_app, vault_dir):
    harness = make_app(vault_dir)
    page = _open_settings(qtbot, harness)
    assert not page.device_check.isEnabled()
    assert "always ask for your passphrase" in page.device_note.text()


def test_backup_now_and_restore(qtbot, make_app, vault_dir, tmp_path):
    harness = make_app(vault_dir)
    page = _open_settings(qtbot, harness)
    target = tmp_path / "usb"
    page.folder_edit.setText(str(target))
    page.folder_edit.editingFinished.emit()
    page.backup_button.click()
    qtbot.waitUntil(lambda: page.backup_message.text().startswith("Saved an encrypted backup"), timeout=10000)
    backups = list(target.iterdir())
    assert len(backups) == 1 and (backups[0] / "vault.key").exists()
    # write something after the backup, then restore: it is gone, and the old journal was kept aside
    harness.window.show_section("journal")
    editor = harness.window.journal.editor
    editor.body.setPlainText("written after the backup")
    editor._on_changed()
    editor.save_now()
    harness.tasks.wait_idle()
    page._restore(str(backups[0]), PASSPHRASE)
    qtbot.waitUntil(lambda: harness.session.is_open, timeout=15000)
    qtbot.waitUntil(lambda: harness.window.journal.list_model.entry_count == 4, timeout=5000)
    assert any(p.name.startswith("replaced-") for p in vault_dir.iterdir())


def test_startup_settings_file_is_forgiving(tmp_path):
    path = tmp_path / "startup.json"
    assert StartupSettings.load(path) == StartupSettings()
    path.write_text("{not json")
    assert StartupSettings.load(path) == StartupSettings()
    path.write_text(json.dumps({"theme": "neon", "text_scale": 1.28, "quick_exit_shortcut": "Ctrl+Alt+Del",
                                "disguise": "tasks", "unknown": 1}))
    loaded = StartupSettings.load(path)
    assert loaded.theme == "system" and loaded.text_scale == 1.3
    assert loaded.quick_exit_shortcut == "" and loaded.disguise == "tasks"
    loaded.save(path)
    assert StartupSettings.load(path) == loaded


def test_housekeeping_makes_the_daily_backup_after_unlock(qtbot, make_app, vault_dir):
    harness = make_app(vault_dir)
    harness.session.housekeeping_delay_ms = 0
    unlock(qtbot, harness)
    backups = vault_dir / "backups"
    qtbot.waitUntil(lambda: backups.exists() and any(p.name.startswith("auto-") for p in backups.iterdir()),
                    timeout=10000)


def test_app_menu_entry_follows_the_disguise(qtbot, make_app, vault_dir, tmp_path):
    from companion import desktop_integration as di

    if di.unsupported_reason():
        import pytest

        pytest.skip(di.unsupported_reason())
    harness = make_app(vault_dir)
    page = _open_settings(qtbot, harness)
    data = tmp_path / "xdg-data"
    assert page.menu_button.text() == "Add to the app menu"
    page.menu_button.click()
    qtbot.waitUntil(lambda: di.installed_modes(data) == ["normal"], timeout=5000)
    qtbot.waitUntil(lambda: page.menu_button.text() == "Remove from the app menu")
    page.disguise_combo.setCurrentIndex(page.disguise_combo.findData("notes"))
    qtbot.waitUntil(lambda: di.installed_modes(data) == ["notes"], timeout=5000)
    text = (data / "applications" / "simple-notes.desktop").read_text()
    assert "Companion" not in text and "companion_journal" not in text.lower().replace("exec=", "")
    page.menu_button.click()
    qtbot.waitUntil(lambda: di.installed_modes(data) == [], timeout=5000)
    from PySide6.QtWidgets import QApplication

    from companion.ui import theme

    theme.apply(QApplication.instance(), "light", 1.0)


def test_window_class_and_desktop_id_match_the_menu_entries():
    from companion import app, desktop_integration as di

    for setting, mode in (("off", "normal"), ("notes", "notes"), ("tasks", "tasks")):
        assert app.WM_CLASSES[setting] == di.STYLES[mode].wm_class
        assert app.DESKTOP_IDS[setting] == di.desktop_file_id(setting)
