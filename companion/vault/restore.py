"""Restoring a backup over a vault, crash-safely, keeping the replaced vault aside.

Steps, recorded in `.restore.json` so an interrupted restore is finished (rolled
forward) the next time the vault is opened:
  1. the backup is copied into `.restore-staging/` and proven to open with the given
     secret and to pass every integrity check (nothing else has changed yet);
  2. the marker is written;
  3. the current vault files move into `replaced-<stamp>/`;
  4. the staged files move into place; the marker is removed.
"""

from __future__ import annotations

import json
import os
import shutil
from datetime import datetime
from pathlib import Path

from companion.errors import DatabaseDamagedError, VaultMissingError
from companion.security.atomic import fsync_dir, unused_path, write_atomic
from companion.vault.lock import VaultLock

MARKER = ".restore.json"
STAGING = ".restore-staging"
FILES = ("vault.db", "vault.db-wal", "vault.db-shm", "vault.key")


def _backup_files(source: Path) -> tuple[Path, Path]:
    source = Path(source)
    if source.is_file() and source.name.endswith(".db"):
        db, key = source, source.with_suffix(".key")
    else:
        db, key = source / "vault.db", source / "vault.key"
    if not db.is_file() or not key.is_file():
        raise VaultMissingError(f"{source} is not a Companion backup (it needs vault.db and vault.key).")
    return db, key


def restore(folder: Path, source: Path, *, passphrase: str | None = None, recovery_code: str | None = None) -> Path:
    """Replace the vault in `folder` with the backup at `source`. Returns where the old vault was kept."""
    from companion.vault.core import Vault

    folder = Path(folder)
    db, key = _backup_files(source)
    folder.mkdir(parents=True, exist_ok=True, mode=0o700)
    staging = folder / STAGING
    with VaultLock(folder):
        finish_interrupted(folder)
        shutil.rmtree(staging, ignore_errors=True)
        staging.mkdir(mode=0o700)
        try:
            shutil.copyfile(db, staging / "vault.db")
            shutil.copyfile(key, staging / "vault.key")
            for sidecar in ("-wal",):
                extra = Path(str(db) + sidecar)
                if extra.exists():
                    shutil.copyfile(extra, staging / ("vault.db" + sidecar))
        except BaseException:
            shutil.rmtree(staging, ignore_errors=True)
            raise
    # Prove the staged copy opens and is healthy (Vault.open takes its own lock on staging).
    try:
        staged = Vault.open(staging, passphrase=passphrase, recovery_code=recovery_code, backup_before_migration=False)
        try:
            problems = staged.check()
        finally:
            staged.close()
        if problems:
            raise DatabaseDamagedError("That backup did not pass its integrity checks, so nothing was restored.")
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise
    with VaultLock(folder):
        # A second restore in the same second must not reuse the first one's folder: finishing
        # treats files already there as moved, and would drop the vault it should keep.
        replaced = unused_path(folder / f"replaced-{datetime.now().strftime('%Y%m%d-%H%M%S')}")
        write_atomic(folder / MARKER, json.dumps({"replaced": replaced.name}).encode())
        finish_interrupted(folder)
    return replaced


def finish_interrupted(folder: Path) -> None:
    """Roll an interrupted restore forward (the caller holds the vault lock). Idempotent."""
    marker = folder / MARKER
    staging = folder / STAGING
    if not marker.exists():
        if staging.exists():
            shutil.rmtree(staging, ignore_errors=True)  # never got as far as the marker
        return
    replaced = folder / json.loads(marker.read_text())["replaced"]
    if staging.exists():
        replaced.mkdir(exist_ok=True, mode=0o700)
        for name in FILES:
            current, staged = folder / name, staging / name
            if current.exists() and (staged.exists() or not (replaced / name).exists()):
                if not (replaced / name).exists():
                    os.replace(current, replaced / name)
                else:
                    current.unlink()
        fsync_dir(replaced)
        for name in FILES:
            if (staging / name).exists():
                os.replace(staging / name, folder / name)
        fsync_dir(folder)
        shutil.rmtree(staging, ignore_errors=True)
    marker.unlink()
    fsync_dir(folder)
