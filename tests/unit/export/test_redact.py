"""Redaction: whole words, any case, Unicode, phrases, overlaps, placeholders, the list file."""

from __future__ import annotations

import pytest

from companion.errors import InvalidInputError
from companion.export.document import Run, redact_runs
from companion.export.redact import Redactor, parse_redaction_lines, suggest_terms
from companion.export.selection import Redaction
from companion.reflection.records import Person


def r(*terms, placeholder="[name]"):
    return Redactor([Redaction(t, placeholder) for t in terms])


@pytest.mark.parametrize(
    ("terms", "text", "expected"),
    [
        (("Anna",), "Anna met ANNA and anna.", "[name] met [name] and [name]."),
        (("Anna",), "Annabel and Joanna stay.", "Annabel and Joanna stay."),
        (("Anna",), "Anna's, Anna-Maria, Anna_M, (Anna)", "[name]'s, [name]-Maria, [name]_M, ([name])"),
        (("straße",), "STRASSE, Straße, strasse", "[name], [name], [name]"),
        (("Zoë",), "ZOË zoë Zoe", "[name] [name] Zoe"),
        (("Søren",), "søren SØREN", "[name] [name]"),
        (("Ἀθηνᾶ",), "ἀθηνᾶ", "[name]"),
        (("Маша",), "МАША пришла, машаня нет", "[name] пришла, машаня нет"),
        (("Anna Maria",), "anna   MARIA and anna\nmaria", "[name] and [name]"),
        (("Anna", "Anna Maria"), "Anna Maria and Anna", "[name] and [name]"),
        (("Mary's",), "Mary’s book", "[name] book"),
        (("Anna",), "An\u00adna hid a soft hyphen", "[name] hid a soft hyphen"),
        (("Anna",), "Anna\u200bMaria", "[name]\u200bMaria"),
        (("42",), "Flat 42, not 420", "Flat [name], not 420"),
        (("St. Mary",), "st.  mary school", "[name] school"),
    ],
)
def test_whole_words_any_case(terms, text, expected):
    assert r(*terms).redact(text) == expected


def test_decomposed_text_is_matched_after_normalising():
    from companion.export.compose import clean

    assert r("café").redact(clean("Cafe\u0301 and cafe")) == "[name] and cafe"


def test_placeholders_per_term_and_empty_list():
    red = Redactor([Redaction("Sam", "[S]"), Redaction("Leeds", "[a city]")])
    assert red.redact("Sam moved to Leeds") == "[S] moved to [a city]"
    assert Redactor([]).redact("Sam") == "Sam"
    assert not Redactor([])
    assert Redactor(["Sam"]).redact("sam") == "[name]"


def test_placeholder_may_not_contain_a_term():
    with pytest.raises(InvalidInputError, match="placeholder"):
        Redactor([Redaction("name")])
    with pytest.raises(InvalidInputError, match="placeholder"):
        Redactor([Redaction("Sam", "Sam's friend")])


def test_terms_need_a_letter_or_digit():
    with pytest.raises(InvalidInputError, match="no letters"):
        Redactor([Redaction("!!")])
    assert Redactor([Redaction("   ")]).redact("x") == "x"


def test_redaction_across_style_runs():
    runs = (Run("I told "), Run("An", bold=True), Run("na and "), Run("Sam", italic=True), Run("."))
    out = redact_runs(runs, r("Anna", "Sam"))
    assert "".join(x.text for x in out) == "I told [name] and [name]."
    assert any(x.bold and x.text == "[name]" for x in out)


def test_parse_redaction_file():
    text = "# people\nSam\n\nLeeds => [a city]\n  Dr Okafor =>   \n"
    assert parse_redaction_lines(text) == (
        Redaction("Sam", "[name]"), Redaction("Leeds", "[a city]"), Redaction("Dr Okafor", ""),
    )
    with pytest.raises(InvalidInputError):
        parse_redaction_lines(" => x")


def test_empty_placeholder_removes_the_word():
    assert Redactor([Redaction("Sam", "")]).redact("I saw Sam today") == "I saw  today"


def test_suggestions_from_my_people():
    people = [Person(name="Sam Okafor"), Person(name="  Leeds Rape Crisis "), Person(name="sam okafor")]
    assert suggest_terms(people) == ["Leeds", "Leeds Rape Crisis", "Sam", "Sam Okafor"]
    assert suggest_terms([Person(name="My sister Ana"), Person(name="Tuesday group")]) == [
        "Ana", "My sister Ana", "Tuesday group"]
