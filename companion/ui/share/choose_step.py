"""Step 1 of the share wizard: which entries, whole or only some passages, and optional sections.

Keyboard path: the search box (Down moves into the list); in the list, Space chooses or
un-chooses an entry and Enter opens it on the right; there, select text with Shift and
the arrow keys and press Ctrl+E to add it as a passage. Chosen passages are shown as
highlighted *and underlined* ranges and listed by their words below the text, so the
choice never rests on colour alone. Ctrl+Tab moves to "More to bring".
"""

from __future__ import annotations

from dataclasses import dataclass, field

from PySide6.QtCore import QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QColor, QKeySequence, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QListView,
    QPlainTextEdit,
    QRadioButton,
    QScrollArea,
    QSplitter,
    QTableView,
    QTabWidget,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from companion.export.selection import index_from_utf16, snap_to_words, utf16_from_index
from companion.journal.model import ShareState
from companion.ui.models.entry_list import Roles
from companion.ui.share.models import (
    ExerciseChoiceModel,
    PassageListModel,
    RecordChoiceModel,
    ShareEntryModel,
)
from companion.ui.share.radios import tab_reachable_radios
from companion.ui.widgets.common import button, label, named
from companion.ui.widgets.entry_delegate import EntryDelegate

SEARCH_DEBOUNCE_MS = 200
OPEN_DEBOUNCE_MS = 120
TREND_PERIODS = (14, 28, 91)  # days


@dataclass
class EntryPick:
    """How one entry is chosen: whole, or only these passages (code-point ranges of its body)."""

    whole: bool = True
    spans: list[tuple[int, int]] = field(default_factory=list)


