"""Checks exercise data from outside (shipped files, packs, the CLI) before anything trusts it.

Pure Python on purpose: no jsonschema dependency, and every problem comes back with
the field path and a plain reason, so a facilitator can fix a file without reading code.
`exercise.schema.json` documents the same rules for editors; this module is the authority.

Every text is plain text. Nothing is rejected for containing '<' or '&', and nothing
here or downstream interprets markup. Control characters (other than newline and tab)
and lone surrogates are refused, because they can rewrite a terminal or break UTF-8.
"""

from __future__ import annotations

import json
import math
import os
import re
from dataclasses import dataclass
from typing import Any, Iterable

from companion.errors import InvalidInputError

FORMAT_VERSION = 1

CATEGORIES = ("breathing", "senses", "body", "movement", "imagery", "cognitive", "temperature", "unpaced")
INTENSITIES = ("gentle", "moderate", "strong")
PHASE_KINDS = ("in", "hold", "out", "hold_empty")

MAX_FILE_BYTES = 256 * 1024
MAX_STEPS = 200
MAX_TEXT = 2000
MAX_TITLE = 120
MAX_ID = 64
MAX_LIST_ITEMS = 20  # content notes, cautions
MAX_VARIANTS = 10
MAX_PHASES = 8
MAX_CYCLES = 50
MIN_SECONDS = 0.5
MAX_SECONDS = 600
MAX_NOTICE_COUNT = 20
MIN_DURATION_MINUTES = 0.5
MAX_DURATION_MINUTES = 120
MAX_VERSION = 1_000_000
MAX_TRANSLATIONS = 40
MAX_LANG = 35
MAX_PROBLEMS = 100

EXERCISE_REQUIRED = (
    "format_version", "id", "version", "title", "summary", "category",
    "duration_minutes", "intensity", "source", "steps",
)
EXERCISE_OPTIONAL = ("content_notes", "cautions", "variants", "translations")
STEP_REQUIRED = ("text",)
STEP_OPTIONAL = ("duration_seconds", "breathing", "notice", "variant", "skippable")
BREATHING_FIELDS = ("phases", "cycles")
PHASE_FIELDS = ("kind", "seconds")
NOTICE_REQUIRED = ("prompt",)
NOTICE_OPTIONAL = ("count",)
VARIANT_FIELDS = ("id", "title", "description")
TRANSLATION_FIELDS = ("title", "summary", "content_notes", "cautions", "variants", "steps")
VARIANT_TEXT_FIELDS = ("title", "description")
STEP_TEXT_FIELDS = ("text", "notice_prompt")

SLUG_RE = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")
LANG_RE = re.compile(r"[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*")
_UNSAFE_CHARS = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\ud800-\udfff]")
_SIMPLE_KEY = re.compile(r"[A-Za-z0-9_-]{1,64}")

Path = tuple[str | int, ...]


@dataclass(frozen=True)
class Problem:
    """One thing wrong with a file: where (`steps[3].breathing.cycles`) and why, in plain words."""

    path: str
    reason: str

    def __str__(self) -> str:
        return f"{self.path or '(file)'}: {self.reason}"


class ExerciseValidationError(InvalidInputError):
    """An exercise (or a file holding exercises) that we refuse, with every problem found."""

    default_message = "That exercise file has problems; nothing was changed."

    def __init__(self, problems: Iterable[Problem], message: str | None = None):
        self.problems: tuple[Problem, ...] = tuple(problems)
        if message is None and self.problems:
            count = len(self.problems)
            first = self.problems[0]
            more = "" if count == 1 else f" (and {count - 1} more)"
            message = f"That exercise file could not be used; nothing was changed. {first}{more}"
        super().__init__(message)


def format_path(parts: Path) -> str:
    """Render a path as `steps[3].breathing.phases[0].seconds`; odd keys are quoted and shortened."""
    out = []
    for part in parts:
        if isinstance(part, int):
            out.append(f"[{part}]")
        elif _SIMPLE_KEY.fullmatch(part):
            out.append(f".{part}" if out else part)
        else:
            shown = part if len(part) <= 40 else part[:40] + "..."
            out.append("[" + json.dumps(shown, ensure_ascii=True) + "]")
    return "".join(out)


def unsafe_text_reason(text: str) -> str | None:
    """Why a string can't be shown as plain text, or None when it can."""
    match = _UNSAFE_CHARS.search(text)
    if match is None:
        return None
    code = ord(match.group())
    if 0xD800 <= code <= 0xDFFF:
        return "contains a broken character (an unpaired surrogate)"
    return f"contains a control character (U+{code:04X}); only newlines and tabs are allowed"


