"""Fixtures for the export tests: real vaults at the KDF floor, entries, and PDF tools."""

from __future__ import annotations

import os
import shutil
import subprocess
import unicodedata

import pytest

from companion.journal.model import Entry, ShareState
from companion.security.kdf import KdfParams
from companion.vault import Vault

from vaulthelp import PASSPHRASE

POPPLER_MISSING = "poppler-utils (pdftotext, pdfinfo) is not installed; ./dev.sh test installs it"


def need_poppler() -> None:
    if shutil.which("pdftotext") and shutil.which("pdfinfo"):
        return
    if os.environ.get("CI"):
        pytest.fail(POPPLER_MISSING)
    pytest.skip(POPPLER_MISSING)


def pdf_text(path) -> str:
    """The PDF's text layer, NFKC-normalised (pdftotext reports ligatures such as "ﬂ" as one character)."""
    need_poppler()
    out = subprocess.run(["pdftotext", "-enc", "UTF-8", str(path), "-"], check=True, capture_output=True).stdout
    return unicodedata.normalize("NFKC", out.decode("utf-8"))


def pdf_info(path, *, meta: bool = False) -> str:
    need_poppler()
    args = ["pdfinfo", "-meta", str(path)] if meta else ["pdfinfo", str(path)]
    return subprocess.run(args, check=True, capture_output=True).stdout.decode("utf-8", "replace")


def make_entry(entry_id: int, body: str, title: str = "", *, date: str = "2026-03-14 09:30", tags=(),
               share_state=ShareState.PRIVATE, content_note: str = "", prompt_id=None) -> Entry:
    return Entry(
        id=entry_id, uuid=f"{entry_id:032x}", created_at="2026-03-14T09:30:00Z", updated_at="2026-03-14T09:30:00Z",
        entry_date=date, title=title, body=body, tags=tuple(tags), share_state=share_state,
        content_note=content_note, prompt_id=prompt_id,
    )


class PdfTools:
    text = staticmethod(pdf_text)
    info = staticmethod(pdf_info)


@pytest.fixture
def pdftools() -> PdfTools:
    need_poppler()
    return PdfTools()


@pytest.fixture(name="make_entry")
def _make_entry_fixture():
    return make_entry


@pytest.fixture
def vault(tmp_path):
    v = Vault.create(tmp_path / "vault", PASSPHRASE, kdf_params=KdfParams(os.urandom(16)))
    yield v
    if v.is_open:
        v.close()


@pytest.fixture
def passphrase_file(tmp_path):
    path = tmp_path / "passphrase"
    path.write_text(PASSPHRASE, encoding="utf-8")
    return path
