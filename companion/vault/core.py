"""The vault: an encrypted database plus the key file that unlocks it, held by one process at a time.

A random 32-byte data key encrypts the database (SQLCipher raw key). Key slots in the
key file wrap that data key: one under the passphrase (Argon2id), optionally one under a
recovery code and one under a secret kept in the OS keychain. Nothing touches the
database until a slot has opened, so a wrong passphrase never changes a byte.
"""

from __future__ import annotations

import os
import shutil
from functools import cached_property
from datetime import datetime, timezone
from pathlib import Path

from companion.errors import (
    CompanionError,
    DatabaseDamagedError,
    InvalidInputError,
    KeychainUnavailableError,
    KeyFileError,
    MigrationError,
    VaultExistsError,
    VaultMissingError,
    WrongPassphraseError,
    WrongRecoveryCodeError,
)
from companion.security import device, kdf, recovery
from companion.security.atomic import fsync_dir, unused_path
from companion.security.keyfile import KeyFile, KeySlot, SlotOpenFailed
from companion.store import connection, migrations
from companion.store.entries import EntryRepository
from companion.store.settings import SettingsRepository
from companion.timings import Timings
from companion.vault.lock import VaultLock

DB_NAME = "vault.db"
KEY_NAME = "vault.key"
BACKUPS_DIR = "backups"
AUTO_PREFIX = "auto-"
STAMP_FORMAT = "%Y%m%d-%H%M%S"
DB_SIDECARS = ("-wal", "-shm")


