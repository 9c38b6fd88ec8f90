"""The entry editor and its autosave.

Typing never waits on disk: edits mark the entry dirty and restart a short debounce;
when it fires, the GUI thread takes a snapshot of the fields (a copy of the text,
measured) and the database worker writes it. Saves are queued in order on the single
worker, and share one reference to the entry's id, so a first save that creates the
entry and the saves queued behind it always agree on which row they write. Besides
the debounce, the editor saves on switching entries, on focus loss, on lock, on quit
and on quick exit.
"""

from __future__ import annotations

import time
from datetime import datetime

from PySide6.QtCore import QDateTime, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateTimeEdit,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QStackedWidget,
    QTextBrowser,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from companion.errors import CompanionError
from companion.journal.model import Entry, EntryDraft, EntrySummary, ShareState
from companion.store.entries import PREVIEW_CHARS
from companion.ui.session import Session
from companion.ui.widgets.common import label, named
from companion.ui.widgets.reflow import FlowLayout, same_width
from companion.ui.widgets.markdown_edit import MarkdownEdit
from companion.ui.widgets.tag_edit import TagEdit

DEBOUNCE_MS = 700
MAX_DELAY_S = 4.0
DATE_FORMAT = "yyyy-MM-dd HH:mm"


class _EntryRef:
    """The id of the entry being edited; set by the worker when the first save creates it."""

    __slots__ = ("id",)

    def __init__(self, entry_id: int | None = None):
        self.id = entry_id


def _save(vault, ref: _EntryRef, draft: EntryDraft):
    if ref.id is None:
        if not (draft.body.strip() or draft.title.strip()):
            return None  # an empty new entry is not worth a row
        entry = vault.entries.add(draft)
        ref.id = entry.id
        return entry, True
    return vault.entries.update(ref.id, draft), False


def summary_of(entry: Entry) -> EntrySummary:
    return EntrySummary(
        id=entry.id, entry_date=entry.entry_date, title=entry.title,
        preview=" ".join(entry.body[:PREVIEW_CHARS].split()), tags=entry.tags, pinned=entry.pinned,
        share_state=entry.share_state, has_content_note=bool(entry.content_note),
    )


