"""ExportDocument -> one self-contained HTML file. Pure.

No scripts, no external resources of any kind (a Content-Security-Policy of
`default-src 'none'` says so to the browser as well), styles inline in one <style>
element, and every piece of text HTML-escaped. Nothing names the app.
"""

from __future__ import annotations

from html import escape as _escape

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
    Table,
)
from companion.export.selection import Paper, Template

CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src 'none'; form-action 'none'; base-uri 'none'"


def escape(text: str) -> str:
    return _escape(text, quote=True)


def inline(runs: Inline) -> str:
    parts = []
    for run in runs:
        text = "<br>\n".join(escape(line) for line in run.text.split("\n"))
        if run.code:
            text = f"<code>{text}</code>"
        if run.italic:
            text = f"<em>{text}</em>"
        if run.bold:
            text = f"<strong>{text}</strong>"
        parts.append(text)
    return "".join(parts)


def _block(block: Block, out: list[str]) -> None:
    if isinstance(block, Paragraph):
        if not block.runs:
            return
        if block.role == "subheading":
            out.append(f"<h3>{inline(block.runs)}</h3>")
        elif block.role == "body":
            out.append(f"<p>{inline(block.runs)}</p>")
        else:
            out.append(f'<p class="{block.role}">{inline(block.runs)}</p>')
    elif isinstance(block, Heading):
        level = max(3, min(6, block.level))
        out.append(f"<h{level}>{inline(block.runs)}</h{level}>")
    elif isinstance(block, ListBlock):
        tag = "ol" if block.ordered else "ul"
        start = f' start="{block.start}"' if block.ordered and block.start != 1 else ""
        items = []
        for item in block.items:
            style = f' class="level{item.level}"' if item.level else ""
            items.append(f"<li{style}>{inline(item.runs)}</li>")
        out.append(f"<{tag}{start}>\n" + "\n".join(items) + f"\n</{tag}>")
    elif isinstance(block, Quote):
        inner: list[str] = []
        for child in block.blocks:
            _block(child, inner)
        out.append("<blockquote>\n" + "\n".join(inner) + "\n</blockquote>")
    elif isinstance(block, CodeBlock):
        out.append(f"<pre>{escape(block.text)}</pre>")
    elif isinstance(block, Rule):
        out.append("<hr>")
    elif isinstance(block, Table):
        head = "".join(f"<th>{escape(c)}</th>" for c in block.header)
        rows = "\n".join("<tr>" + "".join(f"<td>{escape(c)}</td>" for c in r) + "</tr>" for r in block.rows)
        out.append(f"<table>\n<thead><tr>{head}</tr></thead>\n<tbody>\n{rows}\n</tbody>\n</table>")


def stylesheet(document: ExportDocument) -> str:
    layout = document.layout
    size = layout.text_size
    group = layout.template is Template.GROUP
    paper = "A4" if layout.paper is Paper.A4 else "letter"
    return f"""
@page {{ size: {paper}; margin: 20mm 18mm; }}
html {{ background: #fff; color: #1a1a1a; }}
body {{ font-family: "Atkinson Hyperlegible", "Noto Sans", "DejaVu Sans", Verdana, sans-serif;
  font-size: {size}pt; line-height: {1.6 if group else 1.45}; max-width: 40em; margin: 2em auto; padding: 0 1em; }}
h1 {{ font-size: 1.6em; font-weight: 600; margin: 0 0 1em; }}
h2 {{ font-size: 1.3em; font-weight: 600; margin: 1.8em 0 0.3em; }}
h3, h4, h5, h6 {{ font-size: 1.05em; font-weight: 600; margin: 1.2em 0 0.3em; }}
p {{ margin: 0 0 0.8em; }}
.meta {{ color: #555; font-size: 0.85em; margin: 0 0 0.8em; }}
.gap {{ color: #555; text-align: center; }}
.note {{ color: #555; font-size: 0.85em; }}
section {{ margin: 0 0 1.5em; }}
section + section.untitled {{ border-top: 1px solid #ccc; padding-top: 1em; }}
blockquote {{ margin: 0 0 0.8em; padding-left: 1em; border-left: 3px solid #ccc; color: #333; }}
pre, code {{ font-family: "DejaVu Sans Mono", Menlo, Consolas, monospace; font-size: 0.9em; }}
pre {{ white-space: pre-wrap; background: #f4f4f4; padding: 0.6em; }}
li.level1 {{ margin-left: 1.5em; }} li.level2 {{ margin-left: 3em; }} li.level3 {{ margin-left: 4.5em; }}
table {{ border-collapse: collapse; margin: 0 0 1em; }}
th, td {{ border: 1px solid #bbb; padding: 0.2em 0.6em; text-align: left; }}
hr {{ border: 0; border-top: 1px solid #ccc; margin: 1.5em 0; }}
@media print {{ body {{ margin: 0; max-width: none; }} section {{ break-inside: auto; }} }}
""".strip()


def render_html(document: ExportDocument) -> str:
    body: list[str] = [f"<h1>{escape(document.title)}</h1>"]
    if document.intro:
        body.append(f'<p class="intro">{escape(document.intro)}</p>')
    for section in document.sections:
        classes = section.kind if section.heading else f"{section.kind} untitled"
        parts: list[str] = []
        if section.heading:
            parts.append(f"<h2>{escape(' '.join(section.heading.split()))}</h2>")
        if section.meta:
            parts.append('<p class="meta">' + "<br>\n".join(escape(m) for m in section.meta) + "</p>")
        for block in section.blocks:
            _block(block, parts)
        body.append(f'<section class="{classes}">\n' + "\n".join(parts) + "\n</section>")
    return (
        "<!DOCTYPE html>\n"
        f'<html lang="{escape(document.lang)}">\n<head>\n<meta charset="utf-8">\n'
        f'<meta http-equiv="Content-Security-Policy" content="{CSP}">\n'
        '<meta name="referrer" content="no-referrer">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f"<title>{escape(document.title)}</title>\n"
        f"<style>\n{stylesheet(document)}\n</style>\n</head>\n<body>\n"
        + "\n".join(body)
        + "\n</body>\n</html>\n"
    )
