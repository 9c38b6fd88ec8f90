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
    sub = parser.add_subparsers(dest="exercises_command", metavar="{list,show,validate}", required=True)

    p = sub.add_parser("list", help="list the exercises that come with Companion")
    p.add_argument("--category", choices=CATEGORIES, help="only this kind of exercise")
    _json_flag(p)
    p.set_defaults(handler=cmd_list)

    p = sub.add_parser("show", help="show one exercise in full")
    p.add_argument("id", metavar="ID", help="the exercise id, as shown by 'exercises list'")
    _json_flag(p)
    p.set_defaults(handler=cmd_show)

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
