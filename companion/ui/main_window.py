"""The shell: a top bar (Lock, Quick exit), and one of first run, unlock, or the sections.

Sections are registered with `add_section`, so Grounding, Check-ins and Share can be
added as their issues land; only sections that exist are listed (no dead buttons).
This window also owns the safety behaviour: auto-lock on idle, minimise and screen
lock, and quick exit (hide every window first, then save, lock, clear the clipboard).
"""

from __future__ import annotations

import time

from PySide6.QtCore import QEvent, QSize, QTimer, Signal
from PySide6.QtWidgets import QApplication, QHBoxLayout, QMainWindow, QStackedWidget, QVBoxLayout, QWidget

from companion import APP_NAME
from companion.ui import theme
from companion.ui.pages.unlock import UnlockPage
from companion.ui.safety import ClipboardGuard, IdleWatcher, InputWatcher, ScreenLockWatcher, ShiftTripleDetector
from companion.ui.session import Session
from companion.ui.startup import StartupSettings
from companion.ui.widgets.common import button, label

TYPE_CHECKING = False  # (no typing import after Qt: PySide6 reads the source of each; docs/performance.md)
if TYPE_CHECKING:
    from typing import Callable

PREBUILD_DELAY_MS = 400
FINISH_BACKSTOP_MS = 200
# The keys that open the keyboard shortcuts page: companion.ui.shortcuts_dialog.OPEN_KEYS (a test keeps
# them in step). Not imported from there: that module (~5 ms) is loaded only when the page is opened.
HELP_KEYS = ("F1", "Ctrl+?")


class Section:
    __slots__ = ("key", "title", "widget")

    def __init__(self, key: str, title: str, widget: QWidget):
        self.key, self.title, self.widget = key, title, widget


