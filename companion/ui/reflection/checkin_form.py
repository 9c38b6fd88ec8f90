"""The quick check-in form: mood in words, distress 0–10, optional energy, words and a note.

Three keyboard stops and Ctrl+Enter are enough (mood: a digit, Tab, distress: a digit,
Ctrl+Enter), so a check-in takes a few seconds. Everything past mood and distress is
optional and folded away under "More" so the Tab path stays short. The same form edits
an earlier check-in ("Save changes" / "Cancel").
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from companion.errors import CompanionError
from companion.reflection.checkins import FEELING_WORDS, MAX_NOTE_LEN, CheckIn
from companion.ui.reflection.models import checkin_summary, energy_text, feeling_text, mood_text
from companion.ui.reflection.scale import ScaleWidget
from companion.ui.session import Session
from companion.ui.widgets.common import button, card, label, named

FEELING_COLUMNS = 5
LINKABLE_ENTRIES = 40


class CheckInFormWidget(QWidget):
    saved = Signal(object, bool)  # CheckIn, created
    editing_changed = Signal(bool)

    def __init__(self, session: Session, parent: QWidget | None = None):
        super().__init__(parent)
        self.session = session
        self._editing: CheckIn | None = None
        self._entries_loaded = False
        frame, lay = card(18)
        self.heading = label(self.tr("How are you, right now?"), "heading")
        lay.addWidget(self.heading)
        lay.addWidget(label(self.tr("A few seconds is enough. Only a mood word and a number are needed; "
                                    "everything else is optional."), "muted"))

        self.mood = ScaleWidget(self.tr("Mood"), 1, 5, word=mood_text)
        self.distress = ScaleWidget(self.tr("Distress, 0 to 10"), 0, 10,
                                    ends=(self.tr("0 settled"), self.tr("10 the most distress")))
        self.energy = ScaleWidget(self.tr("Energy (optional)"), 1, 5, word=energy_text, optional=True)
        grid = QGridLayout()
        grid.setHorizontalSpacing(12)
        grid.setVerticalSpacing(8)
        for row, (text, widget) in enumerate(((self.tr("Mood"), self.mood),
                                              (self.tr("Distress"), self.distress),
                                              (self.tr("Energy"), self.energy))):
            lab = label(text, wrap=False)
            lab.setBuddy(widget)
            grid.addWidget(lab, row, 0, Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
            grid.addWidget(widget, row, 1)
        grid.setColumnStretch(1, 1)
        lay.addLayout(grid)

        self.more_button = named(QPushButton(self.tr("More: words for what's here, link to an entry")),
                                 self.tr("Show more, optional parts of the check-in"))
        self.more_button.setCheckable(True)
        self.more_button.setAutoDefault(False)
        self.more_button.toggled.connect(self._on_more_toggled)
        more_row = QHBoxLayout()
        more_row.addWidget(self.more_button)
        more_row.addStretch(1)
        lay.addLayout(more_row)

        self.more = QWidget()
        more_lay = QVBoxLayout(self.more)
        more_lay.setContentsMargins(0, 0, 0, 0)
        more_lay.addWidget(label(self.tr("What is here right now? Choose any that fit, or none."), "muted"))
        words = QGridLayout()
        words.setSpacing(4)
        self.feeling_buttons: dict[str, QPushButton] = {}
        for i, word in enumerate(FEELING_WORDS):
            b = named(QPushButton(feeling_text(word)), feeling_text(word))
            b.setCheckable(True)
            b.setAutoDefault(False)
            self.feeling_buttons[word] = b
            words.addWidget(b, i // FEELING_COLUMNS, i % FEELING_COLUMNS)
        more_lay.addLayout(words)
        self.entry_combo = named(QComboBox(), self.tr("Link to a journal entry"))
        self.entry_combo.addItem(self.tr("No entry"), None)
        self.entry_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.entry_combo.setMinimumContentsLength(24)
        entry_row = QHBoxLayout()
        entry_label = label(self.tr("Link to an entry"), wrap=False, buddy=self.entry_combo)
        entry_row.addWidget(entry_label)
        entry_row.addWidget(self.entry_combo, 1)
        more_lay.addLayout(entry_row)
        self.more.setVisible(False)
        lay.addWidget(self.more)

        self.note_edit = named(QLineEdit(), self.tr("Note (optional)"))
        self.note_edit.setPlaceholderText(self.tr("Optional: a few words about right now"))
        self.note_edit.setMaxLength(MAX_NOTE_LEN)
        self.note_edit.returnPressed.connect(self.save)
        note_row = QHBoxLayout()
        note_row.addWidget(label(self.tr("Note"), wrap=False, buddy=self.note_edit))
        note_row.addWidget(self.note_edit, 1)
        lay.addLayout(note_row)

        self.save_button = button(self.tr("Save check-in"), self.tr("Save check-in"), primary=True,
                                  tooltip=self.tr("Save (Ctrl+Enter)"))
        self.save_button.clicked.connect(self.save)
        self.cancel_button = button(self.tr("Cancel editing"), self.tr("Cancel editing this check-in"))
        self.cancel_button.clicked.connect(self.reset)
        self.cancel_button.setVisible(False)
        self.status = label("", "status")
        self.status.setAccessibleName(self.tr("Check-in status"))
        buttons = QHBoxLayout()
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.status, 1)
        lay.addLayout(buttons)

        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(frame)

        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            action = QAction(self)
            action.setShortcut(QKeySequence(keys))
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            action.triggered.connect(self.save)
            self.addAction(action)

    # -- state ---------------------------------------------------------------------------------
    @property
    def editing(self) -> CheckIn | None:
        return self._editing

    def focus_first(self) -> None:
        self.mood.setFocus(Qt.FocusReason.OtherFocusReason)

    def _on_more_toggled(self, on: bool) -> None:
        self.more.setVisible(on)
        self.more_button.setAccessibleName(self.tr("Hide the optional parts") if on
                                           else self.tr("Show more, optional parts of the check-in"))
        if on and not self._entries_loaded:
            self.load_entries()

    def load_entries(self, then=None) -> None:
        """Recent journal entries for the "link to an entry" choice (titles and dates only)."""
        def done(summaries):
            self._entries_loaded = True
            keep = self.entry_combo.currentData()
            self.entry_combo.blockSignals(True)
            self.entry_combo.clear()
            self.entry_combo.addItem(self.tr("No entry"), None)
            for s in summaries:
                title = s.title or (s.preview[:40] + ("…" if len(s.preview) > 40 else "")) or self.tr("Untitled")
                self.entry_combo.addItem(f"{s.entry_date[:10]} · {title}", s.id)
            self._select_entry(keep)
            self.entry_combo.blockSignals(False)
            if then:
                then()

        self.session.run(lambda v: v.entries.page(limit=LINKABLE_ENTRIES), done,
                         lambda e: self._show_error(e), name="linkable entries")

    def _select_entry(self, entry_id) -> None:
        if entry_id is None:
            self.entry_combo.setCurrentIndex(0)
            return
        index = self.entry_combo.findData(entry_id)
        if index < 0:
            self.entry_combo.addItem(self.tr("The linked entry"), entry_id)
            index = self.entry_combo.count() - 1
        self.entry_combo.setCurrentIndex(index)

    def draft(self, created_at: datetime | None = None) -> CheckIn:
        """The form as a CheckIn (raises InvalidInputError with one sentence if something is off)."""
        present = tuple(w for w, b in self.feeling_buttons.items() if b.isChecked())
        editing = self._editing
        return CheckIn(
            created_at=created_at or (editing.created_at if editing else datetime.now().replace(microsecond=0)),
            mood=self.mood.value, distress=self.distress.value, energy=self.energy.value,
            present=present, note=self.note_edit.text(), entry_id=self.entry_combo.currentData(),
            id=editing.id if editing else None,
        )

    def save(self) -> None:
        if not self.session.is_open:
            return
        if self.mood.value is None or self.distress.value is None:
            missing = self.mood if self.mood.value is None else self.distress
            self._set_status(self.tr("Choose a mood word and a distress number first; the rest is optional."))
            missing.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        try:
            checkin = self.draft()
        except CompanionError as error:
            self._show_error(error)
            return
        created = checkin.id is None

        def work(vault):
            return vault.checkins.add(checkin) if created else vault.checkins.update(checkin)

        def done(saved: CheckIn):
            had_focus = self.isAncestorOf(QApplication.focusWidget())
            self.reset()
            if had_focus:
                self.focus_first()  # ready for the next one, from the top
            self._set_status(self.tr("Saved. Thank you for checking in.") if created else self.tr("Changes saved."))
            self.saved.emit(saved, created)

        self.save_button.setEnabled(False)
        task = self.session.run(work, done, self._show_error, name="save check-in")
        if task is None:
            self.save_button.setEnabled(True)

    def _show_error(self, error: BaseException) -> None:
        self.save_button.setEnabled(True)
        self._set_status(str(error) if isinstance(error, CompanionError) else self.tr("That did not work."))

    def _set_status(self, text: str) -> None:
        self.status.setText(text)
        self.status.setAccessibleDescription(text)

    def edit(self, checkin: CheckIn) -> None:
        """Load an earlier check-in into the form."""
        self.reset(keep_status=False)
        self._editing = checkin
        self.mood.set_value(checkin.mood)
        self.distress.set_value(checkin.distress)
        self.energy.set_value(checkin.energy)
        for word, b in self.feeling_buttons.items():
            b.setChecked(word in checkin.present)
        self.note_edit.setText(checkin.note or "")
        if checkin.present or checkin.entry_id is not None:
            self.more_button.setChecked(True)
        if checkin.entry_id is not None:
            if self._entries_loaded:
                self._select_entry(checkin.entry_id)
            else:
                self.load_entries(then=lambda: self._select_entry(checkin.entry_id))
        when = checkin_summary(checkin)[0].split(" · ")[0]
        self.heading.setText(self.tr("Editing the check-in from %1").replace("%1", when))
        self.save_button.setText(self.tr("Save changes"))
        self.save_button.setAccessibleName(self.tr("Save changes to this check-in"))
        self.cancel_button.setVisible(True)
        self.editing_changed.emit(True)
        self.focus_first()

    def reset(self, keep_status: bool = True) -> None:
        was_editing = self._editing is not None
        self._editing = None
        self.mood.clear()
        self.distress.clear()
        self.energy.clear()
        for b in self.feeling_buttons.values():
            b.setChecked(False)
        self.note_edit.setText("")  # setText also drops the undo history
        self.entry_combo.setCurrentIndex(0)
        self.more_button.setChecked(False)
        self.heading.setText(self.tr("How are you, right now?"))
        self.save_button.setText(self.tr("Save check-in"))
        self.save_button.setAccessibleName(self.tr("Save check-in"))
        self.save_button.setEnabled(True)
        self.cancel_button.setVisible(False)
        if not keep_status:
            self._set_status("")
        if was_editing:
            self.editing_changed.emit(False)

    def forget(self) -> None:
        """Locked: drop everything, including the list of entries to link to."""
        self.reset(keep_status=False)
        self.entry_combo.clear()
        self.entry_combo.addItem(self.tr("No entry"), None)
        self._entries_loaded = False

