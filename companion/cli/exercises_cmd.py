"""`companion exercises list|show|validate`: browse the shipped exercises and check exercise or pack files.

`validate` needs no vault, so facilitators can check a pack before sending it.
Import and export of packs need the vault and live elsewhere.
"""

from __future__ import annotations

import argparse
from typing import Any

from companion.cli.context import CommandContext
from companion.errors import NotFoundError
from companion.exercises.library import load_shipped
from companion.exercises.model import Exercise
from companion.exercises.packs import MAX_PACK_BYTES, PACK_FORMAT, pack_from_dict
from companion.exercises.validate import (
    CATEGORIES, MAX_FILE_BYTES, ExerciseValidationError, Problem, check_exercise, parse_json, read_limited,
)


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser("exercises", help="browse grounding exercises and check exercise files")
    sub = parser.add_subparsers(dest="exercises_command", metavar="{list,show,import,export,validate}", required=True)

    p = sub.add_parser("list", help="list the exercises that come with Companion")
    p.add_argument("--category", choices=CATEGORIES, help="only this kind of exercise")
    _json_flag(p)
    p.set_defaults(handler=cmd_list)

    p = sub.add_parser("show", help="show one exercise in full")
    p.add_argument("id", metavar="ID", help="the exercise id, as shown by 'exercises list'")
    _json_flag(p)
    p.set_defaults(handler=cmd_show)

    p = sub.add_parser("import", help="import a facilitator's pack into your journal (shows it first, then asks)")
    p.add_argument("file", metavar="FILE")
    p.add_argument("--yes", action="store_true", help="import without asking (after reading the listing)")
    p.set_defaults(handler=cmd_import)

    p = sub.add_parser("export", help="write chosen exercises (shipped or your own) to a pack file")
    p.add_argument("ids", nargs="+", metavar="ID")
    p.add_argument("--out", required=True)
    p.add_argument("--title", default="Exercises we practise together")
    p.add_argument("--author", default="")
    p.add_argument("--version", type=int, default=1)
    p.set_defaults(handler=cmd_export)

    p = sub.add_parser("validate", help="check an exercise or pack file without importing it")
    p.add_argument("file", metavar="FILE", help="a .json exercise file or exercise pack")
    _json_flag(p)
    p.set_defaults(handler=cmd_validate)