class Checker:
    """Collects problems while walking a structure; shared by the exercise and pack validators."""

    def __init__(self, limit: int = MAX_PROBLEMS):
        self.problems: list[Problem] = []
        self._limit = limit
        self._truncated = False

    def add(self, path: Path, reason: str) -> None:
        if len(self.problems) < self._limit:
            self.problems.append(Problem(format_path(path), reason))
        elif not self._truncated:
            self._truncated = True
            self.problems.append(Problem("", "there are more problems; fix these first"))

    @property
    def full(self) -> bool:
        return self._truncated

    # ---- shapes -------------------------------------------------------------------
    def obj(self, value: Any, path: Path, required: Iterable[str], optional: Iterable[str] = ()) -> bool:
        """Check `value` is an object with the required keys and no unknown ones."""
        if not isinstance(value, dict):
            self.add(path, f"must be an object, not {_kind(value)}")
            return False
        required = tuple(required)
        allowed = set(required) | set(optional)
        for key in value:
            if not isinstance(key, str):
                self.add(path, "field names must be text")
            elif key not in allowed:
                self.add(path + (key,), "is not a known field")
        for key in required:
            if key not in value:
                self.add(path + (key,), "is required")
        return True

    def array(self, value: Any, path: Path, *, min_items: int, max_items: int) -> bool:
        if not isinstance(value, list):
            self.add(path, f"must be a list, not {_kind(value)}")
            return False
        if len(value) < min_items:
            self.add(path, "must not be empty" if min_items == 1 else f"needs at least {min_items} items")
        if len(value) > max_items:
            self.add(path, f"has {len(value)} items; at most {max_items} are allowed")
            return False
        return True

    def text(self, value: Any, path: Path, *, max_len: int = MAX_TEXT, single_line: bool = False,
             allow_empty: bool = False) -> bool:
        if not isinstance(value, str):
            self.add(path, f"must be text, not {_kind(value)}")
            return False
        if not allow_empty and not value.strip():
            self.add(path, "must not be empty")
            return False
        if len(value) > max_len:
            self.add(path, f"is {len(value)} characters long; at most {max_len} are allowed")
            return False
        reason = unsafe_text_reason(value)
        if reason:
            self.add(path, reason)
            return False
        if single_line and "\n" in value:
            self.add(path, "must be a single line")
            return False
        return True

    def text_list(self, value: Any, path: Path, *, max_items: int = MAX_LIST_ITEMS) -> bool:
        if not self.array(value, path, min_items=0, max_items=max_items):
            return False
        ok = True
        for i, item in enumerate(value):
            ok = self.text(item, path + (i,)) and ok
        return ok

    def slug(self, value: Any, path: Path) -> bool:
        if not isinstance(value, str):
            self.add(path, f"must be text, not {_kind(value)}")
            return False
        if len(value) > MAX_ID or not SLUG_RE.fullmatch(value):
            self.add(path, f"must be lowercase letters, digits and single hyphens (at most {MAX_ID} characters)")
            return False
        return True

    def integer(self, value: Any, path: Path, lo: int, hi: int) -> bool:
        if isinstance(value, bool) or not isinstance(value, int):
            self.add(path, f"must be a whole number, not {_kind(value)}")
            return False
        if not lo <= value <= hi:
            self.add(path, f"must be between {lo} and {hi}")
            return False
        return True

    def number(self, value: Any, path: Path, lo: float, hi: float) -> bool:
        if isinstance(value, bool) or not isinstance(value, (int, float)):
            self.add(path, f"must be a number, not {_kind(value)}")
            return False
        if isinstance(value, float) and not math.isfinite(value):
            self.add(path, "must be a finite number")
            return False
        if not lo <= value <= hi:
            self.add(path, f"must be between {_num(lo)} and {_num(hi)}")
            return False
        return True

    def boolean(self, value: Any, path: Path) -> bool:
        if not isinstance(value, bool):
            self.add(path, f"must be true or false, not {_kind(value)}")
            return False
        return True

    def choice(self, value: Any, path: Path, choices: tuple[str, ...]) -> bool:
        if not isinstance(value, str) or value not in choices:
            self.add(path, "must be one of: " + ", ".join(choices))
            return False
        return True

    def unique(self, ids: Iterable[tuple[Path, str]], what: str) -> None:
        seen: set[str] = set()
        for path, ident in ids:
            if ident in seen:
                self.add(path, f"repeats the {what} id {ident!r}")
            seen.add(ident)


