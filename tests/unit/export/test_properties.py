"""Property tests: for random texts and redaction lists, no hidden word survives in any format.

The checker is written independently of redact.py: it case-folds (and, for the PDF,
NFKC-normalises) the output and looks for each term between non-letters/digits.
"""

from __future__ import annotations

import re
import tempfile
import unicodedata
from html.parser import HTMLParser
from pathlib import Path

import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from companion.errors import InvalidInputError
from companion.export.compose import compose
from companion.export.html import render_html
from companion.export.markdown import render_markdown
from companion.export.redact import Redactor
from companion.export.selection import EntryChoice, Redaction, Sections, ShareOptions, ShareSelection, Template
from companion.export.text import render_text
from companion.journal.model import Entry

LETTERS = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZäöüßéÉçñøÅαβγδΣσςабвгдЖ"
SEPARATORS = [" ", "  ", "\n", "\n\n", ", ", ". ", "-", "'", "’", "_", "(", ")", "*", "**", "# ", "- ", "> ",
              "[", "](", "`", "&", "<", ">", "\\", "1. ", "|", "\u00ad"]
APOSTROPHES = str.maketrans({"’": "'", "‘": "'"})

word = st.text(alphabet=LETTERS, min_size=1, max_size=9)
term = st.lists(word, min_size=1, max_size=2).map(" ".join)


def _case(draw_text: str, how: int) -> str:
    return [draw_text, draw_text.upper(), draw_text.lower(), draw_text.title(), draw_text.swapcase()][how]


@st.composite
def scenario(draw, max_words: int = 40):
    terms = draw(st.lists(term, min_size=1, max_size=4, unique_by=str.casefold))
    placeholder = draw(st.sampled_from(["[name]", "[…]", "***", "", "[hidden person]"]))
    tokens = []
    for _ in range(draw(st.integers(1, max_words))):
        if draw(st.booleans()):
            tokens.append(_case(draw(st.sampled_from(terms)), draw(st.integers(0, 4))))
        else:
            tokens.append(draw(word))
        tokens.append(draw(st.sampled_from(SEPARATORS)))
    text = "".join(tokens)
    title = _case(draw(st.sampled_from(terms)), draw(st.integers(0, 4))) + " " + draw(word)
    return terms, placeholder, title, text


def survives(output: str, term_text: str, *, nfkc: bool = False) -> bool:
    text = unicodedata.normalize("NFKC" if nfkc else "NFC", output).casefold().translate(APOSTROPHES)
    text = text.replace("\u00ad", "")
    words = unicodedata.normalize("NFC", term_text).casefold().split()
    pattern = r"(?<![^\W_])" + r"\s+".join(re.escape(w) for w in words) + r"(?![^\W_])"
    return re.search(pattern, text) is not None


INLINE_TAGS = {"strong", "em", "code", "br"}


class _Text(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.attributes: list[str] = []
        self._skip = 0

    def handle_starttag(self, tag, attrs):
        if tag == "style":
            self._skip += 1
        # separate strings of the person's (two questions, two list items) stay apart, as on the page
        self.parts.append(" " if tag in INLINE_TAGS else " \u00b6 ")
        self.attributes += [value or "" for _name, value in attrs]

    def handle_endtag(self, tag):
        if tag == "style":
            self._skip -= 1
        self.parts.append(" " if tag in INLINE_TAGS else " \u00b6 ")

    def handle_data(self, data):
        if not self._skip:
            self.parts.append(data)


KINDS = ("entry", "trend", "exercises", "strengths", "bring", "questions")
FIXED_ATTRIBUTES = {
    "en", "utf-8", "Content-Security-Policy", "referrer", "no-referrer", "viewport",
    "width=device-width, initial-scale=1", "meta", "gap", "note", "intro", "subheading",
    *KINDS, *(f"{k} untitled" for k in KINDS), *(f"level{n}" for n in range(1, 6)),
}


def html_text(html: str) -> str:
    """The text a browser shows; attributes must come from the renderer's fixed vocabulary."""
    from companion.export.html import CSP

    parser = _Text()
    parser.feed(html)
    unexpected = [v for v in parser.attributes if v not in FIXED_ATTRIBUTES | {CSP} and not v.isdigit()]
    assert not unexpected, unexpected
    return "".join(parser.parts)


def build(terms, placeholder, title, text, template=Template.GROUP):
    try:
        redactions = tuple(Redaction(t, placeholder) for t in terms)
        Redactor(redactions)
    except InvalidInputError:
        assume(False)
    entries = [
        Entry(id=1, uuid="1", created_at="", updated_at="", entry_date="2026-03-14 09:30", title=title, body=text,
              tags=tuple(terms)),
        Entry(id=2, uuid="2", created_at="", updated_at="", entry_date="2026-03-14 09:30",
              title="zzcanarytitle", body="zzcanarybody " + text),
    ]
    options = ShareOptions(redactions=redactions, template=template, keep_tags=True)
    sections = Sections(bring=text, questions=(title, text[:40]))
    return compose(ShareSelection(entries=(EntryChoice(1),), sections=sections, options=options), entries)


@settings(max_examples=250, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(scenario(), st.sampled_from(list(Template)))
def test_no_hidden_word_survives_in_markdown_html_or_text(case, template):
    terms, placeholder, title, text = case
    document = build(terms, placeholder, title, text, template)
    outputs = {
        "markdown": render_markdown(document),
        "html": html_text(render_html(document)),
        "text": render_text(document),
    }
    for name, output in outputs.items():
        for t in terms:
            assert not survives(output, t), (name, t, output)
        assert "zzcanary" not in output


@pytest.mark.gui
@settings(max_examples=12, deadline=None, suppress_health_check=[HealthCheck.too_slow,
                                                                HealthCheck.function_scoped_fixture])
@given(scenario(max_words=25))
def test_no_hidden_word_survives_in_the_pdf_text_layer(qapp, pdftools, case):
    from companion.export.pdf import render_pdf

    terms, placeholder, title, text = case
    document = build(terms, placeholder, title, text)
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "share.pdf"
        render_pdf(document, path)
        layer = pdftools.text(path)
    assert "zzcanary" not in layer
    for t in terms:
        assert not survives(layer, t, nfkc=True), (t, layer)
