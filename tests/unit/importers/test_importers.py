"""Importers: each supported format from fixtures, malformed inputs refused whole, zip safety."""

from __future__ import annotations

import argparse
import io
import json
import os
import shutil
import zipfile

import pytest

from companion.cli import transfer_cmd
from companion.cli.context import CommandContext
from companion.errors import InvalidInputError
from companion.importers import import_path, read_source
from companion.importers.report import ImportReport


def count(vault) -> int:
    return len(vault.entries.all_ids())


def cli(vault, *argv: str, json_mode: bool = False) -> str:
    parser = argparse.ArgumentParser(prog="companion")
    transfer_cmd.register(parser.add_subparsers(dest="command"))
    args = parser.parse_args(argv)
    out = io.StringIO()
    assert args.handler(args, CommandContext(out=out, err=io.StringIO(), json=json_mode, open_vault=lambda: vault)) == 0
    return out.getvalue()


def test_dayone_zip(vault, fixtures):
    report = import_path(vault.entries, "dayone", fixtures / "dayone" / "export.zip")
    assert (report.imported, report.duplicates) == (2, 0)
    assert any("no text" in s for s in report.skipped) and any("media" in s for s in report.skipped)
    first, second = vault.entries.get_many(report.ids)
    assert first.title == "After the session" and first.pinned and first.tags == ("evening", "therapy")
    assert first.entry_date == "2024-03-05 21:41"  # London in March: UTC+0
    assert "dayone-moment" not in first.body and "\n\n\n" not in first.body
    assert first.body.endswith("- breathe\n- drink water")
    assert second.entry_date == "2024-03-07 03:15" and second.title == ""  # New York: UTC-5
    assert "Somewhere private" not in json.dumps([e.to_json() for e in (first, second)])
    again = import_path(vault.entries, "dayone", fixtures / "dayone" / "Journal.json")
    assert (again.imported, again.duplicates) == (0, 2)


def test_markdown_folder(vault, fixtures, tmp_path):
    folder = tmp_path / "notes"
    shutil.copytree(fixtures / "markdown", folder)
    os.utime(folder / "notes" / "deeper" / "heading-title.md", (1704888000, 1704888000))  # 2024-01-10 12:00 UTC
    report = import_path(vault.entries, "markdown", folder)
    assert report.imported == 4 and any("not Markdown" in s for s in report.skipped)
    entries = {e.title: e for e in vault.entries.get_many(report.ids)}
    letter = entries["Letter I won't send"]
    assert letter.entry_date == "2024-02-03 19:05" and letter.pinned and letter.share_state.value == "maybe"
    assert letter.tags == ("anger", "letters") and letter.content_note == "mentions the night it happened"
    assert letter.body == "You don't get to decide how this ends.\n"
    assert entries["Morning pages"].entry_date == "2024-02-01 00:00"
    assert entries["Small win"].body == "Answered the phone today.\n"
    assert entries["list-tags"].tags == ("body", "rest") and entries["list-tags"].entry_date == "2024-02-04 00:00"
    assert "theme" not in json.dumps([e.to_json() for e in entries.values()])


def test_jrnl_through_the_same_door(vault, fixtures):
    assert import_path(vault.entries, "jrnl", fixtures / "jrnl" / "journal.txt").imported == 2
    report = import_path(vault.entries, "jrnl", fixtures / "jrnl" / "export.json")
    assert (report.imported, report.duplicates) == (0, 1)


def test_own_json(vault, fixtures):
    report = import_path(vault.entries, "json", fixtures / "companion" / "export-v1.json")
    assert report.imported == 2
    second = vault.entries.get_many(report.ids)[1]
    assert (second.pinned, second.never_resurface, second.content_note, second.prompt_id) == (True, True, "nightmare",
                                                                                               "rest-01")


