"""ExportDocument: a neutral, structured model of what will be shared. Pure.

compose.py builds it from a ShareSelection; markdown.py, html.py, text.py and pdf.py
only read it. Every piece of text a renderer can output lives in one of these fields,
which is what lets `redact_document` guarantee that a hidden word reaches no format.
"""

from __future__ import annotations

import bisect
from collections.abc import Iterator
from dataclasses import dataclass, field, replace
from typing import Union

from companion.export.selection import Paper, Template


@dataclass(frozen=True)
class Run:
    """A stretch of text with one style. Text may contain "\\n" (a line break kept as written)."""

    text: str
    bold: bool = False
    italic: bool = False
    code: bool = False

    def same_style(self, other: "Run") -> bool:
        return (self.bold, self.italic, self.code) == (other.bold, other.italic, other.code)


Inline = tuple[Run, ...]


def plain(text: str) -> Inline:
    return (Run(text),) if text else ()


def inline_text(runs: Inline) -> str:
    return "".join(run.text for run in runs)


@dataclass(frozen=True)
class Paragraph:
    runs: Inline
    role: str = "body"  # body | meta (date, tags) | gap (between excerpts) | note (small print)


@dataclass(frozen=True)
class Heading:
    runs: Inline
    level: int = 3  # 1 is the document title, 2 a section; the person's own headings start at 3


@dataclass(frozen=True)
class ListItem:
    runs: Inline
    level: int = 0  # nesting depth, 0 = top


@dataclass(frozen=True)
class ListBlock:
    items: tuple[ListItem, ...]
    ordered: bool = False
    start: int = 1


@dataclass(frozen=True)
class Quote:
    blocks: tuple["Block", ...]


@dataclass(frozen=True)
class CodeBlock:
    text: str


@dataclass(frozen=True)
class Rule:
    pass


@dataclass(frozen=True)
class Table:
    header: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]


Block = Union[Paragraph, Heading, ListBlock, Quote, CodeBlock, Rule, Table]


@dataclass(frozen=True)
class Section:
    """One entry, or one optional part (trend, exercises, strengths, bring, questions)."""

    kind: str  # entry | trend | exercises | strengths | bring | questions
    heading: str
    meta: tuple[str, ...] = ()  # date, "Excerpts", tags, content note: shown small under the heading
    blocks: tuple[Block, ...] = ()


@dataclass(frozen=True)
class Layout:
    template: Template = Template.GROUP
    paper: Paper = Paper.A4
    text_size: int = 14  # points
    page_numbers: bool = True


@dataclass(frozen=True)
class ExportDocument:
    title: str
    intro: str = ""
    sections: tuple[Section, ...] = ()
    layout: Layout = field(default_factory=Layout)
    lang: str = "en"
    file_title: str = "Reflection"  # PDF/print metadata title; compose empties it if the word is hidden

    def texts(self) -> Iterator[str]:
        """Every string a renderer may print (tests use it to prove what is in the output)."""
        yield self.title
        yield self.intro
        for section in self.sections:
            yield section.heading
            yield from section.meta
            yield from _block_texts(section.blocks)

    @property
    def entry_count(self) -> int:
        return sum(1 for s in self.sections if s.kind == "entry")


def _block_texts(blocks: tuple[Block, ...]) -> Iterator[str]:
    for block in blocks:
        if isinstance(block, (Paragraph, Heading)):
            yield inline_text(block.runs)
        elif isinstance(block, ListBlock):
            for item in block.items:
                yield inline_text(item.runs)
        elif isinstance(block, Quote):
            yield from _block_texts(block.blocks)
        elif isinstance(block, CodeBlock):
            yield block.text
        elif isinstance(block, Table):
            yield from block.header
            for row in block.rows:
                yield from row


# --- redaction over the whole model ------------------------------------------------------------


def redact_runs(runs: Inline, redactor) -> Inline:
    """Hide terms in the text as it reads, across style changes ("**An**na" is one word), and
    within each run ("A`A`" shows "A" on its own in the Markdown source).

    A placeholder takes the style of the run where the hidden span starts.
    """
    if not redactor or not runs:
        return runs
    for _ in range(8):
        spans = _spans(runs, redactor)
        if not spans:
            return runs
        runs = _splice_runs(runs, spans)
    if _spans(runs, redactor):  # pragma: no cover - placeholders never contain terms
        raise RuntimeError("redaction did not settle")
    return runs


def _spans(runs: Inline, redactor) -> list[tuple[int, int, str]]:
    """Terms as the text reads (across runs) and as each run reads alone (style markers split words
    in Markdown source and in HTML-to-text conversions): hide both."""
    from companion.export.redact import merge_spans

    spans = list(redactor.find(inline_text(runs)))
    if len(runs) > 1:
        offset = 0
        for run in runs:
            spans += [(s + offset, e + offset, p) for s, e, p in redactor.find(run.text)]
            offset += len(run.text)
    return merge_spans(spans)


def _splice_runs(runs: Inline, spans: list[tuple[int, int, str]]) -> Inline:
    starts: list[int] = []
    position = 0
    for run in runs:
        starts.append(position)
        position += len(run.text)
    total = position

    def run_at(index: int) -> int:
        return max(0, bisect.bisect_right(starts, index) - 1)

    def cut(low: int, high: int) -> list[Run]:
        pieces = []
        if low >= high:
            return pieces
        for i in range(run_at(low), len(runs)):
            begin = starts[i]
            if begin >= high:
                break
            text = runs[i].text[max(low - begin, 0) : high - begin]
            if text:
                pieces.append(replace(runs[i], text=text))
        return pieces

    out: list[Run] = []
    last = 0
    for start, end, placeholder in spans:
        out += cut(last, start)
        if placeholder:
            out.append(replace(runs[run_at(start)], text=placeholder))
        last = end
    out += cut(last, total)
    return _merge(tuple(out))


def _merge(runs: Inline) -> Inline:
    merged: list[Run] = []
    for run in runs:
        if merged and merged[-1].same_style(run):
            merged[-1] = replace(merged[-1], text=merged[-1].text + run.text)
        elif run.text:
            merged.append(run)
    return tuple(merged)


def _redact_blocks(blocks: tuple[Block, ...], redactor) -> tuple[Block, ...]:
    out: list[Block] = []
    for block in blocks:
        if isinstance(block, (Paragraph, Heading)):
            out.append(replace(block, runs=redact_runs(block.runs, redactor)))
        elif isinstance(block, ListBlock):
            items = tuple(replace(i, runs=redact_runs(i.runs, redactor)) for i in block.items)
            out.append(replace(block, items=items))
        elif isinstance(block, Quote):
            out.append(Quote(_redact_blocks(block.blocks, redactor)))
        elif isinstance(block, CodeBlock):
            out.append(CodeBlock(redactor.redact(block.text)))
        elif isinstance(block, Table):
            out.append(
                Table(
                    tuple(redactor.redact(c) for c in block.header),
                    tuple(tuple(redactor.redact(c) for c in row) for row in block.rows),
                )
            )
        else:
            out.append(block)
    return tuple(out)


def redact_document(document: ExportDocument, redactor) -> ExportDocument:
    """The same document with every string — headings and labels included — redacted."""
    if not redactor:
        return document
    return replace(
        document,
        title=redactor.redact(document.title),
        intro=redactor.redact(document.intro),
        sections=tuple(
            replace(
                s,
                heading=redactor.redact(s.heading),
                meta=tuple(redactor.redact(m) for m in s.meta),
                blocks=_redact_blocks(s.blocks, redactor),
            )
            for s in document.sections
        ),
    )
