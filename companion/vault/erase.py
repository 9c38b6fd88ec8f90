"""Delete everything: the vault, its key file, backups, settings, logs and the keychain item.

Key files are overwritten with random bytes and flushed before they are removed: without
its key file a database copy that survives on disk (an SSD's spare blocks, a filesystem
snapshot, a backup made elsewhere) stays unreadable even to someone with the passphrase.
We say honestly that copies made outside Companion are not reached.
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

from companion.security import device
from companion.security.keyfile import KeyFile
from companion.vault.core import KEY_NAME


def _shred(path: Path) -> None:
    try:
        size = path.stat().st_size
        with open(path, "r+b") as handle:
            handle.write(os.urandom(max(size, 1)))
            handle.flush()
            os.fsync(handle.fileno())
    except OSError:
        pass
    path.unlink(missing_ok=True)


def erase_everything(vault_dir: Path, extra_dirs: list[Path]) -> list[Path]:
    """Remove the vault folder (with backups) and each of `extra_dirs`. Returns what was removed.

    The caller has closed the vault (and proved the passphrase, so nobody else can do this casually).
    """
    removed: list[Path] = []
    if vault_dir.exists():
        for key_file in vault_dir.rglob(KEY_NAME):
            try:
                for slot in KeyFile.load(key_file).slots_of("device"):
                    device.delete_secret(slot.keyring_service or "")
            except Exception:  # a damaged key file is still shredded below
                pass
            _shred(key_file)
        shutil.rmtree(vault_dir)
        removed.append(vault_dir)
    for folder in extra_dirs:
        if folder.exists() and folder != vault_dir:
            shutil.rmtree(folder)
            removed.append(folder)
    return removed
