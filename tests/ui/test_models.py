"""Item models: Qt's model tester, lazy keyset paging, day grouping, search paging."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt

from companion.journal.model import EntryDraft, EntrySummary, SearchHit, SearchResult, ShareState
from companion.ui.models.entry_list import EntryListModel, Roles
from companion.ui.models.search_results import SearchResultsModel, highlighted_html
from companion.ui.tasks import TaskRunner
from companion.vault.core import Vault


def _rows(n: int) -> list[EntrySummary]:
    rows = []
    for i in range(n):
        day = 28 - i // 3
        rows.append(EntrySummary(
            id=n - i, entry_date=f"2026-02-{day:02d} {20 - i % 3:02d}:00", title=f"Entry {i}" if i % 4 else "",
            preview=f"first line {i}", tags=("a",) if i % 2 else (), pinned=i == 0,
            share_state=ShareState.MAYBE if i % 5 == 0 else ShareState.PRIVATE, has_content_note=i % 7 == 0,
        ))
    return rows


class SyncSource:
    """Serves keyset pages from a list, immediately (no worker)."""

    def __init__(self, rows):
        self.rows = rows
        self.calls = 0

    def __call__(self, after, limit, deliver):
        self.calls += 1
        start = 0
        if after is not None:
            start = next(i for i, r in enumerate(self.rows) if (r.entry_date, r.id) == after) + 1
        deliver(self.rows[start : start + limit])


def test_entry_list_model_passes_the_model_tester(qtmodeltester):
    source = SyncSource(_rows(25))
    model = EntryListModel(source, page_size=10)
    model.reload()
    qtmodeltester.check(model)
    while model.canFetchMore(QModelIndex()):
        model.fetchMore(QModelIndex())
    assert model.entry_count == 25
    assert model.rowCount() == 25 + 9  # 3 entries a day: 9 day headers
    assert source.calls == 3
    qtmodeltester.check(model)
    model.clear()
    assert model.rowCount() == 0 and not model.canFetchMore(QModelIndex())


def test_day_headers_markers_and_accessible_text(qapp):
    model = EntryListModel(SyncSource(_rows(7)), page_size=50)
    model.reload()
    kinds = ["H" if model.index(i, 0).data(Roles.IsHeader) else "e" for i in range(model.rowCount())]
    assert "".join(kinds) == "HeeeHeeeHe"
    header = model.index(0, 0)
    assert header.data(Roles.DayHeader) == header.data(Qt.ItemDataRole.DisplayRole)
    assert not header.flags() & Qt.ItemFlag.ItemIsSelectable and not header.flags() & Qt.ItemFlag.ItemIsEnabled
    assert header.data(Roles.Id) is None
    first = model.entry_index(0)
    assert first.row() == 1 and first.flags() & Qt.ItemFlag.ItemIsSelectable
    assert first.data(Roles.Markers) == ["Pinned", "Maybe share", "Content note"]
    assert first.data(Qt.ItemDataRole.DisplayRole) == "first line 0"  # untitled: the preview stands in
    assert "Pinned" in first.data(Qt.ItemDataRole.AccessibleTextRole)
    # the last day of a page continues on the next page without a second header
    paged = EntryListModel(SyncSource(_rows(7)), page_size=2)
    paged.reload()
    while paged.canFetchMore(QModelIndex()):
        paged.fetchMore(QModelIndex())
    assert [paged.index(i, 0).data(Roles.IsHeader) for i in range(paged.rowCount())] == \
        [model.index(i, 0).data(Roles.IsHeader) for i in range(model.rowCount())]


def test_replace_and_remove_keep_grouping(qapp, qtmodeltester):
    model = EntryListModel(SyncSource(_rows(6)), page_size=50)
    model.reload()
    qtmodeltester.check(model)
    row = model.summaries()[1]
    changed = EntrySummary(**{**row.__dict__, "title": "Renamed"})
    assert model.replace(changed)
    assert model.index(model.row_of(row.id), 0).data(Roles.Title) == "Renamed"
    moved = EntrySummary(**{**row.__dict__, "entry_date": "2020-01-01 10:00"})
    assert not model.replace(moved)  # a date change needs a reload to keep the order
    assert model.rowCount() == 8
    model.remove(model.summaries()[0].id)
    assert model.rowCount() == 7  # the day still has entries: its header stays
    for entry in model.summaries()[:2]:
        model.remove(entry.id)
    assert model.rowCount() == 4  # that day is empty now: its header went with it
    assert model.index(0, 0).data(Roles.IsHeader)


def test_lazy_pages_from_a_real_vault_through_the_worker(qtbot, tmp_path, qtmodeltester):
    from tests.ui.conftest import fast_kdf

    vault = Vault.create(tmp_path / "v", "a fine passphrase", kdf_params=fast_kdf())
    vault.entries.add_many([
        EntryDraft(title=f"t{i}", body=f"body {i}", entry_date=f"2026-01-{1 + i // 10:02d} {i % 10:02d}:00")
        for i in range(130)
    ])
    runner = TaskRunner()
    try:
        def fetch(after, limit, deliver):
            runner.submit(lambda: vault.entries.page(None, after=after, limit=limit), on_done=deliver)

        model = EntryListModel(fetch, page_size=50)
        qtmodeltester.check(model)
        model.reload()
        qtbot.waitUntil(lambda: model.entry_count >= 50)

        def scrolled_to_the_end() -> bool:
            if model.canFetchMore(QModelIndex()):  # what a view does as it nears the end
                model.fetchMore(QModelIndex())
            return model.entry_count == 130 and not model.is_loading

        qtbot.waitUntil(scrolled_to_the_end)
        ids = [e.id for e in model.summaries()]
        assert len(set(ids)) == 130
        dates = [e.entry_date for e in model.summaries()]
        assert dates == sorted(dates, reverse=True)
        headers = [model.index(i, 0).data(Roles.Date) for i in range(model.rowCount())
                   if model.index(i, 0).data(Roles.IsHeader)]
        assert len(headers) == len(set(headers)) == 13  # one per day, never repeated across pages
        model.fetchMore(QModelIndex())
        qtbot.wait(50)
        assert not model.canFetchMore(QModelIndex())
    finally:
        runner.shutdown()
        vault.close()


def test_stale_pages_after_clear_are_dropped(qapp):
    pending = []
    model = EntryListModel(lambda after, limit, deliver: pending.append(deliver), page_size=10)
    model.reload()
    model.clear()
    pending[0](_rows(5))  # arrives after the lock cleared the model
    assert model.rowCount() == 0


def test_search_model_pages_hits_and_highlights(qapp, qtmodeltester):
    ids = list(range(1, 8))
    hits = {i: SearchHit(id=i, entry_date="2026-03-01 10:00", title=f"T{i}",
                         snippet="a \x02bird\x03 <sang>", rank=i) for i in ids if i != 5}

    def fetch(result, start, limit, deliver):
        deliver([hits[i] for i in result.ids[start : start + limit] if i in hits])

    model = SearchResultsModel(fetch, page_size=3)
    result = SearchResult(query=None, total=len(ids), ids=ids)
    model.set_results(result, [hits[1], hits[2], hits[3]])
    qtmodeltester.check(model)
    while model.canFetchMore(QModelIndex()):
        model.fetchMore(QModelIndex())
    assert [model.index(i, 0).data(Roles.Id) for i in range(model.rowCount())] == [1, 2, 3, 4, 6, 7]
    html = model.index(0, 0).data(Roles.Preview)
    assert html == "a <b><u>bird</u></b> &lt;sang&gt;"
    assert highlighted_html("x") == "x"
    model.clear()
    assert model.rowCount() == 0
