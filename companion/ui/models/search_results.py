"""Ranked search hits with highlighted snippets, a page at a time.

The store ranks every match cheaply (ids only); snippets are computed only for the
rows shown, fetched as the view scrolls. Highlights are bold and underlined, so they
do not depend on colour.
"""

from __future__ import annotations

import html
from typing import Callable

from PySide6.QtCore import QAbstractListModel, QCoreApplication, QModelIndex, QObject, Qt, Signal

from companion.journal.model import HIGHLIGHT_END, HIGHLIGHT_START, SearchHit, SearchResult
from companion.ui.models.entry_list import Roles, accessible_text, day_label, markers, time_label

PAGE_SIZE = 40

# more(result, start, limit, deliver(hits)) runs on the worker and delivers on the GUI thread
HitsFetcher = Callable[[SearchResult, int, int, Callable[[list[SearchHit]], None]], None]


def highlighted_html(text: str) -> str:
    """Escape, then turn the store's highlight markers into <b><u>…</u></b>."""
    escaped = html.escape(text.replace(HIGHLIGHT_START, "\x00s").replace(HIGHLIGHT_END, "\x00e"))
    return escaped.replace("\x00s", "<b><u>").replace("\x00e", "</u></b>")


def around_first_match(text: str, lead: int = 36) -> str:
    """Start a snippet shortly before its first highlight, so the match is visible in one line."""
    start = text.find(HIGHLIGHT_START)
    if start <= lead:
        return text
    cut = text.rfind(" ", 0, start - lead // 2)
    cut = cut + 1 if cut > 0 else start - lead // 2
    return "…" + text[cut:].lstrip("…")


def plain(text: str) -> str:
    return text.replace(HIGHLIGHT_START, "").replace(HIGHLIGHT_END, "")


class SearchResultsModel(QAbstractListModel):
    results_changed = Signal(int)  # total matches

    def __init__(self, fetcher: HitsFetcher | None = None, parent: QObject | None = None, *, page_size: int = PAGE_SIZE):
        super().__init__(parent)
        self._fetcher = fetcher
        self._result: SearchResult | None = None
        self._hits: list[SearchHit] = []
        self._offset = 0  # how many ranked ids have been asked for (rows may be fewer)
        self._pending = False
        self._generation = 0
        self._page_size = page_size

    def set_fetcher(self, fetcher: HitsFetcher | None) -> None:
        self._fetcher = fetcher

    @property
    def total(self) -> int:
        return len(self._result) if self._result is not None else 0

    def set_results(self, result: SearchResult | None, first_hits: list[SearchHit]) -> None:
        self.beginResetModel()
        self._generation += 1
        self._result = result
        self._hits = list(first_hits)
        self._offset = min(len(result), max(len(first_hits), self._page_size)) if result is not None else 0
        self._pending = False
        self.endResetModel()
        self.results_changed.emit(self.total)

    def clear(self) -> None:
        self.set_results(None, [])

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self._hits)

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not (0 <= index.row() < len(self._hits)) or index.column() != 0:
            return None
        hit = self._hits[index.row()]
        title = plain(hit.title)
        if role == Qt.ItemDataRole.DisplayRole:
            return title or plain(hit.snippet)[:80] or QCoreApplication.translate("EntryList", "Untitled entry")
        if role == Roles.Id:
            return hit.id
        if role == Roles.Date:
            return hit.entry_date
        if role == Roles.Time:
            return time_label(hit.entry_date)
        if role == Roles.Title:
            return highlighted_html(hit.title)
        if role == Roles.Preview:
            return highlighted_html(around_first_match(hit.snippet))
        if role == Roles.PreviewIsHtml:
            return True
        if role == Roles.Tags:
            return list(hit.tags)
        if role == Roles.Markers:
            return markers(False, hit.share_state, False)
        if role == Roles.DayHeader:
            return None
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return accessible_text(title, hit.entry_date, plain(hit.snippet), hit.tags,
                                   markers(False, hit.share_state, False))
        if role == Qt.ItemDataRole.ToolTipRole:
            return day_label(hit.entry_date) + " " + time_label(hit.entry_date)
        return None

    def flags(self, index: QModelIndex):
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren

    def canFetchMore(self, parent: QModelIndex = QModelIndex()) -> bool:  # noqa: N802
        return (
            not parent.isValid() and self._result is not None and not self._pending
            and self._fetcher is not None and self._offset < len(self._result)
        )

    def fetchMore(self, parent: QModelIndex = QModelIndex()) -> None:  # noqa: N802
        if not self.canFetchMore(parent):
            return
        self._pending = True
        generation = self._generation
        start = self._offset
        self._offset = min(len(self._result), start + self._page_size)
        self._fetcher(self._result, start, self._page_size, lambda hits: self._on_hits(generation, hits))

    def _on_hits(self, generation: int, hits: list[SearchHit]) -> None:
        if generation != self._generation:
            return
        self._pending = False
        if not hits:
            return  # every id of that page vanished meanwhile (deleted); the next page may have rows
        first = len(self._hits)
        self.beginInsertRows(QModelIndex(), first, first + len(hits) - 1)
        self._hits.extend(hits)
        self.endInsertRows()

    def remove(self, entry_id: int) -> None:
        for i, hit in enumerate(self._hits):
            if hit.id == entry_id:
                self.beginRemoveRows(QModelIndex(), i, i)
                del self._hits[i]
                self.endRemoveRows()
                return
