"""The Toolkit section: trigger and coping log, strengths and small wins, my people, the coping plan,
support lines, prompts, and the toolkit's choices, one tab each.

A tab reads its data the first time it is shown after unlocking (and again when its data
changed elsewhere); every tab drops what it shows when the session locks.
"""

from __future__ import annotations

from typing import Callable

from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from companion.ui.reflection.choices import ChoicesWidget
from companion.ui.reflection.coping_plan import CopingPlanWidget
from companion.ui.reflection.people import PeopleWidget
from companion.ui.reflection.prompts_panel import PromptsWidget, WritePrompt
from companion.ui.reflection.strengths import StrengthsWidget
from companion.ui.reflection.support_directory import SupportLinesWidget
from companion.ui.reflection.trigger_log import TriggerLogWidget
from companion.ui.session import Session


class ToolkitPage(QWidget):
    def __init__(self, session: Session, write_with_prompt: WritePrompt,
                 entries_changed: Callable[[], None] | None = None,
                 open_entry: Callable[[int], None] | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.session = session
        self.trigger_log = TriggerLogWidget(session, entries_changed, open_entry)
        self.strengths = StrengthsWidget(session)
        self.people = PeopleWidget(session)
        self.plan = CopingPlanWidget(session)
        self.support = SupportLinesWidget(session, lambda text: self.plan.add_line("crisis_lines", text))
        self.prompts = PromptsWidget(session, write_with_prompt)
        self.choices = ChoicesWidget(session)
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.tabs.tabBar().setAccessibleName(self.tr("Toolkit parts"))
        self.tabs.setUsesScrollButtons(True)
        for widget, title in ((self.trigger_log, self.tr("Trigger log")),
                              (self.strengths, self.tr("Strengths and wins")),
                              (self.people, self.tr("My people")),
                              (self.plan, self.tr("Coping plan")),
                              (self.support, self.tr("Support lines")),
                              (self.prompts, self.tr("Prompts")),
                              (self.choices, self.tr("Choices"))):
            self.tabs.addTab(widget, title)
        self._stale: set[QWidget] = set(self.parts())
        self.tabs.currentChanged.connect(lambda _i: self._refresh_current())
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(self.tabs)
        session.unlocked.connect(self._on_session_unlocked)
        session.locked.connect(self._on_session_locked)

    def parts(self) -> list[QWidget]:
        return [self.tabs.widget(i) for i in range(self.tabs.count())]

    def show_part(self, widget: QWidget) -> None:
        self.tabs.setCurrentWidget(widget)
        self._refresh_current()

    def showEvent(self, event) -> None:  # noqa: N802 - Qt API
        super().showEvent(event)
        self._refresh_current()

    def _refresh_current(self) -> None:
        current = self.tabs.currentWidget()
        if current in self._stale and self.session.is_open and self.isVisible():
            self._stale.discard(current)
            current.refresh()

    def mark_stale(self, *widgets: QWidget) -> None:
        self._stale.update(widgets or self.parts())
        self._refresh_current()

    def _on_session_unlocked(self) -> None:
        self._stale = set(self.parts())
        self._refresh_current()

    def _on_session_locked(self, _reason: str) -> None:
        self._stale = set(self.parts())
        for part in self.parts():
            part.forget()
        self.tabs.setCurrentIndex(0)
