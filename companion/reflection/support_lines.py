"""A small offline directory of crisis and support lines, shipped as data.

Offline on purpose: looking a helpline up online can leave traces, and the app must work
without a network. Companion only *shows* these; it never dials, opens a link or checks
them online, which is why `source` is a bare website name and no field may hold a URL.
Numbers change, so every entry carries the month it was last checked.
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping
from dataclasses import dataclass
from importlib import resources
from types import MappingProxyType
from typing import Any

from companion.errors import InvalidInputError
from companion.reflection._validate import clean_text, reject_unknown_fields, require_fields, required_text

WAYS: tuple[str, ...] = ("call", "text")
SUPPORTED_FILE_VERSION = 1
_LINE_FIELDS = {"id", "name", "country", "area", "number", "ways", "purpose", "hours", "source", "checked"}
_FILE_FIELDS = {"version", "checked", "note", "countries", "lines"}
_ID_RE = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
_COUNTRY_RE = re.compile(r"^[A-Z]{2}$")
_NUMBER_RE = re.compile(r"^\+?[0-9](?:[0-9 -]{0,18}[0-9])?$")
_CHECKED_RE = re.compile(r"^20[0-9]{2}-(?:0[1-9]|1[0-2])$")
_SITE_RE = re.compile(r"^(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+[a-z]{2,}$")


class SupportLinesError(InvalidInputError):
    default_message = "The support line directory could not be read; nothing was changed."


@dataclass(frozen=True)
class SupportLine:
    id: str
    name: str
    country: str
    number: str
    ways: tuple[str, ...]
    purpose: str
    hours: str | None
    source: str
    checked: str
    area: str | None = None


@dataclass(frozen=True)
class SupportDirectory:
    checked: str
    note: str
    countries: Mapping[str, str]
    lines: tuple[SupportLine, ...]

    def for_country(self, country: str) -> tuple[SupportLine, ...]:
        return tuple(line for line in self.lines if line.country == country.upper())

    def country_name(self, country: str) -> str:
        return self.countries.get(country.upper(), country.upper())


def _validate_line(raw: Mapping[str, Any], countries: Mapping[str, str]) -> SupportLine:
    what = f"Support line {str(raw.get('id', '?'))[:40]!r}" if isinstance(raw, Mapping) else "A support line"
    reject_unknown_fields(raw, _LINE_FIELDS, what=what, error=SupportLinesError)
    require_fields(
        raw,
        ("id", "name", "country", "number", "ways", "purpose", "source", "checked"),
        what=what,
        error=SupportLinesError,
    )
    if not isinstance(raw["id"], str) or not _ID_RE.match(raw["id"]):
        raise SupportLinesError(f"{what} has an id that is not a short lowercase slug.")
    if raw["country"] not in countries:
        raise SupportLinesError(f"{what} names a country the directory does not list.")
    if not isinstance(raw["number"], str) or not _NUMBER_RE.match(raw["number"]):
        raise SupportLinesError(f"{what} has a number with characters other than digits, spaces or dashes.")
    ways = raw["ways"]
    if not isinstance(ways, list) or not ways or any(w not in WAYS for w in ways) or len(set(ways)) != len(ways):
        raise SupportLinesError(f"{what} must say whether to call, text or both.")
    if not isinstance(raw["source"], str) or not _SITE_RE.match(raw["source"]):
        raise SupportLinesError(f"{what} must name its source as a bare website name, not a link.")
    if not isinstance(raw["checked"], str) or not _CHECKED_RE.match(raw["checked"]):
        raise SupportLinesError(f"{what} must say when it was checked, as year and month (YYYY-MM).")
    label = what.lower()
    name = required_text(raw["name"], label=f"The name of {label}", max_len=120, error=SupportLinesError)
    purpose = required_text(raw["purpose"], label=f"What {label} is for", max_len=300, error=SupportLinesError)
    hours = clean_text(raw.get("hours"), label=f"The hours of {label}", max_len=120, error=SupportLinesError)
    area = clean_text(raw.get("area"), label=f"The area of {label}", max_len=120, error=SupportLinesError)
    if any(text and "://" in text for text in (name, purpose, hours, area)):
        raise SupportLinesError(f"{what} contains a link; the directory holds text only.")
    return SupportLine(
        id=raw["id"],
        name=name,
        country=raw["country"],
        number=raw["number"],
        ways=tuple(ways),
        purpose=purpose,
        hours=hours,
        source=raw["source"],
        checked=raw["checked"],
        area=area,
    )


def parse_support_directory(raw: object) -> SupportDirectory:
    if not isinstance(raw, Mapping):
        raise SupportLinesError("The support line directory is not a set of named fields.")
    reject_unknown_fields(raw, _FILE_FIELDS, what="The support line directory", error=SupportLinesError)
    require_fields(raw, tuple(_FILE_FIELDS), what="The support line directory", error=SupportLinesError)
    if raw["version"] != SUPPORTED_FILE_VERSION:
        raise SupportLinesError("The support line directory is from a different version of Companion.")
    if not isinstance(raw["checked"], str) or not _CHECKED_RE.match(raw["checked"]):
        raise SupportLinesError("The support line directory must say when it was checked (YYYY-MM).")
    note = required_text(raw["note"], label="The directory note", max_len=400, error=SupportLinesError)
    countries = raw["countries"]
    if (
        not isinstance(countries, Mapping)
        or not countries
        or not all(
            isinstance(code, str) and _COUNTRY_RE.match(code) and isinstance(name, str) and name.strip()
            for code, name in countries.items()
        )
    ):
        raise SupportLinesError("The support line directory's countries must map two-letter codes to names.")
    if not isinstance(raw["lines"], list) or not raw["lines"]:
        raise SupportLinesError("The support line directory has no lines.")
    lines = tuple(_validate_line(item, countries) for item in raw["lines"])
    ids = [line.id for line in lines]
    if len(set(ids)) != len(ids):
        raise SupportLinesError("Two support lines share an id.")
    return SupportDirectory(raw["checked"], note, MappingProxyType(dict(countries)), lines)


def load_support_directory() -> SupportDirectory:
    """Read the directory shipped inside the package."""
    source = resources.files("companion.reflection.data").joinpath("support_lines.json")
    try:
        raw = json.loads(source.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise SupportLinesError("The shipped support line directory could not be read.") from exc
    return parse_support_directory(raw)
