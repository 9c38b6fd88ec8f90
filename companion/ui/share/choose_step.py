"""Step 1 of the share wizard: which entries, whole or only some passages, and optional sections.

Keyboard path: the search box (Down moves into the list); in the list, Space chooses or
un-chooses an entry and Enter opens it on the right; there, select text with Shift and
the arrow keys and press Ctrl+E to add it as a passage. Chosen passages are shown as
highlighted *and underlined* ranges and listed by their words below the text, so the
choice never rests on colour alone. Ctrl+Tab moves to "More to bring".

This module holds the choices (`EntryPick` per entry) and the entry list on the left;
the entry's text and passages are drawn by `ExcerptPanelWidget` (excerpt_panel.py) and the
optional sections by `SectionsPanelWidget` (sections_panel.py). Their controls stay
reachable here under their old names (`choose.text_view`, `choose.bring_edit`, …).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from companion.journal.model import ShareState
from companion.ui.models.entry_list import Roles
from companion.ui.share.entry_choice_model import ShareEntryModel
from companion.ui.share.excerpt_panel import ExcerptPanelWidget
from companion.ui.share.sections_panel import SectionsPanelWidget
from companion.ui.widgets.common import label, named
from companion.ui.widgets.entry_delegate import EntryDelegate
from companion.ui.widgets.search_bar import ResultsList, SearchEdit, debounce, filter_combo, set_tag_choices
from companion.ui.widgets.search_bar import add_shortcuts, list_column, list_splitter

SEARCH_DEBOUNCE_MS = 200
OPEN_DEBOUNCE_MS = 120


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
        self.entries.choice_toggled.connect(self._on_entries_choice_toggled)
        self._search_timer = debounce(self, SEARCH_DEBOUNCE_MS, self.search_changed)
        self._open_timer = debounce(self, OPEN_DEBOUNCE_MS, self._request_current)
        self._build()

    # -- layout ---------------------------------------------------------------------------------------
    def _build(self) -> None:
        self.tabs = named(QTabWidget(), self.tr("What to share"))
        self.tabs.addTab(self._entries_tab(), self.tr("Entries"))
        self.sections = SectionsPanelWidget()
        self.tabs.addTab(self.sections, self.tr("More to bring (optional)"))
        self.tabs.tabBar().setAccessibleName(self.tr("Entries, or more to bring"))
        sections = self.sections  # (its controls, under the names they had here)
        self.exercises, self.records = sections.exercises, sections.records
        self.trend_check, self.trend_period = sections.trend_check, sections.trend_period
        self.exercise_check, self.exercise_view, self.exercise_empty = (
            sections.exercise_check, sections.exercise_view, sections.exercise_empty)
        self.records_check, self.records_view, self.records_empty = (
            sections.records_check, sections.records_view, sections.records_empty)
        self.bring_edit, self.questions_edit = sections.bring_edit, sections.questions_edit
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(self.tabs)
        add_shortcuts(self, (("Ctrl+E", self.add_selected_passage), ("Ctrl+F", self.focus_search)))

    def _entries_tab(self) -> QWidget:
        self.search_edit = SearchEdit(self.tr("Search entries to share"),
                                      self.tr("Words, \"phrases\", tag:name, since:2026-01-31"),
                                      on_change=self._search_timer.start, on_down=self.focus_list)
        self.state_filter = filter_combo(self.tr("Show entries by share state"), (
            (self.tr("All, ready first"), ""), (self.tr("Only ready to share"), ShareState.READY.value),
            (self.tr("Only maybe share"), ShareState.MAYBE.value), (self.tr("Only private"), ShareState.PRIVATE.value),
        ), min_length=8, on_change=self.search_changed.emit)
        self.tag_filter = filter_combo(self.tr("Show entries with a tag"), min_length=8,
                                       on_change=self.search_changed.emit)
        set_tag_choices(self.tag_filter, [])  # "Any tag"
        filters = QHBoxLayout()
        filters.addWidget(self.state_filter, 3)
        filters.addWidget(self.tag_filter, 2)

        self.list_view = ResultsList(self.tr("Entries to choose from"),
                                     self.tr("Space chooses or un-chooses an entry; Enter opens it to choose passages"),
                                     on_escape=self.focus_search)  # Escape: back to search
        self.list_view.setItemDelegate(_ShareEntryDelegate(self.list_view))
        self.list_view.setModel(self.entries)
        self.list_view.activated.connect(self._on_list_activated)
        self.list_view.selectionModel().currentChanged.connect(self._on_current_changed)
        self.list_info = label("", "muted")
        self.chosen_info = label(self.tr("Nothing chosen yet."), "status")
        self.chosen_info.setAccessibleName(self.tr("What is chosen"))

        left = list_column(self.search_edit, filters, (self.list_view, 1), self.list_info, self.chosen_info)

        # right: the entry, whole or passages
        self.excerpt = ExcerptPanelWidget()
        excerpt = self.excerpt  # (its controls, under the names they had here)
        self.passages = excerpt.passages
        self.entry_title, self.include_check = excerpt.entry_title, excerpt.include_check
        self.whole_radio, self.part_radio = excerpt.whole_radio, excerpt.part_radio
        self.text_view, self.hint = excerpt.text_view, excerpt.hint
        self.add_passage, self.remove_passage = excerpt.add_passage, excerpt.remove_passage
        self.passage_view = excerpt.passage_view
        self.include_check.toggled.connect(self._on_include_toggled)
        self.whole_radio.toggled.connect(self._on_mode_toggled)
        self.text_view.selectionChanged.connect(self._update_buttons)
        self.add_passage.clicked.connect(self.add_selected_passage)
        self.passage_view.selectionModel().currentChanged.connect(self._on_passage_current)
        self.remove_passage.clicked.connect(self._remove_current_passage)

        self.splitter = list_splitter(left, excerpt, (380, 560))
        holder = QWidget()
        hl = QVBoxLayout(holder)
        hl.setContentsMargins(8, 10, 8, 8)
        hl.addWidget(self.splitter)
        self.show_entry(None)
        return holder

    # -- filling ------------------------------------------------------------------------------------
    def set_tags(self, names: list[str]) -> None:
        set_tag_choices(self.tag_filter, names)

    def set_optional_data(self, exercise_rows, record_rows) -> None:
        self.sections.set_optional_data(exercise_rows, record_rows)

    # -- the entry on the right ---------------------------------------------------------------------
    def show_entry(self, entry) -> None:
        """Show an entry (export-ready Entry) on the right, or nothing."""
        if entry is None:
            self.current_id = None
            self.excerpt.show_nothing()
            self._update_buttons()
            return
        self.current_id = entry.id
        self.bodies[entry.id] = entry.body
        self.titles[entry.id] = entry.title
        self.excerpt.show_text(entry.title, entry.body)
        self._sync_controls()
        if self._focus_when_shown:
            self._focus_when_shown = False
            self.include_check.setFocus()

    def _body(self) -> str:
        return self.bodies.get(self.current_id, "") if self.current_id is not None else ""

    def _sync_controls(self) -> None:
        entry_id = self.current_id
        pick = self.picks.get(entry_id) if entry_id is not None else None
        body = self._body()
        self.excerpt.show_pick(body, pick is not None, pick is None or pick.whole,
                               pick.spans if pick is not None else [])
        self._highlight()
        self._update_buttons()

    def _highlight(self) -> None:
        pick = self.picks.get(self.current_id) if self.current_id is not None else None
        self.excerpt.mark(self._body(), pick.spans if pick is not None and not pick.whole else [])

    def _update_buttons(self) -> None:
        self.excerpt.update_buttons(self.current_id is not None)
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
        span = self.excerpt.selected_span(self._body())
        if span is None:
            return False
        pick = self.picks.get(self.current_id)
        spans = list(pick.spans) if pick is not None else []
        self.set_pick(self.current_id, EntryPick(whole=False, spans=merge(spans + [span])))
        self.excerpt.clear_selection()
        self._update_buttons()
        return True

    def select_text(self, start: int, end: int) -> None:
        """Select body[start:end] in the text view (code-point indices; for tests and scripts)."""
        self.excerpt.select_text(self._body(), start, end)

    def _on_passage_current(self, current: QModelIndex, _previous: QModelIndex) -> None:
        self._update_buttons()
        span = current.data(Qt.ItemDataRole.UserRole) if current.isValid() else None
        if span is not None and self.current_id is not None:
            self.excerpt.go_to(self._body(), span[0])

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
        self.search_edit.focus_and_select()

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
        return self.sections.trend_days()

    def bring_text(self) -> str:
        return self.sections.bring_text()

    def questions(self) -> tuple[str, ...]:
        return self.sections.questions()

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
        self.sections.forget()
        self.list_info.setText("")
        self.tabs.setCurrentIndex(0)
        self._update_summary()

