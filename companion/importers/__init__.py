"""Bringing journals in: jrnl, Day One, a Markdown folder, or our own JSON export.

Parsing is pure (bytes or files in, EntryDraft lists out) and refuses a damaged source
with one sentence before anything is stored; `import_path` then adds every new entry
in one transaction (all or nothing) and skips entries already in the journal.

    report = import_path(vault.entries, "dayone", Path("~/Export.zip"))
    report.imported, report.duplicates, report.skipped   # counts and reasons, no content
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from companion.errors import InvalidInputError
from companion.journal.model import EntryDraft

KINDS = ("jrnl", "dayone", "markdown", "json")


@dataclass
class ParsedSource:
    drafts: list[EntryDraft]
    skipped: list[str] = field(default_factory=list)  # what in the source will not come in, and why


def read_source(kind: str, path: Path) -> ParsedSource:
    """Parse an import source without touching any vault."""
    from companion.importers import companion_json, dayone, jrnl, markdown_folder

    path = Path(path).expanduser()
    skipped: list[str] = []
    if kind == "markdown":
        return ParsedSource(markdown_folder.parse_folder(path, skipped), skipped)
    if kind == "dayone":
        if not path.is_file():
            raise InvalidInputError(f"{path} is not a file; nothing was imported.")
        return ParsedSource(dayone.parse_path(path, skipped), skipped)
    if kind not in ("jrnl", "json"):
        raise InvalidInputError(f"Companion can import {', '.join(KINDS)}, not {kind!r}.")
    try:
        if path.stat().st_size > jrnl.MAX_IMPORT_BYTES:
            raise InvalidInputError("That file is too large to import in one go; nothing was imported.")
        raw = path.read_bytes()
    except (IsADirectoryError, PermissionError, FileNotFoundError, OSError) as exc:
        raise InvalidInputError(f"{path} could not be read; nothing was imported.") from exc
    if kind == "jrnl":
        return ParsedSource(jrnl.parse(raw), skipped)
    return ParsedSource(companion_json.parse(raw, skipped), skipped)


def import_path(entries, kind: str, path: Path):
    """Parse `path` as `kind` and import it into `entries` (an EntryRepository)."""
    from companion.importers.report import import_drafts

    source = read_source(kind, path)
    report = import_drafts(entries, source.drafts)
    report.skipped = source.skipped + report.skipped
    return report
