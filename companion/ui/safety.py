"""Watchers that keep a person safe: Shift pressed three times, idle time, screen lock, clipboard.

One application-wide event filter (`InputWatcher`) looks at input events only and
returns at once for everything else, so it costs next to nothing while typing.
"""

from __future__ import annotations

import os
import time

from PySide6.QtCore import QEvent, QObject, QTimer, Signal, Slot
from PySide6.QtWidgets import QApplication

SHIFT_PRESSES = 3
SHIFT_WINDOW_S = 5.0

_ACTIVITY: set = set()  # filled on first use: building QEvent.Type is not free at start-up


def _activity_types() -> set:
    if not _ACTIVITY:
        _ACTIVITY.update({
            QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress, QEvent.Type.MouseMove, QEvent.Type.Wheel,
            QEvent.Type.TouchBegin, QEvent.Type.TabletPress,
        })
    return _ACTIVITY


class ShiftTripleDetector(QObject):
    """GOV.UK's "Exit this page" trigger: Shift on its own, three times within a few seconds.

    Any other key resets the count, so typing capitals never triggers it. Auto-repeat
    (holding Shift) does not count.
    """

    triggered = Signal()
    progress = Signal(int)  # presses still needed (2, 1), or 0 when the count resets

    def __init__(self, parent: QObject | None = None, *, presses: int = SHIFT_PRESSES, window_s: float = SHIFT_WINDOW_S):
        super().__init__(parent)
        self.enabled = True
        self._presses = presses
        self._window = window_s
        self._times: list[float] = []
        self._reset_timer = QTimer(self)
        self._reset_timer.setSingleShot(True)
        self._reset_timer.timeout.connect(self.reset)

    def key_pressed(self, key: int, auto_repeat: bool) -> None:
        if not self.enabled or auto_repeat:
            return
        from PySide6.QtCore import Qt  # (not at import: keeps start-up light)

        if key != Qt.Key.Key_Shift:
            if self._times:
                self.reset()
            return
        now = time.monotonic()
        self._times = [t for t in self._times if now - t <= self._window] + [now]
        if len(self._times) >= self._presses:
            self._times = []
            self._reset_timer.stop()
            self.progress.emit(0)
            self.triggered.emit()
            return
        self._reset_timer.start(int(self._window * 1000))
        self.progress.emit(self._presses - len(self._times))

    @Slot()
    def reset(self) -> None:
        had = bool(self._times)
        self._times = []
        self._reset_timer.stop()
        if had:
            self.progress.emit(0)


class IdleWatcher(QObject):
    """Emits `idle` after `interval_ms` without input while armed. Cheap per event: a timestamp.

    `hold()` counts as presence until the matching `release()` (a grounding exercise playing:
    someone is there, breathing along, without touching a key). Holds nest; while any is held
    the watcher never fires, and the last release starts the quiet time again from that moment.
    Locking by hand and quick exit do not look at holds at all.
    """

    idle = Signal()

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self._interval_ms = 5 * 60 * 1000
        self._last = time.monotonic()
        self._armed = False
        self._holds = 0
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._check)

    @property
    def interval_ms(self) -> int:
        return self._interval_ms

    @property
    def held(self) -> bool:
        return self._holds > 0

    def set_interval_ms(self, ms: int) -> None:
        """0 means never."""
        self._interval_ms = max(0, int(ms))
        if self._armed:
            self.arm()

    def arm(self) -> None:
        self._armed = True
        self._last = time.monotonic()
        self._restart()

    def disarm(self) -> None:
        """Stop watching (the journal locked). Holds are dropped too: what held them has ended."""
        self._armed = False
        self._holds = 0
        self._timer.stop()

    def activity(self) -> None:
        self._last = time.monotonic()

    @Slot()
    def hold(self) -> None:
        """Someone is present without input (e.g. an exercise is playing): do not fire until release()."""
        self._holds += 1
        self._timer.stop()

    @Slot()
    def release(self) -> None:
        """The end of one hold(); after the last one the quiet time is counted from now."""
        if self._holds == 0:
            return
        self._holds -= 1
        if self._holds == 0:
            self._last = time.monotonic()
            self._restart()

    def _restart(self) -> None:
        if self._armed and self._interval_ms > 0 and not self._holds:
            self._timer.start(self._interval_ms)
        else:
            self._timer.stop()

    def _check(self) -> None:
        if not self._armed or self._interval_ms <= 0 or self._holds:
            return
        quiet_ms = (time.monotonic() - self._last) * 1000
        if quiet_ms + 5 >= self._interval_ms:
            self._armed = False
            self.idle.emit()
        else:
            self._timer.start(max(1, int(self._interval_ms - quiet_ms)))


