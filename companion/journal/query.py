"""Parsing what a person types in the search box into a safe FTS5 query plus filters.

Supported: plain words (all must match), "exact phrases", prefixes (`heal*`),
`-word` to exclude, `tag:name`, `since:YYYY-MM-DD`, `until:YYYY-MM-DD`,
`state:private|maybe|ready`. Every word is quoted before it reaches FTS5, so no
input can be an FTS syntax error or an injection.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from datetime import date

from companion.errors import UsageError
from companion.journal.model import ShareState, normalize_tag

_TOKEN = re.compile(r'(-?)"([^"]*)"?|(\S+)')
_WORD = re.compile(r"\w+", re.UNICODE)


@dataclass(frozen=True)
class SearchQuery:
    terms: tuple[str, ...] = ()  # words that must match
    prefixes: tuple[str, ...] = ()
    phrases: tuple[str, ...] = ()
    excluded: tuple[str, ...] = ()
    tags: tuple[str, ...] = ()
    since: str | None = None  # inclusive "YYYY-MM-DD"
    until: str | None = None  # inclusive "YYYY-MM-DD"
    share_states: tuple[ShareState, ...] = ()
    text: str = field(default="", compare=False)

    @property
    def has_text(self) -> bool:
        return bool(self.terms or self.prefixes or self.phrases)

    @property
    def is_empty(self) -> bool:
        return not (self.has_text or self.tags or self.since or self.until or self.share_states)

    def with_filters(self, *, tags=(), since=None, until=None, share_states=()) -> "SearchQuery":
        return replace(
            self,
            tags=self.tags + tuple(normalize_tag(t) for t in tags if normalize_tag(t)),
            since=since or self.since,
            until=until or self.until,
            share_states=self.share_states + tuple(share_states),
        )

    def fts_expression(self) -> str | None:
        """The MATCH expression, or None when only filters were given."""
        parts: list[str] = []
        parts += [_quote(t) for t in self.terms]
        parts += [_quote(p) + "*" for p in self.prefixes]
        parts += [_quote(p) for p in self.phrases]
        if not parts:
            return None
        expression = " AND ".join(parts)
        for word in self.excluded:
            expression = f"({expression}) NOT {_quote(word)}"
        return expression


def _quote(text: str) -> str:
    return '"' + text.replace('"', '""') + '"'


def _check_date(value: str, key: str) -> str:
    try:
        return date.fromisoformat(value).isoformat()
    except ValueError as exc:
        raise UsageError(f"{key}: needs a date like 2026-03-14 (got {value!r}).") from exc


def parse(text: str) -> SearchQuery:
    terms: list[str] = []
    prefixes: list[str] = []
    phrases: list[str] = []
    excluded: list[str] = []
    tags: list[str] = []
    states: list[ShareState] = []
    since = until = None
    for match in _TOKEN.finditer(text):
        negate, phrase, bare = match.group(1), match.group(2), match.group(3)
        if phrase is not None:
            words = _WORD.findall(phrase)
            if not words:
                continue
            if negate:
                excluded.append(" ".join(words))
            elif len(words) == 1:
                terms.append(words[0])
            else:
                phrases.append(" ".join(words))
            continue
        key, sep, value = bare.partition(":")
        key_l = key.lower()
        if sep and value and key_l in {"tag", "since", "until", "state", "from", "to"}:
            if key_l == "tag":
                tag = normalize_tag(value)
                if tag:
                    tags.append(tag)
            elif key_l in ("since", "from"):
                since = _check_date(value, key_l)
            elif key_l in ("until", "to"):
                until = _check_date(value, key_l)
            else:
                states.append(ShareState.parse(value))
            continue
        if bare.startswith("#") and len(bare) > 1:
            tags.append(normalize_tag(bare))
            continue
        if bare.startswith("-") and len(bare) > 1:
            excluded += _WORD.findall(bare[1:])
            continue
        words = _WORD.findall(bare)
        if bare.endswith("*") and words:
            terms += words[:-1]
            prefixes.append(words[-1])
        else:
            terms += words
    return SearchQuery(
        terms=tuple(terms),
        prefixes=tuple(prefixes),
        phrases=tuple(phrases),
        excluded=tuple(excluded),
        tags=tuple(tags),
        since=since,
        until=until,
        share_states=tuple(states),
        text=text,
    )
