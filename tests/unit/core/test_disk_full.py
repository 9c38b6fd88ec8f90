"""A full disk (here: a file-size limit) gives one clear sentence and loses nothing already saved."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from companion.vault import Vault
from vaulthelp import PASSPHRASE

WORKER = Path(__file__).resolve().parents[2] / "diskfullworker.py"


def test_disk_full_is_a_clear_error_and_saved_entries_survive(vault, vault_dir):
    vault.close()
    limit = (vault_dir / "vault.db").stat().st_size + 256 * 1024
    env = dict(os.environ, COMPANION_PASSPHRASE=PASSPHRASE, PYTHONPATH=os.pathsep.join(sys.path))
    out = subprocess.run([sys.executable, str(WORKER), str(vault_dir), str(limit)], capture_output=True,
                         text=True, env=env, timeout=120)
    lines = out.stdout.splitlines()
    assert lines and lines[-1].startswith("full: StorageFullError: The disk is full"), (out.stdout[-500:], out.stderr)
    saved = [int(x) for x in lines[:-1]]
    assert len(saved) > 5
    with Vault.open(vault_dir, passphrase=PASSPHRASE) as v:
        assert v.check() == []
        present = {e.id for e in v.entries.get_many(saved)}
        assert present == set(saved)
