"""One process per vault: an OS lock that dies with its process, so a crash never leaves a stale lock.

POSIX: flock() on the vault folder itself (no lock file, nothing written). Windows:
msvcrt.locking() on a small lock file inside the folder.
"""

from __future__ import annotations

import os
from pathlib import Path

from companion.errors import VaultInUseError


class VaultLock:
    def __init__(self, folder: Path):
        self._folder = folder
        self._fd: int | None = None

    def acquire(self) -> None:
        if self._fd is not None:
            return
        if os.name == "posix":
            import fcntl

            fd = os.open(self._folder, os.O_RDONLY)
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except OSError as exc:
                os.close(fd)
                raise VaultInUseError() from exc
        else:  # pragma: no cover - exercised on Windows only
            import msvcrt

            fd = os.open(self._folder / ".lock", os.O_RDWR | os.O_CREAT, 0o600)
            try:
                msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
            except OSError as exc:
                os.close(fd)
                raise VaultInUseError() from exc
        self._fd = fd

    def release(self) -> None:
        if self._fd is None:
            return
        fd, self._fd = self._fd, None
        os.close(fd)  # closing the descriptor drops the lock

    @property
    def held(self) -> bool:
        return self._fd is not None

    def __enter__(self) -> "VaultLock":
        self.acquire()
        return self

    def __exit__(self, *exc: object) -> None:
        self.release()