class MainWindow(QMainWindow):
    quick_exited = Signal(float)  # milliseconds until every window was hidden
    startup_finished = Signal()  # the first screen was painted and the watchers and shortcuts are in place

    def __init__(
        self,
        session: Session,
        startup: StartupSettings,
        save_startup: Callable[[StartupSettings], None],
        *,
        quit_fn: Callable[[], None],
        screen_lock: ScreenLockWatcher | None = None,
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self.session = session
        self.startup = startup
        self._save_startup = save_startup
        self._quit_fn = quit_fn
        self._reduced_motion: bool | None = None  # asked of the platform when first needed
        self.last_hide_ms: float | None = None
        self.sections: list[Section] = []

        self.idle = IdleWatcher(self)
        self.idle.idle.connect(lambda: self.session.lock("idle"))
        self.shift = ShiftTripleDetector(self)
        self.shift.triggered.connect(self.quick_exit)
        self.shift.progress.connect(self._on_shift_progress)
        self.input_watcher = InputWatcher(self.idle, self.shift, self)
        self._screen_lock = screen_lock
        self._clipboard: ClipboardGuard | None = None
        self._finished_startup = False
        self._quick_exit_shortcut = None  # QShortcut for the optional extra key
        # finish_startup runs once the first screen has been painted (nothing in it is needed to
        # draw it); the timer is a backstop for a window that is never painted (e.g. minimised).
        self._finish_timer = QTimer(self)
        self._finish_timer.setSingleShot(True)
        self._finish_timer.timeout.connect(self.finish_startup)

        self._build()
        self._neutral = None  # NeutralWindow, built when first needed
        self.apply_startup(startup, save=False)

        session.unlock_started.connect(self.ensure_sections)
        session.opened.connect(self._on_session_opened)
        session.unlocked.connect(self._on_session_unlocked)
        session.locked.connect(self._on_session_locked)
        session.setting_changed.connect(self._on_session_setting_changed)
        session.tasks.unhandled_error.connect(self._on_unhandled_error)
        self.error_reporter = None  # set by the composition root
        self.resize(1100, 720)
        self.show_start_screen()
        # Build the sections once the unlock screen has been up for a moment (while the person
        # types), so unlocking never waits for them; unlocking also builds them if needed.
        self._prebuild = QTimer(self)
        self._prebuild.setSingleShot(True)
        self._prebuild.timeout.connect(self.ensure_sections)
        self._prebuild.start(PREBUILD_DELAY_MS)

    # -- layout ---------------------------------------------------------------------------------
    def _build(self) -> None:
        top = QWidget()
        top.setObjectName("TopBar")
        bar = QHBoxLayout(top)
        bar.setContentsMargins(16, 8, 12, 8)
        self.brand = label(APP_NAME, "brand", wrap=False, plain=False)
        self.shift_hint = label("", "status", wrap=False, plain=False)
        self.shift_hint.setAccessibleName(self.tr("Quick exit hint"))
        self.lock_button = button(self.tr("Lock"), self.tr("Lock the journal"), tooltip=self.tr("Lock now (Ctrl+L)"))
        self.lock_button.clicked.connect(lambda: self.session.lock("manual"))
        self.quick_exit_button = button(self.tr("Quick exit"), self.tr("Quick exit"), role="quickexit",
                                        tooltip=self.tr("Hide Companion at once (Shift pressed three times)"))
        self.quick_exit_button.setAccessibleDescription(
            self.tr("Saves, hides every window immediately and locks. Shortcut: press Shift three times."))
        self.quick_exit_button.clicked.connect(self.quick_exit)
        # grounding (issue 4): "Ground me now" beside Lock and Quick exit, on every screen, locked too
        self.ground_button = button(self.tr("Ground me now"), self.tr("Ground me now"),
                                    tooltip=self.tr("A short grounding exercise, right now (Ctrl+G)"))
        self.ground_button.clicked.connect(self.ground_now)
        bar.addWidget(self.brand)
        bar.addStretch(1)
        bar.addWidget(self.shift_hint)
        bar.addWidget(self.ground_button)  # grounding (issue 4)
        bar.addWidget(self.lock_button)
        bar.addWidget(self.quick_exit_button)

        # Only the unlock screen is built up front, so the window appears quickly. First run
        # and the sections are built on demand (the sections while the key is derived, or
        # when the unlock screen has been idle for a moment).
        self.unlock_page = UnlockPage(self.session, lambda: self.reduced_motion, APP_NAME)
        self._first_run = None
        self._shell: QWidget | None = None
        self.screens = QStackedWidget()
        self.screens.addWidget(self.unlock_page)
        central = QWidget()
        col = QVBoxLayout(central)
        col.setContentsMargins(0, 0, 0, 0)
        col.setSpacing(0)
        col.addWidget(top)
        col.addWidget(self.screens, 1)
        self.setCentralWidget(central)

    def showEvent(self, event) -> None:  # noqa: N802 - Qt API
        super().showEvent(event)
        if not self._finished_startup and not self._finish_timer.isActive():
            # Everything the first screen does not need to be drawn comes right after its first paint.
            self.installEventFilter(self)
            self._finish_timer.start(FINISH_BACKSTOP_MS)

    def eventFilter(self, obj, event) -> bool:  # noqa: N802 - Qt API
        if obj is self and event.type() == QEvent.Type.Paint:
            self.removeEventFilter(self)
            self._finish_timer.start(0)  # after this paint has reached the screen
        return False

    def finish_startup(self) -> None:
        """Watchers, shortcuts and the window icon (idempotent; right after the first paint)."""
        if self._finished_startup:
            return
        self._finished_startup = True
        self._finish_timer.stop()
        self.removeEventFilter(self)
        from PySide6.QtGui import QKeySequence, QShortcut

        app = QApplication.instance()
        app.installEventFilter(self.input_watcher)
        app.applicationStateChanged.connect(self._on_app_state_changed)
        _ = self.clipboard  # (the screen-lock watcher, D-Bus on Linux, is made with the sections or on opening)
        from PySide6.QtCore import Qt

        lock_shortcut = QShortcut(QKeySequence("Ctrl+L"), self)
        lock_shortcut.setContext(Qt.ShortcutContext.ApplicationShortcut)
        lock_shortcut.activated.connect(lambda: self.session.lock("manual"))
        ground_shortcut = QShortcut(QKeySequence("Ctrl+G"), self)  # grounding (issue 4): from anywhere
        ground_shortcut.setContext(Qt.ShortcutContext.ApplicationShortcut)
        ground_shortcut.activated.connect(self.ground_now)
        # keyboard shortcuts page (accessibility, issue 9): F1 or Ctrl+? from anywhere
        for keys in HELP_KEYS:
            help_shortcut = QShortcut(QKeySequence(keys), self)
            help_shortcut.setContext(Qt.ShortcutContext.ApplicationShortcut)
            help_shortcut.activated.connect(self.show_shortcuts)
        self._apply_shortcut_and_icon(self.startup)

        self.startup_finished.emit()

    def show_shortcuts(self) -> None:
        """The keyboard shortcuts page (accessibility, issue 9)."""
        from companion.ui.shortcuts_dialog import show_shortcuts

        show_shortcuts(self)

    @property
    def clipboard(self) -> ClipboardGuard:
        if self._clipboard is None:
            self._clipboard = ClipboardGuard(lambda: QApplication.activeWindow() is not None, self)
        return self._clipboard

    @property
    def screen_lock(self) -> ScreenLockWatcher:
        if self._screen_lock is None:
            self._screen_lock = ScreenLockWatcher(self)
        if not getattr(self, "_screen_lock_connected", False):
            self._screen_lock_connected = True
            self._screen_lock.screen_locked.connect(self._on_screen_locked)
        return self._screen_lock

    # -- built on demand ------------------------------------------------------------------------
    @property
    def reduced_motion(self) -> bool:
        if self._reduced_motion is None:
            self._reduced_motion = theme.motion_reduced(self.startup.motion)
        return self._reduced_motion

    @property
    def first_run(self):
        if self._first_run is None:
            from companion.ui.pages.first_run import FirstRunPage

            self._first_run = FirstRunPage(self.session, self.clipboard, self.reduced_motion)
            self.screens.addWidget(self._first_run)
        return self._first_run

    @property
    def neutral(self):
        if self._neutral is None:
            from companion.ui import icons
            from companion.ui.neutral import NeutralWindow

            self._neutral = NeutralWindow(icons.icon("notes"))
            self._neutral.closed.connect(self._quit_fn)
        return self._neutral

    @property
    def shell(self) -> QWidget:
        self.ensure_sections()
        assert self._shell is not None
        return self._shell

    @property
    def journal(self):
        self.ensure_sections()
        return self._journal

    @property
    def settings_page(self):
        self.ensure_sections()
        return self._settings_page

    def ensure_sections(self) -> None:
        """Build the navigation and the sections (idempotent)."""
        if self._shell is not None:
            return
        self.finish_startup()
        from PySide6.QtWidgets import QListWidget

        from companion.ui.pages.journal import JournalPage
        from companion.ui.pages.settings import SettingsPage

        self.nav = QListWidget()
        self.nav.setObjectName("Nav")
        self.nav.setAccessibleName(self.tr("Sections"))
        self.nav.setFixedWidth(150)
        self.nav.currentRowChanged.connect(self._on_nav_changed)
        self.pages = QStackedWidget()
        shell = QWidget()
        shell_lay = QHBoxLayout(shell)
        shell_lay.setContentsMargins(8, 12, 12, 12)
        shell_lay.addWidget(self.nav)
        shell_lay.addWidget(self.pages, 1)
        self._shell = shell
        self._journal = JournalPage(self.session)
        self.add_section("journal", self.tr("Journal"), self._journal, "Ctrl+1")
        self._add_feature_sections()
        self._settings_page = SettingsPage(self.session, self.startup, self.apply_startup, self.clipboard,
                                           self.reduced_motion, self.screen_lock.available)
        self.add_section("settings", self.tr("Settings"), self._settings_page, "Ctrl+9")
        self.screens.addWidget(shell)

    def _add_feature_sections(self) -> None:
        """Sections from the feature areas, in navigation order (each adds itself in one line)."""
        # grounding section (Ctrl+2)
        from companion.ui.grounding.grounding_page import GroundingPage
        self.add_section("grounding", self.tr("Grounding"), GroundingPage(self.session, lambda: self.reduced_motion, idle=self.idle), "Ctrl+2")
        # check-ins and reflection sections (Ctrl+3, Ctrl+4)
        from companion.ui.reflection.sections import reflection_pages
        self.add_section("checkins", self.tr("Check-ins"), reflection_pages(self).checkins, "Ctrl+3")
        self.add_section("toolkit", self.tr("Toolkit"), reflection_pages(self).toolkit, "Ctrl+4")
        # share section (Ctrl+5)
        from companion.ui.share.share_page import SharePage
        self.add_section("share", self.tr("Share"), SharePage(self.session, lambda: self.reduced_motion), "Ctrl+5")

    def add_section(self, key: str, title: str, widget: QWidget, shortcut: str = "") -> None:
        """Add a section to the navigation. Only real, working pages are ever added."""
        from PySide6.QtCore import Qt
        from PySide6.QtWidgets import QListWidgetItem

        self.ensure_sections()
        self.sections.append(Section(key, title, widget))
        item = QListWidgetItem(title)
        item.setData(Qt.ItemDataRole.AccessibleTextRole, title)
        item.setSizeHint(QSize(0, self.fontMetrics().height() + 20))
        if shortcut:
            from PySide6.QtGui import QKeySequence, QShortcut

            item.setToolTip(f"{title} ({shortcut})")
            sc = QShortcut(QKeySequence(shortcut), self)
            index = len(self.sections) - 1
            sc.activated.connect(lambda i=index: self.show_section_index(i))
        self.nav.addItem(item)
        self.pages.addWidget(widget)
        self._fit_nav()

    def _fit_nav(self) -> None:
        """Navigation as wide and tall as its titles at the current text size (accessibility, issue 9:
        at 200% text a fixed 150 px cut "Grounding" to "Groun…")."""
        if getattr(self, "nav", None) is None:
            return
        try:
            metrics = self.nav.fontMetrics()
        except RuntimeError:  # the window is being deleted
            return
        widest = max((metrics.horizontalAdvance(self.nav.item(i).text()) for i in range(self.nav.count())), default=0)
        self.nav.setFixedWidth(max(150, widest + 48))
        for i in range(self.nav.count()):
            self.nav.item(i).setSizeHint(QSize(0, metrics.height() + 20))

    def show_section(self, key: str) -> None:
        for i, section in enumerate(self.sections):
            if section.key == key:
                self.show_section_index(i)
                return

    def show_section_index(self, index: int) -> None:
        if self.session.is_open and self._shell is not None and 0 <= index < len(self.sections):
            self.nav.setCurrentRow(index)

    def _on_nav_changed(self, row: int) -> None:
        if 0 <= row < len(self.sections):
            self.pages.setCurrentWidget(self.sections[row].widget)

    # -- screens ------------------------------------------------------------------------------
    def show_start_screen(self, message: str = "") -> None:
        self.lock_button.setVisible(False)
        if self.session.exists():
            self.screens.setCurrentWidget(self.unlock_page)
            self.unlock_page.prepare(message)
        else:
            self.first_run.reset()
            self.screens.setCurrentWidget(self.first_run)
            self.first_run.show_step(self.first_run.welcome)

    def _on_session_opened(self) -> None:
        _ = self.screen_lock  # (made with the sections already, unless the vault opened first)
        # From the moment the vault is open (first run included), walking away locks it.
        self.idle.set_interval_ms(int(self.session.setting("lock.idle_minutes")) * 60 * 1000)
        self.idle.arm()

    def _on_session_unlocked(self) -> None:
        self.screens.setCurrentWidget(self.shell)
        self.lock_button.setVisible(True)
        self.nav.setCurrentRow(0)
        self.journal.editor.body.setFocus()

    def _on_session_locked(self, reason: str) -> None:
        from PySide6.QtWidgets import QDialog

        self.idle.disarm()
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, QDialog) and widget.isVisible() and widget is not self:
                widget.reject()
        self.clipboard.clear_ours()
        if self._first_run is not None:
            self._first_run.reset()  # e.g. a recovery code still on screen
        if self._shell is not None:
            self.nav.setCurrentRow(0)
        message = ""
        if reason == "idle":
            message = self.tr("Locked after a quiet while. Your writing was saved.")
        elif reason == "restore":
            message = ""
        self.show_start_screen(message)

    def _on_session_setting_changed(self, key: str, value) -> None:
        if key == "lock.idle_minutes":
            self.idle.set_interval_ms(int(value) * 60 * 1000)

    def _on_unhandled_error(self, error: BaseException) -> None:
        if self.error_reporter is not None:
            self.error_reporter.handle_exception(error)

    # -- startup settings (theme, disguise, quick exit) ------------------------------------------
    def apply_startup(self, settings: StartupSettings, save: bool = True) -> None:
        self.startup = settings
        theme.apply(QApplication.instance(), settings.theme, settings.text_scale)
        shown = {"notes": self.tr("Notes"), "tasks": self.tr("Tasks")}.get(settings.disguise, APP_NAME)
        self.setWindowTitle(shown)
        if save:  # (at start-up run_app has set it already)
            QApplication.instance().setApplicationDisplayName(shown)
        self.brand.setText(shown)
        self.unlock_page.set_app_title(shown)
        self.shift.enabled = settings.quick_exit_shift
        if self._finished_startup:
            self._apply_shortcut_and_icon(settings)
        hint = self.tr("Hide Companion at once")
        if settings.quick_exit_shift:
            hint += self.tr(" (Shift pressed three times)")
        self.quick_exit_button.setToolTip(hint)
        if save:
            self._save_startup(settings)

    def _apply_shortcut_and_icon(self, settings: StartupSettings) -> None:
        from PySide6.QtCore import Qt
        from PySide6.QtGui import QKeySequence, QShortcut

        from companion.ui import icons

        self.setWindowIcon(icons.icon(settings.disguise))
        if self._quick_exit_shortcut is not None:
            self._quick_exit_shortcut.setEnabled(False)
            self._quick_exit_shortcut.deleteLater()
            self._quick_exit_shortcut = None
        if settings.quick_exit_shortcut:
            sc = QShortcut(QKeySequence(settings.quick_exit_shortcut), self)
            sc.setContext(Qt.ShortcutContext.ApplicationShortcut)
            sc.activated.connect(self.quick_exit)
            self._quick_exit_shortcut = sc

    def ground_now(self) -> None:
        """Ground me now (grounding, issue 4): one click from any screen, the lock screen included."""
        from companion.ui.grounding.ground_now import ground_now

        ground_now(self)

    # -- safety ---------------------------------------------------------------------------------
    def quick_exit(self) -> None:
        """Hide everything first (measured), then save, lock, clear our clipboard, then the chosen action."""
        start = time.perf_counter()
        for widget in QApplication.topLevelWidgets():
            if widget.isVisible():
                widget.hide()
        self.last_hide_ms = (time.perf_counter() - start) * 1000
        self.shift_hint.setText("")
        self.session.lock("quick exit")  # queues the final save before the close
        self.clipboard.clear_ours()
        self.quick_exited.emit(self.last_hide_ms)
        action = self.startup.quick_exit_action
        if action == "minimise":
            self.showMinimized()
        elif action == "neutral":
            self.neutral.show()
            self.neutral.raise_()
            self.neutral.activateWindow()
        else:
            self.session.tasks.wait_idle(10.0)
            self._quit_fn()

    def _on_shift_progress(self, remaining: int) -> None:
        text = ""
        if remaining == 1:
            text = self.tr("Press Shift once more for quick exit")
        self.shift_hint.setText(text)
        if remaining:
            announce = (self.tr("Press Shift once more for quick exit") if remaining == 1
                        else self.tr("Press Shift 2 more times for quick exit"))
            _announce(self.quick_exit_button, announce)

    def _on_screen_locked(self) -> None:
        if self.session.is_open and self.session.setting("lock.on_screen_lock"):
            self.session.lock("screen lock")

    def _on_app_state_changed(self, state) -> None:
        from PySide6.QtCore import Qt

        if state != Qt.ApplicationState.ApplicationActive and self.session.is_open and self._shell is not None:
            self._journal.editor.save_now("focus")

    def changeEvent(self, event) -> None:  # noqa: N802 - Qt API
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange and self._shell is not None:
            QTimer.singleShot(0, self, self._fit_nav)  # a new text size reaches the navigation (issue 9)
        if event.type() == QEvent.Type.WindowStateChange and self.isMinimized():
            if self.session.is_open and self._shell is not None:
                self._journal.editor.save_now("minimise")
                if self.session.setting("lock.on_minimise"):
                    self.session.lock("minimise")

    def closeEvent(self, event) -> None:  # noqa: N802 - Qt API
        self.session.lock("quit")  # saves; the composition root waits for the worker
        super().closeEvent(event)

    def activate_from_second_launch(self) -> None:
        """Another launch asked us to come forward."""
        if self._neutral is not None and self._neutral.isVisible():
            return  # stay neutral: someone else may be looking
        self.showNormal()
        self.raise_()
        self.activateWindow()

    def detach(self) -> None:
        """Remove the application-wide event filter (tests build many windows). Idempotent."""
        if getattr(self, "_detached", False):
            return
        self._detached = True
        app = QApplication.instance()
        if app is not None and self._finished_startup:
            app.removeEventFilter(self.input_watcher)
            try:
                app.applicationStateChanged.disconnect(self._on_app_state_changed)
            except (RuntimeError, TypeError):
                pass
        if self._neutral is not None:
            self._neutral.deleteLater()


def _announce(widget: QWidget, text: str) -> None:
    """Tell screen readers (Qt 6.8+ announcement events); silently nothing elsewhere."""
    try:
        from PySide6.QtGui import QAccessible, QAccessibleAnnouncementEvent
    except ImportError:  # pragma: no cover
        return
    if QAccessible.isActive():
        QAccessible.updateAccessibility(QAccessibleAnnouncementEvent(widget, text))