def _json_flag(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--json", dest="local_json", action="store_true", help="print JSON instead of text")


def _wants_json(args: argparse.Namespace, ctx: CommandContext) -> bool:
    return bool(ctx.json or getattr(args, "local_json", False))


def _summary(e: Exercise) -> dict[str, Any]:
    return {
        "id": e.id, "title": e.title, "summary": e.summary, "category": e.category,
        "duration_minutes": e.duration_minutes, "intensity": e.intensity,
    }


def _minutes(value: float) -> str:
    return str(int(value)) if float(value).is_integer() else str(value)


def cmd_list(args: argparse.Namespace, ctx: CommandContext) -> int:
    exercises = load_shipped().find(category=args.category)
    if _wants_json(args, ctx):
        ctx.print_json({"exercises": [_summary(e) for e in exercises]})
        return 0
    if not exercises:
        ctx.print("No exercises match.")
        return 0
    width = max(len(e.id) for e in exercises)
    for e in exercises:
        ctx.print(f"{e.id:<{width}}  {e.category:<11}  ~{_minutes(e.duration_minutes):>3} min  {e.title}")
    return 0


def cmd_show(args: argparse.Namespace, ctx: CommandContext) -> int:
    try:
        exercise = load_shipped().get(args.id)
    except NotFoundError as exc:
        print(f"{exc} Try 'companion exercises list'.", file=ctx.err)
        return exc.exit_code
    if _wants_json(args, ctx):
        ctx.print_json(exercise.to_dict())
        return 0
    for line in render_exercise(exercise):
        ctx.print(line)
    return 0


def render_exercise(e: Exercise) -> list[str]:
    """A plain-text rendering; texts are validated plain text, so printing them is safe."""
    lines = [e.title, "", e.summary, "",
             f"Kind: {e.category}, {e.intensity}; about {_minutes(e.duration_minutes)} minutes",
             f"Source: {e.source}"]
    lines += [f"Content note: {note}" for note in e.content_notes]
    lines += [f"Caution: {caution}" for caution in e.cautions]
    if e.variants:
        lines.append("Versions:")
        lines += [f"  {v.id}: {v.title}. {v.description}" for v in e.variants]
    lines += ["", "Steps:"]
    for number, step in enumerate(e.steps, 1):
        tags = []
        if step.variant:
            tags.append(f"{step.variant} only")
        if step.breathing is not None:
            pattern = ", ".join(f"{p.kind} {_minutes(p.seconds)}s" for p in step.breathing.phases)
            tags.append(f"breathing: {pattern}; {step.breathing.cycles} rounds")
        elif step.duration_seconds is not None:
            tags.append(f"{_minutes(step.duration_seconds)}s")
        else:
            tags.append("at your own pace")
        lines.append(f"  {number}. {step.text} [{'; '.join(tags)}]")
        if step.notice is not None:
            count = f" ({step.notice.count})" if step.notice.count else ""
            lines.append(f"     Notice{count}: {step.notice.prompt}")
    return lines


def cmd_validate(args: argparse.Namespace, ctx: CommandContext) -> int:
    kind = "exercise"
    try:
        raw = read_limited(args.file, max_bytes=MAX_PACK_BYTES, what="file")
        data = parse_json(raw, max_bytes=MAX_PACK_BYTES, what="file")
        if isinstance(data, dict) and data.get("format") == PACK_FORMAT:
            kind = "pack"
            pack = pack_from_dict(data)
            title = pack.title
        else:
            # One exercise: the smaller per-exercise limit applies.
            data = parse_json(raw, max_bytes=MAX_FILE_BYTES, what="exercise file")
            check_exercise(data)
            title = data["title"]
    except ExerciseValidationError as exc:
        return _report(args, ctx, kind, list(exc.problems))
    if _wants_json(args, ctx):
        ctx.print_json({"valid": True, "kind": kind, "title": title, "problems": []})
    else:
        ctx.print(f"Valid {kind}: {title}")
    return 0


def _report(args: argparse.Namespace, ctx: CommandContext, kind: str, problems: list[Problem]) -> int:
    if _wants_json(args, ctx):
        ctx.print_json({"valid": False, "kind": kind,
                        "problems": [{"path": p.path, "reason": p.reason} for p in problems]})
    else:
        for problem in problems:
            ctx.print(str(problem))
    return ExerciseValidationError.exit_code


def cmd_import(args: argparse.Namespace, ctx: CommandContext) -> int:
    import sys

    from companion.errors import UsageError
    from companion.exercises.packs import read_pack

    pack = read_pack(args.file)
    vault = ctx.open_vault()
    shipped = set(load_shipped().ids)
    ctx.print(pack.describe(known_ids=shipped | set(vault.exercises.versions())))
    ctx.print()
    if not args.yes:
        if not sys.stdin.isatty():
            raise UsageError("Nothing was imported. Read the listing above, then run again with --yes to import it.")
        answer = input("Import this pack? Nothing in it runs; it only adds exercises and prompts. [y/N] ")
        if answer.strip().lower() not in ("y", "yes"):
            ctx.print("Nothing was imported.")
            return 0
    report = vault.exercises.import_pack(pack, shipped)
    if _wants_json(args, ctx):
        ctx.print_json(report.to_json())
        return 0
    ctx.print(f"Added {len(report.added)}, updated {len(report.updated)}, "
              f"left {len(report.unchanged)} as they were; {report.prompts} prompts.")
    if report.refused:
        ctx.print("Not imported (they share an id with an exercise that comes with Companion): "
                  + ", ".join(report.refused))
    return 0


def cmd_export(args: argparse.Namespace, ctx: CommandContext) -> int:
    from companion.exercises.packs import make_pack, write_pack

    shipped = load_shipped()
    mine: dict[str, Exercise] = {}
    if not all(i in shipped for i in args.ids):
        mine = {e.id: e for e in ctx.open_vault().exercises.all()}
    chosen = []
    for exercise_id in args.ids:
        if exercise_id in mine:
            chosen.append(mine[exercise_id])
        else:
            chosen.append(shipped.get(exercise_id))
    write_pack(args.out, make_pack(args.title, args.author, args.version, chosen))
    ctx.print(f"Wrote a pack with {len(chosen)} exercises to {args.out}.")
    return 0
