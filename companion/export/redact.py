"""Hiding chosen words and phrases: whole words, any case, Unicode-aware. Pure.

A *word character* here is a letter, a digit or a combining mark (Unicode categories
L, N and M). Everything else — spaces, punctuation, the underscore, the hyphen, the
apostrophe — separates words, so "Anna" is hidden in "Anna's", "Anna-Maria" and
"Anna_M" but not in "Annabel". Matching ignores case by full Unicode case folding
("STRASSE" matches "straße"), treats typographic apostrophes and hyphens like the
plain ones, lets the words of a phrase be separated by any run of whitespace
(including line breaks), and sees through invisible format characters such as a soft
hyphen inside a name. Where terms overlap, the longest one at a position wins.

`Redactor.redact` is applied to every string of an ExportDocument before any renderer
sees it (see compose.py), so a hidden word never reaches Markdown, HTML, text or PDF.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Iterable

from companion.errors import InvalidInputError
from companion.export.selection import DEFAULT_PLACEHOLDER, Redaction

MAX_TERMS = 1000
MAX_TERM_CHARS = 200
MAX_PLACEHOLDER_CHARS = 100
_SAME = str.maketrans({"\u2019": "'", "\u2018": "'", "\u02bc": "'", "\u2010": "-", "\u2011": "-"})


def _ranges(predicate, limits: Iterable[tuple[int, int]]) -> str:
    parts = []
    for low, high in limits:
        start = None
        for code in range(low, high + 1):
            if predicate(chr(code)):
                if start is None:
                    start = code
            elif start is not None:
                parts.append((start, code - 1))
                start = None
        if start is not None:
            parts.append((start, high))
    return "".join(
        re.escape(chr(a)) if a == b else f"{re.escape(chr(a))}-{re.escape(chr(b))}" for a, b in parts
    )


@functools.lru_cache(maxsize=1)
def _classes() -> tuple[str, str]:
    """Character-class bodies for combining marks and for invisible format characters.

    Marks and format characters outside these planes do not exist in current Unicode.
    """
    planes = ((0, 0x1FFFF), (0xE0000, 0xE01EF))
    marks = _ranges(lambda c: unicodedata.category(c)[0] == "M", planes)
    formats = _ranges(lambda c: unicodedata.category(c) == "Cf", planes)
    return marks, formats


@functools.lru_cache(maxsize=1)
def _patterns() -> tuple[str, re.Pattern[str]]:
    marks, formats = _classes()
    word = rf"(?:[^\W_]|[{marks}])"  # letters and digits (\w less "_") or combining marks
    return word, re.compile(f"[{formats}]")


def is_word_char(char: str) -> bool:
    return unicodedata.category(char)[0] in "LNM"


def normalize(text: str) -> str:
    return unicodedata.normalize("NFC", text)


def _fold_term(text: str) -> str:
    return normalize(text).casefold().translate(_SAME)


def _fold(text: str, skip_format: bool) -> tuple[str, list[int] | None]:
    """Case-folded text and, unless it is the identity, the original index of each folded char."""
    _, format_re = _patterns()
    has_format = skip_format and format_re.search(text) is not None
    folded = text.casefold().translate(_SAME)
    if not has_format and len(folded) == len(text):
        return folded, None  # casefold never shrinks a character: equal length means one-to-one
    out: list[str] = []
    mapping: list[int] = []
    for index, char in enumerate(text):
        if has_format and unicodedata.category(char) == "Cf":
            continue
        piece = char.casefold().translate(_SAME)
        out.append(piece)
        mapping.extend([index] * len(piece))
    return "".join(out), mapping


class Redactor:
    """Compiled redaction list. `Redactor([])` changes nothing.

    Raises InvalidInputError (one sentence) for a term with no letters or digits, or for
    a placeholder that itself contains a term (it would leave the word in the output).
    """

    def __init__(self, redactions: Iterable[Redaction | str] = ()):
        terms: dict[str, tuple[str, str]] = {}  # folded term -> (term, placeholder)
        for item in redactions:
            redaction = Redaction(item) if isinstance(item, str) else item
            term = " ".join(normalize(redaction.term).split())
            placeholder = normalize(redaction.placeholder if redaction.placeholder is not None else "")
            if not term:
                continue
            if len(term) > MAX_TERM_CHARS:
                raise InvalidInputError(f"A word to hide is too long (over {MAX_TERM_CHARS} characters).")
            if len(placeholder) > MAX_PLACEHOLDER_CHARS or "\n" in placeholder:
                raise InvalidInputError("A placeholder must be one short line.")
            if not any(is_word_char(c) for c in term):
                raise InvalidInputError(f"“{term}” has no letters or digits, so it cannot be hidden as a word.")
            terms.setdefault(_fold_term(term), (term, placeholder))
        if len(terms) > MAX_TERMS:
            raise InvalidInputError(f"The list of words to hide can hold at most {MAX_TERMS} entries.")
        self.terms: tuple[Redaction, ...] = tuple(Redaction(t, p) for t, p in terms.values())
        word, _ = _patterns()
        self._word = re.compile(word)
        # One search per term: a pattern that starts with a literal lets `re` skip ahead at C
        # speed; whole-word boundaries are checked only where a term was found.
        self._searches: list[tuple[re.Pattern[str], bool, bool, str]] = []
        for folded in sorted(terms, key=lambda f: (-len(f), f)):
            body = r"\s+".join(re.escape(part) for part in folded.split())
            self._searches.append(
                (re.compile(body), is_word_char(folded[0]), is_word_char(folded[-1]), terms[folded][1])
            )
        for term, placeholder in terms.values():
            clash = self._find(placeholder)
            if clash:
                start, end, _ = clash[0]
                raise InvalidInputError(
                    f"The placeholder “{placeholder}” contains “{placeholder[start:end]}”, which is on the list "
                    "of words to hide; please choose another placeholder."
                )

    def __bool__(self) -> bool:
        return bool(self._searches)

    def _pass(self, text: str, skip_format: bool) -> list[tuple[int, int, str]]:
        folded, mapping = _fold(text, skip_format)
        size = len(folded)
        word = self._word
        spans = []
        for pattern, left, right, placeholder in self._searches:
            position = 0
            while True:
                match = pattern.search(folded, position)
                if match is None:
                    break
                start, end = match.span()
                if (left and start > 0 and word.match(folded, start - 1)) or (
                    right and end < size and word.match(folded, end)
                ):
                    position = start + 1
                    continue
                if mapping is None:
                    spans.append((start, end, placeholder))
                else:
                    spans.append((mapping[start], mapping[end - 1] + 1, placeholder))
                position = end
        return spans

    def _find(self, text: str) -> list[tuple[int, int, str]]:
        if not self._searches or not text:
            return []
        _, format_re = _patterns()
        spans = self._pass(text, skip_format=True)
        if format_re.search(text) is not None:
            spans += self._pass(text, skip_format=False)  # format chars as separators too: hide both ways
        return merge_spans(spans)

    def find(self, text: str) -> list[tuple[int, int, str]]:
        """(start, end, placeholder) for every hidden span of `text`, in order, not overlapping."""
        return self._find(text)

    def matches(self, text: str) -> bool:
        return bool(self._find(text))

    def redact(self, text: str, markup=None) -> str:
        """`text` with every listed word or phrase replaced by its placeholder.

        `markup`, if given, turns a placeholder into the syntax of `text` (compose uses it to
        insert placeholders into Markdown source as literal text).
        """
        if not self._searches or not text:
            return text
        for _ in range(8):
            spans = self._find(text)
            if not spans:
                return text
            if markup is not None:
                spans = [(start, end, markup(placeholder)) for start, end, placeholder in spans]
            text = splice(text, spans)
        if self._find(text):  # pragma: no cover - placeholders are checked not to contain terms
            raise RuntimeError("redaction did not settle")
        return text


def merge_spans(spans: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """Sorted, non-overlapping spans; overlapping ones are joined and keep the longer one's placeholder."""
    spans = sorted(spans, key=lambda s: (s[0], -(s[1] - s[0])))
    merged: list[tuple[int, int, str]] = []
    for start, end, placeholder in spans:
        if merged and start < merged[-1][1]:
            last = merged[-1]
            keep = last[2] if last[1] - last[0] >= end - start else placeholder
            merged[-1] = (last[0], max(end, last[1]), keep)
        else:
            merged.append((start, end, placeholder))
    return merged


