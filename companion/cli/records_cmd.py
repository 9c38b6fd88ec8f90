"""Check-ins from the command line: `checkin` and `checkins list`."""

from __future__ import annotations

from datetime import datetime

from companion.reflection.checkins import CheckIn, mood_word


def register(sub) -> None:
    p = sub.add_parser("checkin", help="record a quick check-in (mood 1-5, distress 0-10)")
    p.add_argument("--mood", type=int, required=True, help="1 (really hard) to 5 (good)")
    p.add_argument("--distress", type=int, required=True, help="0 (none) to 10 (most)")
    p.add_argument("--energy", type=int, help="1 to 5 (optional)")
    p.add_argument("--present", action="append", default=[], help="a word for what is present; repeat for more")
    p.add_argument("--note", help="a short note (optional)")
    p.add_argument("--entry", type=int, help="attach to this entry id")
    p.set_defaults(handler=cmd_checkin)

    p = sub.add_parser("checkins", help="list check-ins")
    p.add_argument("action", choices=["list"])
    p.add_argument("--limit", type=int, default=30)
    p.set_defaults(handler=cmd_checkins)


def _json(checkin: CheckIn) -> dict:
    return {
        "id": checkin.id,
        "created_at": checkin.created_at.isoformat(timespec="seconds"),
        "mood": checkin.mood,
        "mood_words": mood_word(checkin.mood),
        "distress": checkin.distress,
        "energy": checkin.energy,
        "present": list(checkin.present),
        "note": checkin.note,
        "entry_id": checkin.entry_id,
    }


def cmd_checkin(args, ctx) -> int:
    checkin = CheckIn(
        created_at=datetime.now().replace(microsecond=0), mood=args.mood, distress=args.distress,
        energy=args.energy, present=tuple(args.present), note=args.note, entry_id=args.entry,
    )
    vault = ctx.open_vault()
    if checkin.entry_id is not None:
        vault.entries.get(checkin.entry_id)  # a clear "no such entry" rather than a dangling link
    saved = vault.checkins.add(checkin)
    if ctx.json:
        ctx.print_json(_json(saved))
    else:
        ctx.print(f"Checked in ({mood_word(saved.mood)}, distress {saved.distress}/10). Thank you for noticing.")
    return 0


def cmd_checkins(args, ctx) -> int:
    rows = ctx.open_vault().checkins.recent(max(1, args.limit))
    if ctx.json:
        ctx.print_json({"checkins": [_json(c) for c in rows]})
        return 0
    if not rows:
        ctx.print("No check-ins yet.")
    for c in rows:
        note = f"  {c.note}" if c.note else ""
        ctx.print(f"{c.id:>5}  {c.created_at:%Y-%m-%d %H:%M}  mood {c.mood} ({mood_word(c.mood)})  distress {c.distress}{note}")
    return 0
