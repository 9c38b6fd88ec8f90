"""Parsing the search box: what people type becomes a safe FTS query plus filters."""

import pytest

from companion.errors import UsageError
from companion.journal.model import ShareState
from companion.journal.query import parse


def test_words_phrases_prefixes_and_filters():
    q = parse('calm "quiet morning" heal* -angry tag:walk #sleep since:2026-01-01 until:2026-02-01 state:ready')
    assert q.terms == ("calm",)
    assert q.phrases == ("quiet morning",)
    assert q.prefixes == ("heal",)
    assert q.excluded == ("angry",)
    assert q.tags == ("walk", "sleep")
    assert (q.since, q.until) == ("2026-01-01", "2026-02-01")
    assert q.share_states == (ShareState.READY,)
    assert q.fts_expression() == '("calm" AND "heal"* AND "quiet morning") NOT "angry"'


def test_expression_quotes_everything():
    assert parse('a"b OR NOT c').fts_expression() == '"a" AND "b" AND "OR" AND "NOT" AND "c"'
    assert parse('say "it\'s" ok').fts_expression() == '"say" AND "ok" AND "it s"'


def test_bad_date_is_a_usage_error():
    with pytest.raises(UsageError):
        parse("since:yesterday")


def test_only_filters_has_no_expression():
    q = parse("tag:x")
    assert q.fts_expression() is None and not q.is_empty
    assert parse("   ").is_empty