def splice(text: str, spans: list[tuple[int, int, str]]) -> str:
    parts, last = [], 0
    for start, end, placeholder in spans:
        parts.append(text[last:start])
        parts.append(placeholder)
        last = end
    parts.append(text[last:])
    return "".join(parts)


def parse_redaction_lines(text: str, default_placeholder: str = DEFAULT_PLACEHOLDER) -> tuple[Redaction, ...]:
    """One term per line, optionally `term => placeholder`. Blank lines and lines starting "# " are skipped."""
    found = []
    for line in text.splitlines():
        stripped = line.strip()
        if not stripped or stripped == "#" or stripped.startswith("# "):
            continue
        term, arrow, placeholder = stripped.partition("=>")
        term = term.strip()
        if not term:
            raise InvalidInputError("A line of the redaction list has a placeholder but no word to hide.")
        found.append(Redaction(term, placeholder.strip() if arrow else default_placeholder))
    return tuple(found)


_NOT_NAMES = frozenset(
    "my our the a an and of mum mom dad sister brother aunt uncle friend friends partner ex group "
    "doctor dr therapist counsellor counselor work neighbour neighbor cousin gran grandma grandpa nan "
    "monday tuesday wednesday thursday friday saturday sunday".split()
)


def suggest_terms(people: Iterable[object]) -> list[str]:
    """Names from "My people" (records.Person) offered as words to hide: the whole name, and
    its first word that looks like a name ("My sister Ana" offers "Ana", never "My")."""
    suggestions: dict[str, str] = {}
    for person in people:
        name = " ".join(str(getattr(person, "name", person) or "").split())
        if not name:
            continue
        suggestions.setdefault(name.casefold(), name)
        words = name.split()
        if len(words) > 1:
            for word in words:
                word = word.strip(".,;:()'\"")
                if (len(word) > 1 and word[0].isupper() and word.casefold() not in _NOT_NAMES
                        and all(is_word_char(c) for c in word)):
                    suggestions.setdefault(word.casefold(), word)
                    break
    return sorted(suggestions.values(), key=str.casefold)

