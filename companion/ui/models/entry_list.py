"""The journal list: a QAbstractListModel over keyset-paginated pages, fetched lazily off the GUI thread.

Entry rows are `EntrySummary` values (title, date, a short preview, tags, markers: never
the whole body). Rows arrive a page at a time when the view scrolls near the end
(canFetchMore/fetchMore); the page is read on the database worker and appended when it
arrives. Each day starts with a header row ("Today", "Monday 2 March 2026") that is
neither enabled nor selectable, so arrow keys pass over it. Every row has the same
height, which lets the view lay out 100,000 rows without measuring each one.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Callable

from PySide6.QtCore import QAbstractListModel, QCoreApplication, QDate, QLocale, QModelIndex, QObject, Qt

from companion.journal.model import EntrySummary, ShareState
from companion.ui.models.paging import KeysetPagedModel

PAGE_SIZE = 60

# deliver(rows) is called on the GUI thread with the next page (possibly empty)
PageFetcher = Callable[[tuple[str, int] | None, int, Callable[[list[EntrySummary]], None]], None]


def _tr(text: str) -> str:
    return QCoreApplication.translate("EntryList", text)


def share_label(state: ShareState) -> str:
    return {
        ShareState.PRIVATE: _tr("Private"),
        ShareState.MAYBE: _tr("Maybe share"),
        ShareState.READY: _tr("Ready to share"),
    }[ShareState(state)]


def day_label(day: str, today: date | None = None) -> str:
    """'Today', 'Yesterday' or a full local date, from 'YYYY-MM-DD'."""
    try:
        d = date.fromisoformat(day[:10])
    except ValueError:
        return day
    today = today or date.today()
    delta = (today - d).days
    if delta == 0:
        return _tr("Today")
    if delta == 1:
        return _tr("Yesterday")
    return QLocale().toString(QDate(d.year, d.month, d.day), "dddd d MMMM yyyy")


def time_label(entry_date: str) -> str:
    try:
        value = datetime.strptime(entry_date, "%Y-%m-%d %H:%M")
    except ValueError:
        return entry_date
    return value.strftime("%H:%M")


def markers(pinned: bool, share_state: ShareState, has_content_note: bool) -> list[str]:
    """Word markers (never colour alone)."""
    found = []
    if pinned:
        found.append(_tr("Pinned"))
    if ShareState(share_state) != ShareState.PRIVATE:
        found.append(share_label(share_state))
    if has_content_note:
        found.append(_tr("Content note"))
    return found


class Roles:
    Id = Qt.ItemDataRole.UserRole + 1
    Date = Qt.ItemDataRole.UserRole + 2
    Title = Qt.ItemDataRole.UserRole + 3
    Preview = Qt.ItemDataRole.UserRole + 4  # plain text (list) or snippet HTML (search)
    Tags = Qt.ItemDataRole.UserRole + 5
    Markers = Qt.ItemDataRole.UserRole + 6
    DayHeader = Qt.ItemDataRole.UserRole + 7  # str when this row starts a new day, else None
    Time = Qt.ItemDataRole.UserRole + 8
    PreviewIsHtml = Qt.ItemDataRole.UserRole + 9
    IsHeader = Qt.ItemDataRole.UserRole + 10


def accessible_text(title: str, entry_date: str, preview: str, tags, marks) -> str:
    parts = [title or _tr("Untitled entry"), day_label(entry_date) + " " + time_label(entry_date)]
    if marks:
        parts.append(", ".join(marks))
    if tags:
        parts.append(_tr("tags") + " " + ", ".join(tags))
    if preview:
        parts.append(preview)
    return ". ".join(parts)


class _Header:
    """A day header row."""

    __slots__ = ("day",)

    def __init__(self, day: str):
        self.day = day  # "YYYY-MM-DD"


SUMMARY_ROLES = frozenset({
    Qt.ItemDataRole.DisplayRole, Roles.Id, Roles.IsHeader, Roles.Date, Roles.Time, Roles.Title, Roles.Preview,
    Roles.PreviewIsHtml, Roles.Tags,
})


def summary_data(row, role: int, time_text):
    """What a list of entry summaries shows for `role` (the roles in SUMMARY_ROLES)."""
    if role == Qt.ItemDataRole.DisplayRole:
        return row.title or row.preview[:80] or _tr("Untitled entry")
    if role == Roles.Id:
        return row.id
    if role in (Roles.IsHeader, Roles.PreviewIsHtml):
        return False
    if role == Roles.Date:
        return row.entry_date
    if role == Roles.Time:
        return time_text(row.entry_date)
    if role == Roles.Title:
        return row.title
    if role == Roles.Preview:
        return row.preview
    return list(row.tags)  # Roles.Tags


class EntryListModel(KeysetPagedModel, QAbstractListModel):
    """Entry summaries newest first, each day under a header row; keyset pages on (entry_date, id)."""

    def __init__(self, fetcher: PageFetcher | None = None, parent: QObject | None = None, *,
                 page_size: int = PAGE_SIZE, group_by_day: bool = True):
        super().__init__(parent)
        self._init_pages(fetcher, page_size)
        self._group = group_by_day

    # -- Qt model API -------------------------------------------------------------
    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not (0 <= index.row() < len(self._rows)) or index.column() != 0:
            return None
        row = self._rows[index.row()]
        if isinstance(row, _Header):
            if role in (Qt.ItemDataRole.DisplayRole, Roles.DayHeader, Qt.ItemDataRole.AccessibleTextRole):
                return day_label(row.day)
            if role == Roles.IsHeader:
                return True
            if role == Roles.Date:
                return row.day
            return None
        if role == Roles.Markers:
            return markers(row.pinned, row.share_state, row.has_content_note)
        if role in SUMMARY_ROLES:
            return summary_data(row, role, time_label)
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return accessible_text(
                row.title, row.entry_date, row.preview[:120], row.tags,
                markers(row.pinned, row.share_state, row.has_content_note),
            )
        return None

    def flags(self, index: QModelIndex):
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        if isinstance(self._rows[index.row()], _Header):
            return Qt.ItemFlag.ItemNeverHasChildren  # not enabled, not selectable: keys pass over it
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren

    # -- lazy pages (paging.KeysetPagedModel) -----------------------------------------
    def _keyset(self, row: EntrySummary) -> tuple[str, int]:
        return row.entry_date, row.id

    def _page_rows(self, rows: list[EntrySummary]) -> list[EntrySummary | _Header]:
        """The page's entries, with a header before each new day (a day that goes on from the
        previous page keeps the header it has)."""
        items: list[EntrySummary | _Header] = []
        previous = self._last[0][:10] if self._last is not None else None
        for row in rows:
            day = row.entry_date[:10]
            if self._group and day != previous:
                items.append(_Header(day))
            items.append(row)
            previous = day
        return items

    # -- changes from the app (reload() and clear() come with the paging) -------------
    @property
    def entry_count(self) -> int:
        return sum(1 for item in self._rows if not isinstance(item, _Header))

    def entry_index(self, n: int) -> QModelIndex:
        """The index of the n-th entry row (headers skipped); invalid if there is none."""
        seen = -1
        for i, item in enumerate(self._rows):
            if not isinstance(item, _Header):
                seen += 1
                if seen == n:
                    return self.index(i, 0)
        return QModelIndex()

    def row_of(self, entry_id: int) -> int:
        for i, item in enumerate(self._rows):
            if not isinstance(item, _Header) and item.id == entry_id:
                return i
        return -1

    def summary(self, row: int) -> EntrySummary | None:
        if 0 <= row < len(self._rows):
            item = self._rows[row]
            return None if isinstance(item, _Header) else item
        return None

    def summaries(self) -> list[EntrySummary]:
        return [item for item in self._rows if not isinstance(item, _Header)]

    def replace(self, summary: EntrySummary) -> bool:
        """Update a row in place (after a save). Returns False when the row is not loaded
        or its date moved (the caller reloads then, so order and grouping stay right)."""
        i = self.row_of(summary.id)
        if i < 0 or self._rows[i].entry_date != summary.entry_date:
            return False
        self._rows[i] = summary  # (same date and id: the keyset position is unchanged)
        index = self.index(i, 0)
        self.dataChanged.emit(index, index)
        return True

    def remove(self, entry_id: int) -> None:
        i = self.row_of(entry_id)
        if i < 0:
            return
        first, last = i, i
        before = self._rows[i - 1] if i > 0 else None
        after = self._rows[i + 1] if i + 1 < len(self._rows) else None
        if isinstance(before, _Header) and (after is None or isinstance(after, _Header)):
            first = i - 1  # the day is now empty: its header goes too
        self.beginRemoveRows(QModelIndex(), first, last)
        del self._rows[first : last + 1]
        self.endRemoveRows()
