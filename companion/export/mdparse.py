"""A small, safe reading of the Markdown people write in entries. Pure.

Entries are stored as the Markdown typed in the editor. For sharing we keep what reads
as structure — headings, paragraphs, lists, quotes, code, rules, bold, italic, code
spans — and turn everything else into plain text: links print their text and address,
images print only their description (nothing is ever fetched), raw HTML prints as the
characters typed. Line breaks are kept as written, as a diary reads.

Deliberately simpler than CommonMark, and linear-time on hostile input.
"""

from __future__ import annotations

import re
from bisect import bisect_right

from companion.export.document import (
    Block,
    CodeBlock,
    Heading,
    Inline,
    ListBlock,
    ListItem,
    Paragraph,
    Quote,
    Rule,
    Run,
    _merge,
)

_ATX = re.compile(r"^ {0,3}(#{1,6})(?:[ \t]+(.*?))?(?:[ \t]+#+)?[ \t]*$")
_RULE = re.compile(r"^ {0,3}([-*_])(?:[ \t]*\1){2,}[ \t]*$")
_FENCE = re.compile(r"^ {0,3}(`{3,}|~{3,})")
_QUOTE = re.compile(r"^ {0,3}> ?")
_ITEM = re.compile(r"^([ \t]*)([-*+]|(\d{1,9})[.)])(?:[ \t]+|$)(.*)$")
_ESCAPABLE = set("!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~")
MAX_QUOTE_DEPTH = 8
MAX_CLOSER_SCAN = 64
_INLINE_SPECIAL = frozenset("\\`!*_[<\n")
_NEXT_SPECIAL = re.compile(r"[\\`!*_\[<\n]")
MAX_INLINE_DEPTH = 12


def escape_literal(text: str) -> str:
    """Text that parse_inline reads back unchanged (every ASCII punctuation mark escaped)."""
    return "".join(f"\\{c}" if c in _ESCAPABLE else c for c in text)


