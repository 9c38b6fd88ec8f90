"""ExportDocument -> plain text (UTF-8, no markup, lines as written). Pure."""

from __future__ import annotations

import unicodedata

from companion.export.document import (
    Block,
    CodeBlock,
    ExportDocument,
    Heading,
    ListBlock,
    Paragraph,
    Quote,
    Rule,
    Table,
    inline_text,
)


def _width(text: str) -> int:
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 0 if unicodedata.combining(c) else 1 for c in text)


def _underline(text: str, char: str) -> str:
    return f"{text}\n{char * max(3, min(_width(text), 72))}"


def _block(block: Block, out: list[str]) -> None:
    if isinstance(block, Paragraph):
        text = inline_text(block.runs)
        if text.strip():
            out.append(text)
    elif isinstance(block, Heading):
        out.append(" ".join(inline_text(block.runs).split()))
    elif isinstance(block, ListBlock):
        lines = []
        for number, item in enumerate(block.items, block.start):
            marker = f"{number}." if block.ordered else "-"
            indent = "  " * item.level
            pad = "\n" + indent + " " * (len(marker) + 1)
            lines.append(f"{indent}{marker} " + pad.join(inline_text(item.runs).split("\n")))
        out.append("\n".join(lines))
    elif isinstance(block, Quote):
        inner: list[str] = []
        for child in block.blocks:
            _block(child, inner)
        out.append("\n".join(f"> {line}" if line else ">" for line in "\n\n".join(inner).split("\n")))
    elif isinstance(block, CodeBlock):
        out.append("\n".join("    " + line for line in block.text.split("\n")))
    elif isinstance(block, Rule):
        out.append("* * *")
    elif isinstance(block, Table):
        rows = [tuple(" ".join(c.split()) for c in block.header)]
        rows += [tuple(" ".join(c.split()) for c in r) for r in block.rows]
        widths = [max(_width(r[i]) for r in rows if i < len(r)) for i in range(len(block.header))]
        lines = []
        for number, r in enumerate(rows):
            lines.append("  ".join(c + " " * (widths[i] - _width(c)) for i, c in enumerate(r)).rstrip())
            if number == 0:
                lines.append("  ".join("-" * w for w in widths))
        out.append("\n".join(lines))


def render_text(document: ExportDocument) -> str:
    out: list[str] = [_underline(document.title, "=")]
    if document.intro:
        out.append(document.intro)
    for number, section in enumerate(document.sections):
        if section.heading:
            out.append(_underline(" ".join(section.heading.split()), "-"))
        elif number:
            out.append("* * *")
        if section.meta:
            out.append("\n".join(section.meta))
        for block in section.blocks:
            _block(block, out)
    return "\n\n".join(part for part in out if part) + "\n"
