"""Damaged files give a typed error and are never re-created or overwritten."""

from __future__ import annotations

import pytest

from companion.errors import DatabaseDamagedError, KeyFileError
from companion.journal.model import EntryDraft
from companion.vault import Vault
from vaulthelp import PASSPHRASE, snapshot_files

PAGE = 4096


@pytest.fixture
def filled(vault, vault_dir):
    vault.entries.add_many([EntryDraft(body=f"page filler {i} " + "words " * 200) for i in range(40)])
    vault.close()
    return vault_dir


def _flip(path, offset):
    data = bytearray(path.read_bytes())
    data[offset] ^= 0xFF
    path.write_bytes(bytes(data))


def _open_and_read(folder):
    v = Vault.open(folder, passphrase=PASSPHRASE)
    try:
        v.entries.search(__import__("companion.journal.query", fromlist=["parse"]).parse("filler"))
        v.entries.page(limit=100)
        problems = v.check()
        if problems:
            raise DatabaseDamagedError("check found: " + "; ".join(problems))
    finally:
        v.close()


@pytest.mark.parametrize("offset", [100, PAGE + 200], ids=["page-1", "page-2"])
def test_flipped_byte_is_reported_and_file_untouched(filled, offset):
    _flip(filled / "vault.db", offset)
    before = snapshot_files(filled)
    with pytest.raises(DatabaseDamagedError) as info:
        _open_and_read(filled)
    assert "vault.db" in str(info.value) or "check found" in str(info.value)
    assert snapshot_files(filled) == before


def test_truncated_database(filled):
    db = filled / "vault.db"
    db.write_bytes(db.read_bytes()[: PAGE * 3 + 100])
    before = snapshot_files(filled)
    with pytest.raises(DatabaseDamagedError):
        _open_and_read(filled)
    assert snapshot_files(filled) == before


@pytest.mark.parametrize("content", [b"", b"\x00garbage\xff" * 10, b'{"format": "companion-keyfile"}', b"[1,2]"])
def test_garbage_key_file(filled, content):
    (filled / "vault.key").write_bytes(content)
    before = snapshot_files(filled)
    with pytest.raises(KeyFileError) as info:
        Vault.open(filled, passphrase=PASSPHRASE)
    assert "vault.key" in str(info.value)
    assert snapshot_files(filled) == before


def test_missing_key_file(filled):
    (filled / "vault.key").unlink()
    before = snapshot_files(filled)
    with pytest.raises(KeyFileError) as info:
        Vault.open(filled, passphrase=PASSPHRASE)
    assert "missing" in str(info.value)
    assert snapshot_files(filled) == before


def test_missing_database_is_not_recreated(filled):
    (filled / "vault.db").unlink()
    with pytest.raises(DatabaseDamagedError):
        Vault.open(filled, passphrase=PASSPHRASE)
    assert not (filled / "vault.db").exists()


def test_tampered_kdf_parameters_are_refused(filled):
    import json

    data = json.loads((filled / "vault.key").read_text())
    data["slots"][0]["kdf"]["memory_kib"] = 2**40
    (filled / "vault.key").write_text(json.dumps(data))
    with pytest.raises(KeyFileError):
        Vault.open(filled, passphrase=PASSPHRASE)