def _now_stamp() -> str:
    return datetime.now(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")


def _passphrase_bytes(passphrase: str) -> bytes:
    if not isinstance(passphrase, str) or not passphrase:
        raise WrongPassphraseError("Please enter your passphrase.")
    return passphrase.encode("utf-8")


MIN_PASSPHRASE_CHARS = 8


def check_new_passphrase(passphrase: str) -> None:
    """A sane minimum only; the UI gives strength feedback beyond this."""
    if len(passphrase) < MIN_PASSPHRASE_CHARS:
        raise InvalidInputError(f"Please choose a passphrase of at least {MIN_PASSPHRASE_CHARS} characters.")


class Vault:
    """An unlocked vault. Create with `Vault.create` or `Vault.open`; always `close()`."""

    def __init__(self, folder: Path, keyfile: KeyFile, data_key: bytearray, conn, lock: VaultLock):
        self.folder = folder
        self._keyfile = keyfile
        self._data_key = data_key
        self._conn = conn
        self._lock = lock
        self.entries = EntryRepository(conn, self.db_path)
        self.settings = SettingsRepository(conn, self.db_path)

    # -- repositories beyond the journal (imported when first used: CLI start-up stays light) --
    @cached_property
    def checkins(self):
        from companion.store.checkins import CheckInRepository

        return CheckInRepository(self._conn, self.db_path)

    @cached_property
    def practices(self):
        from companion.store.checkins import PracticeRepository

        return PracticeRepository(self._conn, self.db_path)

    @cached_property
    def exercises(self):
        from companion.store.exercises import CustomExerciseRepository

        return CustomExerciseRepository(self._conn, self.db_path)

    @cached_property
    def _records(self):
        from companion.store import records

        return records

    @cached_property
    def strengths(self):
        return self._records.StrengthRepository(self._conn, self.db_path)

    @cached_property
    def milestones(self):
        return self._records.MilestoneRepository(self._conn, self.db_path)

    @cached_property
    def people(self):
        return self._records.PeopleRepository(self._conn, self.db_path)

    @cached_property
    def prompt_events(self):
        return self._records.PromptEventRepository(self._conn, self.db_path)

    @cached_property
    def personal_prompts(self):
        return self._records.PersonalPromptRepository(self._conn, self.db_path)

    @cached_property
    def trigger_logs(self):
        return self._records.TriggerLogRepository(self.entries)

    @cached_property
    def coping_plan(self):
        return self._records.CopingPlanRepository(self.settings)

    # -- paths ---------------------------------------------------------------
    @property
    def db_path(self) -> Path:
        return self.folder / DB_NAME

    @property
    def key_path(self) -> Path:
        return self.folder / KEY_NAME

    @property
    def backups_path(self) -> Path:
        return self.folder / BACKUPS_DIR

    @property
    def vault_id(self) -> str:
        return self._keyfile.vault_id

    @property
    def connection(self):
        """For repositories in store/ only."""
        return self._conn

    @property
    def is_open(self) -> bool:
        return self._conn is not None

    @staticmethod
    def exists(folder: Path) -> bool:
        return (Path(folder) / KEY_NAME).exists() or (Path(folder) / DB_NAME).exists()

    # -- create --------------------------------------------------------------
    @classmethod
    def create(
        cls,
        folder: Path,
        passphrase: str,
        *,
        kdf_params: kdf.KdfParams | None = None,
        timings: Timings | None = None,
    ) -> "Vault":
        folder = Path(folder)
        check_new_passphrase(passphrase)
        if cls.exists(folder):
            raise VaultExistsError()
        folder.mkdir(parents=True, exist_ok=True, mode=0o700)
        lock = VaultLock(folder)
        lock.acquire()
        try:
            timings = timings or Timings()
            with timings.measure("key derivation"):
                params = kdf_params or kdf.calibrate()
                kek = kdf.derive(_passphrase_bytes(passphrase), params)
            data_key = bytearray(os.urandom(32))
            keyfile = KeyFile.new()
            keyfile.add_slot("passphrase", kek, bytes(data_key), kdf=params, created=_now_stamp())
            # The database first (under a temporary name), the key file last: a vault
            # exists only once both are complete.
            tmp_db = folder / f".{DB_NAME}.creating"
            for stale in [tmp_db, *(Path(str(tmp_db) + s) for s in DB_SIDECARS)]:
                stale.unlink(missing_ok=True)
            conn = connection.open_database(tmp_db, bytes(data_key), create=True)
            try:
                migrations.migrate(conn)
            finally:
                conn.close()
            os.replace(tmp_db, folder / DB_NAME)
            keyfile.save(folder / KEY_NAME)
            fsync_dir(folder)
            with timings.measure("open"):
                conn = connection.open_database(folder / DB_NAME, bytes(data_key))
        except BaseException:
            lock.release()
            raise
        return cls(folder, keyfile, data_key, conn, lock)

    # -- open ----------------------------------------------------------------
    @classmethod
    def open(
        cls,
        folder: Path,
        *,
        passphrase: str | None = None,
        recovery_code: str | None = None,
        use_device: bool = False,
        timings: Timings | None = None,
        backup_before_migration: bool = True,
    ) -> "Vault":
        folder = Path(folder)
        if not folder.is_dir() or not cls.exists(folder):
            if folder.is_dir() and (folder / ".restore.json").exists():
                pass  # an interrupted restore is finished below
            else:
                raise VaultMissingError(f"There is no journal in {folder}.")
        timings = timings or Timings()
        lock = VaultLock(folder)
        lock.acquire()
        try:
            from companion.vault import restore as restore_mod

            restore_mod.finish_interrupted(folder)
            if not (folder / DB_NAME).exists() and not (folder / KEY_NAME).exists():
                raise VaultMissingError(f"There is no journal in {folder}.")
            keyfile = KeyFile.load(folder / KEY_NAME)
            if not (folder / DB_NAME).exists():
                raise DatabaseDamagedError(f"The journal database {DB_NAME} is missing from {folder}.")
            with timings.measure("key derivation"):
                candidates = _unwrap(keyfile, passphrase, recovery_code, use_device)
            with timings.measure("open"):
                conn, data_key, promoted = _open_with_candidates(folder / DB_NAME, candidates)
                if promoted:
                    keyfile.slots = _promote(keyfile)
                    keyfile.save(folder / KEY_NAME)
                try:
                    _migrate(conn, folder, data_key, keyfile, backup_before_migration)
                except BaseException:
                    conn.close()
                    raise
        except BaseException:
            lock.release()
            raise
        return cls(folder, keyfile, data_key, conn, lock)

    def close(self) -> None:
        """Close the database, drop the lock and overwrite the key bytes we hold."""
        if self._conn is not None:
            try:
                self._conn.close()
            finally:
                self._conn = None
        for i in range(len(self._data_key)):
            self._data_key[i] = 0
        self._lock.release()

    def __enter__(self) -> "Vault":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- key slots -----------------------------------------------------------
    def verify_passphrase(self, passphrase: str) -> bool:
        try:
            _unwrap(self._keyfile, passphrase, None, False)
        except WrongPassphraseError:
            return False
        return True

    def change_passphrase(self, new_passphrase: str, *, kdf_params: kdf.KdfParams | None = None) -> None:
        """Rewrap the data key under a new passphrase; the old one stops working. No database rewrite."""
        check_new_passphrase(new_passphrase)
        params = kdf_params.with_new_salt() if kdf_params else kdf.calibrate()
        kek = kdf.derive(_passphrase_bytes(new_passphrase), params)
        updated = KeyFile(self._keyfile.vault_id, [s for s in self._keyfile.slots if s.kind != "passphrase"])
        updated.add_slot("passphrase", kek, bytes(self._data_key), kdf=params, created=_now_stamp())
        updated.save(self.key_path)
        self._keyfile = updated

    def create_recovery_code(self, *, kdf_params: kdf.KdfParams | None = None) -> str:
        """A new recovery code (replacing any earlier one). Shown once; we keep only its slot."""
        code = recovery.generate()
        params = kdf_params.with_new_salt() if kdf_params else kdf.calibrate()
        kek = kdf.derive(recovery.normalize(code), params)
        updated = KeyFile(self._keyfile.vault_id, [s for s in self._keyfile.slots if s.kind != "recovery"])
        updated.add_slot("recovery", kek, bytes(self._data_key), kdf=params, created=_now_stamp())
        updated.save(self.key_path)
        self._keyfile = updated
        return code

    def revoke_recovery_code(self) -> bool:
        updated = KeyFile(self._keyfile.vault_id, [s for s in self._keyfile.slots if s.kind != "recovery"])
        removed = len(updated.slots) != len(self._keyfile.slots)
        if removed:
            updated.save(self.key_path)
            self._keyfile = updated
        return removed

    @property
    def has_recovery_code(self) -> bool:
        return bool(self._keyfile.slots_of("recovery"))

    @property
    def remembered_on_device(self) -> bool:
        return bool(self._keyfile.slots_of("device"))

    def remember_on_device(self) -> None:
        """Keep a wrapping secret in the OS keychain so this device can unlock without the passphrase."""
        reason = device.availability()
        if reason:
            raise KeychainUnavailableError(reason)
        self.forget_device()
        import uuid

        username = uuid.uuid4().hex[:12]
        secret = device.store_new_secret(username)
        kek = _device_kek(secret, self.vault_id)
        updated = KeyFile(self._keyfile.vault_id, list(self._keyfile.slots))
        updated.add_slot("device", kek, bytes(self._data_key), keyring_service=username, created=_now_stamp())
        try:
            updated.save(self.key_path)
        except BaseException:
            device.delete_secret(username)
            raise
        self._keyfile = updated

    def forget_device(self) -> None:
        slots = self._keyfile.slots_of("device")
        if not slots:
            return
        updated = KeyFile(self._keyfile.vault_id, [s for s in self._keyfile.slots if s.kind != "device"])
        updated.save(self.key_path)
        self._keyfile = updated
        for slot in slots:
            device.delete_secret(slot.keyring_service or "")

    def rekey(self, passphrase: str, *, kdf_params: kdf.KdfParams | None = None) -> str | None:
        """Rotate the data key itself (the database is re-encrypted) and rewrap every slot.

        Crash-safe in three steps: (1) the key file gains "next" slots wrapping the new
        key beside the current ones, (2) SQLCipher rekeys (atomic), (3) the key file keeps
        only the new slots. Opening after a crash at any point finds a slot that fits.
        A recovery code cannot be rewrapped without the code itself, so a new one is
        issued (and returned) when one existed.
        """
        if not self.verify_passphrase(passphrase):
            raise WrongPassphraseError()
        new_key = bytearray(os.urandom(32))
        params = kdf_params.with_new_salt() if kdf_params else kdf.calibrate()
        staged = KeyFile(self._keyfile.vault_id, list(self._keyfile.slots))
        kek = kdf.derive(_passphrase_bytes(passphrase), params)
        staged.add_slot("passphrase", kek, bytes(new_key), kdf=params, created=_now_stamp()).next = True
        code = None
        if self.has_recovery_code:
            code = recovery.generate()
            rparams = params.with_new_salt()
            rkek = kdf.derive(recovery.normalize(code), rparams)
            staged.add_slot("recovery", rkek, bytes(new_key), kdf=rparams, created=_now_stamp()).next = True
        for slot in self._keyfile.slots_of("device"):
            secret = device.load_secret(slot.keyring_service or "")
            if secret is not None:
                staged.add_slot(
                    "device", _device_kek(secret, self.vault_id), bytes(new_key),
                    keyring_service=slot.keyring_service, created=_now_stamp(),
                ).next = True
        staged.save(self.key_path)
        connection.rekey(self._conn, bytes(new_key), self.db_path)
        final = KeyFile(staged.vault_id, _promote(staged))
        final.save(self.key_path)
        for i in range(len(self._data_key)):
            self._data_key[i] = 0
        self._data_key = new_key
        self._keyfile = final
        return code

    # -- health and backups -----------------------------------------------------
    def check(self) -> list[str]:
        """Cipher, SQLite and search-index integrity; an empty list means healthy."""
        return connection.integrity_problems(self._conn, self.db_path)

    def snapshot_to(self, dest_folder: Path) -> Path:
        """Write a consistent encrypted copy (database + key file) into a new folder."""
        dest_folder = Path(dest_folder)
        if dest_folder.exists() and any(dest_folder.iterdir()):
            raise VaultExistsError(f"{dest_folder} is not empty; choose a new folder for the backup.")
        tmp = dest_folder.with_name(f".{dest_folder.name}.partial")
        if tmp.exists():
            shutil.rmtree(tmp)
        tmp.mkdir(parents=True, mode=0o700)
        try:
            connection.snapshot(self._conn, bytes(self._data_key), tmp / DB_NAME, self.db_path)
            (tmp / KEY_NAME).write_bytes(self._keyfile.to_bytes())
            for name in (DB_NAME, KEY_NAME):
                fd = os.open(tmp / name, os.O_RDONLY)
                try:
                    os.fsync(fd)
                finally:
                    os.close(fd)
            if dest_folder.exists():
                dest_folder.rmdir()
            os.replace(tmp, dest_folder)
            fsync_dir(dest_folder.parent)
        except BaseException:
            shutil.rmtree(tmp, ignore_errors=True)
            raise
        return dest_folder

    def auto_backup(self, now: datetime | None = None, *, min_interval_hours: float = 20) -> Path | None:
        """At most daily, rotating (7 daily + 4 weekly). Returns the new backup folder, if one was made."""
        from companion.vault.rotation import to_keep

        now = now or datetime.now()
        self.backups_path.mkdir(exist_ok=True, mode=0o700)
        existing = auto_backups(self.backups_path)
        if existing and (now - max(existing)).total_seconds() < min_interval_hours * 3600:
            return None
        made = self.snapshot_to(self.backups_path / (AUTO_PREFIX + now.strftime(STAMP_FORMAT)))
        existing[now.replace(microsecond=0)] = made
        keep = to_keep(existing)
        for stamp, path in existing.items():
            if stamp not in keep:
                shutil.rmtree(path, ignore_errors=True)
        return made


def auto_backups(folder: Path) -> dict[datetime, Path]:
    found: dict[datetime, Path] = {}
    if not folder.is_dir():
        return found
    for child in folder.iterdir():
        if child.is_dir() and child.name.startswith(AUTO_PREFIX):
            try:
                found[datetime.strptime(child.name[len(AUTO_PREFIX):], STAMP_FORMAT)] = child
            except ValueError:
                continue
    return found


def _device_kek(secret: bytes, vault_id: str) -> bytes:
    from cryptography.hazmat.primitives import hashes
    from cryptography.hazmat.primitives.kdf.hkdf import HKDF

    return HKDF(hashes.SHA256(), 32, salt=bytes.fromhex(vault_id), info=b"companion device slot").derive(secret)


def _promote(keyfile: KeyFile) -> list[KeySlot]:
    """After a rekey: keep only the slots for the new key, no longer marked as next."""
    promoted = [s for s in keyfile.slots if s.next]
    for slot in promoted:
        slot.next = False
    return promoted


def _unwrap(
    keyfile: KeyFile, passphrase: str | None, recovery_code: str | None, use_device: bool
) -> list[tuple[bytearray, bool]]:
    """Data-key candidates (key, is_next) that the given secret opens; raises if none."""
    found: list[tuple[bytearray, bool]] = []
    kek_cache: dict[tuple, bytes] = {}

    def try_slots(kind: str, secret: bytes) -> None:
        for slot in keyfile.slots_of(kind):
            cache_key = (slot.kdf.salt, slot.kdf.memory_kib, slot.kdf.time_cost, slot.kdf.parallelism)
            if cache_key not in kek_cache:
                kek_cache[cache_key] = kdf.derive(secret, slot.kdf)
            try:
                found.append((bytearray(keyfile.open_slot(slot, kek_cache[cache_key])), slot.next))
            except SlotOpenFailed:
                continue

    if use_device:
        for slot in keyfile.slots_of("device"):
            secret = device.load_secret(slot.keyring_service or "")
            if secret is None:
                continue
            try:
                found.append((bytearray(keyfile.open_slot(slot, _device_kek(secret, keyfile.vault_id))), slot.next))
            except SlotOpenFailed:
                continue
        if not found:
            raise WrongPassphraseError("This device could not unlock the journal; please use your passphrase.")
    elif recovery_code is not None:
        try_slots("recovery", recovery.normalize(recovery_code))
        if not found:
            raise WrongRecoveryCodeError()
    else:
        if passphrase is None:
            raise WrongPassphraseError("Please enter your passphrase.")
        try_slots("passphrase", _passphrase_bytes(passphrase))
        if not found:
            raise WrongPassphraseError()
    found.sort(key=lambda item: item[1])  # current slots before "next" ones
    return found


def _open_with_candidates(path: Path, candidates: list[tuple[bytearray, bool]]):
    """Open the database with the first candidate key that fits; returns (conn, key, was_next)."""
    last_error: CompanionError | None = None
    for key, is_next in candidates:
        try:
            return connection.open_database(path, bytes(key)), key, is_next
        except DatabaseDamagedError as exc:
            last_error = exc
    assert last_error is not None
    raise last_error


def _migrate(conn, folder: Path, data_key: bytearray, keyfile: KeyFile, backup_first: bool) -> None:
    current = migrations.version(conn)
    if current > migrations.CURRENT_VERSION:
        raise MigrationError("This journal was written by a newer version of Companion; please update the app.")
    if not migrations.pending(conn):
        return
    if current > 0 and backup_first:
        backups = folder / BACKUPS_DIR
        backups.mkdir(exist_ok=True, mode=0o700)
        for leftover in backups.glob("pre-migration-*.partial"):
            shutil.rmtree(leftover, ignore_errors=True)  # a copy cut short by a crash
        target = unused_path(backups / f"pre-migration-v{current}-{datetime.now().strftime(STAMP_FORMAT)}")
        tmp = target.with_name(target.name + ".partial")
        tmp.mkdir(mode=0o700)
        connection.snapshot(conn, bytes(data_key), tmp / DB_NAME, folder / DB_NAME)
        (tmp / KEY_NAME).write_bytes(keyfile.to_bytes())
        os.replace(tmp, target)
    try:
        with connection.db_errors(folder / DB_NAME):
            migrations.migrate(conn)
    except CompanionError:
        raise
    except Exception as exc:
        raise MigrationError() from exc


__all__ = ["Vault", "Timings", "KeyFileError", "check_new_passphrase", "auto_backups"]
