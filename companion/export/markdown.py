"""ExportDocument -> Markdown (CommonMark with GitHub-style tables). Pure.

Every piece of the person's text is escaped, so it prints as written rather than as
formatting: a stray `#` or `*` in an entry stays a character.
"""

from __future__ import annotations

import re

from companion.export.document import (
    Block,
    CodeBlock,
    ExportDocument,
    Heading,
    Inline,
    ListBlock,
    Paragraph,
    Quote,
    Rule,
    Run,
    Table,
)

_SPECIAL = set("\\`*_[]<>#|~&!")
_ORDERED_START = re.compile(r"^(\d{1,9})([.)])")
HARD_BREAK = "\\\n"


def escape(text: str) -> str:
    """Backslash-escape Markdown syntax in one line of text (not at the start of a line)."""
    return "".join(f"\\{c}" if c in _SPECIAL else c for c in text)


def _guard_line_start(line: str) -> str:
    stripped = line.lstrip(" ")
    if line != stripped:
        line = stripped  # leading spaces would make an indented code block
    if line[:1] in {"-", "+", "=", ">"}:
        return "\\" + line
    match = _ORDERED_START.match(line)
    if match:
        return match.group(1) + "\\" + line[len(match.group(1)) :]
    return line


def _styled(run: Run, text: str) -> str:
    if not text:
        return ""
    if run.code:
        longest = max((len(m) for m in re.findall(r"`+", text)), default=0)
        fence = "`" * (longest + 1)
        pad = " " if text.startswith("`") or text.endswith("`") else ""
        return f"{fence}{pad}{text}{pad}{fence}"
    core = text.strip()
    if not core:
        return escape(text)
    lead = text[: len(text) - len(text.lstrip())]
    trail = text[len(text.rstrip()) :]
    marker = "***" if run.bold and run.italic else "**" if run.bold else "*" if run.italic else ""
    return f"{lead}{marker}{escape(core)}{marker}{trail}"


def inline(runs: Inline, *, breaks: str = HARD_BREAK) -> str:
    """Runs as Markdown; line breaks in the text become hard breaks."""
    lines: list[list[str]] = [[]]
    for run in runs:
        for number, piece in enumerate(run.text.split("\n")):
            if number:
                lines.append([])
            lines[-1].append(_styled(run, piece))
    rendered = [_guard_line_start("".join(parts).rstrip()) for parts in lines]
    return breaks.join(rendered)


def _block(block: Block, out: list[str]) -> None:
    if isinstance(block, Paragraph):
        text = inline(block.runs)
        if not text:
            return
        if block.role == "subheading":
            out.append("### " + inline(block.runs, breaks=" "))
        elif block.role in ("gap", "meta", "note"):
            out.append("\n".join(f"*{line}*" if line.strip() else line for line in text.split("\n")))
        else:
            out.append(text)
    elif isinstance(block, Heading):
        out.append("#" * block.level + " " + inline(block.runs, breaks=" "))
    elif isinstance(block, ListBlock):
        lines = []
        for number, item in enumerate(block.items, block.start):
            marker = f"{number}." if block.ordered else "-"
            indent = "    " * item.level
            text = inline(item.runs, breaks=HARD_BREAK + indent + " " * (len(marker) + 1))
            lines.append(f"{indent}{marker} {text}")
        out.append("\n".join(lines))
    elif isinstance(block, Quote):
        inner: list[str] = []
        for child in block.blocks:
            _block(child, inner)
        text = "\n\n".join(inner)
        out.append("\n".join(f"> {line}" if line else ">" for line in text.split("\n")))
    elif isinstance(block, CodeBlock):
        longest = max((len(m) for m in re.findall(r"`{3,}", block.text)), default=2)
        fence = "`" * (longest + 1)
        out.append(f"{fence}\n{block.text}\n{fence}")
    elif isinstance(block, Rule):
        out.append("---")
    elif isinstance(block, Table):
        def row(cells: tuple[str, ...]) -> str:
            return "| " + " | ".join(escape(" ".join(c.split())) for c in cells) + " |"

        lines = [row(block.header), "|" + "|".join(" --- " for _ in block.header) + "|"]
        lines += [row(r) for r in block.rows]
        out.append("\n".join(lines))


def render_markdown(document: ExportDocument) -> str:
    out: list[str] = [f"# {escape(document.title)}"]
    if document.intro:
        out.append(inline((Run(document.intro),)))
    for section in document.sections:
        if section.heading:
            out.append(f"## {escape(' '.join(section.heading.split()))}")
        else:
            out.append("---")
        if section.meta:
            out.append(HARD_BREAK.join(f"*{_guard_line_start(escape(m))}*" for m in section.meta))
        for block in section.blocks:
            _block(block, out)
    return "\n\n".join(part for part in out if part) + "\n"
