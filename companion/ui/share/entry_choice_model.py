"""The entries to choose from in the share wizard: `ShareEntryModel` and its rows.

Lazy like the journal list: pages are read on the database worker when the view scrolls
near the end. Entries marked "ready to share" come first, then the others, each group under
a header row that arrow keys pass over. Every marker is a word (Chosen, Ready to share,
Shared on …), never colour alone, and rows are drawn by the journal's EntryDelegate so they
look the same as in the Journal.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QAbstractListModel, QCoreApplication, QModelIndex, QObject, Qt, Signal

from companion.journal.model import ShareState
from companion.ui.models.entry_list import SUMMARY_ROLES, Roles, share_label, summary_data
from companion.ui.models.paging import PagedModel
from companion.ui.share.model_words import shared_on_label, short_date

PAGE_SIZE = 60


def _tr(text: str) -> str:
    return QCoreApplication.translate("ShareModels", text)  # (one context for every Share model)


@dataclass(frozen=True)
class ShareRow:
    """One entry in the choose list: enough to show, never the whole body."""

    id: int
    entry_date: str
    title: str
    preview: str
    tags: tuple[str, ...] = ()
    share_state: ShareState = ShareState.PRIVATE
    shared_at: str | None = None  # the last time it was shared (UTC), if ever


class _Header:
    __slots__ = ("text",)

    def __init__(self, text: str):
        self.text = text


# fetch(phase_query, cursor, limit, deliver(rows, next_cursor)); deliver runs on the GUI thread
Fetcher = Callable[[object, object, int, Callable[[list[ShareRow], object], None]], None]


class ShareEntryModel(PagedModel, QAbstractListModel):
    """Entries in groups ("Ready to share" first), fetched a page at a time. Checkable: chosen or not.

    The paging plumbing (canFetchMore/fetchMore, page_loaded, loading_changed, fetch_failed,
    stale pages dropped) is companion.ui.models.paging.PagedModel's; the position of the next
    page here is a group and the fetcher's opaque cursor within it."""

    choice_toggled = Signal(int, bool)  # entry id, chosen

    def __init__(self, fetcher: Fetcher | None = None, parent: QObject | None = None, *, page_size: int = PAGE_SIZE):
        super().__init__(parent)
        self._phases: list[tuple[str, object]] = []  # (header text, query)
        self._init_pages(fetcher, page_size)
        self._chosen: dict[int, str] = {}  # entry id -> how ("Whole entry", "2 passages")

    # -- Qt model API ----------------------------------------------------------------------
    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or index.column() != 0 or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        if isinstance(row, _Header):
            if role in (Qt.ItemDataRole.DisplayRole, Roles.DayHeader, Qt.ItemDataRole.AccessibleTextRole):
                return row.text
            if role == Roles.IsHeader:
                return True
            return None
        if role in SUMMARY_ROLES:
            return summary_data(row, role, short_date)
        if role == Roles.Markers:
            return self.markers(row)
        if role == Qt.ItemDataRole.CheckStateRole:
            return Qt.CheckState.Checked if row.id in self._chosen else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.AccessibleTextRole:
            parts = [row.title or _tr("Untitled entry"), short_date(row.entry_date), *self.markers(row)]
            if row.preview:
                parts.append(row.preview[:120])
            return ". ".join(parts)
        return None

    def setData(self, index: QModelIndex, value, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.CheckStateRole or not index.isValid():
            return False
        row = self._rows[index.row()]
        if isinstance(row, _Header):
            return False
        chosen = Qt.CheckState(value) == Qt.CheckState.Checked if not isinstance(value, bool) else value
        self.choice_toggled.emit(row.id, chosen)  # the wizard decides, then calls set_choice()
        return True

    def flags(self, index: QModelIndex):
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        if isinstance(self._rows[index.row()], _Header):
            return Qt.ItemFlag.ItemNeverHasChildren
        return (Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsUserCheckable
                | Qt.ItemFlag.ItemNeverHasChildren)

    def markers(self, row: ShareRow) -> list[str]:
        found = []
        how = self._chosen.get(row.id)
        if how:
            found.append(_tr("Chosen: %1").replace("%1", how))
        if ShareState(row.share_state) != ShareState.PRIVATE:
            found.append(share_label(row.share_state))
        if row.shared_at:
            found.append(shared_on_label(row.shared_at))
        return found

    # -- lazy pages (paging.PagedModel) ---------------------------------------------------------
    def _start_over(self) -> None:
        self._phase = 0
        self._cursor: object = None
        self._phase_started = False

    def _request_page(self, deliver: Callable[[list[ShareRow], object], None]) -> None:
        _header, query = self._phases[self._phase]
        self._fetcher(query, self._cursor, self._page_size, deliver)

    def _take_page(self, rows: list[ShareRow], cursor: object) -> list[ShareRow | _Header]:
        items: list[ShareRow | _Header] = []
        if rows and not self._phase_started:
            items.append(_Header(self._phases[self._phase][0]))
            self._phase_started = True
        items.extend(rows)
        if len(rows) < self._page_size:  # this group is done: the next one starts from its beginning
            self._phase += 1
            self._cursor = None
            self._phase_started = False
            self._exhausted = self._phase >= len(self._phases)
        else:
            self._cursor = cursor
        return items  # (after an empty group that is not the last, PagedModel asks for the next at once)

    # -- changes from the wizard ------------------------------------------------------------------
    def load(self, phases: list[tuple[str, object]]) -> None:
        """Start again with these groups: [(header, query), ...], fetched in order. Choices are kept."""
        self._phases = list(phases)
        self._reset(not self._phases)
        self.fetchMore()

    def clear(self) -> None:
        """Forget every row and every choice (on lock or cancel). Nothing is fetched until load()."""
        self._phases = []
        self._chosen = {}
        super().clear()

    def set_choice(self, entry_id: int, how: str | None) -> None:
        """Mark an entry chosen ("Whole entry", "2 passages") or not (None)."""
        if how:
            self._chosen[entry_id] = how
        else:
            self._chosen.pop(entry_id, None)
        row = self.row_of(entry_id)
        if row >= 0:
            index = self.index(row, 0)
            self.dataChanged.emit(index, index)

    def clear_choices(self) -> None:
        ids = list(self._chosen)
        self._chosen = {}
        for entry_id in ids:
            row = self.row_of(entry_id)
            if row >= 0:
                self.dataChanged.emit(self.index(row, 0), self.index(row, 0))

    def row_of(self, entry_id: int) -> int:
        for i, item in enumerate(self._rows):
            if isinstance(item, ShareRow) and item.id == entry_id:
                return i
        return -1

    def row_data(self, row: int) -> ShareRow | None:
        if 0 <= row < len(self._rows):
            item = self._rows[row]
            return item if isinstance(item, ShareRow) else None
        return None

    def first_entry_index(self) -> QModelIndex:
        for i, item in enumerate(self._rows):
            if isinstance(item, ShareRow):
                return self.index(i, 0)
        return QModelIndex()

    @property
    def entry_count(self) -> int:
        return sum(1 for item in self._rows if isinstance(item, ShareRow))
