"""Fixtures for the desktop app tests: real vault files in tmp_path, the real window, one worker.

Vaults are made once per session with the cheapest KDF parameters the floor allows
(64 MiB, 3 passes) and copied per test, so each test still gets its own files.
"""

from __future__ import annotations

import os
import shutil
from dataclasses import dataclass, field
from pathlib import Path

import pytest

import companion.ui  # noqa: F401 - applies the shiboken6 6.12 / Python 3.11 workaround before Qt is used

PASSPHRASE = "quiet river morning light"
RECOVERY_PASSPHRASE = "another calm phrase here"


def pytest_collection_modifyitems(config, items):
    here = Path(__file__).parent
    for item in items:
        if here in Path(str(item.path)).parents:
            # The offscreen platform plugin does not implement size hints or raising a window
            # and says so as a Qt warning (for every top-level window with a layout); these
            # are the plugin's messages, not the app's.
            item.add_marker(pytest.mark.qt_log_ignore(r"This plugin does not support (propagateSizeHints|raise)\(\)"))


@pytest.fixture(autouse=True)
def _private_desktop_data(tmp_path, monkeypatch):
    """Menu entries (Settings can add one) go to a per-test folder, never the real home."""
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg-data"))


def fast_kdf():
    from companion.security.kdf import KdfParams

    return KdfParams(os.urandom(16))


def make_vault(folder: Path, passphrase: str = PASSPHRASE, drafts=()) -> Path:
    from companion.vault.core import Vault

    vault = Vault.create(folder, passphrase, kdf_params=fast_kdf())
    try:
        if drafts:
            vault.entries.add_many(list(drafts))
    finally:
        vault.close()
    return folder


def sample_drafts():
    from companion.journal.model import EntryDraft, ShareState

    return [
        EntryDraft(title="Morning walk", body="The air was cold and I noticed the **birds**.\n\nI felt steady.",
                   tags=("walks", "small wins"), entry_date="2026-03-02 08:15"),
        EntryDraft(title="A hard evening", body="Some memories came back. I used the breathing exercise.",
                   tags=("hard days",), entry_date="2026-03-02 21:40", content_note="memories",
                   share_state=ShareState.MAYBE),
        EntryDraft(title="Therapy notes", body="We talked about boundaries and saying no kindly.",
                   tags=("therapy",), entry_date="2026-03-04 17:00", share_state=ShareState.READY, pinned=True),
        EntryDraft(title="", body="Slept well for the first time in a week. Birds again at dawn.",
                   tags=("sleep", "small wins"), entry_date="2026-03-05 07:05"),
    ]


@pytest.fixture(scope="session")
def vault_template(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("template") / "vault"
    return make_vault(folder, drafts=sample_drafts())


@pytest.fixture
def vault_dir(tmp_path, vault_template) -> Path:
    target = tmp_path / "vault"
    shutil.copytree(vault_template, target)
    return target


@dataclass
class Harness:
    parts: object
    quits: list = field(default_factory=list)

    @property
    def window(self):
        return self.parts.window

    @property
    def session(self):
        return self.parts.session

    @property
    def tasks(self):
        return self.parts.tasks


@pytest.fixture
def make_app(qapp, qtbot, tmp_path):
    """make_app(vault_dir, startup=None) -> Harness with the window shown."""
    from companion.app import build
    from companion.paths import AppPaths

    made: list[Harness] = []

    def factory(folder: Path, startup=None, show: bool = True) -> Harness:
        paths = AppPaths(tmp_path / "home", tmp_path / "home" / "config", tmp_path / "home" / "logs")
        quits: list = []
        parts = build(folder, paths, startup=startup, quit_fn=lambda: quits.append(True), kdf_params=fast_kdf())
        harness = Harness(parts, quits)
        made.append(harness)
        if show:
            parts.window.show()
            qtbot.waitExposed(parts.window)
        return harness

    yield factory
    for harness in made:
        harness.parts.close()
        harness.window.hide()
        harness.window.deleteLater()
    qapp.processEvents()


def unlock(qtbot, harness, passphrase: str = PASSPHRASE) -> None:
    page = harness.window.unlock_page
    page.field.edit.setText(passphrase)
    page.unlock_button.click()
    qtbot.waitUntil(lambda: harness.session.is_open, timeout=10000)
    # the first page of the list arrives right after
    qtbot.waitUntil(lambda: not harness.window.journal.list_model.is_loading, timeout=5000)


def wait_saved(qtbot, harness) -> None:
    editor = harness.window.journal.editor
    editor.save_now("test")
    qtbot.waitUntil(lambda: harness.tasks.pending == 0 and not editor.dirty, timeout=5000)
    qtbot.waitUntil(lambda: editor.status.text() in ("Saved", ""), timeout=5000)