def _kind(value: Any) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true/false"
    if isinstance(value, (int, float)):
        return "a number"
    if isinstance(value, str):
        return "text"
    if isinstance(value, list):
        return "a list"
    if isinstance(value, dict):
        return "an object"
    return "an unsupported value"


def _num(value: float) -> str:
    return str(int(value)) if float(value).is_integer() else str(value)


# ---- exercise -------------------------------------------------------------------------

def check_exercise_into(c: Checker, data: Any, path: Path = ()) -> None:
    """Validate one exercise object, adding problems to `c` (used directly by the pack reader)."""
    if isinstance(data, dict) and "format_version" in data:
        fv = data["format_version"]
        if isinstance(fv, bool) or not isinstance(fv, int):
            c.add(path + ("format_version",), f"must be a whole number, not {_kind(fv)}")
        elif fv != FORMAT_VERSION:
            # A different format: its other fields may mean something else, so say only this.
            c.add(path + ("format_version",),
                  f"is {fv}; this version of Companion reads format version {FORMAT_VERSION}")
            return
    if not c.obj(data, path, EXERCISE_REQUIRED, EXERCISE_OPTIONAL):
        return
    if "id" in data:
        c.slug(data["id"], path + ("id",))
    if "version" in data:
        c.integer(data["version"], path + ("version",), 1, MAX_VERSION)
    if "title" in data:
        c.text(data["title"], path + ("title",), max_len=MAX_TITLE, single_line=True)
    if "summary" in data:
        c.text(data["summary"], path + ("summary",))
    if "category" in data:
        c.choice(data["category"], path + ("category",), CATEGORIES)
    if "duration_minutes" in data:
        c.number(data["duration_minutes"], path + ("duration_minutes",), MIN_DURATION_MINUTES, MAX_DURATION_MINUTES)
    if "intensity" in data:
        c.choice(data["intensity"], path + ("intensity",), INTENSITIES)
    if "source" in data:
        c.text(data["source"], path + ("source",))
    for key in ("content_notes", "cautions"):
        if key in data:
            c.text_list(data[key], path + (key,))

    variant_ids = _check_variants(c, data.get("variants", []), path + ("variants",))
    step_variants = _check_steps(c, data.get("steps"), path + ("steps",), variant_ids) if "steps" in data else None
    if step_variants is not None and variant_ids is not None:
        for vid in variant_ids:
            if vid not in step_variants:
                c.add(path + ("variants",), f"variant {vid!r} has no steps; every variant needs at least one")
    if "translations" in data:
        _check_translations(c, data["translations"], path + ("translations",), data)


def _check_variants(c: Checker, value: Any, path: Path) -> list[str] | None:
    if not c.array(value, path, min_items=0, max_items=MAX_VARIANTS):
        return None
    ids: list[tuple[Path, str]] = []
    for i, variant in enumerate(value):
        vpath = path + (i,)
        if not c.obj(variant, vpath, VARIANT_FIELDS):
            continue
        if "id" in variant and c.slug(variant["id"], vpath + ("id",)):
            ids.append((vpath + ("id",), variant["id"]))
        if "title" in variant:
            c.text(variant["title"], vpath + ("title",), max_len=MAX_TITLE, single_line=True)
        if "description" in variant:
            c.text(variant["description"], vpath + ("description",))
    c.unique(ids, "variant")
    return [ident for _, ident in ids]


