"""Translatable words the grounding screens share: categories, phases, lengths, endings.

Neutral on purpose: no "good", "better", "failed" or "streak" anywhere.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QCoreApplication

CONTEXT = "Grounding"


def tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def category_label(category: str) -> str:
    return {
        "breathing": tr("Breathing"),
        "senses": tr("Senses"),
        "body": tr("Body"),
        "movement": tr("Movement"),
        "imagery": tr("Imagery"),
        "cognitive": tr("Thinking"),
        "temperature": tr("Temperature"),
        "unpaced": tr("Your own rhythm"),
    }.get(category, category)


def intensity_label(intensity: str) -> str:
    return {"gentle": tr("gentle"), "moderate": tr("moderate"), "strong": tr("strong")}.get(intensity, intensity)


def minutes_label(minutes: float) -> str:
    """'about 4 min' (typical length, as the exercise says)."""
    shown = f"{minutes:g}"
    return tr("about %1 min").replace("%1", shown)


def phase_word(kind: str | None) -> str:
    """The word the pacer shows and screen readers hear: gerunds read as invitations."""
    return {
        "in": tr("Breathing in"),
        "hold": tr("Holding"),
        "out": tr("Breathing out"),
        "hold_empty": tr("Resting"),
    }.get(kind or "", "")


def phase_short(kind: str) -> str:
    return {"in": tr("In"), "hold": tr("Hold"), "out": tr("Out"), "hold_empty": tr("Rest")}.get(kind, kind)


def whole_seconds(remaining: float | None) -> int:
    """The count shown for `remaining` seconds: 4 from 4.0 down to just above 3.0, then 3, …"""
    if remaining is None:
        return 0
    return max(0, math.ceil(remaining - 1e-6))


def until_next_count(remaining: float) -> float:
    """Seconds until whole_seconds(remaining) changes (the next boundary to redraw at)."""
    shown = whole_seconds(remaining)
    return max(0.0, remaining - (shown - 1)) if shown > 0 else 0.0


def clock_text(seconds: float | None) -> str:
    """'1:05' for a countdown (whole seconds, rounded up so 0:00 means done)."""
    total = whole_seconds(seconds)
    return f"{total // 60}:{total % 60:02d}"


def seconds_text(value: float) -> str:
    shown = f"{value:.1f}".rstrip("0").rstrip(".")
    return tr("%1 s").replace("%1", shown)


PACES = (0.5, 0.67, 0.8, 1.0, 1.25, 1.5, 1.75, 2.0)


def pace_label(pace: float) -> str:
    """Pace multiplies the breathing counts: 2.0 is twice as slow."""
    if abs(pace - 1.0) < 1e-6:
        return tr("as written")
    if pace > 1.0:
        word = tr("slower") if pace < 1.6 else tr("much slower")
    else:
        word = tr("faster") if pace > 0.7 else tr("much faster")
    return tr("%1 (counts ×%2)").replace("%1", word).replace("%2", f"{pace:g}")


def rating_words() -> tuple[str, str]:
    """Ends of the optional 0–10 scale, in neutral words."""
    return tr("0: none at all"), tr("10: the most there could be")


ENDING_COMPLETED = "completed"
ENDING_STOPPED = "stopped"


def ending_title(outcome: str) -> str:
    if outcome == ENDING_COMPLETED:
        return tr("That's the end of this exercise.")
    return tr("You can come back any time.")


def ending_text(outcome: str) -> str:
    if outcome == ENDING_COMPLETED:
        return tr("Take whatever time you need before moving on.")
    return tr("Stopping is always fine. Take whatever time you need.")


def ending_record_label(completed: bool) -> str:
    """How a practice ended, for history: both are ordinary endings."""
    return tr("To the end") if completed else tr("Stopped when I chose")
