"""A small, strict reading and writing of YAML-style front matter. Pure.

Read: a file that starts with a line `---` has front matter up to the next line `---`
(or `...`). Each line is `key: value`, or `- item` under a key with no value; values
are "double-quoted" (JSON escapes), 'single-quoted', [flow, lists], true/false,
null/~, or plain text. Anything else is refused with one sentence, so a damaged file
is never half-imported. Write: what `read` understands, with every string
double-quoted (JSON), so any text round-trips.
"""

from __future__ import annotations

import json
import re

from companion.errors import InvalidInputError

_KEY = re.compile(r"^([A-Za-z_][A-Za-z0-9_-]*)\s*:(?:\s+(.*?))?\s*$")
_ITEM = re.compile(r"^\s+-\s+(.*?)\s*$|^-\s+(.*?)\s*$")
MAX_FRONT_MATTER = 64 * 1024


def split(text: str, name: str) -> tuple[dict[str, object] | None, str]:
    """(front matter or None, the rest of the text)."""
    if not (text.startswith("---\n") or text.startswith("---\r\n")):
        return None, text
    lines = text.splitlines(keepends=True)
    for index in range(1, len(lines)):
        if lines[index].rstrip("\r\n") in ("---", "..."):
            head = "".join(lines[1:index])
            if len(head) > MAX_FRONT_MATTER:
                raise InvalidInputError(f"{name} has front matter too long to read; nothing was imported.")
            return parse(head, name), "".join(lines[index + 1 :])
    raise InvalidInputError(f"{name} starts front matter with '---' but never ends it; nothing was imported.")


def _scalar(raw: str, name: str, number: int) -> object:
    value = raw.strip()
    if value == "" or value in ("~", "null", "Null", "NULL"):
        return None
    if value.startswith('"'):
        try:
            decoded = json.loads(value)
        except ValueError as exc:
            raise InvalidInputError(
                f"{name} has a quoted value Companion cannot read (front matter line {number}); nothing was imported."
            ) from exc
        if not isinstance(decoded, str):
            raise InvalidInputError(f"{name} has a damaged value (front matter line {number}); nothing was imported.")
        return decoded
    if value.startswith("'"):
        if len(value) < 2 or not value.endswith("'"):
            raise InvalidInputError(f"{name} has an unclosed quote (front matter line {number}); nothing was imported.")
        return value[1:-1].replace("''", "'")
    if value.startswith("["):
        if not value.endswith("]"):
            raise InvalidInputError(f"{name} has an unclosed list (front matter line {number}); nothing was imported.")
        try:
            decoded = json.loads(value)
            if isinstance(decoded, list):
                return decoded
        except ValueError:
            pass
        inner = value[1:-1].strip()
        return [_scalar(part, name, number) for part in inner.split(",")] if inner else []
    if value in ("true", "True", "TRUE", "yes", "Yes"):
        return True
    if value in ("false", "False", "FALSE", "no", "No"):
        return False
    if " #" in value:
        value = value.split(" #", 1)[0].rstrip()
    return value


def parse(head: str, name: str) -> dict[str, object]:
    data: dict[str, object] = {}
    current: str | None = None
    for number, line in enumerate(head.splitlines(), 1):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        item = _ITEM.match(line)
        if item and current is not None:
            value = item.group(1) if item.group(1) is not None else item.group(2)
            existing = data.get(current)
            if existing is None:
                existing = []
                data[current] = existing
            if not isinstance(existing, list):
                raise InvalidInputError(f"{name} has a damaged list (front matter line {number}); nothing was imported.")
            existing.append(_scalar(value, name, number))
            continue
        key = _KEY.match(line)
        if not key:
            raise InvalidInputError(
                f"{name} has front matter Companion cannot read (line {number}); nothing was imported."
            )
        current = key.group(1).lower()
        data[current] = _scalar(key.group(2) or "", name, number)
    return data


def dump(fields: dict[str, object]) -> str:
    """Front matter block (with both `---` lines) for the given fields, in order."""
    lines = ["---"]
    for key, value in fields.items():
        if value is None:
            lines.append(f"{key}: null")
        elif isinstance(value, bool):
            lines.append(f"{key}: {'true' if value else 'false'}")
        elif isinstance(value, (list, tuple)):
            lines.append(f"{key}: {json.dumps(list(value), ensure_ascii=False)}")
        elif key == "date":
            lines.append(f"{key}: {value}")
        else:
            lines.append(f"{key}: {json.dumps(str(value), ensure_ascii=False)}")
    lines.append("---")
    return "\n".join(lines) + "\n"
