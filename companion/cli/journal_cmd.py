"""Journal commands: add, list, show, edit, delete, undelete, search, tags."""

from __future__ import annotations

import sys
from datetime import datetime
from pathlib import Path

from companion.errors import UsageError
from companion.journal.model import HIGHLIGHT_END, HIGHLIGHT_START, EntryDraft, ShareState
from companion.journal.query import SearchQuery, parse


def register(sub) -> None:
    p = sub.add_parser("add", help="add an entry (body from stdin or --body-file)")
    p.add_argument("--title", default="")
    p.add_argument("--tag", action="append", default=[], help="a tag; repeat for more")
    p.add_argument("--date", help="entry date, YYYY-MM-DD or 'YYYY-MM-DD HH:MM' (default: now)")
    p.add_argument("--body-file", help="read the body from this file ('-' for stdin)")
    p.add_argument("--share-state", choices=[s.value for s in ShareState], default="private")
    p.add_argument("--pin", action="store_true")
    p.add_argument("--content-note", default="")
    p.set_defaults(handler=cmd_add)

    p = sub.add_parser("list", help="list entries, newest first")
    p.add_argument("--limit", type=int, default=20)
    p.add_argument("--tag", action="append", default=[])
    p.add_argument("--since", help="YYYY-MM-DD (inclusive)")
    p.add_argument("--until", help="YYYY-MM-DD (inclusive)")
    p.add_argument("--share-state", choices=[s.value for s in ShareState])
    p.set_defaults(handler=cmd_list)

    p = sub.add_parser("show", help="show one entry")
    p.add_argument("id", type=int)
    p.set_defaults(handler=cmd_show)

    p = sub.add_parser("edit", help="change an entry's text or details")
    p.add_argument("id", type=int)
    p.add_argument("--title")
    p.add_argument("--body-file", help="new body from this file ('-' for stdin)")
    p.add_argument("--tag", action="append", help="replace the tags (repeat for more)")
    p.add_argument("--date")
    p.add_argument("--share-state", choices=[s.value for s in ShareState])
    pin = p.add_mutually_exclusive_group()
    pin.add_argument("--pin", action="store_true", default=None)
    pin.add_argument("--unpin", action="store_true", default=None)
    p.add_argument("--content-note")
    p.set_defaults(handler=cmd_edit)

    p = sub.add_parser("delete", help="move an entry to recently deleted (or --purge to erase it)")
    p.add_argument("id", type=int)
    p.add_argument("--purge", action="store_true", help="erase now instead of keeping it in recently deleted")
    p.set_defaults(handler=cmd_delete)

    p = sub.add_parser("undelete", help="bring an entry back from recently deleted")
    p.add_argument("id", type=int)
    p.set_defaults(handler=cmd_undelete)

    p = sub.add_parser("search", help='search entries: words, "phrases", prefix*, tag:x, since:/until:, state:')
    p.add_argument("query", nargs="+")
    p.add_argument("--limit", type=int, default=20)
    p.set_defaults(handler=cmd_search)

    p = sub.add_parser("tags", help="list tags with their number of entries")
    p.set_defaults(handler=cmd_tags)


def _entry_date(value: str | None) -> str | None:
    if value is None:
        return None
    for fmt in ("%Y-%m-%d %H:%M", "%Y-%m-%dT%H:%M", "%Y-%m-%d"):
        try:
            parsed = datetime.strptime(value, fmt)
        except ValueError:
            continue
        if fmt == "%Y-%m-%d":
            parsed = parsed.replace(hour=12)
        return parsed.strftime("%Y-%m-%d %H:%M")
    raise UsageError(f"Dates look like 2026-03-14 or '2026-03-14 09:30' (got {value!r}).")


def _read_body(path: str | None, *, default_stdin: bool) -> str | None:
    if path == "-" or (path is None and default_stdin):
        if path is None and sys.stdin.isatty():
            raise UsageError("Give the entry's text on standard input or with --body-file FILE.")
        return sys.stdin.read()
    if path is None:
        return None
    try:
        return Path(path).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise UsageError(f"{path} could not be read as UTF-8 text.") from exc


def cmd_add(args, ctx) -> int:
    body = _read_body(args.body_file, default_stdin=True) or ""
    if not body.strip() and not args.title.strip():
        raise UsageError("The entry is empty; nothing was added.")
    draft = EntryDraft(
        body=body, title=args.title, tags=tuple(args.tag), entry_date=_entry_date(args.date),
        share_state=ShareState(args.share_state), pinned=args.pin, content_note=args.content_note,
    )
    entry = ctx.open_vault().entries.add(draft)
    if ctx.json:
        ctx.print_json({"id": entry.id, "uuid": entry.uuid})
    else:
        ctx.print(f"Added entry {entry.id}.")
    return 0


