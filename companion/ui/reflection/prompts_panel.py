"""Prompts: the prompt of the day (gentle, skippable, no repeats) and the person's own prompts.

The prompt of the day is chosen by the pure rotation (companion.reflection.rotation) from
the shipped library, the person's own prompts and what happened before (shown, skipped,
used). It can be turned off, and prompts that carry a content note are only offered if
the person opts in; even then the note comes first and the prompt stays hidden until asked.
"Write with this prompt" hands the prompt to the journal through a callback from the
main window; this module never reaches into the journal itself.
"""

from __future__ import annotations

import secrets
from datetime import date
from typing import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLineEdit,
    QListView,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from companion.errors import CompanionError
from companion.reflection.prompts import (
    CATEGORIES,
    MAX_CONTENT_NOTE_LEN,
    Prompt,
    PromptLibrary,
    load_prompt_library,
    make_personal_prompt,
    merge_prompts,
)
from companion.reflection.rotation import PromptEvent, RotationSettings, prompt_of_the_day
from companion.ui.reflection import preferences as prefs
from companion.ui.reflection.models import PromptListModel, Roles
from companion.ui.session import Session
from companion.ui.widgets.common import button, card, label, named
from companion.ui.widgets.reflow import WrappingCheckBox
from companion.ui.i18n import current_language

WritePrompt = Callable[[Prompt], None]


def language() -> str:
    return current_language()


def rotation_settings(session: Session) -> RotationSettings:
    return RotationSettings(
        enabled=bool(prefs.get(session, prefs.PROMPTS_DAILY)),
        excluded_categories=frozenset(prefs.get(session, prefs.PROMPTS_EXCLUDED) or ()),
        include_content_notes=bool(prefs.get(session, prefs.PROMPTS_CONTENT_NOTES)),
        seed=str(prefs.get(session, prefs.PROMPTS_SEED) or ""),
    )


def ensure_seed(session: Session) -> None:
    """A per-vault seed, so two people do not see prompts in the same order."""
    if not prefs.get(session, prefs.PROMPTS_SEED):
        session.set_setting(prefs.PROMPTS_SEED, secrets.token_hex(8))