class EntryEditor(QWidget):
    saved = Signal(object, bool)  # EntrySummary, created
    deleted = Signal(int)
    status_changed = Signal(str)

    def __init__(self, session: Session, parent: QWidget | None = None):
        super().__init__(parent)
        self.session = session
        self._ref = _EntryRef()
        self._loading = False
        self._dirty = False
        self._dirty_since = 0.0
        self._prompt_id: str | None = None
        self._wanted_id: int | None = None
        self._focus_on_show = False
        self.metrics: dict[str, list[float]] = {"snapshot_ms": [], "save_ms": []}

        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(DEBOUNCE_MS)
        self._debounce.timeout.connect(lambda: self.save_now("typing"))
        self._count_timer = QTimer(self)
        self._count_timer.setSingleShot(True)
        self._count_timer.setInterval(300)
        self._count_timer.timeout.connect(self._update_word_count)

        self._build()
        self._connect_changes()
        self.new_entry()

    # -- layout ---------------------------------------------------------------------
    def _build(self) -> None:
        self.title_edit = named(QLineEdit(), self.tr("Entry title"))
        self.title_edit.setObjectName("TitleEdit")
        self.title_edit.setPlaceholderText(self.tr("Title (optional)"))

        self.body = named(MarkdownEdit(), self.tr("Entry text"),
                          self.tr("Markdown. Ctrl+B bold, Ctrl+I italic, Ctrl+Shift+H heading, "
                                  "Ctrl+Shift+L list, Ctrl+Shift+Q quote."))
        self.body.setPlaceholderText(self.tr("Write whatever you need to. It stays on this device, encrypted."))
        self.preview = named(QTextBrowser(), self.tr("Formatted preview"))
        self.preview.setOpenLinks(False)
        self.preview.setOpenExternalLinks(False)
        self.preview.setUndoRedoEnabled(False)
        # A gentle gate for entries that carry a content note: the words stay hidden until asked for.
        self.gate = QWidget()
        gate_lay = QVBoxLayout(self.gate)
        gate_lay.setContentsMargins(24, 24, 24, 24)
        self.gate_text = label("", "heading")
        self.gate_text.setAccessibleName(self.tr("Content note"))
        self.gate_button = named(QPushButton(self.tr("Show this entry")), self.tr("Show this entry"))
        self.gate_button.setAutoDefault(True)
        self.gate_button.clicked.connect(self.reveal)
        gate_row = QHBoxLayout()
        gate_row.addWidget(self.gate_button)
        gate_row.addStretch(1)
        gate_lay.addWidget(self.gate_text)
        gate_lay.addWidget(label(self.tr("You can open it when you feel ready, or choose another entry."), "muted"))
        gate_lay.addLayout(gate_row)
        gate_lay.addStretch(1)
        self.body_stack = QStackedWidget()
        self.body_stack.addWidget(self.body)
        self.body_stack.addWidget(self.preview)
        self.body_stack.addWidget(self.gate)

        # The toolbar wraps onto a second row when it runs out of width (200% text, a narrow window);
        # its groups stay together and keep their order, so Tab still goes B, I, H, … Preview.
        self.format_buttons: dict[str, QToolButton] = {}
        format_group = QHBoxLayout()
        format_group.setContentsMargins(0, 0, 0, 0)
        format_group.setSpacing(4)
        for key, text, tip in (
            ("bold", "B", self.tr("Bold (Ctrl+B)")),
            ("italic", "I", self.tr("Italic (Ctrl+I)")),
            ("heading", "H", self.tr("Heading (Ctrl+Shift+H)")),
            ("list", self.tr("List"), self.tr("Bulleted list (Ctrl+Shift+L)")),
            ("quote", self.tr("Quote"), self.tr("Quote (Ctrl+Shift+Q)")),
        ):
            b = QToolButton()
            b.setText(text)
            b.setToolTip(tip)
            named(b, self.body.actions_by_name[key].text())
            b.clicked.connect(self.body.actions_by_name[key].trigger)
            b.clicked.connect(self.body.setFocus)
            if key == "bold":
                f = b.font()
                f.setBold(True)
                b.setFont(f)
            elif key == "italic":
                f = b.font()
                f.setItalic(True)
                b.setFont(f)
            self.format_buttons[key] = b
            format_group.addWidget(b)
        self.undo_button = named(QToolButton(), self.tr("Undo"))
        self.undo_button.setText(self.tr("Undo"))
        self.undo_button.setToolTip(self.tr("Undo (Ctrl+Z)"))
        self.undo_button.clicked.connect(self.body.undo)
        self.redo_button = named(QToolButton(), self.tr("Redo"))
        self.redo_button.setText(self.tr("Redo"))
        self.redo_button.setToolTip(self.tr("Redo (Ctrl+Shift+Z)"))
        self.redo_button.clicked.connect(self.body.redo)
        self.body.undoAvailable.connect(self.undo_button.setEnabled)
        self.body.redoAvailable.connect(self.redo_button.setEnabled)
        self.undo_button.setEnabled(False)
        self.redo_button.setEnabled(False)
        self.preview_button = named(QToolButton(), self.tr("Show formatted preview"))
        self.preview_button.setText(self.tr("Preview"))
        self.preview_button.setToolTip(self.tr("Formatted preview (Ctrl+Shift+P)"))
        self.preview_button.setCheckable(True)
        self.preview_button.toggled.connect(self._on_preview_toggled)
        undo_group = QHBoxLayout()
        undo_group.setContentsMargins(0, 0, 0, 0)
        undo_group.setSpacing(4)
        undo_group.addWidget(self.undo_button)
        undo_group.addWidget(self.redo_button)
        tools = QWidget()
        tools_flow = FlowLayout(tools, spacing=14, row_spacing=4)
        for group in (format_group, undo_group):
            holder = QWidget()
            holder.setLayout(group)
            tools_flow.addWidget(holder)
        tools_flow.addWidget(self.preview_button)
        self.status = label("", "status")
        self.status.setAccessibleName(self.tr("Save status"))
        self.status.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        bar = QHBoxLayout()
        bar.setSpacing(8)
        bar.addWidget(tools, 1)
        bar.addWidget(self.status)

        self.word_count = label("", "muted", wrap=False)

        # details
        self.date_edit = named(QDateTimeEdit(), self.tr("Entry date"))
        self.date_edit.setDisplayFormat(DATE_FORMAT)
        self.date_edit.setCalendarPopup(True)
        self.share_combo = named(QComboBox(), self.tr("Share state"))
        for state, text in (
            (ShareState.PRIVATE, self.tr("Private")),
            (ShareState.MAYBE, self.tr("Maybe share")),
            (ShareState.READY, self.tr("Ready to share")),
        ):
            self.share_combo.addItem(text, state.value)
        self.tags_edit = named(TagEdit(), self.tr("Tags"), self.tr("Separate tags with commas"))
        self.tags_edit.setPlaceholderText(self.tr("e.g. sleep, small wins"))
        self.note_edit = named(QLineEdit(), self.tr("Content note"),
                               self.tr("A short warning shown before this entry, for your future self"))
        self.note_edit.setPlaceholderText(self.tr("Optional: a gentle heads-up about what this entry holds"))
        self.pinned_check = named(QCheckBox(self.tr("Pinned")), self.tr("Pinned"))
        self.never_check = named(QCheckBox(self.tr("Never resurface")), self.tr("Never resurface"),
                                 self.tr("Keep this entry out of reminders and look-backs"))
        self.delete_button = named(QPushButton(self.tr("Move to Recently deleted")), self.tr("Delete entry"))
        self.delete_button.setAutoDefault(False)
        self.delete_button.clicked.connect(self.delete_current)

        # The details flow like the toolbar: each label stays with its field, rows wrap when the width
        # runs out, and Tab goes row by row (date, share, pinned, tags, never resurface, note, delete).
        def field(text: str, widget: QWidget) -> tuple[QWidget, QLabel]:
            lab = QLabel(text)
            lab.setBuddy(widget)
            holder = QWidget()
            row = QHBoxLayout(holder)
            row.setContentsMargins(0, 0, 0, 0)
            row.setSpacing(10)
            row.addWidget(lab)
            row.addWidget(widget, 1)
            holder.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
            return holder, lab

        date_field, date_label = field(self.tr("Date"), self.date_edit)
        share_field, _share_label = field(self.tr("Share"), self.share_combo)
        tags_field, tags_label = field(self.tr("Tags"), self.tags_edit)
        note_field, note_label = field(self.tr("Content note"), self.note_edit)
        same_width(date_label, tags_label, note_label)  # the fields line up while the rows fit
        self.details = QWidget()
        details = QVBoxLayout(self.details)
        details.setContentsMargins(0, 0, 0, 0)
        details.setSpacing(6)
        for items in ((date_field, share_field, self.pinned_check), (tags_field, self.never_check),
                      (note_field, self.delete_button)):
            flow = FlowLayout(spacing=10, row_spacing=6)
            for item in items:
                flow.addWidget(item)
            details.addLayout(flow)

        # The prompt a new entry was started from (reflection toolkit, issue 5); hidden otherwise.
        self.prompt_banner = label("")
        self.prompt_banner.setAccessibleName(self.tr("Writing prompt"))
        self.prompt_banner.setVisible(False)
        banner_font = self.prompt_banner.font()
        banner_font.setItalic(True)
        self.prompt_banner.setFont(banner_font)

        lay = QVBoxLayout(self)
        lay.setContentsMargins(4, 0, 0, 0)
        lay.setSpacing(8)
        lay.addWidget(self.prompt_banner)
        lay.addWidget(self.title_edit)
        lay.addLayout(bar)
        lay.addWidget(self.body_stack, 1)
        lay.addWidget(self.word_count)
        lay.addWidget(self.details)

        from PySide6.QtGui import QAction, QKeySequence

        toggle = QAction(self)
        toggle.setShortcut(QKeySequence("Ctrl+Shift+P"))
        toggle.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        toggle.triggered.connect(self.preview_button.toggle)
        self.addAction(toggle)

    def _connect_changes(self) -> None:
        self.title_edit.textEdited.connect(self._on_changed)
        self.body.textChanged.connect(self._on_body_changed)
        self.tags_edit.textEdited.connect(self._on_changed)
        self.note_edit.textEdited.connect(self._on_changed)
        self.date_edit.dateTimeChanged.connect(self._on_changed)
        self.share_combo.currentIndexChanged.connect(self._on_changed)
        self.pinned_check.toggled.connect(self._on_changed)
        self.never_check.toggled.connect(self._on_changed)
        self.body.focus_lost.connect(lambda: self.save_now("focus"))
        self.title_edit.editingFinished.connect(lambda: self.save_now("focus"))

    # -- state -----------------------------------------------------------------------
    @property
    def current_id(self) -> int | None:
        return self._ref.id

    @property
    def dirty(self) -> bool:
        return self._dirty

    def _on_body_changed(self) -> None:
        if self._loading:
            return
        self._count_timer.start()
        self._on_changed()

    def _on_changed(self, *_args) -> None:
        if self._loading:
            return
        if not self._dirty:
            self._dirty = True
            self._dirty_since = time.monotonic()
            self._set_status(self.tr("Not saved yet"))
        if time.monotonic() - self._dirty_since >= MAX_DELAY_S:
            self.save_now("typing")  # long bursts of typing still save every few seconds
        else:
            self._debounce.start()

    def _set_status(self, text: str) -> None:
        self.status.setText(text)
        self.status_changed.emit(text)

    def _update_word_count(self) -> None:
        words = len(self.body.toPlainText().split())
        text = self.tr("1 word") if words == 1 else self.tr("%n words", "", words)
        self.word_count.setText(text)
        self.word_count.setAccessibleName(text)

    # -- saving ----------------------------------------------------------------------
    def snapshot(self) -> EntryDraft:
        return EntryDraft(
            body=self.body.markdown(),
            title=self.title_edit.text(),
            tags=self.tags_edit.tags(),
            entry_date=self.date_edit.dateTime().toString(DATE_FORMAT),
            pinned=self.pinned_check.isChecked(),
            share_state=ShareState(self.share_combo.currentData()),
            content_note=self.note_edit.text().strip(),
            never_resurface=self.never_check.isChecked(),
            prompt_id=self._prompt_id,
        )

    def save_now(self, reason: str = "") -> bool:
        """Queue a save of the current fields if anything changed. Never blocks on disk."""
        self._debounce.stop()
        if not self._dirty or not self.session.is_open:
            return False
        start = time.perf_counter()
        draft = self.snapshot()
        self.metrics["snapshot_ms"].append((time.perf_counter() - start) * 1000)
        self._dirty = False
        ref = self._ref
        self._set_status(self.tr("Saving…"))
        task = None

        def done(result):
            if task is not None:
                self.metrics["save_ms"].append(task.elapsed * 1000)
            if ref is self._ref and not self._dirty:
                self._set_status(self.tr("Saved") if result is not None else "")
            if result is not None:
                entry, created = result
                self.saved.emit(summary_of(entry), created)

        def failed(error):
            if ref is self._ref:
                self._dirty = True  # try again with the next change or the next trigger
                sentence = str(error) if isinstance(error, CompanionError) else self.tr("Something went wrong.")
                self._set_status(self.tr("Not saved: %1 Your words are still here.").replace("%1", sentence))

        task = self.session.run(lambda v: _save(v, ref, draft), done, failed, name="autosave")
        return True

    # -- switching entries -------------------------------------------------------------
    def new_entry(self, prompt_id: str | None = None) -> None:
        self.save_now("switch")
        self._wanted_id = None
        self._ref = _EntryRef()
        self._prompt_id = prompt_id
        self._fill(title="", body="", tags=(), when=datetime.now(), pinned=False,
                   share=ShareState.PRIVATE, note="", never=False)
        self._set_status("")

    def new_entry_from_prompt(self, prompt_id: str, prompt_text: str) -> None:
        """A new entry with a prompt attached (saved as prompt_id) and its text shown above (issue 5)."""
        self.new_entry(prompt_id)
        self.prompt_banner.setText(self.tr("Prompt: %1").replace("%1", prompt_text))
        self.prompt_banner.setVisible(True)

    def open_entry(self, entry_id: int) -> None:
        if entry_id == self._ref.id and self._wanted_id is None:
            return
        self.save_now("switch")
        self._wanted_id = entry_id

        def shown(entry: Entry):
            if self._wanted_id != entry.id:
                return  # another entry was chosen meanwhile
            self._wanted_id = None
            self._ref = _EntryRef(entry.id)
            self._prompt_id = entry.prompt_id
            when = datetime.strptime(entry.entry_date, "%Y-%m-%d %H:%M")
            self._fill(title=entry.title, body=entry.body, tags=entry.tags, when=when, pinned=entry.pinned,
                       share=entry.share_state, note=entry.content_note, never=entry.never_resurface)
            self._set_status("")
            self._apply_pending_focus()

        def failed(error):
            self._wanted_id = None
            self._set_status(str(error) if isinstance(error, CompanionError) else self.tr("That entry could not be opened."))

        self.session.run(lambda v: v.entries.get(entry_id), shown, failed, name="open entry")

    def _fill(self, *, title, body, tags, when: datetime, pinned, share, note, never) -> None:
        self.prompt_banner.setVisible(False)  # (new_entry_from_prompt shows it again)
        self.prompt_banner.setText("")
        self._loading = True
        try:
            self.title_edit.setText(title)
            self.body.set_markdown(body)
            self.tags_edit.set_tags(tags)
            self.date_edit.setDateTime(QDateTime(when.year, when.month, when.day, when.hour, when.minute, 0))
            self.share_combo.setCurrentIndex(max(0, self.share_combo.findData(ShareState(share).value)))
            self.pinned_check.setChecked(pinned)
            self.never_check.setChecked(never)
            self.note_edit.setText(note)
            self.preview_button.setChecked(False)
            self.preview.clear()
            if note:
                self.gate_text.setText(self.tr("Content note: %1").replace("%1", note))
                self.body_stack.setCurrentWidget(self.gate)
            else:
                self.gate_text.setText("")
                self.body_stack.setCurrentWidget(self.body)
        finally:
            self._loading = False
        self._dirty = False
        self._debounce.stop()
        self._update_word_count()

    def delete_current(self) -> None:
        """Move the open entry to Recently deleted (undoable), then start a fresh page."""
        self.save_now("delete")
        ref = self._ref

        def work(vault):
            if ref.id is None:
                return None
            vault.entries.delete(ref.id)
            return ref.id

        def done(entry_id):
            if entry_id is not None:
                self.deleted.emit(entry_id)

        self.session.run(work, done, name="delete entry")
        self._dirty = False
        self._ref = _EntryRef()
        self.new_entry()

    def focus_when_shown(self) -> None:
        """Move focus into the entry once it has loaded (the gate's button if it has a note)."""
        self._focus_on_show = True
        if self._wanted_id is None:
            self._apply_pending_focus()

    def _apply_pending_focus(self) -> None:
        if self._focus_on_show:
            self._focus_on_show = False
            (self.gate_button if self.gated else self.body).setFocus()

    @property
    def gated(self) -> bool:
        return self.body_stack.currentWidget() is self.gate

    def reveal(self) -> None:
        """Show the entry behind its content note."""
        self.gate_text.setText("")
        self.body_stack.setCurrentWidget(self.body)
        self.body.setFocus()

    # -- preview --------------------------------------------------------------------------
    def _on_preview_toggled(self, on: bool) -> None:
        if self.gated:
            if on:
                self.preview_button.setChecked(False)
            return
        if on:
            self.preview.setMarkdown(self.body.markdown())
            self.body_stack.setCurrentWidget(self.preview)
            self.preview_button.setAccessibleName(self.tr("Back to editing"))
        else:
            self.preview.clear()
            self.body_stack.setCurrentWidget(self.body)
            self.preview_button.setAccessibleName(self.tr("Show formatted preview"))

    # -- lock -------------------------------------------------------------------------------
    def forget(self) -> None:
        """Drop everything shown, including undo history (after the final save was queued)."""
        self._debounce.stop()
        self._count_timer.stop()
        self._wanted_id = None
        self._ref = _EntryRef()
        self.prompt_banner.setVisible(False)
        self.prompt_banner.setText("")
        self._loading = True
        try:
            self.title_edit.setText("")
            self.body.forget()
            self.tags_edit.set_tags(())
            self.tags_edit.set_known_tags([])
            self.note_edit.setText("")
            self.preview_button.setChecked(False)
            self.preview.clear()
            self.gate_text.setText("")
            self.body_stack.setCurrentWidget(self.body)
        finally:
            self._loading = False
        self._dirty = False
        self._set_status("")
        self.word_count.setText("")
