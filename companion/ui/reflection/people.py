"""My people: names and how to reach them, typed in by hand and kept in the vault.

Companion never reads an address book and never calls, texts or opens anything.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from companion.errors import CompanionError
from companion.reflection.records import MAX_SHORT, Person
from companion.ui.reflection.models import PeopleListModel, Roles
from companion.ui.session import Session
from companion.ui.widgets.common import button, card, hbox, label, named
from companion.ui.widgets.record_list import record_card, record_view


class PeopleWidget(QWidget):
    def __init__(self, session: Session, parent: QWidget | None = None):
        super().__init__(parent)
        self.session = session
        self._editing: Person | None = None
        self.model = PeopleListModel(self)

        self.list_view = record_view(self.tr("My people"), self.model, on_activated=self.edit_selected,
                                     on_current_changed=self._update_buttons)
        self.edit_button = button(self.tr("Edit"), self.tr("Edit the chosen person"))
        self.edit_button.clicked.connect(self.edit_selected)
        self.delete_button = button(self.tr("Remove"), self.tr("Remove the chosen person"))
        self.delete_button.clicked.connect(self.delete_selected)
        list_card = record_card(self.tr("My people"), self.list_view, (self.edit_button, self.delete_button),
                                self.tr("People and places that help. Typed in by you; Companion never reads "
                                        "your contacts and never calls or messages anyone."))

        form_card, form_lay = card(16)
        self.heading = label(self.tr("Add someone"), "heading")
        form_lay.addWidget(self.heading)
        self.name_edit = named(QLineEdit(), self.tr("Name"))
        self.name_edit.setMaxLength(MAX_SHORT)
        self.name_edit.setPlaceholderText(self.tr("e.g. Sam, or the Tuesday group"))
        self.reach_edit = named(QLineEdit(), self.tr("How to reach them"))
        self.reach_edit.setMaxLength(MAX_SHORT)
        self.reach_edit.setPlaceholderText(self.tr("e.g. a number, or “after 6 most days”"))
        self.note_edit = named(QPlainTextEdit(), self.tr("Note (optional)"))
        self.note_edit.setTabChangesFocus(True)
        self.note_edit.setFixedHeight(80)
        self.note_edit.setPlaceholderText(self.tr("Optional: what they help with"))
        grid = QGridLayout()
        grid.setHorizontalSpacing(10)
        for r, (text, widget) in enumerate(((self.tr("Name"), self.name_edit),
                                            (self.tr("How to reach"), self.reach_edit),
                                            (self.tr("Note"), self.note_edit))):
            grid.addWidget(label(text, wrap=False, buddy=widget), r, 0, Qt.AlignmentFlag.AlignTop)
            grid.addWidget(widget, r, 1)
        form_lay.addLayout(grid)
        self.save_button = button(self.tr("Add"), self.tr("Add this person"))
        self.save_button.clicked.connect(self.save)
        self.name_edit.returnPressed.connect(self.save)
        self.reach_edit.returnPressed.connect(self.save)
        self.cancel_button = button(self.tr("Cancel"), self.tr("Cancel editing"))
        self.cancel_button.clicked.connect(self.reset)
        self.cancel_button.setVisible(False)
        self.status = label("", "status")
        self.status.setAccessibleName(self.tr("People status"))
        form_lay.addLayout(hbox(self.save_button, self.cancel_button, self.status, grow=self.status))
        form_lay.addStretch(1)

        lay = QHBoxLayout(self)
        lay.setContentsMargins(4, 8, 12, 12)
        lay.setSpacing(12)
        lay.addWidget(list_card, 3)
        lay.addWidget(form_card, 2)
        self._update_buttons()

    def refresh(self) -> None:
        self.session.run(lambda v: v.people.all(), self._show_rows, self._show_error, name="people")

    def _show_rows(self, rows) -> None:
        self.model.set_rows(rows)
        self._update_buttons()

    def selected(self) -> Person | None:
        index = self.list_view.currentIndex()
        return index.data(Roles.Item) if index.isValid() else None

    def _update_buttons(self) -> None:
        has = self.selected() is not None
        self.edit_button.setEnabled(has)
        self.delete_button.setEnabled(has)

    def save(self) -> None:
        editing = self._editing
        try:
            person = Person(name=self.name_edit.text(), how_to_reach=self.reach_edit.text(),
                            note=self.note_edit.toPlainText(), id=editing.id if editing else None)
        except CompanionError as error:
            self._set_status(str(error))
            return

        def work(vault):
            if editing is None:
                vault.people.add(person)
            else:
                vault.people.update(person)
            return vault.people.all()

        def done(rows):
            self.reset()
            self._show_rows(rows)
            self._set_status(self.tr("Saved."))

        self.session.run(work, done, self._show_error, name="save person")

    def edit_selected(self) -> None:
        person = self.selected()
        if person is None:
            return
        self._editing = person
        self.name_edit.setText(person.name)
        self.reach_edit.setText(person.how_to_reach or "")
        self.note_edit.setPlainText(person.note or "")
        self.heading.setText(self.tr("Editing %1").replace("%1", person.name))
        self.save_button.setText(self.tr("Save changes"))
        self.save_button.setAccessibleName(self.tr("Save changes to this person"))
        self.cancel_button.setVisible(True)
        self.name_edit.setFocus()

    def delete_selected(self) -> None:
        person = self.selected()
        if person is None:
            return

        def done(_r):
            self.model.remove(person.id)
            if self._editing is not None and self._editing.id == person.id:
                self.reset()
            self._update_buttons()
            self._set_status(self.tr("Removed."))

        self.session.run(lambda v: v.people.delete(person.id), done, self._show_error, name="remove person")

    def reset(self) -> None:
        self._editing = None
        self.name_edit.setText("")
        self.reach_edit.setText("")
        self.note_edit.setPlainText("")
        self.note_edit.document().clearUndoRedoStacks()
        self.heading.setText(self.tr("Add someone"))
        self.save_button.setText(self.tr("Add"))
        self.save_button.setAccessibleName(self.tr("Add this person"))
        self.cancel_button.setVisible(False)

    def _show_error(self, error: BaseException) -> None:
        self._set_status(str(error) if isinstance(error, CompanionError) else self.tr("That did not work."))

    def _set_status(self, text: str) -> None:
        self.status.setText(text)

    def forget(self) -> None:
        self.model.clear()
        self.reset()
        self._set_status("")
        self._update_buttons()