class PromptOfTheDayWidget(QWidget):
    """One prompt a day, if the person wants one."""

    written = Signal(object)  # the Prompt handed to the journal

    def __init__(self, session: Session, write_with_prompt: WritePrompt, parent: QWidget | None = None):
        super().__init__(parent)
        self.session = session
        self._write = write_with_prompt
        self._library: PromptLibrary | None = None
        self.prompt: Prompt | None = None
        self._today: date | None = None  # tests pin the day
        self._generation = 0

        frame, lay = card(18)
        top = QHBoxLayout()
        top.addWidget(label(self.tr("A prompt for today"), "heading"), 1)
        self.choices_button = named(button(self.tr("Prompt choices")), self.tr("Show prompt choices"))
        self.choices_button.setCheckable(True)
        self.choices_button.toggled.connect(self._on_choices_toggled)
        top.addWidget(self.choices_button)
        lay.addLayout(top)
        self.intro = label(self.tr("Only if you want one. Skipping is always fine."), "muted")
        lay.addWidget(self.intro)

        self.note = label("", "muted")
        self.note.setAccessibleName(self.tr("Content note for this prompt"))
        self.reveal_button = button(self.tr("Show the prompt"), self.tr("Show the prompt"))
        self.reveal_button.clicked.connect(self._reveal)
        self.text = label("")
        self.text.setAccessibleName(self.tr("Prompt of the day"))
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        font = self.text.font()
        font.setPointSizeF(font.pointSizeF() * 1.15)
        self.text.setFont(font)
        self.category = label("", "muted")
        self.message = label("", "status")
        self.message.setAccessibleName(self.tr("Prompt status"))
        for w in (self.note, self.reveal_button, self.text, self.category, self.message):
            lay.addWidget(w)

        self.write_button = button(self.tr("Write with this prompt"), self.tr("Write a journal entry with this prompt"))
        self.write_button.clicked.connect(self.write)
        self.skip_button = button(self.tr("Another prompt"), self.tr("Skip: show another prompt"))
        self.skip_button.clicked.connect(self.skip)
        row = QHBoxLayout()
        row.addWidget(self.write_button)
        row.addWidget(self.skip_button)
        row.addStretch(1)
        lay.addLayout(row)

        # its own small settings block
        self.choices = QWidget()
        choices = QVBoxLayout(self.choices)
        choices.setContentsMargins(0, 6, 0, 0)
        self.daily_check = named(QCheckBox(self.tr("Offer a prompt of the day")), self.tr("Offer a prompt of the day"))
        self.daily_check.toggled.connect(lambda on: self._set(prefs.PROMPTS_DAILY, on))
        self.notes_check = named(WrappingCheckBox(self.tr("Include prompts that carry a content note")),
                                 self.tr("Include prompts that carry a content note"),
                                 self.tr("Their note is always shown first, and the prompt only when you ask."))
        self.notes_check.toggled.connect(lambda on: self._set(prefs.PROMPTS_CONTENT_NOTES, on))
        choices.addWidget(self.daily_check)
        choices.addWidget(self.notes_check)
        choices.addWidget(label(self.tr("Offer prompts about:"), "muted"))
        grid = QGridLayout()
        grid.setHorizontalSpacing(10)
        self.category_checks: dict[str, QCheckBox] = {}
        for i, category in enumerate(CATEGORIES):
            check = named(QCheckBox(category), self.tr("Offer prompts about %1").replace("%1", category))
            check.toggled.connect(self._on_category_toggled)
            self.category_checks[category] = check
            grid.addWidget(check, i // 3, i % 3)
        choices.addLayout(grid)
        self.choices.setVisible(False)
        lay.addWidget(self.choices)

        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(frame)
        self._loading_choices = False
        self._stale = True
        self._show(None, "")
        session.locked.connect(lambda _r: self.forget())
        session.setting_changed.connect(self._on_setting_changed)

    # -- data --------------------------------------------------------------------------------------
    @property
    def today(self) -> date:
        return self._today or date.today()

    def showEvent(self, event) -> None:  # noqa: N802 - Qt API
        super().showEvent(event)
        if self._stale:
            self.refresh()

    def _on_setting_changed(self, key: str, _value) -> None:
        if key in (prefs.PROMPTS_DAILY, prefs.PROMPTS_CONTENT_NOTES, prefs.PROMPTS_EXCLUDED):
            self.invalidate()

    def invalidate(self) -> None:
        """Something changed (a setting, the person's own prompts): work it out again when seen."""
        self._stale = True
        if self.isVisible():
            self.refresh()

    def refresh(self) -> None:
        """Work out today's prompt on the worker (library, own prompts and history are read there)."""
        if not self.session.is_open:
            return
        self._stale = False
        ensure_seed(self.session)
        self._load_choices()
        settings = rotation_settings(self.session)
        library = self._library
        day = self.today
        self._generation += 1
        generation = self._generation

        def work(vault):
            lib = library or load_prompt_library()
            prompts = merge_prompts(lib.prompts, vault.personal_prompts.all())
            history = vault.prompt_events.history()
            chosen = prompt_of_the_day(day, prompts, history, settings)
            if chosen is not None and not any(e.day == day and e.prompt_id == chosen.id for e in history):
                vault.prompt_events.record(PromptEvent(day, chosen.id, "shown"))  # stays for the day
            return lib, chosen

        def done(result):
            if generation != self._generation:
                return
            self._library, chosen = result
            self._label_categories()
            if chosen is None:
                if not settings.enabled:
                    self._show(None, self.tr("The prompt of the day is turned off. You can turn it on again "
                                             "under Prompt choices."))
                else:
                    self._show(None, self.tr("No more prompts today. You can always write without one, "
                                             "or come back tomorrow."))
            else:
                self._show(chosen, "")

        self.session.run(work, done, self._show_error, name="prompt of the day")

    def _show_error(self, error: BaseException) -> None:
        self._show(None, str(error) if isinstance(error, CompanionError) else self.tr("Prompts could not be loaded."))

    def _show(self, prompt: Prompt | None, message: str) -> None:
        self.prompt = prompt
        self.message.setText(message)
        self.message.setVisible(bool(message))
        has = prompt is not None
        note = prompt.content_note_for(language()) if prompt else None
        self.note.setText(self.tr("Content note: %1").replace("%1", note) if note else "")
        self.note.setVisible(bool(note))
        self.reveal_button.setVisible(bool(note))
        self.text.setText(prompt.text_for(language()) if has and not note else "")
        self.text.setVisible(has and not note)
        title = ""
        if has and self._library is not None:
            title = self._library.title(prompt.category)
            if prompt.personal:
                title = self.tr("%1 · one of your own").replace("%1", title)
        self.category.setText(title)
        self.category.setVisible(has and not note)
        self.write_button.setVisible(has)
        self.skip_button.setVisible(has)
        self.intro.setVisible(not message)

    def _reveal(self) -> None:
        if self.prompt is None:
            return
        self.text.setText(self.prompt.text_for(language()))
        self.text.setVisible(True)
        self.category.setVisible(True)
        self.reveal_button.setVisible(False)
        self.write_button.setFocus()

    def skip(self) -> None:
        prompt, day = self.prompt, self.today
        if prompt is None:
            return
        self.session.run(lambda v: v.prompt_events.record(PromptEvent(day, prompt.id, "skipped")),
                         lambda _r: self.refresh(), self._show_error, name="skip prompt")

    def write(self) -> None:
        prompt, day = self.prompt, self.today
        if prompt is None:
            return
        self.session.run(lambda v: v.prompt_events.record(PromptEvent(day, prompt.id, "used")),
                         on_error=lambda _e: None, name="prompt used")
        self.written.emit(prompt)
        self._write(prompt)

    # -- choices --------------------------------------------------------------------------------
    def _on_choices_toggled(self, on: bool) -> None:
        self.choices.setVisible(on)
        self.choices_button.setAccessibleName(self.tr("Hide prompt choices") if on else self.tr("Show prompt choices"))

    def _label_categories(self) -> None:
        if self._library is None:
            return
        for category, check in self.category_checks.items():
            title = self._library.title(category)
            check.setText(title)
            check.setAccessibleName(self.tr("Offer prompts about %1").replace("%1", title))

    def _load_choices(self) -> None:
        self._loading_choices = True
        try:
            self.daily_check.setChecked(bool(prefs.get(self.session, prefs.PROMPTS_DAILY)))
            self.notes_check.setChecked(bool(prefs.get(self.session, prefs.PROMPTS_CONTENT_NOTES)))
            excluded = set(prefs.get(self.session, prefs.PROMPTS_EXCLUDED) or ())
            for category, check in self.category_checks.items():
                check.setChecked(category not in excluded)
                check.setEnabled(self.daily_check.isChecked())
            self.notes_check.setEnabled(self.daily_check.isChecked())
        finally:
            self._loading_choices = False

    def _set(self, key: str, value) -> None:
        if self._loading_choices or not self.session.is_open:
            return
        self.session.set_setting(key, value)  # setting_changed brings the new prompt

    def _on_category_toggled(self, _on: bool) -> None:
        excluded = sorted(c for c, check in self.category_checks.items() if not check.isChecked())
        self._set(prefs.PROMPTS_EXCLUDED, excluded)

    def set_enabled(self, on: bool) -> None:
        """Turn the prompt of the day on or off (the same as the checkbox)."""
        self.daily_check.setChecked(on)

    def forget(self) -> None:
        self._generation += 1
        self._stale = True
        self.choices_button.setChecked(False)
        self._show(None, "")
        self.message.setVisible(False)


class PromptsWidget(QWidget):
    """Browse every prompt, write with any of them, and keep prompts of one's own."""

    prompts_changed = Signal()

    def __init__(self, session: Session, write_with_prompt: WritePrompt, parent: QWidget | None = None):
        super().__init__(parent)
        self.session = session
        self._write = write_with_prompt
        self._library: PromptLibrary | None = None
        self._all: list[Prompt] = []
        self._editing_id: str | None = None
        self.model = PromptListModel(self._category_title, self)

        left, left_lay = card(16)
        left_lay.addWidget(label(self.tr("Prompts"), "heading"))
        left_lay.addWidget(label(self.tr("Any of these can start an entry. Prompts with a content note say so "
                                         "first."), "muted"))
        self.filter_combo = named(QComboBox(), self.tr("Show prompts about"))
        self.filter_combo.currentIndexChanged.connect(lambda _i: self._apply_filter())
        filter_row = QHBoxLayout()
        filter_row.addWidget(label(self.tr("Show"), wrap=False, buddy=self.filter_combo))
        filter_row.addWidget(self.filter_combo, 1)
        left_lay.addLayout(filter_row)
        self.list_view = named(QListView(), self.tr("Prompts"))
        self.list_view.setModel(self.model)
        self.list_view.setWordWrap(True)
        self.list_view.setSpacing(2)
        self.list_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list_view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list_view.activated.connect(lambda _i: self.write_selected())
        self.list_view.selectionModel().currentChanged.connect(lambda *_a: self._update_buttons())
        left_lay.addWidget(self.list_view, 1)
        self.write_button = button(self.tr("Write with this prompt"), self.tr("Write with the chosen prompt"))
        self.write_button.clicked.connect(self.write_selected)
        self.edit_button = button(self.tr("Edit"), self.tr("Edit this prompt of yours"))
        self.edit_button.clicked.connect(self.edit_selected)
        self.remove_button = button(self.tr("Remove"), self.tr("Remove this prompt of yours"))
        self.remove_button.clicked.connect(self.remove_selected)
        row = QHBoxLayout()
        for b in (self.write_button, self.edit_button, self.remove_button):
            row.addWidget(b)
        row.addStretch(1)
        left_lay.addLayout(row)

        right, right_lay = card(16)
        self.form_heading = label(self.tr("A prompt of your own"), "heading")
        right_lay.addWidget(self.form_heading)
        right_lay.addWidget(label(self.tr("Your prompts stay in your journal and can come up as the prompt of "
                                          "the day."), "muted"))
        self.category_combo = named(QComboBox(), self.tr("Category"))
        self.text_edit = named(QPlainTextEdit(), self.tr("Prompt text"))
        self.text_edit.setTabChangesFocus(True)
        self.text_edit.setPlaceholderText(self.tr("e.g. What is one thing I did today that took courage?"))
        self.text_edit.setMaximumHeight(110)
        self.note_edit = named(QLineEdit(), self.tr("Content note (optional)"))
        self.note_edit.setMaxLength(MAX_CONTENT_NOTE_LEN)
        self.note_edit.setPlaceholderText(self.tr("Optional: a heads-up shown before the prompt"))
        form = QGridLayout()
        form.setHorizontalSpacing(10)
        for r, (text, widget) in enumerate(((self.tr("Category"), self.category_combo),
                                            (self.tr("Prompt"), self.text_edit),
                                            (self.tr("Content note"), self.note_edit))):
            form.addWidget(label(text, wrap=False, buddy=widget), r, 0, Qt.AlignmentFlag.AlignTop)
            form.addWidget(widget, r, 1)
        right_lay.addLayout(form)
        self.save_button = button(self.tr("Save prompt"), self.tr("Save this prompt"))
        self.save_button.clicked.connect(self.save)
        self.cancel_button = button(self.tr("Cancel"), self.tr("Cancel editing this prompt"))
        self.cancel_button.clicked.connect(self.reset_form)
        self.cancel_button.setVisible(False)
        self.status = label("", "status")
        self.status.setAccessibleName(self.tr("Prompt status"))
        brow = QHBoxLayout()
        brow.addWidget(self.save_button)
        brow.addWidget(self.cancel_button)
        brow.addWidget(self.status, 1)
        right_lay.addLayout(brow)
        right_lay.addStretch(1)

        lay = QHBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.setSpacing(12)
        lay.addWidget(left, 3)
        lay.addWidget(right, 2)
        self._update_buttons()
        session.locked.connect(lambda _r: self.forget())

    def _category_title(self, category: str) -> str:
        return self._library.title(category) if self._library else category

    def refresh(self) -> None:
        library = self._library

        def work(vault):
            lib = library or load_prompt_library()
            return lib, merge_prompts(lib.prompts, vault.personal_prompts.all())

        def done(result):
            first = self._library is None
            self._library, self._all = result
            if first or self.filter_combo.count() == 0:
                self._fill_combos()
            self._apply_filter()

        self.session.run(work, done, lambda e: self._set_status(_sentence(e, self.tr("Prompts could not be loaded."))),
                         name="prompts")

    def _fill_combos(self) -> None:
        self.filter_combo.blockSignals(True)
        self.filter_combo.clear()
        self.filter_combo.addItem(self.tr("Everything"), "")
        self.filter_combo.addItem(self.tr("My own prompts"), "mine")
        self.category_combo.clear()
        for category in self._library.categories:
            self.filter_combo.addItem(category.title, category.id)
            self.category_combo.addItem(category.title, category.id)
        self.filter_combo.blockSignals(False)

    def _apply_filter(self) -> None:
        wanted = self.filter_combo.currentData()
        if wanted == "mine":
            rows = [p for p in self._all if p.personal]
        elif wanted:
            rows = [p for p in self._all if p.category == wanted]
        else:
            rows = list(self._all)
        self.model.set_rows(rows)
        self._update_buttons()

    def selected(self) -> Prompt | None:
        index = self.list_view.currentIndex()
        return index.data(Roles.Item) if index.isValid() else None

    def _update_buttons(self) -> None:
        prompt = self.selected()
        self.write_button.setEnabled(prompt is not None)
        self.edit_button.setEnabled(prompt is not None and prompt.personal)
        self.remove_button.setEnabled(prompt is not None and prompt.personal)

    def write_selected(self) -> None:
        prompt = self.selected()
        if prompt is not None:
            self._write(prompt)

    def edit_selected(self) -> None:
        prompt = self.selected()
        if prompt is None or not prompt.personal:
            return
        self._editing_id = prompt.id
        self.category_combo.setCurrentIndex(max(0, self.category_combo.findData(prompt.category)))
        self.text_edit.setPlainText(prompt.text)
        self.note_edit.setText(prompt.content_note or "")
        self.form_heading.setText(self.tr("Editing a prompt of yours"))
        self.cancel_button.setVisible(True)
        self.text_edit.setFocus()

    def save(self) -> None:
        prompt_id = self._editing_id or f"my-{secrets.token_hex(4)}"
        try:
            prompt = make_personal_prompt(prompt_id, self.category_combo.currentData() or CATEGORIES[0],
                                          self.text_edit.toPlainText(), self.note_edit.text().strip() or None)
        except CompanionError as error:
            self._set_status(str(error))
            return

        def done(_r):
            self.reset_form()
            self._set_status(self.tr("Saved."))
            self.refresh()
            self.prompts_changed.emit()

        self.session.run(lambda v: v.personal_prompts.save(prompt), done,
                         lambda e: self._set_status(_sentence(e, self.tr("That prompt could not be saved."))),
                         name="save prompt")

    def remove_selected(self) -> None:
        prompt = self.selected()
        if prompt is None or not prompt.personal:
            return

        def done(_r):
            self._set_status(self.tr("Removed."))
            self.refresh()
            self.prompts_changed.emit()

        self.session.run(lambda v: v.personal_prompts.remove(prompt.id), done,
                         lambda e: self._set_status(_sentence(e, self.tr("That did not work."))), name="remove prompt")

    def reset_form(self) -> None:
        self._editing_id = None
        self.text_edit.setPlainText("")
        self.text_edit.document().clearUndoRedoStacks()
        self.note_edit.setText("")
        self.form_heading.setText(self.tr("A prompt of your own"))
        self.cancel_button.setVisible(False)

    def _set_status(self, text: str) -> None:
        self.status.setText(text)

    def forget(self) -> None:
        self._all = []
        self.model.clear()
        self.reset_form()
        self._set_status("")
        self._update_buttons()


def _sentence(error: BaseException, fallback: str) -> str:
    return str(error) if isinstance(error, CompanionError) else fallback
