"""Exercise packs: one JSON file a facilitator (a counsellor, a peer group) can hand someone.

Reading is all-or-nothing: every exercise and prompt is checked before anything is
built, and any problem means no Pack at all. `describe()` lists exactly what a pack
holds, so the app can show it and ask before importing anything.
"""

from __future__ import annotations

import json
import os
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Iterable

from companion.exercises.model import Exercise
from companion.security.atomic import write_atomic
from companion.exercises.validate import (
    MAX_FILE_BYTES, MAX_TEXT, MAX_TITLE, MAX_VERSION, Checker, ExerciseValidationError, Path as FieldPath,
    Problem, check_exercise_into, parse_json, read_limited,
)

PACK_FORMAT = "companion-pack"
PACK_FORMAT_VERSION = 1
MAX_PACK_BYTES = 2 * 1024 * 1024
MAX_PACK_EXERCISES = 100
MAX_PACK_PROMPTS = 500
MAX_CATEGORY = 40

PACK_REQUIRED = ("format", "format_version", "title", "author", "version", "exercises")
PACK_OPTIONAL = ("prompts",)
PROMPT_REQUIRED = ("id", "text", "category")
PROMPT_OPTIONAL = ("content_note",)

_CATEGORY_RE = re.compile(r"[a-z0-9]+(?:[-_][a-z0-9]+)*")


class PackValidationError(ExerciseValidationError):
    default_message = "That pack could not be used; nothing was changed."

    def __init__(self, problems: Iterable[Problem], message: str | None = None):
        problems = tuple(problems)
        if message is None and problems:
            more = "" if len(problems) == 1 else f" (and {len(problems) - 1} more)"
            message = f"That pack could not be used; nothing was changed. {problems[0]}{more}"
        super().__init__(problems, message)


@dataclass(frozen=True)
class Prompt:
    """A journaling prompt a facilitator suggests; text is plain and shown as written."""

    id: str
    text: str
    category: str
    content_note: str | None = None

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {"id": self.id, "text": self.text, "category": self.category}
        if self.content_note is not None:
            out["content_note"] = self.content_note
        return out


@dataclass(frozen=True)
class Pack:
    title: str
    author: str  # free text, written by whoever made the file; not verified
    version: int
    exercises: tuple[Exercise, ...]
    prompts: tuple[Prompt, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "format": PACK_FORMAT,
            "format_version": PACK_FORMAT_VERSION,
            "title": self.title,
            "author": self.author,
            "version": self.version,
            "exercises": [e.to_dict() for e in self.exercises],
        }
        if self.prompts:
            out["prompts"] = [p.to_dict() for p in self.prompts]
        return out

    def describe(self, known_ids: Iterable[str] = ()) -> str:
        """Plain-text listing of everything in the pack, for the 'look first, then decide' screen.

        `known_ids` marks exercises whose id the person already has.
        """
        known = set(known_ids)
        lines = [
            f"Pack: {self.title} (version {self.version})",
            f"Made by (as written in the file, not checked): {self.author or 'not given'}",
            f"{_count(len(self.exercises), 'exercise')}, {_count(len(self.prompts), 'journal prompt')}.",
        ]
        for e in self.exercises:
            lines.append("")
            mark = " [you already have an exercise with this id]" if e.id in known else ""
            lines.append(f"Exercise: {e.title} ({e.id}, version {e.version}){mark}")
            lines.append(f"  {e.category}, {e.intensity}, about {_minutes(e.duration_minutes)}, "
                         f"{_count(len(e.steps), 'step')}")
            lines.append(f"  Source: {e.source}")
            for note in e.content_notes:
                lines.append(f"  Content note: {note}")
            for caution in e.cautions:
                lines.append(f"  Caution: {caution}")
        if self.prompts:
            lines.append("")
            lines.append("Journal prompts:")
            for p in self.prompts:
                note = f" (content note: {p.content_note})" if p.content_note else ""
                lines.append(f"  [{p.category}] {p.text}{note}")
        return "\n".join(lines)


def _count(n: int, noun: str) -> str:
    return f"{n} {noun}{'' if n == 1 else 's'}"


def _minutes(value: float) -> str:
    shown = int(value) if float(value).is_integer() else value
    return f"{shown} minute{'' if shown == 1 else 's'}"


# ---- validation -----------------------------------------------------------------------

