"""Privacy in the app: delete everything needs the passphrase and the phrase; wrong passphrases slow down."""

from __future__ import annotations

import time

from tests.ui.conftest import PASSPHRASE, unlock


def _privacy(qtbot, harness):
    unlock(qtbot, harness)
    harness.window.show_section("settings")
    return harness.window.settings_page.privacy


def test_delete_everything_refuses_without_the_phrase_or_with_a_wrong_passphrase(qtbot, make_app, vault_dir):
    harness = make_app(vault_dir)
    privacy = _privacy(qtbot, harness)
    privacy.passphrase.setText(PASSPHRASE)
    privacy.erase_button.click()
    assert "Nothing was deleted" in privacy.message.text()
    privacy.phrase.setText("delete everything")
    privacy.passphrase.setText("not my passphrase")
    privacy.erase_button.click()
    qtbot.waitUntil(lambda: "not right" in privacy.message.text(), timeout=10000)
    assert (vault_dir / "vault.key").exists() and harness.session.is_open


def test_delete_everything_erases_the_vault_and_closes(qtbot, make_app, vault_dir):
    harness = make_app(vault_dir)
    privacy = _privacy(qtbot, harness)
    privacy.phrase.setText("Delete everything")
    privacy.passphrase.setText(PASSPHRASE)
    privacy.erase_button.click()
    qtbot.waitUntil(lambda: not vault_dir.exists(), timeout=15000)
    qtbot.waitUntil(lambda: not harness.window.isVisible(), timeout=5000)
    assert not harness.session.is_open


def test_repeated_wrong_passphrases_make_the_next_unlock_wait(qtbot, make_app, vault_dir):
    harness = make_app(vault_dir)
    page = harness.window.unlock_page
    failures = []
    harness.session.unlock_failed.connect(lambda error: failures.append(error))
    for attempt in range(4):
        page.field.edit.setText(f"wrong passphrase {attempt}")
        page.unlock_button.click()
        qtbot.waitUntil(lambda n=attempt: len(failures) == n + 1, timeout=20000)
    start = time.monotonic()
    unlock(qtbot, harness)
    assert time.monotonic() - start >= 1.5  # 2 s after the fourth failure in a row