@pytest.mark.parametrize(
    ("kind", "name", "message"),
    [
        ("dayone", "dayone/malformed-entry.json", "Entry 2 in malformed-entry.json is damaged"),
        ("dayone", "dayone/truncated.json", "not valid JSON"),
        ("dayone", "dayone/traversal.zip", "unsafe name"),
        ("dayone", "dayone/no-journal.zip", "no Day One journal"),
        ("dayone", "companion/export-v1.json", "import it as json"),
        ("markdown", "markdown-malformed", "never ends"),
        ("markdown", "jrnl", "no Markdown"),
        ("jrnl", "jrnl/malformed.txt", "does not look like a jrnl journal"),
        ("json", "companion/newer-version.json", "newer version of Companion"),
        ("json", "companion/damaged-entry.json", "Entry 2 in that Companion export is damaged"),
        ("json", "jrnl/export.json", "not a Companion export"),
        ("json", "dayone/export.zip", "not valid JSON"),
    ],
)
def test_malformed_sources_import_nothing(vault, fixtures, kind, name, message):
    with pytest.raises(InvalidInputError, match=message) as info:
        import_path(vault.entries, kind, fixtures / name)
    assert str(info.value).endswith((".", "it.")) and "\n" not in str(info.value)
    assert count(vault) == 0


def test_a_bad_file_late_in_a_folder_imports_nothing(vault, tmp_path):
    for i in range(5):
        (tmp_path / f"2024-01-0{i + 1}.md").write_text(f"entry {i}", encoding="utf-8")
    (tmp_path / "2024-01-09.md").write_bytes(b"\xff\xfe not utf-8 \x80")
    with pytest.raises(InvalidInputError, match="2024-01-09.md is not UTF-8"):
        import_path(vault.entries, "markdown", tmp_path)
    assert count(vault) == 0


def test_storage_refusal_after_parsing_imports_nothing(vault, tmp_path):
    path = tmp_path / "big.json"
    entries = [{"date": "2026-03-01 10:00", "title": "ok", "body": "fine"},
               {"date": "2026-03-01 10:00", "title": "x" * 5000, "body": "too long a title"}]
    path.write_text(json.dumps({"format": "companion-export", "version": 1, "entries": entries}), encoding="utf-8")
    with pytest.raises(InvalidInputError):
        import_path(vault.entries, "json", path)
    assert count(vault) == 0


def _zip(tmp_path, name, members):
    path = tmp_path / name
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        for member, data in members.items():
            zf.writestr(member, data)
    return path


def test_zip_safety(vault, tmp_path):
    journal = json.dumps({"entries": [{"creationDate": "2024-01-01T10:00:00Z", "text": "hi"}]})
    bomb = _zip(tmp_path, "bomb.zip", {"Journal.json": b" " * (8 * 1024 * 1024)})
    with pytest.raises(InvalidInputError, match="oddly compressed"):
        read_source("dayone", bomb)
    with pytest.raises(InvalidInputError, match="unsafe name"):
        read_source("dayone", _zip(tmp_path, "abs.zip", {"/etc/Journal.json": journal}))
    with pytest.raises(InvalidInputError, match="not a readable zip"):
        (tmp_path / "fake.zip").write_bytes(b"PK\x03\x04 truncated")
        read_source("dayone", tmp_path / "fake.zip")
    nested = _zip(tmp_path, "nested.zip", {"Export/Journal.json": journal, "Export/photos/a.heic": b"x",
                                           "__MACOSX/Export/._Journal.json": b"junk"})
    assert [d.body for d in read_source("dayone", nested).drafts] == ["hi"]
    assert count(vault) == 0


def test_encrypted_member_is_refused(tmp_path):
    path = _zip(tmp_path, "locked.zip", {"Journal.json": b"{}"})
    raw = bytearray(path.read_bytes())  # zipfile cannot write encrypted members: set the flag by hand
    for signature, offset in ((b"PK\x03\x04", 6), (b"PK\x01\x02", 8)):
        at = raw.index(signature) + offset
        raw[at] |= 0x1
    path.write_bytes(bytes(raw))
    with pytest.raises(InvalidInputError, match="password-protected"):
        read_source("dayone", path)


def test_cli_import_kinds_and_report(vault, fixtures):
    out = cli(vault, "import", "dayone", str(fixtures / "dayone" / "export.zip"))
    assert "Imported 2 entries; skipped 0" in out and "Not imported:" in out
    data = json.loads(cli(vault, "import", "json", str(fixtures / "companion" / "export-v1.json"), json_mode=True))
    assert data["imported"] == 2 and len(data["ids"]) == 2
    assert ImportReport().to_json() == {"imported": 0, "duplicates": 0, "skipped": [], "ids": []}
