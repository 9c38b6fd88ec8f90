"""Full exports read back: JSON export -> import into an empty vault -> identical entries."""

from __future__ import annotations

import argparse
import io
import json

import pytest

from companion.cli import transfer_cmd
from companion.cli.context import CommandContext
from companion.errors import InvalidInputError
from companion.export import portable
from companion.importers import import_path
from companion.journal.model import EntryDraft, ShareState

TRICKY = [
    EntryDraft(body="Plain day.", title="One", entry_date="2026-01-02 08:00"),
    EntryDraft(body="---\ntitle: fake front matter in the body\n---\n\n# Heading\n\n* star\r\nCRLF line\r\n",
               title="Looks like YAML: yes", tags=("a", "Ünïcödé", "with space"), entry_date="2026-01-03 23:59",
               pinned=True, share_state=ShareState.READY, content_note='quotes " and \\ backslash',
               never_resurface=True, prompt_id="rest-01"),
    EntryDraft(body="  leading and trailing spaces kept  \n\n", title="", entry_date="2026-01-04 00:00",
               share_state=ShareState.MAYBE),
    EntryDraft(body="emoji 💜, RTL שלום, zero\u200bwidth, nbsp\u00a0here", title="💜", entry_date="2026-01-05 12:30"),
]
FIELDS = ("entry_date", "title", "body", "tags", "pinned", "share_state", "content_note", "never_resurface",
          "prompt_id")


def content(vault) -> list[tuple]:
    entries = vault.entries.get_many(vault.entries.all_ids())
    return sorted(tuple(getattr(e, f) for f in FIELDS) for e in entries)


def run(vault, *argv: str) -> str:
    parser = argparse.ArgumentParser(prog="companion")
    transfer_cmd.register(parser.add_subparsers(dest="command"))
    args = parser.parse_args(argv)
    out = io.StringIO()
    args.handler(args, CommandContext(out=out, err=io.StringIO(), open_vault=lambda: vault))
    return out.getvalue()


@pytest.mark.parametrize(("kind", "import_kind"), [("json", "json"), ("markdown-folder", "markdown")])
def test_export_then_import_is_identical(vault, second_vault, tmp_path, kind, import_kind):
    vault.entries.add_many(TRICKY)
    target = tmp_path / ("all.json" if kind == "json" else "all-md")
    assert "Wrote 4 entries, unencrypted" in run(vault, "export", kind, "--out", str(target), "--plaintext")
    report = import_path(second_vault.entries, import_kind, target)
    assert (report.imported, report.duplicates, report.skipped) == (4, 0, [])
    assert content(second_vault) == content(vault)
    again = import_path(second_vault.entries, import_kind, target)
    assert (again.imported, again.duplicates) == (0, 4)


def test_json_document_shape(vault, tmp_path):
    vault.entries.add_many(TRICKY[:1])
    run(vault, "export", "json", "--out", str(tmp_path / "x.json"), "--plaintext")
    data = json.loads((tmp_path / "x.json").read_text(encoding="utf-8"))
    assert data["format"] == "companion-export" and data["version"] == 1
    assert {"id", "uuid", "created_at", "updated_at", "date", "title", "body", "tags", "pinned", "share_state",
            "content_note", "never_resurface", "deleted_at", "prompt_id"} <= set(data["entries"][0])
    assert transfer_cmd.export_document(vault)["entries"][0]["body"] == "Plain day."
    assert (tmp_path / "x.json").stat().st_mode & 0o777 == 0o600


def test_markdown_folder_layout_and_refusals(vault, tmp_path):
    vault.entries.add_many(TRICKY)
    folder = tmp_path / "journal"
    portable.write_markdown_folder(folder, vault.entries.get_many(vault.entries.all_ids()))
    names = sorted(p.name for p in folder.iterdir())
    assert len(names) == 4 and names[0].startswith("2026-01-02_0800_") and all(n.endswith(".md") for n in names)
    assert all((folder / n).stat().st_mode & 0o777 == 0o600 for n in names)
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".")]  # no staging folder left
    with pytest.raises(InvalidInputError, match="not empty"):
        portable.write_markdown_folder(folder, [])
    (tmp_path / "file").write_text("x")
    with pytest.raises(InvalidInputError, match="is a file"):
        portable.write_markdown_folder(tmp_path / "file", [])
