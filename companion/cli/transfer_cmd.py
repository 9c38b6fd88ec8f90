"""Moving whole journals in and out: import jrnl, export json (plaintext, only when asked explicitly)."""

from __future__ import annotations

import json
from datetime import datetime, timezone
from pathlib import Path

from companion import __version__
from companion.errors import InvalidInputError, UsageError
from companion.importers import jrnl
from companion.importers.report import import_drafts
from companion.security.atomic import write_atomic

EXPORT_FORMAT = "companion-export"
EXPORT_VERSION = 1


def register(sub) -> None:
    p = sub.add_parser("import", help="import another journal (all or nothing; duplicates are skipped)")
    p.add_argument("kind", choices=["jrnl"], help="jrnl: its plain-text journal or its --export json file")
    p.add_argument("file")
    p.set_defaults(handler=cmd_import)

    p = sub.add_parser("export", help="export the whole journal")
    p.add_argument("kind", choices=["json"])
    p.add_argument("--out", required=True, help="the file to write")
    p.add_argument(
        "--plaintext", action="store_true",
        help="confirm you want an UNENCRYPTED copy: anyone who can read the file can read your journal",
    )
    p.set_defaults(handler=cmd_export)


def cmd_import(args, ctx) -> int:
    path = Path(args.file).expanduser()
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise InvalidInputError(f"{path} could not be read; nothing was imported.") from exc
    drafts = jrnl.parse(raw)
    report = import_drafts(ctx.open_vault().entries, drafts)
    if ctx.json:
        ctx.print_json(report.to_json())
    else:
        ctx.print(f"Imported {report.imported} entries; skipped {report.duplicates} already in your journal.")
    return 0


def export_document(vault) -> dict:
    entries = vault.entries.get_many(vault.entries.all_ids())
    return {
        "format": EXPORT_FORMAT,
        "version": EXPORT_VERSION,
        "app_version": __version__,
        "exported_at": datetime.now(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ"),
        "entries": [e.to_json() for e in entries],
    }


def cmd_export(args, ctx) -> int:
    if not args.plaintext:
        raise UsageError(
            "This writes your whole journal unencrypted. If that is what you want, add --plaintext."
        )
    out = Path(args.out).expanduser().resolve()
    document = export_document(ctx.open_vault())
    write_atomic(out, (json.dumps(document, ensure_ascii=False, indent=2) + "\n").encode("utf-8"))
    ctx.print(f"Wrote {len(document['entries'])} entries, unencrypted, to {out}. Keep it somewhere safe.")
    return 0