def normalize_newlines(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\r", "\n").replace("\u2028", "\n").replace("\u2029", "\n")


# --- blocks ------------------------------------------------------------------------------------


def parse_blocks(text: str, heading_offset: int = 2, _depth: int = 0) -> tuple[Block, ...]:
    """Blocks of one entry body (or excerpt). `#` becomes level 1 + heading_offset, capped at 6."""
    lines = normalize_newlines(text).split("\n")
    blocks: list[Block] = []
    paragraph: list[str] = []
    items: list[ListItem] = []
    item_lines: list[str] = []
    list_state: dict = {}

    def flush_paragraph() -> None:
        if paragraph:
            runs = parse_inline("\n".join(line.strip() for line in paragraph))
            if runs:
                blocks.append(Paragraph(runs))
            paragraph.clear()

    def flush_item() -> None:
        if list_state:
            runs = parse_inline("\n".join(line.strip() for line in item_lines))
            items.append(ListItem(runs, list_state["level"]))
            item_lines.clear()

    def flush_list() -> None:
        flush_item()
        if items:
            blocks.append(ListBlock(tuple(items), ordered=list_state["ordered"], start=list_state["start"]))
            items.clear()
        list_state.clear()

    index = 0
    while index < len(lines):
        line = lines[index]
        stripped = line.strip()
        fence = _FENCE.match(line)
        if fence:
            flush_paragraph()
            flush_list()
            marker = fence.group(1)
            body: list[str] = []
            index += 1
            while index < len(lines) and not lines[index].strip().startswith(marker[0] * len(marker)):
                body.append(lines[index])
                index += 1
            blocks.append(CodeBlock("\n".join(body)))
            index += 1
            continue
        if not stripped:
            flush_paragraph()
            if list_state:
                # a blank line ends the item; the list goes on if the next line is an item
                nxt = next((ln for ln in lines[index + 1 :] if ln.strip()), "")
                if not _ITEM.match(nxt):
                    flush_list()
            index += 1
            continue
        heading = _ATX.match(line)
        if heading:
            flush_paragraph()
            flush_list()
            level = min(6, len(heading.group(1)) + heading_offset)
            runs = parse_inline((heading.group(2) or "").strip())
            if runs:
                blocks.append(Heading(runs, level))
            index += 1
            continue
        if _RULE.match(line):
            flush_paragraph()
            flush_list()
            blocks.append(Rule())
            index += 1
            continue
        if _QUOTE.match(line) and _depth < MAX_QUOTE_DEPTH:
            flush_paragraph()
            flush_list()
            inner: list[str] = []
            while index < len(lines) and _QUOTE.match(lines[index]):
                inner.append(_QUOTE.sub("", lines[index], count=1))
                index += 1
            blocks.append(Quote(parse_blocks("\n".join(inner), heading_offset, _depth + 1)))
            continue
        item = _ITEM.match(line)
        if item and (not paragraph or item.group(3) is None or item.group(3) == "1"):
            flush_paragraph()
            ordered = item.group(3) is not None
            indent = len(item.group(1).expandtabs(4))
            if list_state and list_state["ordered"] != ordered and indent <= list_state["base"]:
                flush_list()
            flush_item()
            if not list_state:
                list_state.update(
                    ordered=ordered, start=int(item.group(3) or 1), base=indent, indents=[indent], level=0
                )
            indents = list_state["indents"]
            while len(indents) > 1 and indent < indents[-1]:
                indents.pop()
            if indent > indents[-1] + 1:
                indents.append(indent)
            list_state["level"] = min(len(indents) - 1, 5)
            item_lines.append(item.group(4))
            index += 1
            continue
        if list_state and (line.startswith((" ", "\t")) or item_lines):
            item_lines.append(line)  # continuation of the current item
            index += 1
            continue
        paragraph.append(line)
        index += 1
    flush_paragraph()
    flush_list()
    return tuple(blocks)


# --- inline ------------------------------------------------------------------------------------


def parse_inline(text: str) -> Inline:
    """Runs for one paragraph: emphasis, code spans, links and images read as described above."""
    runs: list[Run] = []
    _inline(text, False, False, runs, 0)
    return _merge(tuple(r for r in runs if r.text))


def _closers(text: str, marker: str) -> list[int]:
    positions, start = [], 0
    while True:
        found = text.find(marker, start)
        if found < 0:
            return positions
        positions.append(found)
        start = found + 1


def _inline(text: str, bold: bool, italic: bool, out: list[Run], depth: int) -> None:
    buffer: list[str] = []
    cache: dict[str, list[int]] = {}

    def emit(piece: str, **style) -> None:
        if buffer:
            out.append(Run("".join(buffer), bold=bold, italic=italic))
            buffer.clear()
        if piece:
            out.append(Run(piece, bold=style.get("bold", bold), italic=style.get("italic", italic),
                           code=style.get("code", False)))

    def find_closer(marker: str, after: int) -> int:
        positions = cache.setdefault(marker, _closers(text, marker))
        start = bisect_right(positions, after - 1)
        for j in positions[start : start + MAX_CLOSER_SCAN]:
            if j <= after or text[j - 1].isspace():
                continue
            if marker[0] == "_" and j + len(marker) < len(text) and text[j + len(marker)].isalnum():
                continue
            if len(marker) == 1 and (text[j - 1] == marker or text.startswith(marker, j + 1)):
                continue  # part of "**": not the end of "*"
            if len(marker) == 2 and text.startswith(marker[0], j + 2) and not text.startswith(marker[0], j + 3):
                j += 1  # "***": the bold closes after the italic
            return j
        return -1

    i, n = 0, len(text)
    while i < n:
        char = text[i]
        if char not in _INLINE_SPECIAL:
            found = _NEXT_SPECIAL.search(text, i)
            j = found.start() if found else n
            buffer.append(text[i:j])
            i = j
            continue
        if char == "\\" and i + 1 < n:
            nxt = text[i + 1]
            if nxt == "\n":
                buffer.append("\n")
                i += 2
                continue
            if nxt in _ESCAPABLE:
                buffer.append(nxt)
                i += 2
                continue
        if char == "`":
            run_len = 1
            while i + run_len < n and text[i + run_len] == "`":
                run_len += 1
            ticks = "`" * run_len
            close = text.find(ticks, i + run_len)
            while close >= 0 and text.startswith("`", close + run_len):
                close = text.find(ticks, close + run_len + 1)
            if close >= 0:
                code = text[i + run_len : close].replace("\n", " ")
                if len(code) >= 2 and code.startswith(" ") and code.endswith(" ") and code.strip():
                    code = code[1:-1]
                emit("")
                out.append(Run(code, bold=bold, italic=italic, code=True))
                i = close + run_len
                continue
            buffer.append(ticks)
            i += run_len
            continue
        if char == "!" and text.startswith("[", i + 1) and depth < MAX_INLINE_DEPTH:
            link = _link_at(text, i + 1)
            if link:
                label, _target, end = link
                if label.strip():
                    emit("")
                    _inline(label, bold, italic, out, depth + 1)
                i = end
                continue
        if char == "[" and depth < MAX_INLINE_DEPTH:
            link = _link_at(text, i)
            if link:
                label, target, end = link
                emit("")
                _inline(label, bold, italic, out, depth + 1)
                if target and target != label:
                    buffer.append(f" ({target})")
                i = end
                continue
        if char == "<":
            close = text.find(">", i + 1, i + 2048)
            inner = text[i + 1 : close] if close > 0 else ""
            if inner and re.fullmatch(r"(?:https?|mailto|ftp):[^\s<>]+", inner, re.IGNORECASE):
                buffer.append(inner)
                i = close + 1
                continue
        if char in "*_" and depth < MAX_INLINE_DEPTH:
            double = text.startswith(char * 2, i)
            marker = char * 2 if double else char
            after = i + len(marker)
            left_ok = after < n and not text[after].isspace()
            if char == "_" and i > 0 and text[i - 1].isalnum():
                left_ok = False
            if left_ok:
                close = find_closer(marker, after)
                if close > after:
                    emit("")
                    if double:
                        _inline(text[after:close], True, italic, out, depth + 1)
                    else:
                        _inline(text[after:close], bold, True, out, depth + 1)
                    i = close + len(marker)
                    continue
            buffer.append(marker)
            i = after
            continue
        if char == "\n":
            while buffer and not buffer[-1].rstrip(" "):
                buffer.pop()
            if buffer:
                buffer[-1] = buffer[-1].rstrip(" ")
        buffer.append(char)
        i += 1
    emit("")


def _link_at(text: str, i: int) -> tuple[str, str, int] | None:
    """[label](target) starting at text[i] == "[": (label, target, index after it), or None."""
    depth, j, limit = 0, i, min(len(text), i + 4096)
    while j < limit:
        c = text[j]
        if c == "\\":
            j += 2
            continue
        if c == "[":
            depth += 1
        elif c == "]":
            depth -= 1
            if depth == 0:
                break
        j += 1
    else:
        return None
    if j >= limit or not text.startswith("(", j + 1):
        return None
    close = text.find(")", j + 2, j + 2 + 2048)
    if close < 0:
        return None
    target = text[j + 2 : close].strip()
    if " " in target:  # a title: [x](url "title")
        target = target.split(" ", 1)[0]
    target = target.strip("<>")
    return text[i + 1 : j], target, close + 1
