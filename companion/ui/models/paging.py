"""Lazy paging shared by the item models whose rows arrive a page at a time from the database worker.

`PagedModel` is a mixin for any Qt item model (list or table: put it before the Qt base,
`class M(PagedModel, QAbstractListModel)`). It keeps the model's rows in `self._rows`
(rowCount() counts them) and owns the plumbing every paged model needs the same way:

* canFetchMore/fetchMore: a view scrolling near the end asks for the next page; the fetch
  runs elsewhere and delivers on the GUI thread. Only one page is asked for at a time.
* a generation counter, so a page that arrives after a reset (reload, clear on lock) is
  dropped instead of landing in the new rows;
* `loading_changed(bool)` around each fetch, `page_loaded(int)` after each page (how many
  rows the fetcher delivered), `is_loading`, and `fetch_failed()`.

A model says how to ask for the next page (`_request_page`), what a delivered page adds and
where the next one starts (`_take_page`), and what a reset forgets (`_start_over`).
`KeysetPagedModel` fills these in for keyset pagination: fetch(after, limit, deliver(rows)),
where `after` is the sort key of the last row shown (None for the first page).
"""

from __future__ import annotations

from functools import partial
from typing import Any, Callable

from PySide6.QtCore import QModelIndex, Signal


class PagedModel:
    """Mixin: rows fetched a page at a time (see the module docstring). Call `_init_pages()` in __init__.

    (The signals below belong to each model's meta-object: PySide6 registers the signals of a
    plain Python base of a QObject class, as it does its overrides of Qt's virtual methods.)"""

    page_loaded = Signal(int)  # rows delivered by the fetcher (a page may add header rows too)
    loading_changed = Signal(bool)

    def _init_pages(self, fetcher: Callable | None, page_size: int) -> None:
        self._fetcher = fetcher
        self._page_size = page_size
        self._rows: list[Any] = []
        self._exhausted = True  # nothing to fetch until the model is (re)loaded
        self._pending = False
        self._generation = 0
        self._start_over()

    def set_fetcher(self, fetcher: Callable | None) -> None:
        self._fetcher = fetcher

    @property
    def is_loading(self) -> bool:
        return self._pending

    # -- what a model says -----------------------------------------------------------------
    def _request_page(self, deliver: Callable[..., None]) -> None:  # pragma: no cover - overridden
        """Ask the fetcher for the next page; it calls deliver(rows, ...) on the GUI thread."""
        raise NotImplementedError

    def _take_page(self, rows: list, *more: Any) -> list:  # pragma: no cover - overridden
        """A page arrived: move the position of the next page (and `_exhausted` when there is
        none) and return the rows to append. Runs before any signal about the new rows."""
        raise NotImplementedError

    def _start_over(self) -> None:
        """Forget the position of the next page (on every reset)."""

    # -- Qt model API ------------------------------------------------------------------------
    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self._rows)

    def canFetchMore(self, parent: QModelIndex = QModelIndex()) -> bool:  # noqa: N802
        return not parent.isValid() and not self._exhausted and not self._pending and self._fetcher is not None

    def fetchMore(self, parent: QModelIndex = QModelIndex()) -> None:  # noqa: N802
        if not self.canFetchMore(parent):
            return
        self._pending = True  # a view reacting to the insertion must not ask for the same rows again
        self.loading_changed.emit(True)
        self._request_page(partial(self._on_page, self._generation))

    def _on_page(self, generation: int, rows: list, *more: Any) -> None:
        if generation != self._generation:
            return  # a reload or clear happened meanwhile
        self._pending = False
        self.loading_changed.emit(False)
        # The position moves before any signal: a view (or tester) reacting to the
        # insertion may already ask for the next page.
        added = self._take_page(rows, *more)
        if added:
            first = len(self._rows)
            self.beginInsertRows(QModelIndex(), first, first + len(added) - 1)
            self._rows.extend(added)
            self.endInsertRows()
        self.page_loaded.emit(len(rows))
        if not rows and not self._exhausted:
            self.fetchMore()  # an empty page that did not end the list (a group with nothing in it)

    def fetch_failed(self) -> None:
        """The page could not be read; stop asking until the next reload."""
        self._pending = False
        self._exhausted = True
        self.loading_changed.emit(False)

    # -- changes -----------------------------------------------------------------------------
    def _reset(self, exhausted: bool) -> None:
        self.beginResetModel()
        self._generation += 1
        self._rows = []
        self._start_over()
        self._exhausted = exhausted
        self._pending = False
        self.endResetModel()

    def clear(self) -> None:
        """Forget every row (on lock). Nothing is fetched until the model is loaded again."""
        self._reset(True)


class KeysetPagedModel(PagedModel):
    """Keyset pages: fetch(after, limit, deliver(rows)) reads up to `limit` rows after the sort key
    `after` of the last row shown (None: from the start); a short page is the last one.

    A model says what a page adds (`_page_rows`, which may read `self._last`, the key of the
    last row shown so far) and what a row's key is (`_keyset`)."""

    def _page_rows(self, rows: list) -> list:
        return list(rows)

    def _keyset(self, row: Any) -> Any:  # pragma: no cover - overridden
        raise NotImplementedError

    def _start_over(self) -> None:
        self._last: Any = None  # the keyset position for the next page

    def _request_page(self, deliver: Callable[[list], None]) -> None:
        self._fetcher(self._last, self._page_size, deliver)

    def _take_page(self, rows: list, *more: Any) -> list:
        if len(rows) < self._page_size:
            self._exhausted = True
        added = self._page_rows(rows)
        if added:
            self._last = self._keyset(added[-1])
        return added

    def reload(self) -> None:
        """Start again from the first page."""
        self._reset(False)
        self.fetchMore()