def merge(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    merged: list[tuple[int, int]] = []
    for start, end in sorted(spans):
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged


class _SearchEdit(QLineEdit):
    go_down = Signal()

    def keyPressEvent(self, event) -> None:
        if event.key() == Qt.Key.Key_Down:
            self.go_down.emit()
            return
        if event.key() == Qt.Key.Key_Escape and self.text():
            self.setText("")
            return
        super().keyPressEvent(event)


class _EntryList(QListView):
    escape_pressed = Signal()

    def keyPressEvent(self, event) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self.escape_pressed.emit()
            return
        super().keyPressEvent(event)


class _ShareEntryDelegate(EntryDelegate):
    """The journal's row look; choosing is by keyboard (Space) or the "Share this entry" box,
    never by clicking an invisible check box area."""

    def editorEvent(self, event, model, option, index) -> bool:
        from PySide6.QtCore import QEvent

        if event.type() in (QEvent.Type.MouseButtonPress, QEvent.Type.MouseButtonRelease,
                            QEvent.Type.MouseButtonDblClick):
            return False
        return super().editorEvent(event, model, option, index)


class ChooseStep(QWidget):
    """Holds the picks; the wizard reads `picks`, `sections_state()` and asks for entry bodies."""

    search_changed = Signal()  # the wizard reloads the entry model
    entry_requested = Signal(int)  # open this entry's text (the wizard fetches it)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.picks: dict[int, EntryPick] = {}
        self.bodies: dict[int, str] = {}  # bodies of entries opened here (dropped on lock)
        self.titles: dict[int, str] = {}
        self.current_id: int | None = None
        self._focus_when_shown = False
        self.entries = ShareEntryModel(parent=self)
        self.passages = PassageListModel(self)
        self.exercises = ExerciseChoiceModel(self)
        self.records = RecordChoiceModel(self)
        self.entries.choice_toggled.connect(self._on_entries_choice_toggled)
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DEBOUNCE_MS)
        self._search_timer.timeout.connect(self.search_changed)
        self._open_timer = QTimer(self)
        self._open_timer.setSingleShot(True)
        self._open_timer.setInterval(OPEN_DEBOUNCE_MS)
        self._open_timer.timeout.connect(self._request_current)
        self._build()

    # -- layout ---------------------------------------------------------------------------------------
    def _build(self) -> None:
        self.tabs = named(QTabWidget(), self.tr("What to share"))
        self.tabs.addTab(self._entries_tab(), self.tr("Entries"))
        self.tabs.addTab(self._more_tab(), self.tr("More to bring (optional)"))
        self.tabs.tabBar().setAccessibleName(self.tr("Entries, or more to bring"))
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(self.tabs)
        for keys, slot in (("Ctrl+E", self.add_selected_passage), ("Ctrl+F", self.focus_search)):
            action = QAction(self)
            action.setShortcut(QKeySequence(keys))
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            action.triggered.connect(slot)
            self.addAction(action)

    def _entries_tab(self) -> QWidget:
        self.search_edit = named(_SearchEdit(), self.tr("Search entries to share"),
                                 self.tr("Words, \"phrases\", tag:name, since:2026-01-31"))
        self.search_edit.setPlaceholderText(self.tr("Search (Ctrl+F)"))
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.textChanged.connect(lambda _t: self._search_timer.start())
        self.search_edit.returnPressed.connect(self.focus_list)
        self.search_edit.go_down.connect(self.focus_list)
        self.state_filter = named(QComboBox(), self.tr("Show entries by share state"))
        self.state_filter.addItem(self.tr("All, ready first"), "")
        for state, text in ((ShareState.READY, self.tr("Only ready to share")),
                            (ShareState.MAYBE, self.tr("Only maybe share")),
                            (ShareState.PRIVATE, self.tr("Only private"))):
            self.state_filter.addItem(text, state.value)
        self.state_filter.currentIndexChanged.connect(lambda _i: self.search_changed.emit())
        self.tag_filter = named(QComboBox(), self.tr("Show entries with a tag"))
        self.tag_filter.addItem(self.tr("Any tag"), "")
        self.tag_filter.currentIndexChanged.connect(lambda _i: self.search_changed.emit())
        for combo in (self.state_filter, self.tag_filter):
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(8)
        filters = QHBoxLayout()
        filters.addWidget(self.state_filter, 3)
        filters.addWidget(self.tag_filter, 2)

        self.list_view = named(_EntryList(), self.tr("Entries to choose from"),
                               self.tr("Space chooses or un-chooses an entry; Enter opens it to choose passages"))
        self.list_view.setItemDelegate(_ShareEntryDelegate(self.list_view))
        self.list_view.setModel(self.entries)
        self.list_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list_view.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.list_view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list_view.setUniformItemSizes(True)
        self.list_view.activated.connect(self._on_list_activated)
        self.list_view.escape_pressed.connect(self.focus_search)
        self.list_view.selectionModel().currentChanged.connect(self._on_current_changed)
        self.list_info = label("", "muted")
        self.chosen_info = label(self.tr("Nothing chosen yet."), "status")
        self.chosen_info.setAccessibleName(self.tr("What is chosen"))

        left = QWidget()
        ll = QVBoxLayout(left)
        ll.setContentsMargins(0, 0, 6, 0)
        ll.setSpacing(8)
        ll.addWidget(self.search_edit)
        ll.addLayout(filters)
        ll.addWidget(self.list_view, 1)
        ll.addWidget(self.list_info)
        ll.addWidget(self.chosen_info)

        # right: the entry, whole or passages
        self.entry_title = label(self.tr("Choose an entry on the left to see its text here."), "heading")
        self.include_check = named(QCheckBox(self.tr("Share this entry")), self.tr("Share this entry"))
        self.include_check.toggled.connect(self._on_include_toggled)
        self.whole_radio = named(QRadioButton(self.tr("The whole entry")), self.tr("Share the whole entry"))
        self.part_radio = named(QRadioButton(self.tr("Only passages I select")),
                                self.tr("Share only passages I select"))
        tab_reachable_radios([self.whole_radio, self.part_radio])
        self.whole_radio.setChecked(True)
        self.whole_radio.toggled.connect(self._on_mode_toggled)
        modes = QHBoxLayout()
        modes.addWidget(self.include_check)
        modes.addSpacing(12)
        modes.addWidget(self.whole_radio)
        modes.addWidget(self.part_radio)
        modes.addStretch(1)
        self.text_view = named(QPlainTextEdit(), self.tr("Entry text"),
                               self.tr("Select a passage with Shift and the arrow keys, then press Ctrl+E to add it"))
        self.text_view.setReadOnly(True)
        self.text_view.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByKeyboard
                                               | Qt.TextInteractionFlag.TextSelectableByMouse)
        self.text_view.setTabChangesFocus(True)
        self.text_view.selectionChanged.connect(self._update_buttons)
        self.add_passage = button(self.tr("Add selected passage"), self.tr("Add the selected text as a passage"),
                                  tooltip=self.tr("Add the selected text as a passage (Ctrl+E)"))
        self.add_passage.clicked.connect(self.add_selected_passage)
        self.hint = label(self.tr("Select text with the mouse, or with Shift and the arrow keys, then add it "
                                  "(Ctrl+E). Passages are widened to whole words."), "muted")
        self.passage_view = named(QListView(), self.tr("Chosen passages"))
        self.passage_view.setModel(self.passages)
        self.passage_view.setMaximumHeight(110)
        self.passage_view.selectionModel().currentChanged.connect(self._on_passage_current)
        self.remove_passage = button(self.tr("Remove passage"), self.tr("Remove the selected passage"))
        self.remove_passage.clicked.connect(self._remove_current_passage)
        passage_row = QHBoxLayout()
        passage_row.addWidget(self.add_passage)
        passage_row.addWidget(self.remove_passage)
        passage_row.addStretch(1)

        right = QWidget()
        rl = QVBoxLayout(right)
        rl.setContentsMargins(6, 0, 0, 0)
        rl.setSpacing(8)
        rl.addWidget(self.entry_title)
        rl.addLayout(modes)
        rl.addWidget(self.text_view, 1)
        rl.addWidget(self.hint)
        rl.addLayout(passage_row)
        rl.addWidget(self.passage_view)

        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(left)
        self.splitter.addWidget(right)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setStretchFactor(0, 2)
        self.splitter.setStretchFactor(1, 3)
        self.splitter.setSizes([380, 560])
        holder = QWidget()
        hl = QVBoxLayout(holder)
        hl.setContentsMargins(8, 10, 8, 8)
        hl.addWidget(self.splitter)
        self.show_entry(None)
        return holder

    def _more_tab(self) -> QWidget:
        inner = QWidget()
        col = QVBoxLayout(inner)
        col.setContentsMargins(12, 12, 16, 16)
        col.setSpacing(10)
        col.addWidget(label(self.tr("Anything here is optional, and only what you tick goes out."), "muted"))

        self.trend_check = named(QCheckBox(self.tr("A short summary of my check-ins")),
                                 self.tr("Include a short summary of my check-ins"))
        self.trend_period = named(QComboBox(), self.tr("Check-in period"))
        for days, text in zip(TREND_PERIODS, (self.tr("the last 2 weeks"), self.tr("the last 4 weeks"),
                                              self.tr("the last 3 months"))):
            self.trend_period.addItem(text, days)
        self.trend_period.setCurrentIndex(1)
        self.trend_period.setEnabled(False)
        self.trend_check.toggled.connect(self.trend_period.setEnabled)
        row = QHBoxLayout()
        row.addWidget(self.trend_check)
        row.addWidget(self.trend_period)
        row.addStretch(1)
        col.addLayout(row)

        self.exercise_check = named(QCheckBox(self.tr("Exercises I practised, and which helped")),
                                    self.tr("Include exercises I practised"))
        self.exercise_view = named(QTableView(), self.tr("Exercises practised"),
                                   self.tr("Space ticks Include or This helped in the current column"))
        self.exercise_view.setModel(self.exercises)
        self.exercise_view.verticalHeader().setVisible(False)
        self.exercise_view.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.exercise_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.exercise_view.setMaximumHeight(150)
        self.exercise_view.setEnabled(False)
        self.exercise_check.toggled.connect(self.exercise_view.setEnabled)
        self.exercise_empty = label(self.tr("No exercises practised yet."), "muted")
        col.addWidget(self.exercise_check)
        col.addWidget(self.exercise_view)
        col.addWidget(self.exercise_empty)

        self.records_check = named(QCheckBox(self.tr("Milestones and strengths")),
                                   self.tr("Include milestones and strengths"))
        self.records_view = named(QListView(), self.tr("Milestones and strengths to include"))
        self.records_view.setModel(self.records)
        self.records_view.setMaximumHeight(130)
        self.records_view.setEnabled(False)
        self.records_check.toggled.connect(self.records_view.setEnabled)
        self.records_empty = label(self.tr("No milestones or strengths written down yet."), "muted")
        col.addWidget(self.records_check)
        col.addWidget(self.records_view)
        col.addWidget(self.records_empty)

        self.bring_edit = named(QPlainTextEdit(), self.tr("What I'd like to bring to the group"))
        self.bring_edit.setTabChangesFocus(True)
        self.bring_edit.setPlaceholderText(self.tr("Optional"))
        self.bring_edit.setMaximumHeight(100)
        bring_label = label(self.tr("What I'd like to bring to the group"), "heading")
        bring_label.setBuddy(self.bring_edit)
        col.addWidget(bring_label)
        col.addWidget(self.bring_edit)
        self.questions_edit = named(QPlainTextEdit(), self.tr("Questions for the group, one per line"))
        self.questions_edit.setTabChangesFocus(True)
        self.questions_edit.setPlaceholderText(self.tr("Optional; one question per line"))
        self.questions_edit.setMaximumHeight(100)
        questions_label = label(self.tr("Questions for the group"), "heading")
        questions_label.setBuddy(self.questions_edit)
        col.addWidget(questions_label)
        col.addWidget(self.questions_edit)
        col.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        scroll.setWidget(inner)
        return scroll

    # -- filling ------------------------------------------------------------------------------------
    def set_tags(self, names: list[str]) -> None:
        current = self.tag_filter.currentData()
        self.tag_filter.blockSignals(True)
        self.tag_filter.clear()
        self.tag_filter.addItem(self.tr("Any tag"), "")
        for name in names:
            self.tag_filter.addItem("#" + name, name)
        self.tag_filter.setCurrentIndex(max(0, self.tag_filter.findData(current)) if current else 0)
        self.tag_filter.blockSignals(False)

    def set_optional_data(self, exercise_rows, record_rows) -> None:
        self.exercises.set_rows(exercise_rows)
        self.records.set_rows(record_rows)
        has_ex, has_rec = bool(exercise_rows), bool(record_rows)
        self.exercise_check.setEnabled(has_ex)
        self.exercise_view.setVisible(has_ex)
        self.exercise_empty.setVisible(not has_ex)
        self.records_check.setEnabled(has_rec)
        self.records_view.setVisible(has_rec)
        self.records_empty.setVisible(not has_rec)

    # -- the entry on the right ---------------------------------------------------------------------
    def show_entry(self, entry) -> None:
        """Show an entry (export-ready Entry) on the right, or nothing."""
        if entry is None:
            self.current_id = None
            self.text_view.setPlainText("")
            self.text_view.document().clearUndoRedoStacks()
            self.entry_title.setText(self.tr("Choose an entry on the left to see its text here."))
            self.passages.clear()
            for widget in (self.include_check, self.whole_radio, self.part_radio, self.text_view):
                widget.setEnabled(False)
            self._update_buttons()
            return
        self.current_id = entry.id
        self.bodies[entry.id] = entry.body
        self.titles[entry.id] = entry.title
        self.entry_title.setText(entry.title or self.tr("Untitled entry"))
        self.text_view.setPlainText(entry.body)
        for widget in (self.include_check, self.whole_radio, self.part_radio, self.text_view):
            widget.setEnabled(True)
        self._sync_controls()
        if self._focus_when_shown:
            self._focus_when_shown = False
            self.include_check.setFocus()

    def _sync_controls(self) -> None:
        entry_id = self.current_id
        pick = self.picks.get(entry_id) if entry_id is not None else None
        for widget in (self.include_check, self.whole_radio, self.part_radio):
            widget.blockSignals(True)
        self.include_check.setChecked(pick is not None)
        (self.whole_radio if pick is None or pick.whole else self.part_radio).setChecked(True)
        for widget in (self.include_check, self.whole_radio, self.part_radio):
            widget.blockSignals(False)
        body = self.bodies.get(entry_id, "") if entry_id is not None else ""
        self.passages.set_spans(body, pick.spans if pick is not None else [])
        self._highlight()
        self._update_buttons()

    def _highlight(self) -> None:
        body = self.bodies.get(self.current_id, "") if self.current_id is not None else ""
        pick = self.picks.get(self.current_id) if self.current_id is not None else None
        selections = []
        if pick is not None and not pick.whole:
            fmt = QTextCharFormat()
            fmt.setBackground(QColor(self.palette().color(self.palette().ColorRole.Highlight)).lighter(175))
            fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.SingleUnderline)  # not colour alone
            fmt.setFontUnderline(True)
            for start, end in pick.spans:
                sel = QTextEdit.ExtraSelection()
                cursor = QTextCursor(self.text_view.document())
                cursor.setPosition(utf16_from_index(body, start))
                cursor.setPosition(utf16_from_index(body, end), QTextCursor.MoveMode.KeepAnchor)
                sel.cursor = cursor
                sel.format = fmt
                selections.append(sel)
        self.text_view.setExtraSelections(selections)

    def _update_buttons(self) -> None:
        has_entry = self.current_id is not None
        self.add_passage.setEnabled(has_entry and self.text_view.textCursor().hasSelection())
        self.remove_passage.setEnabled(has_entry and self.passage_view.currentIndex().isValid())
        self._update_summary()

    def _update_summary(self) -> None:
        whole = sum(1 for p in self.picks.values() if p.whole)
        parts = len(self.picks) - whole
        if not self.picks:
            text = self.tr("Nothing chosen yet.")
        else:
            bits = []
            if whole:
                bits.append(self.tr("1 whole entry") if whole == 1 else self.tr("%1 whole entries").replace("%1", str(whole)))
            if parts:
                bits.append(self.tr("passages from 1 entry") if parts == 1
                            else self.tr("passages from %1 entries").replace("%1", str(parts)))
            text = self.tr("Chosen: %1.").replace("%1", self.tr(" and ").join(bits))
        self.chosen_info.setText(text)
        self.chosen_info.setAccessibleDescription(text)

    def _how(self, pick: EntryPick | None) -> str | None:
        if pick is None:
            return None
        if pick.whole:
            return self.tr("whole entry")
        count = len(pick.spans)
        if count == 0:
            return self.tr("no passage yet")
        return self.tr("1 passage") if count == 1 else self.tr("%1 passages").replace("%1", str(count))

    def set_pick(self, entry_id: int, pick: EntryPick | None) -> None:
        if pick is None:
            self.picks.pop(entry_id, None)
        else:
            self.picks[entry_id] = pick
        self.entries.set_choice(entry_id, self._how(pick))
        if entry_id == self.current_id:
            self._sync_controls()
        else:
            self._update_summary()

    # -- user actions ------------------------------------------------------------------------------------
    def _on_entries_choice_toggled(self, entry_id: int, chosen: bool) -> None:
        self.set_pick(entry_id, (self.picks.get(entry_id) or EntryPick()) if chosen else None)

    def _on_include_toggled(self, on: bool) -> None:
        if self.current_id is None:
            return
        if on:
            pick = self.picks.get(self.current_id) or EntryPick(whole=self.whole_radio.isChecked())
            self.set_pick(self.current_id, pick)
        else:
            self.set_pick(self.current_id, None)

    def _on_mode_toggled(self, _whole_checked: bool) -> None:
        if self.current_id is None:
            return
        pick = self.picks.get(self.current_id) or EntryPick()
        pick.whole = self.whole_radio.isChecked()
        self.set_pick(self.current_id, pick)

    def add_selected_passage(self) -> bool:
        """Add the text selected in the entry as a passage (widened to whole words)."""
        if self.current_id is None:
            return False
        cursor = self.text_view.textCursor()
        if not cursor.hasSelection():
            return False
        body = self.bodies.get(self.current_id, "")
        start = index_from_utf16(body, cursor.selectionStart())
        end = index_from_utf16(body, cursor.selectionEnd())
        start, end = snap_to_words(body, start, end)
        while start < end and body[start].isspace():
            start += 1
        while end > start and body[end - 1].isspace():
            end -= 1
        if start >= end:
            return False
        pick = self.picks.get(self.current_id)
        spans = list(pick.spans) if pick is not None else []
        self.set_pick(self.current_id, EntryPick(whole=False, spans=merge(spans + [(start, end)])))
        cursor.clearSelection()
        self.text_view.setTextCursor(cursor)
        self._update_buttons()
        return True

    def select_text(self, start: int, end: int) -> None:
        """Select body[start:end] in the text view (code-point indices; for tests and scripts)."""
        body = self.bodies.get(self.current_id, "") if self.current_id is not None else ""
        cursor = QTextCursor(self.text_view.document())
        cursor.setPosition(utf16_from_index(body, start))
        cursor.setPosition(utf16_from_index(body, end), QTextCursor.MoveMode.KeepAnchor)
        self.text_view.setTextCursor(cursor)

    def _on_passage_current(self, current: QModelIndex, _previous: QModelIndex) -> None:
        self._update_buttons()
        span = current.data(Qt.ItemDataRole.UserRole) if current.isValid() else None
        if span is not None and self.current_id is not None:
            body = self.bodies.get(self.current_id, "")
            cursor = QTextCursor(self.text_view.document())
            cursor.setPosition(utf16_from_index(body, span[0]))
            self.text_view.setTextCursor(cursor)
            self.text_view.ensureCursorVisible()

    def _remove_current_passage(self) -> None:
        index = self.passage_view.currentIndex()
        pick = self.picks.get(self.current_id) if self.current_id is not None else None
        if not index.isValid() or pick is None:
            return
        spans = self.passages.spans()
        del spans[index.row()]
        self.set_pick(self.current_id, EntryPick(whole=False, spans=spans))
        if spans:
            self.passage_view.setCurrentIndex(self.passages.index(min(index.row(), len(spans) - 1), 0))
        else:
            self.text_view.setFocus()

    # -- list --------------------------------------------------------------------------------------------
    def focus_search(self) -> None:
        self.tabs.setCurrentIndex(0)
        self.search_edit.setFocus()
        self.search_edit.selectAll()

    def focus_list(self) -> None:
        self._search_timer.stop()
        self.list_view.setFocus()
        if not self.list_view.currentIndex().isValid():
            first = self.entries.first_entry_index()
            if first.isValid():
                self.list_view.setCurrentIndex(first)

    def _on_current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if current.isValid() and current.data(Roles.Id) is not None:
            self._open_timer.start()

    def _request_current(self) -> None:
        index = self.list_view.currentIndex()
        if index.isValid() and index.data(Roles.Id) is not None and index.data(Roles.Id) != self.current_id:
            self.entry_requested.emit(index.data(Roles.Id))

    def _on_list_activated(self, index: QModelIndex) -> None:
        if index.isValid() and index.data(Roles.Id) is not None:
            self._open_timer.stop()
            if index.data(Roles.Id) != self.current_id:
                self._focus_when_shown = True  # the controls are enabled once its text is here
                self.entry_requested.emit(index.data(Roles.Id))
            else:
                self.include_check.setFocus()

    # -- reading the choices -----------------------------------------------------------------------------
    def search_text(self) -> str:
        return self.search_edit.text()

    def state_value(self) -> str:
        return self.state_filter.currentData() or ""

    def tag_value(self) -> str:
        return self.tag_filter.currentData() or ""

    def trend_days(self) -> int | None:
        return int(self.trend_period.currentData()) if self.trend_check.isChecked() else None

    def bring_text(self) -> str:
        return self.bring_edit.toPlainText()

    def questions(self) -> tuple[str, ...]:
        return tuple(line.strip() for line in self.questions_edit.toPlainText().splitlines() if line.strip())

    def forget(self) -> None:
        """Drop everything shown and chosen (lock, cancel)."""
        self._search_timer.stop()
        self._open_timer.stop()
        self.picks = {}
        self.bodies = {}
        self.titles = {}
        self.entries.clear()
        self.show_entry(None)
        for edit in (self.search_edit,):
            edit.blockSignals(True)
            edit.setText("")
            edit.blockSignals(False)
        for combo in (self.state_filter, self.tag_filter):
            combo.blockSignals(True)
            combo.setCurrentIndex(0)
            combo.blockSignals(False)
        self.set_tags([])
        for edit in (self.bring_edit, self.questions_edit):
            edit.setPlainText("")
            edit.document().clearUndoRedoStacks()
        for check in (self.trend_check, self.exercise_check, self.records_check):
            check.setChecked(False)
        self.set_optional_data([], [])
        self.list_info.setText("")
        self.tabs.setCurrentIndex(0)
        self._update_summary()

