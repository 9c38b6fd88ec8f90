"""No readable word of the journal on disk outside the vault: vault files, backups, temp folder, logs."""

from __future__ import annotations

import logging
import tempfile
import uuid
from pathlib import Path

from companion.journal.model import EntryDraft
from companion.journal.query import parse
from companion.log import get_logger, setup_file_logging
from companion.vault import Vault
from vaulthelp import PASSPHRASE, files_containing


def test_canary_never_lands_in_plaintext(tmp_path, fast_kdf, monkeypatch):
    canary = "canary" + uuid.uuid4().hex[:12]
    home = tmp_path / "home"
    monkeypatch.setenv("COMPANION_HOME", str(home))
    temp = tmp_path / "tmp"
    temp.mkdir()
    monkeypatch.setenv("TMPDIR", str(temp))
    monkeypatch.setattr(tempfile, "tempdir", str(temp))
    log_path = setup_file_logging(home / "logs")
    folder = home / "vault"
    v = Vault.create(folder, PASSPHRASE, kdf_params=fast_kdf)
    try:
        entry = v.entries.add(EntryDraft(title=f"title {canary}", body=f"body {canary} " * 50, tags=(canary,)))
        v.entries.add_many([EntryDraft(body=f"bulk {canary} {i}") for i in range(30)])
        v.entries.update(entry.id, EntryDraft(body=f"changed {canary}"))
        v.entries.search(parse(canary))
        v.auto_backup()
        v.snapshot_to(home / "manual-backup")
        v.entries.delete(entry.id)
        v.entries.purge(entry.id)
        get_logger().warning("saved entry %s", f"{canary} " * 30)  # a careless call site
        get_logger().info("entries imported: %d", 31)
        # while open: WAL and shm files exist too
        assert files_containing(home, canary) == []
    finally:
        v.close()
    for handler in list(logging.getLogger("companion").handlers):
        handler.flush()
        handler.close()
        logging.getLogger("companion").removeHandler(handler)
    assert log_path.exists() and "entries imported: 31" in log_path.read_text()
    assert files_containing(home, canary) == []
    assert files_containing(temp, canary) == []
    assert files_containing(Path(tempfile.gettempdir()), canary) == []
    assert len(list((home / "vault" / "backups").iterdir())) == 1