def _check_steps(c: Checker, value: Any, path: Path, variant_ids: list[str] | None) -> set[str | None] | None:
    """Check every step; return which variants (None = all) have at least one step."""
    if not c.array(value, path, min_items=1, max_items=MAX_STEPS):
        return None
    used: set[str | None] = set()
    for i, step in enumerate(value):
        if c.full:
            return None
        spath = path + (i,)
        if not c.obj(step, spath, STEP_REQUIRED, STEP_OPTIONAL):
            continue
        if "text" in step:
            c.text(step["text"], spath + ("text",))
        if "duration_seconds" in step:
            c.number(step["duration_seconds"], spath + ("duration_seconds",), MIN_SECONDS, MAX_SECONDS)
            if "breathing" in step:
                c.add(spath + ("duration_seconds",),
                      "a breathing step takes its length from its cycles; remove duration_seconds")
        if "breathing" in step:
            _check_breathing(c, step["breathing"], spath + ("breathing",))
        if "notice" in step:
            notice = step["notice"]
            npath = spath + ("notice",)
            if c.obj(notice, npath, NOTICE_REQUIRED, NOTICE_OPTIONAL):
                if "prompt" in notice:
                    c.text(notice["prompt"], npath + ("prompt",))
                if "count" in notice:
                    c.integer(notice["count"], npath + ("count",), 1, MAX_NOTICE_COUNT)
        if "skippable" in step:
            c.boolean(step["skippable"], spath + ("skippable",))
        variant = step.get("variant")
        if "variant" in step and c.slug(variant, spath + ("variant",)):
            if variant_ids is not None and variant not in variant_ids:
                c.add(spath + ("variant",), f"names the variant {variant!r}, which is not in variants")
            used.add(variant)
        elif "variant" not in step:
            used.update(variant_ids or ())
    return used


def _check_breathing(c: Checker, value: Any, path: Path) -> None:
    if not c.obj(value, path, BREATHING_FIELDS):
        return
    if "cycles" in value:
        c.integer(value["cycles"], path + ("cycles",), 1, MAX_CYCLES)
    if "phases" not in value:
        return
    phases = value["phases"]
    if not c.array(phases, path + ("phases",), min_items=1, max_items=MAX_PHASES):
        return
    for j, phase in enumerate(phases):
        ppath = path + ("phases", j)
        if c.obj(phase, ppath, PHASE_FIELDS):
            if "kind" in phase:
                c.choice(phase["kind"], ppath + ("kind",), PHASE_KINDS)
            if "seconds" in phase:
                c.number(phase["seconds"], ppath + ("seconds",), MIN_SECONDS, MAX_SECONDS)


def _check_translations(c: Checker, value: Any, path: Path, exercise: dict) -> None:
    if not isinstance(value, dict):
        c.add(path, f"must be an object of language codes, not {_kind(value)}")
        return
    if len(value) > MAX_TRANSLATIONS:
        c.add(path, f"has {len(value)} languages; at most {MAX_TRANSLATIONS} are allowed")
        return
    steps = exercise.get("steps") if isinstance(exercise.get("steps"), list) else None
    variants = exercise.get("variants", [])
    variant_ids = ({v.get("id") for v in variants if isinstance(v, dict) and isinstance(v.get("id"), str)}
                   if isinstance(variants, list) else set())
    for lang, tr in value.items():
        if not isinstance(lang, str):
            c.add(path, "language codes must be text")
            continue
        lpath = path + (lang,)
        if len(lang) > MAX_LANG or not LANG_RE.fullmatch(lang):
            c.add(lpath, "is not a language code like 'es' or 'pt-BR'")
            continue
        if not c.obj(tr, lpath, (), TRANSLATION_FIELDS):
            continue
        if "title" in tr:
            c.text(tr["title"], lpath + ("title",), max_len=MAX_TITLE, single_line=True)
        if "summary" in tr:
            c.text(tr["summary"], lpath + ("summary",))
        for key in ("content_notes", "cautions"):
            if key in tr and c.text_list(tr[key], lpath + (key,)):
                original = exercise.get(key, [])
                if isinstance(original, list) and len(tr[key]) != len(original):
                    # A translation must never quietly drop a caution or content note.
                    c.add(lpath + (key,), f"has {len(tr[key])} items but the exercise has {len(original)}; "
                                          "translate each one")
        if "variants" in tr:
            _check_variant_texts(c, tr["variants"], lpath + ("variants",), variant_ids)
        if "steps" in tr:
            _check_step_texts(c, tr["steps"], lpath + ("steps",), steps, exercise)


def _check_variant_texts(c: Checker, value: Any, path: Path, variant_ids: set) -> None:
    if not isinstance(value, dict):
        c.add(path, f"must be an object keyed by variant id, not {_kind(value)}")
        return
    if len(value) > MAX_VARIANTS:
        c.add(path, f"has {len(value)} entries; at most {MAX_VARIANTS} are allowed")
        return
    for vid, texts in value.items():
        if not isinstance(vid, str):
            c.add(path, "variant ids must be text")
            continue
        vpath = path + (vid,)
        if vid not in variant_ids:
            c.add(vpath, "is not a variant of this exercise")
            continue
        if c.obj(texts, vpath, (), VARIANT_TEXT_FIELDS):
            if "title" in texts:
                c.text(texts["title"], vpath + ("title",), max_len=MAX_TITLE, single_line=True)
            if "description" in texts:
                c.text(texts["description"], vpath + ("description",))


