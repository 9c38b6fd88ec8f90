"""Opening a SQLCipher database with a raw 32-byte key, and turning SQLite failures into typed errors.

The key is handed over with `set_key` (sqlite3_key), so it never appears in SQL text.
"""

from __future__ import annotations

import contextlib
import os
import shutil
from collections.abc import Iterator
from pathlib import Path

import sqlcipher3

from companion.errors import DatabaseDamagedError, StorageFullError, VaultInUseError

Connection = sqlcipher3.Connection
DatabaseError = sqlcipher3.DatabaseError

_DAMAGE_MARKERS = ("not a database", "malformed", "hmac", "invalid size", "corrupt")
_FULL_MARKERS = ("disk is full", "disk i/o", "readonly", "read-only", "out of memory", "file too large")


def translate(exc: BaseException, path: Path) -> Exception:
    """Map a sqlcipher3 error to the typed error a person can understand."""
    text = str(exc).lower()
    if any(m in text for m in _DAMAGE_MARKERS):
        return DatabaseDamagedError(
            f"The journal database {path.name} is damaged; Companion has not changed it. "
            "You can restore it from a backup."
        )
    if any(m in text for m in _FULL_MARKERS):
        return StorageFullError()
    if "locked" in text or "busy" in text:
        return VaultInUseError()
    return exc if isinstance(exc, Exception) else RuntimeError(str(exc))


@contextlib.contextmanager
def db_errors(path: Path) -> Iterator[None]:
    try:
        yield
    except sqlcipher3.Error as exc:
        raise translate(exc, path) from exc


def _raw_key(data_key: bytes) -> str:
    return "x'" + data_key.hex() + "'"


def open_database(path: Path, data_key: bytes, *, create: bool = False) -> Connection:
    """Open (or create) an encrypted database and apply Companion's connection settings.

    A wrong key or a damaged first page surfaces here as DatabaseDamagedError: the key
    was already proven right by the key slot, so "not a database" means damage.
    """
    if not create and not path.exists():
        raise DatabaseDamagedError(f"The journal database {path.name} is missing.")
    if create and not path.exists():
        os.close(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))
    conn = sqlcipher3.connect(str(path), isolation_level=None, check_same_thread=False, timeout=0.2)
    try:
        with db_errors(path):
            conn.execute("PRAGMA cipher_log_level = NONE")
            conn.execute("PRAGMA cipher_memory_security = ON")
            conn.set_key(_raw_key(data_key))
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
            mode = conn.execute("PRAGMA journal_mode").fetchone()[0]
            if mode.lower() != "wal":
                conn.execute("PRAGMA journal_mode = WAL")
            conn.execute("PRAGMA synchronous = FULL")
            conn.execute("PRAGMA foreign_keys = ON")
            conn.execute("PRAGMA temp_store = MEMORY")
            conn.execute("PRAGMA secure_delete = ON")
            conn.execute("PRAGMA busy_timeout = 200")
    except BaseException:
        conn.close()
        raise
    return conn


@contextlib.contextmanager
def transaction(conn: Connection, path: Path) -> Iterator[Connection]:
    """BEGIN IMMEDIATE ... COMMIT, rolled back on any error: bad input changes nothing."""
    with db_errors(path):
        conn.execute("BEGIN IMMEDIATE")
        try:
            yield conn
        except BaseException:
            conn.execute("ROLLBACK")
            raise
        conn.execute("COMMIT")


def snapshot(conn: Connection, data_key: bytes, target: Path, source: Path) -> None:
    """Write a consistent encrypted copy of the database to `target` (same data key).

    The WAL is folded into the main file, then the file is copied while we hold the write
    lock, so no commit can land halfway; the copy is the encrypted pages as they are, which
    is many times faster than re-encrypting page by page. Falls back to SQLite's online
    backup if the checkpoint could not finish.
    """
    with db_errors(source):
        busy = conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()[0]
        if busy:
            _backup_api(conn, data_key, target)
            return
        conn.execute("BEGIN IMMEDIATE")
        try:
            shutil.copyfile(source, target)
            os.chmod(target, 0o600)
        finally:
            conn.execute("ROLLBACK")


def _backup_api(conn: Connection, data_key: bytes, target: Path) -> None:
    dest = sqlcipher3.connect(str(target), isolation_level=None)
    try:
        dest.execute("PRAGMA cipher_log_level = NONE")
        dest.set_key(_raw_key(data_key))
        conn.backup(dest)
    finally:
        dest.close()


def rekey(conn: Connection, new_key: bytes, path: Path) -> None:
    with db_errors(path):
        conn.reset_key(_raw_key(new_key))
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")


def integrity_problems(conn: Connection, path: Path) -> list[str]:
    """Cipher (HMAC per page), SQLite structure and FTS index checks; empty list means healthy."""
    problems: list[str] = []
    try:
        # cipher_integrity_check reads the main file only: fold the WAL in first, or
        # committed-but-not-checkpointed pages (after a rekey, say) look damaged.
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        problems += [row[0] for row in conn.execute("PRAGMA cipher_integrity_check")]
    except sqlcipher3.Error as exc:
        problems.append(f"cipher check: {exc}")
    try:
        rows = [row[0] for row in conn.execute("PRAGMA integrity_check")]
        if rows != ["ok"]:
            problems += rows
    except sqlcipher3.Error as exc:
        problems.append(f"integrity check: {exc}")
    try:
        conn.execute("INSERT INTO entries_fts(entries_fts, rank) VALUES('integrity-check', 1)")
    except sqlcipher3.Error as exc:
        problems.append(f"search index check: {exc}")
    return problems
