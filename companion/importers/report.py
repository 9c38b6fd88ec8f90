"""Importing drafts into a vault all-or-nothing, skipping entries that are already there."""

from __future__ import annotations

from dataclasses import dataclass, field

from companion.journal.model import EntryDraft, fingerprint


@dataclass
class ImportReport:
    imported: int = 0
    duplicates: int = 0
    skipped: list[str] = field(default_factory=list)  # reasons, no content
    ids: list[int] = field(default_factory=list)  # the new entries, in import order

    def to_json(self) -> dict:
        return {"imported": self.imported, "duplicates": self.duplicates, "skipped": self.skipped, "ids": self.ids}


def import_drafts(entries, drafts: list[EntryDraft]) -> ImportReport:
    """`entries` is an EntryRepository. One transaction: every new entry lands, or none."""
    report = ImportReport()
    known = entries.fingerprints()
    fresh: list[EntryDraft] = []
    for draft in drafts:
        key = fingerprint(draft.entry_date or "", draft.title, draft.body)
        if key in known:
            report.duplicates += 1
            continue
        known.add(key)
        fresh.append(draft)
    if fresh:
        report.ids = list(entries.add_many(fresh) or [])
    report.imported = len(fresh)
    return report
