"""The trigger and coping log: an optional, structured journal entry.

What happened, what I noticed in body and mind, intensity, what I did, what helped,
what I'd try next time: every part is optional (but not all of them at once). A log is
saved as a journal entry of kind "trigger", tagged "trigger log", so it is listed and
searched with the journal; `entries_changed()` tells the journal list to reload.
"""

from __future__ import annotations

from datetime import datetime
from typing import Callable

from PySide6.QtCore import QCoreApplication, QDateTime, Qt
from PySide6.QtWidgets import (
    QDateTimeEdit,
    QGridLayout,
    QHBoxLayout,
    QPlainTextEdit,
    QWidget,
)

from companion.errors import CompanionError
from companion.journal.query import SearchQuery
from companion.reflection.records import TRIGGER_LOG_LABELS, TRIGGER_LOG_TAG, TriggerLog
from companion.ui.reflection.models import EntryListModel, Roles
from companion.ui.reflection.scale import ScaleWidget
from companion.ui.session import Session
from companion.ui.widgets.common import button, card, fill_with, hbox, label, named
from companion.ui.widgets.record_list import record_card, record_view
from companion.ui.widgets.reflow import scroll_area

RECENT_LOGS = 40
PLACEHOLDERS = {
    "what_happened": "A few words are enough.",
    "noticed_body": "e.g. tight chest, shaky hands, far away",
    "noticed_mind": "e.g. racing thoughts, a memory, going blank",
    "what_i_did": "Anything counts, including getting through it.",
    "what_helped": "Even a little.",
    "next_time": "Only if something comes to mind.",
}


def field_label(name: str) -> str:
    return QCoreApplication.translate("TriggerLog", TRIGGER_LOG_LABELS[name])


