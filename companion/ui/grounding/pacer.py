"""The breath pacer: a soft circle that grows while breathing in and shrinks while breathing out.

It never keeps time itself. Each frame asks `state_source()` (the pure GuidedSession read
at the monotonic clock) where the breath is, so a late or skipped frame only draws the
right moment a little later; nothing accumulates and nothing drifts. The repaint timer
runs only while motion is allowed, a breathing step is running and the pacer is visible.
With reduced motion the player shows a text countdown and a static bar instead.

For screen readers it is an animation (role) named "Breathing guide", with a description
that says what it shows; the player replaces the description with each phase as it comes
("Breathe in"), which is also announced.
"""

from __future__ import annotations

import math
import time
from collections.abc import Callable

from PySide6.QtCore import QPointF, QRectF, QSize, Qt, QTimer
from PySide6.QtGui import QAccessible, QColor, QFont, QFontMetrics, QPainter, QPalette, QPen
from PySide6.QtWidgets import QAccessibleWidget, QSizePolicy, QWidget

from companion.exercises.timeline import SessionState
from companion.ui.grounding.words import phase_word, whole_seconds

FRAME_MS = 16  # ~60 frames a second
MIN_FRACTION = 0.34  # the smallest circle, as a share of the largest


def ease(progress: float) -> float:
    """Slow at both ends, like a breath (raised cosine)."""
    p = min(1.0, max(0.0, progress))
    return 0.5 - 0.5 * math.cos(math.pi * p)


def breath_fraction(phase: str | None, progress: float) -> float:
    """How full the circle is (0 empty .. 1 full) at `progress` through `phase`."""
    if phase == "in":
        return ease(progress)
    if phase == "hold":
        return 1.0
    if phase == "out":
        return 1.0 - ease(progress)
    if phase == "hold_empty":
        return 0.0
    return 0.5


def _accessible_pacer(class_name: str, widget) -> QAccessibleWidget | None:
    """Qt gives a custom widget a generic role; the pacer is an animation."""
    if class_name == "BreathPacerWidget" and isinstance(widget, BreathPacerWidget):
        return QAccessibleWidget(widget, QAccessible.Role.Animation)
    return None


_factory_installed = False


def _install_accessible_factory() -> None:
    global _factory_installed
    if not _factory_installed:
        QAccessible.installFactory(_accessible_pacer)
        _factory_installed = True


class BreathPacerWidget(QWidget):
    def __init__(self, state_source: Callable[[], SessionState | None], parent: QWidget | None = None):
        super().__init__(parent)
        self._source = state_source
        self._running = False
        self.animation_timer = QTimer(self)
        self.animation_timer.setTimerType(Qt.TimerType.PreciseTimer)
        self.animation_timer.setInterval(FRAME_MS)
        self.animation_timer.timeout.connect(self.update)
        self.frame_times: list[float] | None = None  # set to [] to record paint times (benchmarks)
        self.last_drawn: tuple[str, int, float] | None = None  # (word, count, fraction) of the last frame
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(200, 200)
        _install_accessible_factory()
        self.setObjectName("BreathPacer")
        self.setAccessibleName(self.tr("Breathing guide"))
        self.setAccessibleDescription(self.tr(
            "A circle that grows as you breathe in and shrinks as you breathe out, with the phase "
            "and the seconds left written inside."))

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt API
        return QSize(300, 300)

    # -- running -----------------------------------------------------------------------
    def set_running(self, running: bool) -> None:
        """Animate while True (and visible); a still frame otherwise."""
        self._running = running
        self._sync_timer()
        self.update()

    def _sync_timer(self) -> None:
        if self._running and self.isVisible():
            if not self.animation_timer.isActive():
                self.animation_timer.start()
        else:
            self.animation_timer.stop()

    def showEvent(self, event) -> None:  # noqa: N802 - Qt API
        super().showEvent(event)
        self._sync_timer()

    def hideEvent(self, event) -> None:  # noqa: N802 - Qt API
        super().hideEvent(event)
        self.animation_timer.stop()

    # -- drawing -----------------------------------------------------------------------
    def paintEvent(self, _event) -> None:  # noqa: N802 - Qt API
        if self.frame_times is not None:
            self.frame_times.append(time.monotonic())
        state = self._source()
        phase = state.phase if state is not None else None
        progress = state.phase_progress if state is not None else 0.0
        fraction = breath_fraction(phase, progress)
        word = phase_word(phase)
        count = whole_seconds(state.phase_remaining) if state is not None and phase else 0
        self.last_drawn = (word, count, fraction)

        pal = self.palette()
        accent = QColor(pal.color(QPalette.ColorRole.Highlight))
        text_colour = pal.color(QPalette.ColorRole.WindowText)
        muted = QColor(pal.color(QPalette.ColorRole.PlaceholderText))
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        side = min(self.width(), self.height()) - 8
        centre = QPointF(self.width() / 2, self.height() / 2)
        largest = side / 2
        radius = largest * (MIN_FRACTION + (1 - MIN_FRACTION) * fraction)

        # the largest size, as a faint guide ring, so the shape's room is always visible
        guide = QColor(muted)
        guide.setAlpha(110)
        p.setPen(QPen(guide, 1.5, Qt.PenStyle.DashLine))
        p.setBrush(Qt.BrushStyle.NoBrush)
        p.drawEllipse(centre, largest - 1, largest - 1)

        fill = QColor(accent)
        fill.setAlpha(70)
        p.setPen(QPen(accent, 2.5))
        p.setBrush(fill)
        p.drawEllipse(centre, radius, radius)

        if not word:
            return
        base = QFont(self.font())
        word_font = QFont(base)
        word_font.setPointSizeF(base.pointSizeF() * 1.35)
        word_font.setWeight(QFont.Weight.DemiBold)
        count_font = QFont(base)
        count_font.setPointSizeF(base.pointSizeF() * 2.2)
        wm, cm = QFontMetrics(word_font), QFontMetrics(count_font)
        total = wm.height() + cm.height()
        top = centre.y() - total / 2
        p.setPen(text_colour)
        p.setFont(word_font)
        p.drawText(QRectF(0, top, self.width(), wm.height()), int(Qt.AlignmentFlag.AlignCenter), word)
        p.setFont(count_font)
        p.drawText(QRectF(0, top + wm.height(), self.width(), cm.height()), int(Qt.AlignmentFlag.AlignCenter),
                   str(count))
