"""The Journal section: search and filters, the list grouped by day, and the editor.

Keyboard path: Ctrl+F (or Tab) to the search box; Down or Enter moves into the list;
arrows pick an entry, Enter opens it in the editor; Escape goes back to the search box,
and Escape there clears the search. Ctrl+N starts a new entry.
"""

from __future__ import annotations

from PySide6.QtCore import QDate, QModelIndex, QTimer
from PySide6.QtWidgets import (
    QCheckBox,
    QDateEdit,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from companion.errors import CompanionError
from companion.journal.model import ShareState
from companion.journal.query import SearchQuery, parse
from companion.ui.models.entry_list import EntryListModel, Roles
from companion.ui.models.search_results import SearchResultsModel
from companion.ui.pages.editor import EntryEditor
from companion.ui.session import Session
from companion.ui.widgets.common import button, label, named
from companion.ui.widgets.entry_delegate import EntryDelegate
from companion.ui.widgets.search_bar import ResultsList, SearchEdit, debounce, filter_combo, set_tag_choices
from companion.ui.widgets.search_bar import add_shortcuts, list_column, list_splitter
from companion.ui.i18n import current_language

SEARCH_DEBOUNCE_MS = 180
OPEN_DEBOUNCE_MS = 120


class JournalPage(QWidget):
    def __init__(self, session: Session, parent: QWidget | None = None):
        super().__init__(parent)
        self.session = session
        self._search_generation = 0
        self.list_model = EntryListModel(self._fetch_page, self)
        self.search_model = SearchResultsModel(self._fetch_hits, self)
        self._open_timer = debounce(self, OPEN_DEBOUNCE_MS, self._open_current)
        self._search_timer = debounce(self, SEARCH_DEBOUNCE_MS, self.run_search)
        self._build()
        session.unlocked.connect(self._on_session_unlocked)
        session.about_to_lock.connect(self._on_session_about_to_lock)
        session.locked.connect(self._on_session_locked)

    # -- layout ------------------------------------------------------------------------
    def _build(self) -> None:
        self.search_edit = SearchEdit(self.tr("Search entries"),
                                      self.tr("Words, \"phrases\", tag:name, since:2026-01-31, state:ready"),
                                      on_change=self._search_timer.start, on_down=self._focus_results)
        self.filters_button = named(QPushButton(self.tr("Filters")), self.tr("Show filters"))
        self.filters_button.setCheckable(True)
        self.filters_button.setAutoDefault(False)
        self.filters_button.toggled.connect(self._on_filters_toggled)

        top = QHBoxLayout()
        top.addWidget(self.search_edit, 1)
        top.addWidget(self.filters_button)

        # filters (tag, date range, share state)
        self.filters = QFrame()
        self.filters.setProperty("role", "banner")
        grid = QGridLayout(self.filters)
        grid.setContentsMargins(10, 8, 10, 8)
        self.tag_filter = filter_combo(self.tr("Filter by tag"), min_length=10, on_change=self.run_search)
        self.state_filter = filter_combo(self.tr("Filter by share state"), (
            (self.tr("Any share state"), ""), (self.tr("Private"), ShareState.PRIVATE.value),
            (self.tr("Maybe share"), ShareState.MAYBE.value), (self.tr("Ready to share"), ShareState.READY.value),
        ), min_length=10, on_change=self.run_search)
        self.since_check = named(QCheckBox(self.tr("From")), self.tr("Limit to entries from a date"))
        self.since_edit = named(QDateEdit(), self.tr("From date"))
        self.until_check = named(QCheckBox(self.tr("Until")), self.tr("Limit to entries until a date"))
        self.until_edit = named(QDateEdit(), self.tr("Until date"))
        today = QDate.currentDate()
        for edit, value in ((self.since_edit, today.addMonths(-1)), (self.until_edit, today)):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
            edit.setDate(value)
            edit.setEnabled(False)
        self.since_check.toggled.connect(self.since_edit.setEnabled)
        self.until_check.toggled.connect(self.until_edit.setEnabled)
        tag_label = QLabel(self.tr("Tag"))
        tag_label.setBuddy(self.tag_filter)
        state_label = QLabel(self.tr("Share"))
        state_label.setBuddy(self.state_filter)
        grid.addWidget(tag_label, 0, 0)
        grid.addWidget(self.tag_filter, 0, 1)
        grid.addWidget(state_label, 1, 0)
        grid.addWidget(self.state_filter, 1, 1)
        grid.addWidget(self.since_check, 2, 0)
        grid.addWidget(self.since_edit, 2, 1)
        grid.addWidget(self.until_check, 3, 0)
        grid.addWidget(self.until_edit, 3, 1)
        grid.setColumnStretch(1, 1)
        for widget in (self.since_check, self.until_check):
            widget.toggled.connect(lambda _on: self.run_search())
        for widget in (self.since_edit, self.until_edit):
            widget.dateChanged.connect(lambda _d: self.run_search())
        self.filters.setVisible(False)

        self.info = label("", "muted")
        self.info.setVisible(False)
        self.info.setAccessibleName(self.tr("Search results"))

        self.list_view = ResultsList(self.tr("Entries"), on_escape=self.focus_search)  # Escape: back to search
        self.list_view.setItemDelegate(EntryDelegate(self.list_view))
        self.list_view.setModel(self.list_model)
        self.list_view.activated.connect(self._on_list_activated)
        self._watch_selection()

        self.new_button = button(self.tr("New entry"), self.tr("New entry"), primary=True,
                                 tooltip=self.tr("Start a new entry (Ctrl+N)"))
        self.new_button.setAutoDefault(False)
        self.new_button.setDefault(False)
        self.new_button.clicked.connect(self.new_entry)
        self.deleted_button = button(self.tr("Recently deleted…"), self.tr("Recently deleted entries"))
        self.deleted_button.clicked.connect(self._show_recently_deleted)

        # undo banner after a delete
        self.undo_banner = QFrame()
        self.undo_banner.setProperty("role", "banner")
        banner = QHBoxLayout(self.undo_banner)
        banner.setContentsMargins(10, 6, 6, 6)
        self.undo_text = label(self.tr("Moved to Recently deleted."), wrap=True)
        self.undo_button = button(self.tr("Undo"), self.tr("Undo delete"))
        self.undo_button.clicked.connect(self._undo_delete)
        banner.addWidget(self.undo_text, 1)
        banner.addWidget(self.undo_button)
        self.undo_banner.setVisible(False)
        self._undo_id: int | None = None
        self._undo_timer = QTimer(self)
        self._undo_timer.setSingleShot(True)
        self._undo_timer.setInterval(15000)
        self._undo_timer.timeout.connect(lambda: self.undo_banner.setVisible(False))

        buttons = QHBoxLayout()
        buttons.addWidget(self.new_button)
        buttons.addStretch(1)
        buttons.addWidget(self.deleted_button)
        left = list_column(top, self.filters, self.info, (self.list_view, 1), self.undo_banner, buttons)

        self.editor = EntryEditor(self.session)
        self.editor.saved.connect(self._on_editor_saved)
        self.editor.deleted.connect(self._on_editor_deleted)

        self.splitter = list_splitter(left, self.editor, (420, 580))
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(self.splitter)

        add_shortcuts(self, (("Ctrl+F", self.focus_search), ("Ctrl+N", self.new_entry),
                             ("Ctrl+S", lambda: self.editor.save_now("shortcut"))))

    def _watch_selection(self) -> None:
        sel = self.list_view.selectionModel()
        if sel is not None:
            sel.currentChanged.connect(self._on_current_changed)

    # -- workers ---------------------------------------------------------------------------
    def _fetch_page(self, after, limit, deliver) -> None:
        query = None
        task = self.session.run(lambda v: v.entries.page(query, after=after, limit=limit), deliver,
                                lambda _e: self.list_model.fetch_failed(), name="list page")
        if task is None:
            self.list_model.fetch_failed()

    def _fetch_hits(self, result, start, limit, deliver) -> None:
        self.session.run(lambda v: v.entries.hits(result, start, limit), deliver, name="search hits")

    # -- session ---------------------------------------------------------------------------
    def _on_session_unlocked(self) -> None:
        self.list_model.reload()
        self.refresh_tags()
        self.editor.new_entry()

    def _on_session_about_to_lock(self) -> None:
        self.editor.save_now("lock")

    def _on_session_locked(self, _reason: str) -> None:
        self._search_timer.stop()
        self._open_timer.stop()
        self._search_generation += 1
        self.list_model.clear()
        self.search_model.clear()
        self._show_model(self.list_model)
        self.search_edit.setText("")  # setText also forgets the undo history
        self.tag_filter.clear()
        self.state_filter.setCurrentIndex(0)
        self.since_check.setChecked(False)
        self.until_check.setChecked(False)
        self.filters_button.setChecked(False)
        self.info.setText("")
        self.info.setVisible(False)
        self.undo_banner.setVisible(False)
        self._undo_id = None
        self.editor.forget()

    def refresh_tags(self) -> None:
        def done(tags):
            names = [name for name, _count in tags]
            self.editor.tags_edit.set_known_tags(names)
            set_tag_choices(self.tag_filter, names)

        self.session.run(lambda v: v.entries.tags(), done, name="tags")

    # -- list and editor ----------------------------------------------------------------------
    def new_entry(self) -> None:
        self.list_view.clearSelection()
        self.list_view.setCurrentIndex(QModelIndex())
        self.editor.new_entry()
        self.editor.body.setFocus()

    def _on_current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if current.isValid() and current.data(Roles.Id) is not None:
            self._open_timer.start()

    def _open_current(self) -> None:
        index = self.list_view.currentIndex()
        if index.isValid() and index.data(Roles.Id) is not None:
            self.editor.open_entry(index.data(Roles.Id))

    def _on_list_activated(self, index: QModelIndex) -> None:
        if index.isValid() and index.data(Roles.Id) is not None:
            self._open_timer.stop()
            self.editor.open_entry(index.data(Roles.Id))
            self.editor.focus_when_shown()

    def _on_editor_saved(self, summary, created: bool) -> None:
        if self.list_view.model() is self.list_model:
            if created or not self.list_model.replace(summary):
                self.list_model.reload()
        else:
            self._search_timer.start()
        if created or summary.tags:
            self.refresh_tags()

    def _on_editor_deleted(self, entry_id: int) -> None:
        self.list_model.remove(entry_id)
        self.search_model.remove(entry_id)
        self._undo_id = entry_id
        self.undo_banner.setVisible(True)
        self._undo_timer.start()

    def _undo_delete(self) -> None:
        entry_id = self._undo_id
        if entry_id is None:
            return
        self._undo_id = None
        self.undo_banner.setVisible(False)

        def done(_):
            self.list_model.reload()
            self.editor.open_entry(entry_id)

        self.session.run(lambda v: v.entries.restore(entry_id), done, name="restore entry")

    def _show_recently_deleted(self) -> None:
        from companion.ui.dialogs import RecentlyDeletedDialog

        dialog = RecentlyDeletedDialog(self.session, self)
        dialog.restored.connect(lambda _id: self.list_model.reload())
        dialog.open()

    # -- hooks for the reflection toolkit (issue 5) ------------------------------------------------
    def new_entry_from_prompt(self, prompt) -> None:
        """"Write with this prompt": a new entry with `prompt` (a reflection Prompt) attached and shown.

        The prompt's id is saved with the entry (EntryDraft.prompt_id); its text is shown above
        the editor while writing and is not added to the entry's text.
        """

        self.list_view.clearSelection()
        self.list_view.setCurrentIndex(QModelIndex())
        language = current_language()
        self.editor.new_entry_from_prompt(prompt.id, prompt.text_for(language))
        self.editor.body.setFocus()

    def add_notice(self, widget: QWidget) -> None:
        """An inline notice above the list and the editor (e.g. the grounding invitation); never a pop-up."""
        self.layout().insertWidget(0, widget)

    # -- search ---------------------------------------------------------------------------------
    def focus_search(self) -> None:
        self.search_edit.focus_and_select()

    def _focus_results(self) -> None:
        self._search_timer.stop()
        if self.search_edit.text() and self.list_view.model() is not self.search_model:
            self.run_search()
        model = self.list_view.model()
        self.list_view.setFocus()
        if not self.list_view.currentIndex().isValid():
            first = model.entry_index(0) if model is self.list_model else model.index(0, 0)
            if first.isValid():
                self.list_view.setCurrentIndex(first)

    def _on_filters_toggled(self, on: bool) -> None:
        self.filters.setVisible(on)
        self.filters_button.setAccessibleName(self.tr("Hide filters") if on else self.tr("Show filters"))
        if not on:
            self.tag_filter.setCurrentIndex(0)
            self.state_filter.setCurrentIndex(0)
            self.since_check.setChecked(False)
            self.until_check.setChecked(False)
        else:
            self.tag_filter.setFocus()

    def current_query(self) -> SearchQuery:
        """The search box parsed, plus the filter controls. Raises UsageError on a bad date."""
        query = parse(self.search_edit.text())
        tag = self.tag_filter.currentData() if self.filters.isVisibleTo(self) else ""
        state = self.state_filter.currentData() if self.filters.isVisibleTo(self) else ""
        since = until = None
        if self.since_check.isChecked():
            since = self.since_edit.date().toString("yyyy-MM-dd")
        if self.until_check.isChecked():
            until = self.until_edit.date().toString("yyyy-MM-dd")
        return query.with_filters(
            tags=[tag] if tag else [], since=since, until=until,
            share_states=[ShareState(state)] if state else [],
        )

    def run_search(self) -> None:
        self._search_timer.stop()
        if not self.session.is_open:
            return
        try:
            query = self.current_query()
        except CompanionError as error:
            self._show_info(str(error))
            return
        self._search_generation += 1
        generation = self._search_generation
        if query.is_empty:
            self._show_model(self.list_model)
            self.info.setVisible(False)
            return
        page = self.search_model._page_size

        def work(vault):
            result = vault.entries.search(query)
            return result, vault.entries.hits(result, 0, page)

        def done(payload):
            if generation != self._search_generation:
                return
            result, hits = payload
            self.search_model.set_results(result, hits)
            self._show_model(self.search_model)
            total = len(result)
            if total == 0:
                self._show_info(self.tr("Nothing matches that yet. Fewer words or other filters may help."))
            elif total == 1:
                self._show_info(self.tr("1 entry matches, best match first."))
            else:
                self._show_info(self.tr("%1 entries match, best matches first.").replace("%1", str(total)))

        def failed(error):
            if generation == self._search_generation:
                self._show_info(str(error) if isinstance(error, CompanionError) else self.tr("That search did not work."))

        self.session.run(work, done, failed, name="search")

    def _show_info(self, text: str) -> None:
        self.info.setText(text)
        self.info.setAccessibleDescription(text)
        self.info.setVisible(True)

    def _show_model(self, model) -> None:
        if self.list_view.model() is model:
            return
        self.list_view.setModel(model)
        self._watch_selection()

    def search_is_active(self) -> bool:
        return self.list_view.model() is self.search_model

