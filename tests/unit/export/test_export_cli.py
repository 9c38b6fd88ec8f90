"""`companion export ...` through its handlers, on a real vault."""

from __future__ import annotations

import argparse
import io
import json

import pytest

from companion.cli import transfer_cmd
from companion.cli.context import CommandContext
from companion.errors import InvalidInputError, NotFoundError, UsageError
from companion.journal.model import EntryDraft, ShareState


def parse(*argv: str) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="companion")
    transfer_cmd.register(parser.add_subparsers(dest="command"))
    return parser.parse_args(argv)


def run(vault, *argv: str, json_mode: bool = False) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    ctx = CommandContext(out=out, err=err, json=json_mode, open_vault=lambda: vault)
    args = parse(*argv)
    return args.handler(args, ctx), out.getvalue(), err.getvalue()


@pytest.fixture
def filled(vault):
    vault.entries.add_many([
        EntryDraft(body="Talked with Sam about Leeds.", title="Ready one", entry_date="2026-03-02 10:00",
                   share_state=ShareState.READY, tags=("group",)),
        EntryDraft(body="PRIVATECANARY stays home.", title="Private", entry_date="2026-03-03 10:00"),
        EntryDraft(body="Second ready, with Sam.", title="Ready two", entry_date="2026-03-20 10:00",
                   share_state=ShareState.READY),
    ])
    return vault


@pytest.mark.parametrize("kind", ["md", "html", "txt"])
def test_share_ready_entries_with_redactions(filled, tmp_path, kind):
    red = tmp_path / "hide.txt"
    red.write_text("# people\nSam\nLeeds => [a city]\n", encoding="utf-8")
    out = tmp_path / f"share.{kind}"
    code, stdout, _ = run(filled, "export", kind, "--out", str(out), "--share-state", "ready", "--redact-file", str(red))
    text = out.read_text(encoding="utf-8")
    assert code == 0 and "Wrote 2 entries" in stdout
    assert "Sam" not in text and "Leeds" not in text and "PRIVATECANARY" not in text
    assert "a city" in text and text.index("Ready one") < text.index("Ready two")
    assert "2026" not in text  # group template: no dates
    assert out.stat().st_mode & 0o777 == 0o600


def test_ids_since_until_dates_and_template(filled, tmp_path):
    out = tmp_path / "share.txt"
    run(filled, "export", "txt", "--out", str(out), "--ids", "3,1,2", "--until", "2026-03-10",
        "--template", "personal", "--dates", "month", "--keep-tags")
    text = out.read_text(encoding="utf-8")
    assert "Ready one" in text and "PRIVATECANARY" in text and "Ready two" not in text
    assert "March 2026" in text and "Tags: group" in text and "My reflection" in text
    run(filled, "export", "txt", "--out", str(out), "--since", "2026-03-10")
    assert "Ready two" in out.read_text(encoding="utf-8") and "Ready one" not in out.read_text(encoding="utf-8")


def test_refusals_are_one_sentence(filled, tmp_path):
    out = str(tmp_path / "x.md")
    with pytest.raises(UsageError, match="Choose what to share"):
        run(filled, "export", "md", "--out", out)
    with pytest.raises(NotFoundError, match="no entry 42"):
        run(filled, "export", "md", "--out", out, "--ids", "1,42")
    with pytest.raises(InvalidInputError, match="No entries match"):
        run(filled, "export", "md", "--out", out, "--since", "2030-01-01")
    with pytest.raises(UsageError, match="--since"):
        run(filled, "export", "md", "--out", out, "--since", "March")
    with pytest.raises(InvalidInputError, match="does not exist"):
        run(filled, "export", "md", "--out", str(tmp_path / "no" / "x.md"), "--ids", "1")
    bad = tmp_path / "bad.txt"
    bad.write_text("name\n", encoding="utf-8")
    with pytest.raises(InvalidInputError, match="placeholder"):
        run(filled, "export", "md", "--out", out, "--ids", "1", "--redact-file", str(bad))
    assert not (tmp_path / "x.md").exists()


@pytest.mark.gui
def test_pdf_with_json_output(filled, tmp_path, qapp, pdftools):
    out = tmp_path / "share.pdf"
    code, stdout, _ = run(filled, "export", "pdf", "--out", str(out), "--ids", "1", "--paper", "letter", json_mode=True)
    data = json.loads(stdout)
    assert code == 0 and data["pages"] == 1 and data["entries"] == 1 and data["synced_folder"] is None
    assert "Ready one" in pdftools.text(out)


def test_warns_when_the_folder_looks_synced(filled, tmp_path):
    folder = tmp_path / "Dropbox"
    folder.mkdir()
    _, _, err = run(filled, "export", "md", "--out", str(folder / "x.md"), "--ids", "1")
    assert "Dropbox" in err


def test_full_exports_need_plaintext(filled, tmp_path):
    with pytest.raises(UsageError, match="--plaintext"):
        run(filled, "export", "json", "--out", str(tmp_path / "all.json"))
    with pytest.raises(UsageError, match="--plaintext"):
        run(filled, "export", "markdown-folder", "--out", str(tmp_path / "md"))
    assert not (tmp_path / "all.json").exists() and not (tmp_path / "md").exists()


def test_share_is_logged(filled, tmp_path):
    from companion.store.share_log import ShareLogRepository

    log = ShareLogRepository(filled.connection, filled.db_path)
    run(filled, "export", "txt", "--out", str(tmp_path / "b.txt"), "--share-state", "ready")
    (record,) = log.history()
    assert record.format == "txt" and record.template == "group"
    assert [e.entry_id for e in record.entries] == [1, 3]
