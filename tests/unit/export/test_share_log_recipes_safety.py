"""The share log (with its schema step applied by hand), saved recipes, and synced-folder warnings."""

from __future__ import annotations

import pytest

from companion.errors import InvalidInputError, NotFoundError
from companion.export.safety import looks_synced, synced_service
from companion.export.selection import (
    DatePrecision,
    Paper,
    RecipeBook,
    Redaction,
    ShareOptions,
    ShareRecipe,
    Template,
)
from companion.journal.model import EntryDraft
from companion.store.share_log import SharedEntry, ShareLogRepository


@pytest.fixture
def log(vault):
    return ShareLogRepository(vault.connection, vault.db_path)


def test_share_log_records_entries_and_excerpts(vault, log):
    ids = vault.entries.add_many([EntryDraft(body=f"b{i}", entry_date=f"2026-03-0{i} 10:00") for i in (1, 2)])
    first = log.record(format="pdf", template="group", entries=[SharedEntry(ids[0]), SharedEntry(ids[1], ((0, 1),))],
                       sections=["questions"], recipe="Tuesday group", shared_at="2026-03-10T18:00:00Z")
    log.record(format="print", template="personal", entries=[SharedEntry(ids[0]), SharedEntry(999)],
               shared_at="2026-03-17T18:00:00Z")
    history = log.history()
    assert [h.format for h in history] == ["print", "pdf"]
    assert history[1].to_json()["entries"] == [{"id": ids[0], "excerpts": []}, {"id": ids[1], "excerpts": [[0, 1]]}]
    assert history[1].recipe == "Tuesday group" and history[1].sections == ("questions",)
    assert [e.entry_id for e in history[0].entries] == [ids[0]]  # a missing entry is left out
    assert log.shared_dates(ids) == {ids[0]: ["2026-03-17T18:00:00Z", "2026-03-10T18:00:00Z"],
                                     ids[1]: ["2026-03-10T18:00:00Z"]}
    vault.entries.purge(ids[1])
    assert ids[1] not in log.shared_dates(ids)
    log.delete(first)
    with pytest.raises(NotFoundError):
        log.delete(first)
    assert log.clear() == 1 and log.history() == []


def test_recipes_round_trip_through_vault_settings(vault):
    book = RecipeBook(vault.settings)
    recipe = ShareRecipe.from_options("Tuesday group", ShareOptions(
        redactions=(Redaction("Sam"), Redaction("Leeds", "[a city]")), dates=DatePrecision.MONTH,
        template=Template.GROUP, paper=Paper.LETTER, text_size=16, keep_tags=True))
    book.save(recipe)
    book.save(ShareRecipe("Personal copy", template=Template.PERSONAL))
    assert [r.name for r in book.all()] == ["Personal copy", "Tuesday group"]
    loaded = book.get("tuesday GROUP")
    assert loaded == recipe
    options = loaded.apply(ShareOptions(title="Mine"))
    assert options.title == "Mine" and options.paper is Paper.LETTER and options.effective_text_size == 16
    assert book.delete("Personal copy") and not book.delete("Personal copy")
    with pytest.raises(InvalidInputError):
        book.save(ShareRecipe("  "))
    vault.settings.set("share.recipes", [{"name": "broken", "template": "poster"}, {"nope": 1}])
    assert book.all() == []


@pytest.mark.parametrize(
    ("path", "service"),
    [
        ("/home/a/Dropbox/share.pdf", "Dropbox"),
        ("/home/a/Dropbox (Personal)/x.pdf", "Dropbox"),
        ("C:/Users/a/OneDrive - Contoso/Documents/x.pdf", "OneDrive"),
        ("/Users/a/Library/CloudStorage/GoogleDrive-me@example.org/My Drive/x.pdf", "Google Drive"),
        ("/Users/a/Library/Mobile Documents/com~apple~CloudDocs/x.pdf", "iCloud"),
        ("/Users/a/iCloud Drive/x.pdf", "iCloud"),
        ("/home/a/Nextcloud/x.pdf", "Nextcloud"),
        ("/home/a/ownCloud/x.pdf", "ownCloud"),
        ("/home/a/pCloudDrive/x.pdf", "pCloud"),
        ("/home/a/Sync/x.pdf", "Sync.com"),
        ("/home/a/MEGA/x.pdf", "MEGA"),
        ("/Users/a/Library/CloudStorage/Box-Box/x.pdf", "a cloud storage provider"),
        ("/home/a/Documents/x.pdf", None),
        ("/home/a/dropboxes/megan/x.pdf", None),
    ],
)
def test_synced_folder_names(path, service):
    assert synced_service(path) == service


def test_synced_by_marker_and_symlink(tmp_path):
    root = tmp_path / "renamed"
    (root / "sub").mkdir(parents=True)
    (root / ".dropbox").write_text("{}")
    assert synced_service(root / "sub" / "x.pdf") == "Dropbox"
    cloud = tmp_path / "Nextcloud"
    cloud.mkdir()
    (tmp_path / "innocent").symlink_to(cloud)
    assert looks_synced(tmp_path / "innocent" / "x.pdf")
    assert not looks_synced(tmp_path / "plain" / "x.pdf")
