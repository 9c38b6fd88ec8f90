"""Shared helpers for the Share section tests: a vault with canaries and people, and navigation."""

from __future__ import annotations

import os
import shutil
import subprocess
import unicodedata
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from tests.ui.conftest import PASSPHRASE, fast_kdf, unlock

EXCERPT = "EXCERPTWORD stays here."
TAIL_CANARY = "SECRETTAIL"
UNCHOSEN_CANARY = "CANARYZEBRA"
NAME = "Sam"


def share_drafts():
    from companion.journal.model import EntryDraft, ShareState

    return [
        EntryDraft(title="Tuesday thoughts", body=f"I talked with {NAME} about the garden. {NAME} was kind.",
                   tags=("group",), entry_date="2026-03-03 19:00", share_state=ShareState.READY),
        EntryDraft(title="Long day", body=f"{EXCERPT}\nLater part has {TAIL_CANARY} canary words.",
                   entry_date="2026-03-04 21:00"),
        EntryDraft(title="Unchosen", body=f"{UNCHOSEN_CANARY} never leaves the journal.",
                   entry_date="2026-03-02 08:00"),
    ]


def make_share_vault(folder: Path) -> Path:
    from companion.reflection.records import Person
    from companion.vault.core import Vault

    vault = Vault.create(folder, PASSPHRASE, kdf_params=fast_kdf())
    try:
        vault.entries.add_many(share_drafts())
        vault.people.add(Person(f"{NAME} Rivers"))
    finally:
        vault.close()
    return folder


@pytest.fixture(scope="session")
def share_template(tmp_path_factory) -> Path:
    return make_share_vault(tmp_path_factory.mktemp("share-template") / "vault")


@pytest.fixture
def share_vault(tmp_path, share_template) -> Path:
    target = tmp_path / "vault"
    shutil.copytree(share_template, target)
    return target


def activate(qtbot, window) -> None:
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)


def open_share(qtbot, harness):
    """Unlock, go to Share with Ctrl+5, start the wizard with the keyboard. Returns (page, wizard)."""
    unlock(qtbot, harness)
    window = harness.window
    activate(qtbot, window)
    qtbot.keyClick(QApplication.focusWidget() or window, Qt.Key.Key_5, Qt.KeyboardModifier.ControlModifier)
    page = next(s.widget for s in window.sections if s.key == "share")
    qtbot.waitUntil(lambda: window.pages.currentWidget() is page)
    page.start_button.setFocus()
    qtbot.keyClick(page.start_button, Qt.Key.Key_Space)
    wizard = page.wizard
    qtbot.waitUntil(lambda: page.stack.currentWidget() is wizard)
    model = wizard.choose.entries
    qtbot.waitUntil(lambda: model.entry_count == 3 and not model.canFetchMore() and not model.is_loading,
                    timeout=5000)
    return page, wizard


def alt(qtbot, widget, key) -> None:
    qtbot.keyClick(widget, key, Qt.KeyboardModifier.AltModifier)


def pdf_text(path) -> str:
    if not shutil.which("pdftotext"):
        if os.environ.get("CI"):
            pytest.fail("poppler-utils (pdftotext) is not installed")
        pytest.skip("poppler-utils (pdftotext) is not installed")
    out = subprocess.run(["pdftotext", "-enc", "UTF-8", str(path), "-"], check=True, capture_output=True).stdout
    return unicodedata.normalize("NFKC", out.decode("utf-8"))
