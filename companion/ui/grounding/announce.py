"""Tell screen readers about a change they would otherwise miss (a new breathing phase or step).

Qt 6.8+ has QAccessibleAnnouncementEvent (polite: it waits for the reader to finish).
The widget's accessible description changes too, so a reader that ignores announcements
still finds the current phase where it is focused or reviewing.
"""

from __future__ import annotations

from PySide6.QtWidgets import QWidget


def announce(widget: QWidget, text: str) -> None:
    widget.setAccessibleDescription(text)
    try:
        from PySide6.QtGui import QAccessible, QAccessibleAnnouncementEvent
    except ImportError:  # pragma: no cover - older Qt: the description change is all there is
        return
    if QAccessible.isActive():
        QAccessible.updateAccessibility(QAccessibleAnnouncementEvent(widget, text))