def _filters(args) -> SearchQuery:
    return SearchQuery().with_filters(
        tags=args.tag or (),
        since=parse(f"since:{args.since}").since if args.since else None,
        until=parse(f"until:{args.until}").until if args.until else None,
        share_states=(ShareState(args.share_state),) if args.share_state else (),
    )


def cmd_list(args, ctx) -> int:
    if args.limit < 1:
        raise UsageError("--limit must be at least 1.")
    rows = ctx.open_vault().entries.page(_filters(args), limit=args.limit)
    if ctx.json:
        ctx.print_json({"entries": [r.to_json() for r in rows]})
        return 0
    if not rows:
        ctx.print("No entries yet.")
    for row in rows:
        marks = ("*" if row.pinned else "") + ("!" if row.has_content_note else "")
        tags = " " + " ".join(f"#{t}" for t in row.tags) if row.tags else ""
        title = row.title or row.preview[:60]
        ctx.print(f"{row.id:>6}  {row.entry_date}  {marks:2} {title}{tags}")
    return 0


def cmd_show(args, ctx) -> int:
    entry = ctx.open_vault().entries.get(args.id)
    if ctx.json:
        ctx.print_json(entry.to_json())
        return 0
    ctx.print(f"# {entry.title}" if entry.title else f"# Entry {entry.id}")
    details = [entry.entry_date, f"share: {entry.share_state.value}"]
    if entry.tags:
        details.append("tags: " + ", ".join(entry.tags))
    if entry.content_note:
        details.append(f"content note: {entry.content_note}")
    ctx.print(" · ".join(details))
    ctx.print()
    ctx.print(entry.body)
    return 0


def cmd_edit(args, ctx) -> int:
    vault = ctx.open_vault()
    entry = vault.entries.get(args.id)
    body = _read_body(args.body_file, default_stdin=False)
    pinned = entry.pinned if args.pin is None and args.unpin is None else bool(args.pin)
    draft = EntryDraft(
        body=entry.body if body is None else body,
        title=entry.title if args.title is None else args.title,
        tags=entry.tags if args.tag is None else tuple(args.tag),
        entry_date=_entry_date(args.date) or entry.entry_date,
        pinned=pinned,
        share_state=ShareState(args.share_state) if args.share_state else entry.share_state,
        content_note=entry.content_note if args.content_note is None else args.content_note,
        never_resurface=entry.never_resurface,
        prompt_id=entry.prompt_id,
    )
    vault.entries.update(args.id, draft)
    ctx.print(f"Saved entry {args.id}.")
    return 0


def cmd_delete(args, ctx) -> int:
    entries = ctx.open_vault().entries
    if args.purge:
        entries.purge(args.id)
        ctx.print(f"Erased entry {args.id}.")
    else:
        entries.delete(args.id)
        ctx.print(f"Moved entry {args.id} to recently deleted; `companion undelete {args.id}` brings it back.")
    return 0


def cmd_undelete(args, ctx) -> int:
    ctx.open_vault().entries.restore(args.id)
    ctx.print(f"Entry {args.id} is back.")
    return 0


def _plain_snippet(text: str) -> str:
    if sys.stdout.isatty():
        return text.replace(HIGHLIGHT_START, "\033[1m").replace(HIGHLIGHT_END, "\033[0m")
    return text.replace(HIGHLIGHT_START, "[").replace(HIGHLIGHT_END, "]")


def cmd_search(args, ctx) -> int:
    query = parse(" ".join(args.query))
    if query.is_empty:
        raise UsageError("Give at least one word to search for.")
    entries = ctx.open_vault().entries
    result = entries.search(query)
    hits = entries.hits(result, 0, max(1, args.limit))
    if ctx.json:
        ctx.print_json({"total": len(result), "results": [h.to_json() for h in hits]})
        return 0
    if not hits:
        ctx.print("No entries match.")
        return 0
    for hit in hits:
        title = _plain_snippet(hit.title) or "(untitled)"
        ctx.print(f"{hit.id:>6}  {hit.entry_date}  {title}")
        ctx.print(f"        {_plain_snippet(hit.snippet)}")
    if len(result) > len(hits):
        ctx.print(f"({len(result)} matches; showing {len(hits)})")
    return 0


def cmd_tags(args, ctx) -> int:
    tags = ctx.open_vault().entries.tags()
    if ctx.json:
        ctx.print_json({"tags": [{"name": n, "entries": c} for n, c in tags]})
        return 0
    for name, count in tags:
        ctx.print(f"{count:>6}  {name}")
    return 0
