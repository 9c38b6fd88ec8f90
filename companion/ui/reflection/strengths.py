"""Strengths and small wins: a list built over time, wins in one line with a date, and a look back.

No streaks, no counts, no scores: the look back lists what happened, newest first,
grouped by month, and says nothing about gaps.
"""

from __future__ import annotations

from datetime import datetime
from html import escape

from PySide6.QtCore import QDate, QLocale
from PySide6.QtWidgets import (
    QDateEdit,
    QHBoxLayout,
    QLineEdit,
    QListView,
    QStackedWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from companion.errors import CompanionError
from companion.reflection.records import Milestone, Strength
from companion.ui.reflection.models import MilestoneListModel, Roles, StrengthListModel
from companion.ui.session import Session
from companion.ui.widgets.common import button, card, hbox, label, named
from companion.ui.widgets.record_list import record_view


class StrengthsWidget(QWidget):
    def __init__(self, session: Session, parent: QWidget | None = None):
        super().__init__(parent)
        self.session = session
        self.strengths = StrengthListModel(self)
        self.milestones = MilestoneListModel(self)

        # strengths
        s_card, s_lay = card(16)
        s_lay.addWidget(label(self.tr("My strengths"), "heading"))
        s_lay.addWidget(label(self.tr("Things you're good at, and qualities that have carried you. Add one "
                                      "whenever it comes to mind."), "muted"))
        self.strength_edit = named(QLineEdit(), self.tr("A strength"))
        self.strength_edit.setPlaceholderText(self.tr("e.g. I keep going, even when it's slow"))
        self.strength_edit.setMaxLength(500)
        self.strength_edit.returnPressed.connect(self.add_strength)
        self.add_strength_button = button(self.tr("Add"), self.tr("Add this strength"))
        self.add_strength_button.clicked.connect(self.add_strength)
        s_lay.addLayout(hbox(self.strength_edit, self.add_strength_button, grow=self.strength_edit))
        self.strength_view = record_view(self.tr("My strengths"), self.strengths)
        s_lay.addWidget(self.strength_view, 1)
        self.remove_strength_button = button(self.tr("Remove"), self.tr("Remove the chosen strength"))
        self.remove_strength_button.clicked.connect(self.remove_strength)
        s_lay.addLayout(hbox(self.remove_strength_button))

        # small wins
        m_card, m_lay = card(16)
        heading = label(self.tr("Small wins"), "heading")
        self.look_back_button = named(button(self.tr("Look back")), self.tr("Look back over small wins"))
        self.look_back_button.setCheckable(True)
        self.look_back_button.toggled.connect(self._on_look_back_toggled)
        m_lay.addLayout(hbox(heading, self.look_back_button, grow=heading))
        m_lay.addWidget(label(self.tr("One line and a date. Small counts."), "muted"))
        self.win_edit = named(QLineEdit(), self.tr("A small win"))
        self.win_edit.setPlaceholderText(self.tr("e.g. Went to the shop and stayed as long as I needed"))
        self.win_edit.setMaxLength(500)
        self.win_edit.returnPressed.connect(self.add_milestone)
        self.win_date = named(QDateEdit(), self.tr("Date of the small win"))
        self.win_date.setCalendarPopup(True)
        self.win_date.setDisplayFormat("yyyy-MM-dd")
        self.add_win_button = button(self.tr("Add"), self.tr("Add this small win"))
        self.add_win_button.clicked.connect(self.add_milestone)
        m_lay.addLayout(hbox(self.win_edit, self.win_date, self.add_win_button, grow=self.win_edit))
        self.win_stack = QStackedWidget()
        self.milestone_view = record_view(self.tr("Small wins"), self.milestones)
        self.look_back = named(QTextBrowser(), self.tr("Looking back over small wins"))
        self.look_back.setOpenLinks(False)
        self.look_back.setOpenExternalLinks(False)
        self.look_back.setTabChangesFocus(True)
        self.win_stack.addWidget(self.milestone_view)
        self.win_stack.addWidget(self.look_back)
        m_lay.addWidget(self.win_stack, 1)
        self.remove_win_button = button(self.tr("Remove"), self.tr("Remove the chosen small win"))
        self.remove_win_button.clicked.connect(self.remove_milestone)
        m_lay.addLayout(hbox(self.remove_win_button))
        self.status = label("", "status")
        self.status.setAccessibleName(self.tr("Strengths status"))

        columns = QHBoxLayout()
        columns.setSpacing(12)
        columns.addWidget(s_card, 1)
        columns.addWidget(m_card, 1)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(4, 8, 12, 12)
        lay.addLayout(columns, 1)
        lay.addWidget(self.status)
        self.forget()

    # -- data ---------------------------------------------------------------------------------------
    def refresh(self) -> None:
        def done(result):
            strengths, milestones = result
            self.strengths.set_rows(strengths)
            self.milestones.set_rows(milestones)
            self._fill_look_back()

        self.session.run(lambda v: (v.strengths.all(), v.milestones.all()), done, self._show_error,
                         name="strengths")

    def add_strength(self) -> None:
        try:
            strength = Strength(text=self.strength_edit.text(), created_at=datetime.now().replace(microsecond=0))
        except CompanionError as error:
            self._set_status(str(error))
            return

        def done(new_id):
            self.strength_edit.setText("")
            self.strengths.insert(self.strengths.rowCount(), Strength(strength.text, strength.created_at, new_id))
            self._set_status(self.tr("Added."))

        self.session.run(lambda v: v.strengths.add(strength), done, self._show_error, name="add strength")

    def add_milestone(self) -> None:
        try:
            milestone = Milestone(text=self.win_edit.text(), date=self.win_date.date().toPython())
        except CompanionError as error:
            self._set_status(str(error))
            return

        def done(_new_id):
            self.win_edit.setText("")
            self._set_status(self.tr("Added."))
            self.refresh()

        self.session.run(lambda v: v.milestones.add(milestone), done, self._show_error, name="add milestone")

    def remove_strength(self) -> None:
        self._remove(self.strength_view, self.strengths, "strengths")

    def remove_milestone(self) -> None:
        self._remove(self.milestone_view, self.milestones, "milestones")

    def _remove(self, view: QListView, model, repository: str) -> None:
        index = view.currentIndex()
        row_id = index.data(Roles.Id) if index.isValid() else None
        if row_id is None:
            self._set_status(self.tr("Choose one in the list first."))
            return

        def done(_r):
            model.remove(row_id)
            self._fill_look_back()
            self._set_status(self.tr("Removed."))

        self.session.run(lambda v: getattr(v, repository).delete(row_id), done, self._show_error, name="remove")

    # -- look back --------------------------------------------------------------------------------
    def _on_look_back_toggled(self, on: bool) -> None:
        self.win_stack.setCurrentWidget(self.look_back if on else self.milestone_view)
        self.look_back_button.setText(self.tr("Back to the list") if on else self.tr("Look back"))
        self.look_back_button.setAccessibleName(self.tr("Back to the list of small wins") if on
                                                else self.tr("Look back over small wins"))
        self.remove_win_button.setVisible(not on)

    def _fill_look_back(self) -> None:
        rows: list[Milestone] = self.milestones.rows()
        if not rows:
            self.look_back.setHtml(f"<p>{escape(self.tr('Small wins you add will gather here.'))}</p>")
            return
        locale = QLocale()
        parts = [f"<p><i>{escape(self.tr('Looking back, newest first. Every one of these happened.'))}</i></p>"]
        month = None
        for m in rows:
            key = (m.date.year, m.date.month)
            if key != month:
                if month is not None:
                    parts.append("</ul>")
                title = locale.toString(QDate(m.date.year, m.date.month, 1), "MMMM yyyy")
                parts.append(f"<h3>{escape(title)}</h3><ul>")
                month = key
            day = locale.toString(QDate(m.date.year, m.date.month, m.date.day), "d MMM")
            parts.append(f"<li>{escape(m.text)} <span style='color:gray'>({escape(day)})</span></li>")
        parts.append("</ul>")
        self.look_back.setHtml("".join(parts))

    def _show_error(self, error: BaseException) -> None:
        self._set_status(str(error) if isinstance(error, CompanionError) else self.tr("That did not work."))

    def _set_status(self, text: str) -> None:
        self.status.setText(text)

    def forget(self) -> None:
        self.strengths.clear()
        self.milestones.clear()
        self.strength_edit.setText("")
        self.win_edit.setText("")
        self.win_date.setDate(QDate.currentDate())
        self.look_back.clear()
        self.look_back_button.setChecked(False)
        self._set_status("")

