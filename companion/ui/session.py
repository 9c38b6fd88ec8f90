"""The unlocked-or-locked state of one vault, with every vault call on the worker thread.

The GUI thread never calls the vault directly: it hands functions of the vault to
`Session.run`, which queues them on the single database worker. Locking emits
`about_to_lock` first (editors queue their last save), then queues the close and
bumps an epoch so that late results from before the lock are dropped, never shown.
"""

from __future__ import annotations

import time
from pathlib import Path
TYPE_CHECKING = False  # (avoids importing typing at start-up)

from PySide6.QtCore import QObject, QTimer, Signal

from companion.ui.tasks import Task, TaskRunner

if TYPE_CHECKING:  # the vault core is imported on the worker, off the startup path
    from typing import Any, Callable

    from companion.vault.core import Timings, Vault

KEY_FILE = "vault.key"  # companion.vault.core.KEY_NAME
DB_FILE = "vault.db"  # companion.vault.core.DB_NAME

LOCKED, UNLOCKING, OPEN = "locked", "unlocking", "open"
HOUSEKEEPING_DELAY_MS = 60_000

DEFAULT_SETTINGS: dict[str, Any] = {
    "lock.idle_minutes": 5,
    "lock.on_minimise": True,
    "lock.on_screen_lock": True,
    "backups.automatic": True,
    "backups.folder": "",
    "journal.deleted_days": 30,
}


class VaultInfo:
    """What the settings page shows about the key slots (no secrets)."""

    __slots__ = ("has_recovery_code", "remembered_on_device")

    def __init__(self, has_recovery_code: bool = False, remembered_on_device: bool = False):
        self.has_recovery_code = has_recovery_code
        self.remembered_on_device = remembered_on_device