class InputWatcher(QObject):
    """The one application event filter: feeds the idle watcher and the Shift detector."""

    def __init__(self, idle: IdleWatcher, shift: ShiftTripleDetector, parent: QObject | None = None):
        super().__init__(parent)
        self._idle = idle
        self._shift = shift

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        kind = event.type()
        if kind not in (_ACTIVITY or _activity_types()):
            return False
        self._idle.activity()
        if kind == QEvent.Type.KeyPress and obj.isWidgetType():
            # A key event visits the focus widget, then its parents if ignored; count it once.
            focus = QApplication.focusWidget()
            if obj is focus or (focus is None and obj.isWindow()):
                self._shift.key_pressed(event.key(), event.isAutoRepeat())
        return False


class ScreenLockWatcher(QObject):
    """Reports when the desktop's screen saver / lock screen activates, where the OS tells us.

    Linux desktops announce it on the session D-Bus (org.freedesktop.ScreenSaver); D-Bus is
    a local socket, not the network. Elsewhere `available` stays False and Settings says so.
    """

    screen_locked = Signal()

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self.available = False
        if not os.environ.get("DBUS_SESSION_BUS_ADDRESS"):
            return
        try:
            from PySide6.QtCore import SLOT
            from PySide6.QtDBus import QDBusConnection
        except ImportError:  # pragma: no cover - QtDBus ships with PySide6-Essentials
            return
        bus = QDBusConnection.sessionBus()
        if not bus.isConnected():
            return
        # Any sender: screen savers announce from their own unique bus names.
        for interface, path in (
            ("org.freedesktop.ScreenSaver", "/org/freedesktop/ScreenSaver"),
            ("org.gnome.ScreenSaver", "/org/gnome/ScreenSaver"),
        ):
            if bus.connect("", path, interface, "ActiveChanged", self, SLOT("_on_active_changed(bool)")):
                self.available = True

    @Slot(bool)
    def _on_active_changed(self, active: bool) -> None:
        if active:
            self.screen_locked.emit()


def _digest(text: str) -> str:
    import hashlib

    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()


class ClipboardGuard(QObject):
    """Remembers (as hashes) what Companion put on the clipboard and clears only that.

    Text copied out of Companion's own windows counts as placed by the app; whatever
    the person copied from other programs is never touched.
    """

    def __init__(self, is_ours_active, parent: QObject | None = None):
        from PySide6.QtGui import QGuiApplication

        super().__init__(parent)
        self._is_ours_active = is_ours_active
        self._placed: set[str] = set()
        self._clipboard = QGuiApplication.clipboard()
        self._clipboard.dataChanged.connect(self._on_clipboard_data_changed)

    def place(self, text: str) -> None:
        self._placed.add(_digest(text))
        self._clipboard.setText(text)

    def _on_clipboard_data_changed(self) -> None:
        if self._is_ours_active():
            text = self._clipboard.text()
            if text:
                self._placed.add(_digest(text))

    def clear_ours(self) -> bool:
        text = self._clipboard.text()
        cleared = False
        if text and _digest(text) in self._placed:
            self._clipboard.clear()
            cleared = True
        self._placed.clear()
        # X11's "primary selection" (middle-click paste) holds whatever was last selected in
        # our windows; when we own it, it came from Companion, so it goes too.
        if self._clipboard.supportsSelection() and self._clipboard.ownsSelection():
            from PySide6.QtGui import QClipboard

            self._clipboard.clear(QClipboard.Mode.Selection)
            cleared = True
        return cleared
