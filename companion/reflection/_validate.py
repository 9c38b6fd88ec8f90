"""Small shared checks that turn bad values into one plain sentence.

Kept in one place so every reflection record words its refusals the same way.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Collection, Mapping
from typing import Any

from companion.errors import InvalidInputError

_ALLOWED_CONTROLS_MULTILINE = {"\n", "\t"}


def reject_unknown_fields(
    raw: Mapping[str, Any],
    allowed: Collection[str],
    *,
    what: str,
    error: type[InvalidInputError] = InvalidInputError,
) -> None:
    """Refuse fields we do not know, so typos and tampering are noticed rather than ignored."""
    if not isinstance(raw, Mapping):
        raise error(f"{what} is not a set of named fields.")
    unknown = sorted(str(key) for key in raw if key not in allowed)
    if unknown:
        raise error(f"{what} has a field Companion does not know: {', '.join(unknown)}.")


def require_fields(
    raw: Mapping[str, Any],
    required: Collection[str],
    *,
    what: str,
    error: type[InvalidInputError] = InvalidInputError,
) -> None:
    missing = sorted(name for name in required if name not in raw)
    if missing:
        raise error(f"{what} is missing: {', '.join(missing)}.")


def clean_text(
    value: object,
    *,
    label: str,
    max_len: int,
    required: bool = False,
    multiline: bool = False,
    error: type[InvalidInputError] = InvalidInputError,
) -> str | None:
    """Strip surrounding space; return None for empty optional text; refuse control characters."""
    if value is None:
        if required:
            raise error(f"{label} cannot be empty.")
        return None
    if not isinstance(value, str):
        raise error(f"{label} must be text.")
    text = value.strip()
    if not text:
        if required:
            raise error(f"{label} cannot be empty.")
        return None
    if len(text) > max_len:
        raise error(f"{label} is longer than {max_len:,} characters.")
    allowed = _ALLOWED_CONTROLS_MULTILINE if multiline else set()
    for char in text:
        if unicodedata.category(char) == "Cc" and char not in allowed:
            raise error(f"{label} contains a control character that cannot be kept.")
    return text


def required_text(
    value: object,
    *,
    label: str,
    max_len: int,
    multiline: bool = False,
    error: type[InvalidInputError] = InvalidInputError,
) -> str:
    """Like clean_text, for fields that must hold something."""
    text = clean_text(value, label=label, max_len=max_len, required=True, multiline=multiline, error=error)
    if text is None:  # clean_text already refuses this; kept for the type checker
        raise error(f"{label} cannot be empty.")
    return text


def require_int(
    value: object,
    *,
    label: str,
    low: int,
    high: int,
    optional: bool = False,
    error: type[InvalidInputError] = InvalidInputError,
) -> int | None:
    """A whole number in [low, high]; bools are refused because True == 1 would slip through."""
    if value is None and optional:
        return None
    if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
        raise error(f"{label} must be a whole number from {low} to {high}.")
    return value


def clean_text_list(
    values: object,
    *,
    label: str,
    max_items: int,
    max_len: int,
    error: type[InvalidInputError] = InvalidInputError,
) -> tuple[str, ...]:
    """A list of short texts; empty items are dropped, since a blank line is not an item."""
    if values is None:
        return ()
    if isinstance(values, (str, bytes)) or not isinstance(values, (list, tuple)):
        raise error(f"{label} must be a list of texts.")
    items: list[str] = []
    for value in values:
        text = clean_text(value, label=f"An item in {label.lower()}", max_len=max_len, multiline=True, error=error)
        if text is not None:
            items.append(text)
    if len(items) > max_items:
        raise error(f"{label} can hold at most {max_items} items.")
    return tuple(items)