class Session(QObject):
    unlock_started = Signal()  # a key is being derived: a good moment to build what comes next
    opened = Signal()  # the vault is open (after unlock, or after creating it during first run)
    unlocked = Signal()  # the journal is open and the main window may show it
    about_to_lock = Signal()  # last chance to queue saves; the vault is still open
    locked = Signal(str)  # reason; every view must now drop what it shows
    unlock_failed = Signal(object)  # the exception (show str(error))
    setting_changed = Signal(str, object)

    def __init__(self, vault_dir: Path, tasks: TaskRunner, parent: QObject | None = None, *, kdf_params=None,
                 throttle_file: Path | None = None):
        super().__init__(parent)
        self.vault_dir = Path(vault_dir)
        self._throttle_file = throttle_file  # wrong-passphrase count, shared with the CLI
        self.tasks = tasks
        self._kdf_params = kdf_params  # tests may pass fast parameters; None = calibrate
        self._vault: Vault | None = None
        self._state = LOCKED
        self._epoch = 0
        self._settings: dict[str, Any] = {}
        self.info = VaultInfo()
        self.last_timings: Timings | None = None
        self.opened_at = 0.0  # perf_counter() when the vault finished opening (worker clock)
        self.lock_reason = ""
        # Daily encrypted backup and purge of long-deleted entries, a while after unlocking,
        # so the first page and the first keystrokes never queue behind them.
        self.housekeeping_delay_ms = HOUSEKEEPING_DELAY_MS
        self._housekeeping = QTimer(self)
        self._housekeeping.setSingleShot(True)
        self._housekeeping.timeout.connect(self._run_housekeeping)
        self.unlocked.connect(self._on_unlocked)

    # -- state -----------------------------------------------------------------
    @property
    def state(self) -> str:
        return self._state

    @property
    def is_open(self) -> bool:
        return self._state == OPEN

    @property
    def epoch(self) -> int:
        return self._epoch

    def exists(self) -> bool:
        """Vault.exists without importing the vault core on the GUI thread at startup."""
        return (self.vault_dir / KEY_FILE).exists() or (self.vault_dir / DB_FILE).exists()

    def has_device_slot(self) -> bool:
        from companion.security.keyfile import KeyFile

        try:
            return bool(KeyFile.load(self.vault_dir / KEY_FILE).slots_of("device"))
        except Exception:  # noqa: BLE001 - a damaged key file surfaces properly at unlock
            return False

    def check_device_slot(self, on_done: Callable[[bool], None]) -> None:
        """has_device_slot() on the worker (reading the key file imports the crypto stack)."""
        if self.tasks.closed:
            return
        self.tasks.submit(self.has_device_slot, on_done=on_done, on_error=lambda _e: on_done(False),
                          name="device slot")

    def warm_up(self) -> None:
        """Import the vault core on the worker while the unlock screen is shown."""
        if self.tasks.closed:
            return

        def work():
            import companion.security.device  # noqa: F401
            import companion.vault.core  # noqa: F401

        self.tasks.submit(work, on_error=lambda _e: None, name="warm up")

    # -- create / unlock ----------------------------------------------------------
    def create(self, passphrase: str, on_done: Callable[[], None], on_error: Callable[[BaseException], None]) -> None:
        """Create the vault (first run). The session is open afterwards but `unlocked` waits for finish_setup()."""
        epoch = self._begin_unlocking()
        folder, params = self.vault_dir, self._kdf_params

        def work():
            from companion.vault.core import Timings, Vault

            vault = Vault.create(folder, passphrase, kdf_params=params)
            return vault, vault.settings.all(), VaultInfo(), Timings(), time.perf_counter()

        def done(result):
            if not self._adopt(epoch, result):
                return
            on_done()

        def failed(error):
            if epoch == self._epoch:
                self._state = LOCKED
            on_error(error)

        self.tasks.submit(work, on_done=done, on_error=failed, name="create vault")

    def finish_setup(self) -> None:
        if self._state == OPEN:
            self.unlocked.emit()

    def unlock(self, *, passphrase: str | None = None, recovery_code: str | None = None, use_device: bool = False) -> None:
        epoch = self._begin_unlocking()
        folder = self.vault_dir

        throttle_file = self._throttle_file

        def work():
            from companion.errors import WrongPassphraseError
            from companion.security.throttle import UnlockThrottle
            from companion.vault.core import Timings, Vault

            throttle = UnlockThrottle(throttle_file)
            time.sleep(throttle.wait_seconds())  # after repeated wrong passphrases; the window stays responsive
            timings = Timings()
            try:
                vault = Vault.open(
                    folder, passphrase=passphrase, recovery_code=recovery_code, use_device=use_device, timings=timings
                )
            except WrongPassphraseError:
                throttle.failed()
                raise
            throttle.succeeded()
            opened_at = time.perf_counter()
            try:
                info = VaultInfo(vault.has_recovery_code, vault.remembered_on_device)
                settings = vault.settings.all()
            except BaseException:
                vault.close()
                raise
            return vault, settings, info, timings, opened_at

        def done(result):
            if self._adopt(epoch, result):
                self.unlocked.emit()

        def failed(error):
            if epoch != self._epoch:
                return
            self._state = LOCKED
            self.unlock_failed.emit(error)

        self.tasks.submit(work, on_done=done, on_error=failed, name="unlock")

    def _begin_unlocking(self) -> int:
        if self._state != LOCKED:
            raise RuntimeError(f"cannot unlock while {self._state}")
        self._state = UNLOCKING
        self._epoch += 1
        self.unlock_started.emit()
        return self._epoch

    def _adopt(self, epoch: int, result) -> bool:
        vault, settings, info, timings, opened_at = result
        if epoch != self._epoch or self._state != UNLOCKING:
            # Locked (or quick exit) while the key was being derived: close it again at once.
            self.tasks.submit(vault.close, name="close stale vault")
            return False
        self._vault = vault
        self._settings = {**DEFAULT_SETTINGS, **settings}
        self.info = info
        self.last_timings = timings
        self.opened_at = opened_at
        self._state = OPEN
        self.opened.emit()
        return True

    def _on_unlocked(self) -> None:
        if self.housekeeping_delay_ms is not None:
            self._housekeeping.start(self.housekeeping_delay_ms)

    def _run_housekeeping(self) -> None:
        automatic = bool(self.setting("backups.automatic"))
        days = int(self.setting("journal.deleted_days"))

        def work(vault):
            if automatic:
                vault.auto_backup()
            vault.entries.purge_expired(days)

        self.run(work, on_error=lambda _e: None, name="housekeeping")  # best effort; retried next unlock

    # -- lock --------------------------------------------------------------------
    def lock(self, reason: str = "manual") -> None:
        """Save, close the database, and tell every view to forget. Safe to call in any state."""
        if self._state == LOCKED:
            return
        self._housekeeping.stop()
        if self._state == OPEN:
            self.about_to_lock.emit()  # editors queue their final save here, before the close
        vault, self._vault = self._vault, None
        self._epoch += 1
        self._state = LOCKED
        self._settings = {}
        self.info = VaultInfo()
        self.lock_reason = reason
        if vault is not None:
            self.tasks.submit(vault.close, name="close vault")
        self.locked.emit(reason)

    def shutdown(self, timeout: float = 10.0) -> bool:
        """On quit: lock (which saves) and wait until the worker has written and closed everything."""
        self.lock("quit")
        return self.tasks.wait_idle(timeout)

    # -- work on the open vault ----------------------------------------------------
    def run(
        self,
        fn: Callable[[Vault], Any],
        on_done: Callable[[Any], None] | None = None,
        on_error: Callable[[BaseException], None] | None = None,
        *,
        name: str = "",
    ) -> Task | None:
        """Queue fn(vault) on the worker. Callbacks from before a lock are dropped."""
        vault = self._vault
        if vault is None:
            return None
        epoch = self._epoch

        def done(result):
            if epoch == self._epoch and on_done is not None:
                on_done(result)

        def failed(error):
            if epoch != self._epoch:
                return
            if on_error is not None:
                on_error(error)
            else:
                self.tasks.unhandled_error.emit(error)

        return self.tasks.submit(fn, vault, on_done=done, on_error=failed, name=name or getattr(fn, "__name__", ""))

    # -- settings kept inside the vault ------------------------------------------------
    def setting(self, key: str, default: Any = None) -> Any:
        if key in self._settings:
            return self._settings[key]
        return DEFAULT_SETTINGS.get(key, default)

    def set_setting(self, key: str, value: Any) -> None:
        if self._vault is None:
            return
        self._settings[key] = value
        self.run(lambda v: v.settings.set(key, value), name="save setting")
        self.setting_changed.emit(key, value)

    # -- restore -------------------------------------------------------------------
    def restore_backup(self, source: Path, passphrase: str, on_error: Callable[[BaseException], None]) -> None:
        """Replace the journal with a backup (the current one is kept aside), then open the backup."""
        from companion.vault.restore import restore  # noqa: F401 - imported here, used on the worker

        self.lock("restore")
        epoch = self._begin_unlocking()
        folder = self.vault_dir

        def work():
            from companion.vault.core import Timings, Vault

            restore(folder, Path(source), passphrase=passphrase)
            timings = Timings()
            vault = Vault.open(folder, passphrase=passphrase, timings=timings)
            return vault, vault.settings.all(), VaultInfo(vault.has_recovery_code, vault.remembered_on_device), \
                timings, time.perf_counter()

        def done(result):
            if self._adopt(epoch, result):
                self.unlocked.emit()

        def failed(error):
            if epoch == self._epoch:
                self._state = LOCKED
            on_error(error)

        self.tasks.submit(work, on_done=done, on_error=failed, name="restore")
