"""Composition root of the desktop app: builds the QApplication, the services and the window.

`companion` with no subcommand calls `run_app`. Nothing else in the app creates
services: the window and pages receive what they need from here. No logic lives here.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Callable

# Before Qt: once PySide6 is imported it reads the whole source of each module imported
# after it (to look for "PySide6"); companion.log imports logging (80 kB), needed before the
# first screen. See docs/performance.md, "Desktop start-up".
from companion.log import hold_early_records  # noqa: I001

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from companion import APP_NAME
from companion.paths import AppPaths
from companion.ui.errors import ErrorReporter
from companion.ui.main_window import MainWindow
from companion.ui.session import Session
from companion.ui.startup import StartupSettings
from companion.ui.tasks import TaskRunner


# The same values as companion.desktop_integration.STYLES (a test keeps them in step); not
# imported from there because that module costs ~5 ms of start-up.
WM_CLASSES = {"off": "companion", "notes": "notes", "tasks": "tasks"}
DESKTOP_IDS = {"off": "io.github.companion_journal.Companion", "notes": "simple-notes", "tasks": "simple-tasks"}
LOG_OPEN_DELAY_MS = 250  # the log file opens after the first paint (records before it are held, not lost)


class AppParts:
    """What the composition root built: the worker, the session, the window, the error reporter."""

    def __init__(self, tasks: TaskRunner, session: Session, window: MainWindow, errors: ErrorReporter):
        self.tasks, self.session, self.window, self.errors = tasks, session, window, errors

    def close(self, timeout: float = 10.0) -> None:
        """Save and lock, wait for the worker, stop it. Idempotent."""
        if self.tasks.closed:
            return
        self.session.shutdown(timeout)
        self.tasks.shutdown(wait=True)
        self.errors.uninstall()
        self.window.detach()


def resolve_vault_dir(vault_dir: Path, paths: AppPaths, startup: StartupSettings) -> Path:
    """An explicit --vault wins; otherwise a vault path remembered in the startup settings."""
    if Path(vault_dir) == paths.default_vault and startup.vault_path:
        return Path(startup.vault_path).expanduser()
    return Path(vault_dir)


def build(
    vault_dir: Path,
    paths: AppPaths,
    *,
    startup: StartupSettings | None = None,
    quit_fn: Callable[[], None] | None = None,
    kdf_params=None,
) -> AppParts:
    """Wire the services and the window (QApplication must exist). Tests call this directly."""
    startup = startup or StartupSettings.load(paths.startup_settings)
    tasks = TaskRunner()
    session = Session(vault_dir, tasks, kdf_params=kdf_params, throttle_file=paths.config_dir / "unlock-attempts.json")

    def save_startup(settings: StartupSettings) -> None:
        settings.save(paths.startup_settings)

    window = MainWindow(session, startup, save_startup, quit_fn=quit_fn or QApplication.quit)
    reporter = ErrorReporter(lambda: window.clipboard, lambda: window if window.isVisible() else None,
                             lambda text: window.unlock_page.message.setText(text) if not session.is_open
                             else window.journal.editor.status.setText(text))
    window.error_reporter = reporter
    return AppParts(tasks, session, window, reporter)


def run_app(
    vault_dir: Path,
    paths: AppPaths,
    qt_args: list[str],
    *,
    quit_when_shown: bool = False,
    on_shown: Callable[[], None] | None = None,
) -> int:
    """Open the window on `vault_dir` and run until it closes. Returns the exit status."""
    from companion.security.hardening import harden_process
    from companion.ui import i18n
    from companion.ui.single_instance import SingleInstance, server_name

    harden_process()
    hold_early_records()  # the log file opens a moment after the first screen; nothing logged before is lost
    argv = list(qt_args) if qt_args and not qt_args[0].startswith("-") else [sys.argv[0] or "companion", *qt_args]
    app = QApplication.instance()
    if app is None:
        app = QApplication([*argv, "-style", "fusion"])  # the palettes and style sheet assume Fusion
        app.setProperty("companion_fusion", True)
    startup = StartupSettings.load(paths.startup_settings)
    # WM_CLASS (X11) and app id (Wayland) match the menu entry desktop_integration installs,
    # so a disguised window is grouped under the disguised entry and never named Companion.
    app.setApplicationName(WM_CLASSES.get(startup.disguise, "companion"))
    app.setApplicationDisplayName(APP_NAME if startup.disguise == "off" else startup.disguise.title())
    app.setDesktopFileName(DESKTOP_IDS.get(startup.disguise, DESKTOP_IDS["off"]))
    app.setQuitOnLastWindowClosed(True)
    i18n.install(app, startup.language)  # accessibility/i18n (issue 9): the Settings override, else the OS
    from companion.ui import theme

    # The palette and font before any widget exists; the style sheet once the window is built.
    theme.apply(app, startup.theme, startup.text_scale, sheet_later=True)
    vault_dir = resolve_vault_dir(vault_dir, paths, startup)
    instance = SingleInstance(server_name(vault_dir))
    if instance.signal_existing():
        print(f"{APP_NAME} is already open on this journal; that window was brought forward.", file=sys.stderr)
        return 0

    parts = build(vault_dir, paths, startup=startup, quit_fn=app.quit)
    instance.activated.connect(parts.window.activate_from_second_launch)
    parts.errors.install()
    theme.apply_held_sheet(app)  # before show(): the first paint is fully styled
    parts.window.show()

    def after_first_paint() -> None:
        instance.listen()  # (a plain AF_UNIX socket on POSIX: QtNetwork is not loaded)
        _save_on_session_end(app, parts)

    log_opened: list[bool] = []

    def open_log() -> None:
        """The log file (logging.handlers: ~7 ms), once the first screen has had time to paint."""
        if log_opened:
            return
        log_opened.append(True)
        from companion.log import setup_file_logging

        try:
            setup_file_logging(paths.log_dir)
        except OSError:
            pass  # logging is a convenience; never a reason not to open

    parts.window.startup_finished.connect(after_first_paint)
    log_timer = QTimer(parts.window)
    log_timer.setSingleShot(True)
    log_timer.timeout.connect(open_log)
    log_timer.start(LOG_OPEN_DELAY_MS)
    if on_shown is not None:  # benchmarks: the first screen is up once the event loop turns
        QTimer.singleShot(0, on_shown)
    if quit_when_shown:
        QTimer.singleShot(0, app.quit)
    warm = QTimer(parts.session)
    warm.setSingleShot(True)
    warm.timeout.connect(parts.session.warm_up)  # import the vault core on the worker meanwhile
    warm.start(300)
    try:
        status = app.exec()
    finally:
        parts.close()
        instance.close()
        open_log()  # (if the app closed before the timer: what was held is written now)
    return status


def _save_on_session_end(app: QApplication, parts: AppParts) -> None:
    """Logging out, shutting down or a plain `kill`: save and lock as on quit.

    The desktop session manager asks through commitDataRequest. A SIGTERM reaches Python
    only when Python code runs, so a slow timer gives the interpreter that chance; the
    handler quits the event loop and run_app's `finally` saves and closes the vault.
    """
    import signal

    app.commitDataRequest.connect(lambda _manager: parts.session.lock("session end"))
    for signum in (signal.SIGTERM, signal.SIGINT):
        try:
            signal.signal(signum, lambda *_args: app.quit())
        except (ValueError, OSError):  # not the main thread, or not supported here
            return
    tick = QTimer(parts.window)
    tick.timeout.connect(lambda: None)
    tick.start(500)


if __name__ == "__main__":  # pragma: no cover - `python -m companion` is the usual way
    _paths = AppPaths.resolve()
    sys.exit(run_app(_paths.default_vault, _paths, sys.argv))