class TriggerLogWidget(QWidget):
    def __init__(self, session: Session, entries_changed: Callable[[], None] | None = None,
                 open_entry: Callable[[int], None] | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.session = session
        self._entries_changed = entries_changed or (lambda: None)
        self._open_entry = open_entry
        self._editing_id: int | None = None
        self.model = EntryListModel(self)

        form_card, form_lay = card(16)
        self.heading = label(self.tr("Trigger and coping log"), "heading")
        form_lay.addWidget(self.heading)
        form_lay.addWidget(label(self.tr(
            "Write only the parts you want to. It is kept in your journal, tagged “trigger log”, so search "
            "finds it with everything else."), "muted"))
        grid = QGridLayout()
        grid.setHorizontalSpacing(12)
        grid.setVerticalSpacing(8)
        self.when_edit = named(QDateTimeEdit(), self.tr("When it happened"))
        self.when_edit.setDisplayFormat("yyyy-MM-dd HH:mm")
        self.when_edit.setCalendarPopup(True)
        self.fields: dict[str, QPlainTextEdit] = {}
        self.intensity = ScaleWidget(self.tr("Intensity, 0 to 10 (optional)"), 0, 10, optional=True,
                                     ends=(self.tr("0 barely"), self.tr("10 overwhelming")))
        row = 0
        grid.addWidget(label(self.tr("When"), wrap=False, buddy=self.when_edit), row, 0)
        grid.addWidget(self.when_edit, row, 1, Qt.AlignmentFlag.AlignLeft)
        row += 1
        for name in TRIGGER_LOG_LABELS:
            edit = named(QPlainTextEdit(), field_label(name))
            edit.setTabChangesFocus(True)
            edit.setPlaceholderText(QCoreApplication.translate("TriggerLog", PLACEHOLDERS[name]))
            edit.setFixedHeight(58)
            self.fields[name] = edit
            grid.addWidget(label(field_label(name), buddy=edit), row, 0, Qt.AlignmentFlag.AlignTop)
            grid.addWidget(edit, row, 1)
            row += 1
            if name == "noticed_mind":
                grid.addWidget(label(self.tr("Intensity"), wrap=False, buddy=self.intensity), row, 0,
                               Qt.AlignmentFlag.AlignTop)
                grid.addWidget(self.intensity, row, 1)
                row += 1
        grid.setColumnStretch(1, 1)
        grid.setColumnMinimumWidth(0, 150)
        form_lay.addLayout(grid)
        self.save_button = button(self.tr("Save log"), self.tr("Save this log"))
        self.save_button.clicked.connect(self.save)
        self.cancel_button = button(self.tr("Start a new log"), self.tr("Stop editing and start a new log"))
        self.cancel_button.clicked.connect(self.reset)
        self.cancel_button.setVisible(False)
        self.status = label("", "status")
        self.status.setAccessibleName(self.tr("Log status"))
        form_lay.addLayout(hbox(self.save_button, self.cancel_button, self.status, grow=self.status))

        self.list_view = record_view(self.tr("Earlier logs"), self.model, on_activated=self.edit_selected,
                                     on_current_changed=self._update_buttons)
        self.edit_button = button(self.tr("Edit"), self.tr("Edit the chosen log"))
        self.edit_button.clicked.connect(self.edit_selected)
        self.open_button = button(self.tr("Open in the journal"), self.tr("Open the chosen log in the journal"))
        self.open_button.clicked.connect(self._open_selected)
        list_card = record_card(self.tr("Earlier logs"), self.list_view, (self.edit_button, self.open_button))

        inner = QWidget()
        columns = QHBoxLayout(inner)
        columns.setContentsMargins(4, 8, 12, 12)
        columns.setSpacing(12)
        columns.addWidget(form_card, 3)
        columns.addWidget(list_card, 2)
        fill_with(self, scroll_area(inner))
        self.reset()
        self._update_buttons()

    # -- data ---------------------------------------------------------------------------------------
    def refresh(self) -> None:
        query = SearchQuery(tags=(TRIGGER_LOG_TAG,))
        self.session.run(lambda v: v.entries.page(query, limit=RECENT_LOGS), self._show_rows,
                         self._show_error, name="trigger logs")

    def _show_rows(self, rows) -> None:
        self.model.set_rows(rows)
        self._update_buttons()

    def draft(self) -> TriggerLog:
        when = self.when_edit.dateTime().toPython().replace(second=0, microsecond=0)
        values = {name: edit.toPlainText() for name, edit in self.fields.items()}
        return TriggerLog(created_at=when, intensity=self.intensity.value, **values)

    def save(self) -> None:
        try:
            log = self.draft()
        except CompanionError as error:
            self._set_status(str(error))
            return
        editing = self._editing_id

        def work(vault):
            return vault.trigger_logs.update(editing, log) if editing else vault.trigger_logs.add(log)

        def done(_entry):
            self.reset()
            self._set_status(self.tr("Saved in your journal.") if editing is None else self.tr("Changes saved."))
            self.refresh()
            self._entries_changed()

        self.session.run(work, done, self._show_error, name="save trigger log")

    def selected_id(self) -> int | None:
        index = self.list_view.currentIndex()
        return index.data(Roles.Id) if index.isValid() else None

    def edit_selected(self) -> None:
        entry_id = self.selected_id()
        if entry_id is None:
            return

        def done(log: TriggerLog):
            self.reset(keep_status=False)
            self._editing_id = entry_id
            self.when_edit.setDateTime(QDateTime(log.created_at))
            for name, edit in self.fields.items():
                edit.setPlainText(getattr(log, name) or "")
            self.intensity.set_value(log.intensity)
            self.heading.setText(self.tr("Editing a log"))
            self.save_button.setText(self.tr("Save changes"))
            self.cancel_button.setVisible(True)
            self.fields["what_happened"].setFocus()

        self.session.run(lambda v: v.trigger_logs.get(entry_id), done, self._show_error, name="open trigger log")

    def _open_selected(self) -> None:
        entry_id = self.selected_id()
        if entry_id is not None and self._open_entry is not None:
            self._open_entry(entry_id)

    def _update_buttons(self) -> None:
        has = self.selected_id() is not None
        self.edit_button.setEnabled(has)
        self.open_button.setEnabled(has)
        self.open_button.setVisible(self._open_entry is not None)

    def _show_error(self, error: BaseException) -> None:
        self._set_status(str(error) if isinstance(error, CompanionError) else self.tr("That did not work."))

    def _set_status(self, text: str) -> None:
        self.status.setText(text)

    def reset(self, keep_status: bool = True) -> None:
        self._editing_id = None
        self.when_edit.setDateTime(QDateTime(datetime.now().replace(second=0, microsecond=0)))
        for edit in self.fields.values():
            edit.setPlainText("")
            edit.document().clearUndoRedoStacks()
        self.intensity.clear()
        self.heading.setText(self.tr("Trigger and coping log"))
        self.save_button.setText(self.tr("Save log"))
        self.cancel_button.setVisible(False)
        if not keep_status:
            self._set_status("")

    def forget(self) -> None:
        self.reset(keep_status=False)
        self.model.clear()
        self._update_buttons()