def pack_problems(data: Any) -> list[Problem]:
    """Every problem with an already-parsed pack object; empty when valid."""
    c = Checker()
    if isinstance(data, dict):
        if data.get("format") != PACK_FORMAT:
            c.add(("format",), f"must be {PACK_FORMAT!r}; this is not a Companion exercise pack")
            return c.problems
        fv = data.get("format_version")
        if isinstance(fv, int) and not isinstance(fv, bool) and fv != PACK_FORMAT_VERSION:
            c.add(("format_version",), f"is {fv}; this version of Companion reads pack version {PACK_FORMAT_VERSION}")
            return c.problems
    if not c.obj(data, (), PACK_REQUIRED, PACK_OPTIONAL):
        return c.problems
    if "format_version" in data:
        c.integer(data["format_version"], ("format_version",), PACK_FORMAT_VERSION, PACK_FORMAT_VERSION)
    if "title" in data:
        c.text(data["title"], ("title",), max_len=MAX_TITLE, single_line=True)
    if "author" in data:
        c.text(data["author"], ("author",), max_len=MAX_TEXT, allow_empty=True)
    if "version" in data:
        c.integer(data["version"], ("version",), 1, MAX_VERSION)
    exercises = data.get("exercises")
    if "exercises" in data and c.array(exercises, ("exercises",), min_items=0, max_items=MAX_PACK_EXERCISES):
        ids = []
        for i, exercise in enumerate(exercises):
            if c.full:
                break
            path: FieldPath = ("exercises", i)
            before = len(c.problems)
            check_exercise_into(c, exercise, path)
            if len(c.problems) == before:
                if len(json.dumps(exercise, ensure_ascii=False).encode("utf-8")) > MAX_FILE_BYTES:
                    c.add(path, f"is larger than the {MAX_FILE_BYTES // 1024} KiB allowed for one exercise")
                ids.append((path + ("id",), exercise["id"]))
        c.unique(ids, "exercise")
    prompts = data.get("prompts", [])
    if c.array(prompts, ("prompts",), min_items=0, max_items=MAX_PACK_PROMPTS):
        ids = []
        for i, prompt in enumerate(prompts):
            if c.full:
                break
            path = ("prompts", i)
            if not c.obj(prompt, path, PROMPT_REQUIRED, PROMPT_OPTIONAL):
                continue
            if "id" in prompt and c.slug(prompt["id"], path + ("id",)):
                ids.append((path + ("id",), prompt["id"]))
            if "text" in prompt:
                c.text(prompt["text"], path + ("text",), max_len=MAX_TEXT)
            if "category" in prompt:
                cat = prompt["category"]
                if not isinstance(cat, str) or len(cat) > MAX_CATEGORY or not _CATEGORY_RE.fullmatch(cat):
                    c.add(path + ("category",), f"must be a short lowercase word like 'strengths' "
                                                f"(at most {MAX_CATEGORY} characters)")
            if "content_note" in prompt:
                c.text(prompt["content_note"], path + ("content_note",))
        c.unique(ids, "prompt")
    if not c.problems and not data["exercises"] and not prompts:
        c.add(("exercises",), "the pack holds no exercises and no prompts")
    return c.problems


def _build(data: dict) -> Pack:
    return Pack(
        title=data["title"],
        author=data["author"],
        version=data["version"],
        exercises=tuple(Exercise.from_dict(e) for e in data["exercises"]),
        prompts=tuple(Prompt(p["id"], p["text"], p["category"], p.get("content_note"))
                      for p in data.get("prompts", ())),
    )


# ---- reading and writing --------------------------------------------------------------

def pack_from_dict(data: Any) -> Pack:
    """Validate everything, then build; raises PackValidationError and never returns part of a pack."""
    problems = pack_problems(data)
    if problems:
        raise PackValidationError(problems)
    return _build(data)


def parse_pack(raw: bytes | str) -> Pack:
    """A Pack from a file's bytes, or PackValidationError (an InvalidInputError)."""
    try:
        data = parse_json(raw, max_bytes=MAX_PACK_BYTES, what="pack")
    except ExerciseValidationError as exc:
        raise PackValidationError(exc.problems) from None
    return pack_from_dict(data)


def read_pack(path: str | os.PathLike[str]) -> Pack:
    """Read a pack file, refusing oversize files before reading them whole."""
    try:
        raw = read_limited(path, max_bytes=MAX_PACK_BYTES, what="pack file")
    except ExerciseValidationError as exc:
        raise PackValidationError(exc.problems) from None
    return parse_pack(raw)


def make_pack(title: str, author: str, version: int, exercises: Iterable[Exercise],
              prompts: Iterable[Prompt] = ()) -> Pack:
    """Build a pack from chosen exercises, checked exactly as a reader would check it."""
    pack = Pack(title, author, version, tuple(exercises), tuple(prompts))
    return parse_pack(pack_to_bytes(pack))


def pack_to_bytes(pack: Pack) -> bytes:
    data = json.dumps(pack.to_dict(), ensure_ascii=False, indent=2, sort_keys=False) + "\n"
    return data.encode("utf-8")


def write_pack(path: str | os.PathLike[str], pack: Pack) -> None:
    """Write atomically (a temporary file, then rename), after checking it reads back as written."""
    raw = pack_to_bytes(pack)
    if parse_pack(raw) != pack:
        raise PackValidationError([Problem("", "the pack would not read back as written")])
    write_atomic(Path(path), raw, mode=0o644)  # a pack is meant to be shared
