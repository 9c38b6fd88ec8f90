"""Moving journals in and out, and sharing chosen entries.

- `import jrnl|dayone|markdown|json PATH`: all or nothing; duplicates are skipped.
- `export json|markdown-folder --out PATH --plaintext`: the whole journal, unencrypted.
- `export pdf|md|html|txt --out FILE` with a selection (--ids, --share-state, --since,
  --until) and protections (--redact-file, --dates, --template, ...): what a person
  chose to bring to a group. Qt is imported only for pdf.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from companion.errors import InvalidInputError, NotFoundError, UsageError
from companion.export import portable
from companion.importers import KINDS, import_path

EXPORT_FORMAT = portable.EXPORT_FORMAT
EXPORT_VERSION = portable.EXPORT_VERSION
SHARE_KINDS = ("pdf", "md", "html", "txt")
FULL_KINDS = ("json", "markdown-folder")


def register(sub) -> None:
    p = sub.add_parser("import", help="import another journal (all or nothing; duplicates are skipped)")
    p.add_argument(
        "kind", choices=list(KINDS),
        help="jrnl: its text journal or --export json file; dayone: its JSON export (zip or .json); "
        "markdown: a folder of .md files; json: a Companion JSON export",
    )
    p.add_argument("file", help="the file (or, for markdown, the folder) to import")
    p.set_defaults(handler=cmd_import)

    p = sub.add_parser(
        "export",
        help="share chosen entries (pdf, md, html, txt) or export the whole journal (json, markdown-folder)",
    )
    p.add_argument("kind", choices=[*SHARE_KINDS, *FULL_KINDS])
    p.add_argument("--out", required=True, help="the file (or, for markdown-folder, the new folder) to write")
    p.add_argument(
        "--plaintext", action="store_true",
        help="json/markdown-folder: confirm you want an UNENCRYPTED copy of the whole journal",
    )
    share = p.add_argument_group("sharing (pdf, md, html, txt)")
    share.add_argument("--ids", help="entry numbers, e.g. 3,7,12")
    share.add_argument("--share-state", choices=["private", "maybe", "ready"], help="only entries in this state")
    share.add_argument("--since", help="only entries on or after this day (YYYY-MM-DD)")
    share.add_argument("--until", help="only entries on or before this day (YYYY-MM-DD)")
    share.add_argument("--redact-file", help="words to hide, one per line; `term => placeholder` to choose the stand-in")
    share.add_argument("--dates", choices=["exact", "week", "month", "none"],
                       help="how precisely to show dates (default: none for group, exact for personal)")
    share.add_argument("--template", choices=["group", "personal"], default="group",
                       help="group: large type, neutral header, no dates (default); personal: a personal copy")
    share.add_argument("--paper", choices=["a4", "letter"], default="a4")
    share.add_argument("--text-size", type=int, help="text size in points (default: 14 group, 11 personal)")
    share.add_argument("--keep-tags", action="store_true", help="show each entry's tags")
    share.add_argument("--keep-metadata", action="store_true", help="show content notes")
    p.set_defaults(handler=cmd_export)


# --- import ------------------------------------------------------------------------------------


def cmd_import(args, ctx) -> int:
    report = import_path(ctx.open_vault().entries, args.kind, Path(args.file))
    if ctx.json:
        ctx.print_json(report.to_json())
    else:
        ctx.print(f"Imported {report.imported} entries; skipped {report.duplicates} already in your journal.")
        for reason in report.skipped:
            ctx.print(f"Not imported: {reason}")
    return 0


# --- export ------------------------------------------------------------------------------------


def export_document(vault) -> dict:
    """The whole journal as our JSON export document (docs/export-format.md)."""
    from companion.export.output import export_document as document

    return document(vault)


def cmd_export(args, ctx) -> int:
    if args.kind in FULL_KINDS:
        return _full_export(args, ctx)
    return _share_export(args, ctx)


def _full_export(args, ctx) -> int:
    if not args.plaintext:
        raise UsageError(
            "This writes your whole journal unencrypted. If that is what you want, add --plaintext."
        )
    from companion.export.output import write_full_export

    vault = ctx.open_vault()
    out, written = write_full_export(vault, args.kind, args.out)
    _warn_if_synced(out, ctx)
    if ctx.json:
        ctx.print_json({"path": str(out), "entries": written, "format": args.kind})
    else:
        ctx.print(f"Wrote {written} entries, unencrypted, to {out}. Keep it somewhere safe.")
    return 0


def _day(value: str | None, flag: str) -> str | None:
    if value is None:
        return None
    try:
        return date.fromisoformat(value).isoformat()
    except ValueError as exc:
        raise UsageError(f"{flag} needs a day like 2026-03-14 (got {value!r}).") from exc


def select_entries(vault, args) -> list:
    """The entries the options name, oldest first. Filters narrow --ids; without --ids they select."""
    from companion.export.selection import parse_ids
    from companion.journal.model import ShareState
    from companion.journal.query import SearchQuery

    since, until = _day(args.since, "--since"), _day(args.until, "--until")
    if not (args.ids or args.share_state or since or until):
        raise UsageError("Choose what to share with --ids, --share-state, --since or --until.")
    filtered: set[int] | None = None
    if args.share_state or since or until:
        states = (ShareState.parse(args.share_state),) if args.share_state else ()
        query = SearchQuery(since=since, until=until, share_states=states)
        filtered = set(vault.entries.all_matching_ids(query))
    if args.ids:
        wanted = parse_ids(args.ids)
        found = {e.id: e for e in vault.entries.get_many(wanted)}
        missing = [i for i in wanted if i not in found]
        if missing:
            raise NotFoundError(f"There is no entry {missing[0]}; nothing was written.")
        entries = [found[i] for i in wanted if filtered is None or i in filtered]
    else:
        entries = vault.entries.get_many(sorted(filtered or ()))
    if not entries:
        raise InvalidInputError("No entries match that choice; nothing was written.")
    return sorted(entries, key=lambda e: (e.entry_date, e.id))


def share_options(args):
    from companion.export.redact import parse_redaction_lines
    from companion.export.selection import DatePrecision, Paper, ShareOptions, Template

    redactions: tuple = ()
    if args.redact_file:
        path = Path(args.redact_file).expanduser()
        try:
            text = path.read_text(encoding="utf-8-sig")
        except (OSError, UnicodeDecodeError) as exc:
            raise InvalidInputError(f"The redaction list {path} could not be read; nothing was written.") from exc
        redactions = parse_redaction_lines(text)
    return ShareOptions(
        redactions=redactions,
        dates=DatePrecision.parse(args.dates) if args.dates else None,
        keep_tags=args.keep_tags,
        keep_metadata=args.keep_metadata,
        template=Template.parse(args.template),
        paper=Paper.parse(args.paper),
        text_size=args.text_size,
    )


def _share_export(args, ctx) -> int:
    from companion.export.compose import compose
    from companion.export.output import check_destination, log_share, write_share_text
    from companion.export.redact import Redactor
    from companion.export.selection import whole_entries

    out = check_destination(args.out)
    options = share_options(args)
    redactor = Redactor(options.redactions)  # refuses a bad list before the vault is opened
    vault = ctx.open_vault()
    entries = select_entries(vault, args)
    selection = whole_entries([e.id for e in entries], options)
    document = compose(selection, entries, redactor=redactor)
    pages = None
    if args.kind == "pdf":
        from companion.export.pdf import ensure_application, render_pdf

        ensure_application()
        pages = render_pdf(document, out).pages
    else:
        write_share_text(document, args.kind, out)
    log_share(vault, args.kind, selection)
    service = _warn_if_synced(out, ctx)
    if ctx.json:
        ctx.print_json({"path": str(out), "entries": len(entries), "pages": pages, "format": args.kind,
                        "synced_folder": service})
    else:
        extent = f" ({pages} page{'s' if pages != 1 else ''})" if pages is not None else ""
        ctx.print(f"Wrote {len(entries)} entr{'y' if len(entries) == 1 else 'ies'}{extent} to {out}.")
    return 0


def _warn_if_synced(out: Path, ctx) -> str | None:
    from companion.export.safety import synced_service

    service = synced_service(out)
    if service and not ctx.json:
        print(
            f"Note: {out.parent} looks like a folder synced by {service}; the file may be copied off this device.",
            file=ctx.err,
        )
    return service