def _check_step_texts(c: Checker, value: Any, path: Path, steps: list | None, exercise: dict) -> None:
    if not c.array(value, path, min_items=0, max_items=MAX_STEPS):
        return
    if steps is not None and len(value) != len(steps):
        c.add(path, f"has {len(value)} entries but the exercise has {len(steps)} steps; "
                    "use null for a step that keeps its text")
        return
    for i, entry in enumerate(value):
        if entry is None:
            continue
        epath = path + (i,)
        if not c.obj(entry, epath, (), STEP_TEXT_FIELDS):
            continue
        if "text" in entry:
            c.text(entry["text"], epath + ("text",))
        if "notice_prompt" in entry:
            if c.text(entry["notice_prompt"], epath + ("notice_prompt",)) and steps is not None:
                step = steps[i]
                if not (isinstance(step, dict) and "notice" in step):
                    c.add(epath + ("notice_prompt",), "that step has no notice prompt to translate")


def exercise_problems(data: Any) -> list[Problem]:
    """Every problem with an already-parsed exercise object; empty when it is valid."""
    c = Checker()
    check_exercise_into(c, data)
    return c.problems


def check_exercise(data: Any) -> None:
    """Raise ExerciseValidationError listing every problem, or return quietly."""
    problems = exercise_problems(data)
    if problems:
        raise ExerciseValidationError(problems)


# ---- raw JSON -------------------------------------------------------------------------

class _DuplicateKey(ValueError):
    pass


def _no_duplicates(pairs: list[tuple[str, Any]]) -> dict:
    result: dict = {}
    for key, value in pairs:
        if key in result:
            raise _DuplicateKey(key)
        result[key] = value
    return result


def _no_constants(name: str) -> Any:
    raise ValueError(f"{name} is not allowed")


def parse_json(raw: bytes | str, *, max_bytes: int, what: str = "file") -> Any:
    """Parse untrusted JSON with a size cap; refuses duplicate keys, NaN/Infinity and deep nesting.

    Raises ExerciseValidationError with a file-level problem, never another exception.
    """
    if isinstance(raw, str):
        try:
            raw = raw.encode("utf-8")
        except UnicodeEncodeError:
            raise ExerciseValidationError([Problem("", f"the {what} is not valid UTF-8 text")]) from None
    if len(raw) > max_bytes:
        raise ExerciseValidationError(
            [Problem("", f"the {what} is {len(raw)} bytes; at most {max_bytes} bytes are allowed")])
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise ExerciseValidationError([Problem("", f"the {what} is not valid UTF-8 text")]) from None
    try:
        return json.loads(text, object_pairs_hook=_no_duplicates, parse_constant=_no_constants)
    except _DuplicateKey as exc:
        key = format_path((str(exc.args[0]),))
        raise ExerciseValidationError([Problem("", f"the field {key} appears twice in one object")]) from None
    except RecursionError:
        raise ExerciseValidationError([Problem("", f"the {what} is nested too deeply")]) from None
    except ValueError as exc:  # JSONDecodeError, and over-long integers
        where = f" (line {exc.lineno}, column {exc.colno})" if isinstance(exc, json.JSONDecodeError) else ""
        raise ExerciseValidationError([Problem("", f"the {what} is not valid JSON{where}")]) from None


def read_limited(path: str | os.PathLike[str], *, max_bytes: int, what: str = "file") -> bytes:
    """Read a file, refusing it by its real size before reading more than `max_bytes` + 1 bytes."""
    try:
        with open(path, "rb") as handle:
            size = os.fstat(handle.fileno()).st_size
            if size > max_bytes:
                raise ExerciseValidationError(
                    [Problem("", f"the {what} is {size} bytes; at most {max_bytes} bytes are allowed")])
            return handle.read(max_bytes + 1)
    except OSError as exc:
        reason = exc.strerror or "unknown reason"
        raise ExerciseValidationError([Problem("", f"the {what} could not be read ({reason})")]) from None


def parse_exercise_json(raw: bytes | str) -> dict:
    """Parse and validate one exercise file's bytes; return the checked data."""
    data = parse_json(raw, max_bytes=MAX_FILE_BYTES, what="exercise file")
    check_exercise(data)
    return data
