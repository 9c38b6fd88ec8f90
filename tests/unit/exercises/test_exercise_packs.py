"""Packs: all-or-nothing reading, exact round trips, size limits, and an honest description."""

from __future__ import annotations

import json

import pytest

from companion.errors import InvalidInputError
from companion.exercises.model import Exercise
from companion.exercises.packs import (
    MAX_PACK_BYTES, Pack, PackValidationError, Prompt, make_pack, pack_from_dict, pack_to_bytes, parse_pack,
    read_pack, write_pack,
)


def test_round_trip_through_a_file(tmp_path, shipped):
    chosen = [shipped.get("box-breathing"), shipped.get("cold-water-reset"), shipped.get("calm-place")]
    prompts = [Prompt("small-win", "A small thing that went okay today <even if tiny>", "strengths"),
               Prompt("hard-day", "Something that was hard", "reflection", content_note="May bring up a difficult day.")]
    pack = make_pack("Week 3 group", "Sam, Riverside group", 2, chosen, prompts)
    target = tmp_path / "week3.companion-pack.json"
    write_pack(target, pack)
    again = read_pack(target)
    assert again == pack
    assert again.exercises[1].cautions == shipped.get("cold-water-reset").cautions
    assert again.prompts[0].text == "A small thing that went okay today <even if tiny>"
    assert json.loads(target.read_text("utf-8"))["format"] == "companion-pack"
    assert [p.name for p in tmp_path.iterdir()] == [target.name]  # no temporary file left behind


def test_invalid_pack_gives_nothing_even_if_most_of_it_is_fine(docs):
    data = docs.pack()
    data["exercises"].append(docs.exercise(id="third"))
    data["exercises"][2]["steps"][0]["breathing"]["cycles"] = 999
    with pytest.raises(PackValidationError) as info:
        pack_from_dict(data)
    assert isinstance(info.value, InvalidInputError) and info.value.exit_code == 10
    assert [p.path for p in info.value.problems] == ["exercises[2].steps[0].breathing.cycles"]


def test_pack_level_problems_have_paths(docs):
    data = docs.pack(version="1.0", extra=True)
    data["exercises"][1]["id"] = "tiny"  # duplicate
    data["prompts"].append({"id": "strength", "text": "again", "category": "Not A Slug"})
    found = {p.path: p.reason for p in pytest.raises(PackValidationError, pack_from_dict, data).value.problems}
    assert found == {
        "extra": "is not a known field",
        "version": "must be a whole number, not text",
        "exercises[1].id": "repeats the exercise id 'tiny'",
        "prompts[1].category": "must be a short lowercase word like 'strengths' (at most 40 characters)",
        "prompts[1].id": "repeats the prompt id 'strength'",
    }


def test_wrong_format_is_named_plainly(docs):
    with pytest.raises(PackValidationError) as info:
        pack_from_dict(docs.exercise())
    assert info.value.problems[0].path == "format"
    with pytest.raises(PackValidationError) as info:
        pack_from_dict(docs.pack(format_version=9))
    assert [p.path for p in info.value.problems] == ["format_version"]


def test_empty_pack_is_refused(docs):
    with pytest.raises(PackValidationError):
        pack_from_dict(docs.pack(exercises=[], prompts=[]))
    only_prompts = pack_from_dict(docs.pack(exercises=[]))
    assert only_prompts.exercises == () and len(only_prompts.prompts) == 1


def test_size_limit_is_checked_before_reading_it_all(tmp_path, docs):
    big = tmp_path / "big.json"
    payload = json.dumps(docs.pack()).encode()
    big.write_bytes(payload[:-1] + b', "pad": "' + b"x" * MAX_PACK_BYTES + b'"}')
    with pytest.raises(PackValidationError) as info:
        read_pack(big)
    assert "at most 2097152 bytes" in info.value.problems[0].reason
    with pytest.raises(PackValidationError) as info:
        read_pack(tmp_path / "missing.json")
    assert "could not be read" in info.value.problems[0].reason


def test_each_exercise_in_a_pack_keeps_the_single_file_limit(docs):
    data = docs.pack()
    data["exercises"][0]["steps"] = [{"text": "y" * 1990, "duration_seconds": 1}] * 150
    with pytest.raises(PackValidationError) as info:
        pack_from_dict(data)
    assert info.value.problems[0].path == "exercises[0]"


def test_write_refuses_an_invalid_pack_and_keeps_the_old_file(tmp_path, docs):
    good = pack_from_dict(docs.pack())
    target = tmp_path / "pack.json"
    write_pack(target, good)
    before = target.read_bytes()
    bad = Pack("x\ny", "me", 1, good.exercises, good.prompts)  # title must be one line
    with pytest.raises(PackValidationError):
        write_pack(target, bad)
    assert target.read_bytes() == before and len(list(tmp_path.iterdir())) == 1


def test_describe_lists_everything_and_flags_known_ids(shipped):
    pack = make_pack("Group", "", 1, [shipped.get("cold-water-reset"), shipped.get("five-senses")],
                     [Prompt("p", "What helped today?", "strengths", "Mentions hard moments.")])
    text = pack.describe(known_ids={"five-senses"})
    assert "Pack: Group (version 1)" in text
    assert "not checked" in text and "not given" in text
    assert "2 exercises, 1 journal prompt." in text
    for caution in shipped.get("cold-water-reset").cautions:
        assert f"Caution: {caution}" in text
    assert "Exercise: 5-4-3-2-1 senses (five-senses, version 1) [you already have" in text
    assert "Exercise: Cold water reset (cold-water-reset, version 1)\n" in text
    assert "[strengths] What helped today? (content note: Mentions hard moments.)" in text


def test_bytes_round_trip_is_stable(docs):
    pack = pack_from_dict(docs.pack())
    raw = pack_to_bytes(pack)
    assert parse_pack(raw) == pack and pack_to_bytes(parse_pack(raw)) == raw
    assert isinstance(pack.exercises[0], Exercise)
