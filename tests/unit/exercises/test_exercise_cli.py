"""`companion exercises ...` through argparse, the way the main CLI will call it."""

from __future__ import annotations

import argparse
import io
import json

import pytest

from companion.cli import exercises_cmd
from companion.cli.context import CommandContext


def run(*argv: str, global_json: bool = False) -> tuple[int, str, str]:
    parser = argparse.ArgumentParser(prog="companion")
    sub = parser.add_subparsers(dest="command", required=True)
    exercises_cmd.register(sub)
    args = parser.parse_args(list(argv))
    out, err = io.StringIO(), io.StringIO()
    code = args.handler(args, CommandContext(out=out, err=err, json=global_json))
    return code, out.getvalue(), err.getvalue()


def test_list_text_and_category_filter(shipped):
    code, out, _ = run("exercises", "list")
    assert code == 0 and len(out.splitlines()) == len(shipped)
    code, out, _ = run("exercises", "list", "--category", "temperature")
    assert out.split() [:2] == ["cold-water-reset", "temperature"] and len(out.splitlines()) == 1


@pytest.mark.parametrize("flags", [("--json",), ()])
def test_list_json_local_or_global(flags):
    code, out, _ = run("exercises", "list", "--category", "imagery", *flags, global_json=not flags)
    assert code == 0
    assert json.loads(out) == {"exercises": [{
        "id": "calm-place", "title": "Calm place", "category": "imagery", "duration_minutes": 5,
        "intensity": "gentle",
        "summary": "Picture a place that feels calm, real or imagined, and notice what it looks, sounds and feels like."}]}


def test_list_rejects_unknown_category():
    with pytest.raises(SystemExit):
        run("exercises", "list", "--category", "dancing")


def test_show_text_and_json(shipped):
    code, out, _ = run("exercises", "show", "five-senses")
    assert code == 0 and out.startswith("5-4-3-2-1 senses\n")
    assert "Notice (5): You might name five things you can see." in out
    assert "Source: 5-4-3-2-1 grounding: University of Rochester" in out
    code, out, _ = run("exercises", "show", "five-senses", "--json")
    assert json.loads(out) == shipped.get("five-senses").to_dict()


def test_show_unknown_id_is_a_plain_not_found():
    code, out, err = run("exercises", "show", "nope")
    assert code == 8 and out == "" and "no exercise called 'nope'" in err


def test_validate_valid_exercise_and_pack(tmp_path, docs):
    ex = tmp_path / "ex.json"
    ex.write_text(json.dumps(docs.exercise()), "utf-8")
    assert run("exercises", "validate", str(ex)) == (0, "Valid exercise: Tiny\n", "")
    pack = tmp_path / "pack.json"
    pack.write_text(json.dumps(docs.pack()), "utf-8")
    assert run("exercises", "validate", str(pack)) == (0, "Valid pack: Group pack\n", "")


def test_validate_prints_each_problem_and_exits_10(tmp_path, docs):
    data = docs.exercise(colour="blue")
    data["steps"][0]["breathing"]["phases"][0]["seconds"] = 0
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps(data), "utf-8")
    code, out, _ = run("exercises", "validate", str(bad))
    assert code == 10
    assert out.splitlines() == ["colour: is not a known field",
                                "steps[0].breathing.phases[0].seconds: must be between 0.5 and 600"]
    code, out, _ = run("exercises", "validate", str(bad), "--json")
    assert code == 10 and json.loads(out)["problems"][0] == {"path": "colour", "reason": "is not a known field"}


def test_validate_pack_problems_point_inside_the_pack(tmp_path, docs):
    data = docs.pack()
    data["exercises"][1]["steps"][0]["text"] = "bell \x07"
    bad = tmp_path / "pack.json"
    bad.write_text(json.dumps(data), "utf-8")
    code, out, _ = run("exercises", "validate", str(bad))
    assert code == 10
    assert out == ("exercises[1].steps[0].text: contains a control character (U+0007); "
                   "only newlines and tabs are allowed\n")


def test_validate_unreadable_and_non_json_files(tmp_path):
    code, out, _ = run("exercises", "validate", str(tmp_path / "missing.json"))
    assert code == 10 and out.startswith("(file): the file could not be read")
    junk = tmp_path / "junk.json"
    junk.write_bytes(b"\x1b[2J not json")
    code, out, _ = run("exercises", "validate", str(junk))
    assert code == 10 and out == "(file): the file is not valid JSON (line 1, column 1)\n"
    assert "\x1b" not in out


def test_validate_applies_the_exercise_size_limit_to_single_exercises(tmp_path, docs):
    data = docs.exercise(steps=[{"text": "y" * 1990, "duration_seconds": 1}] * 150)
    big = tmp_path / "big.json"
    big.write_text(json.dumps(data), "utf-8")
    code, out, _ = run("exercises", "validate", str(big))
    assert code == 10 and "at most 262144 bytes" in out
