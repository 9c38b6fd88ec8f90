"""`companion prompts list` through its handler, with output captured in a StringIO context."""

from __future__ import annotations

import argparse
import io
import json

from companion.cli import reflection_cmd
from companion.cli.context import CommandContext
from companion.reflection.prompts import CATEGORIES, load_prompt_library


def parse(*argv: str) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="companion")
    reflection_cmd.register(parser.add_subparsers(dest="command"))
    return parser.parse_args(argv)


def run(args: argparse.Namespace, *, json_mode: bool = False) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    ctx = CommandContext(out=out, err=err, json=json_mode)
    code = args.handler(args, ctx)
    return code, out.getvalue(), err.getvalue()


def test_list_prints_every_prompt_grouped_by_category():
    code, out, _ = run(parse("prompts", "list"))
    library = load_prompt_library()
    assert code == 0
    for prompt in library.prompts:
        assert prompt.id in out and prompt.text in out
    assert out.index("Strengths (strengths)") < out.index("People (people)")
    assert "Content note:" in out


def test_list_one_category():
    code, out, _ = run(parse("prompts", "list", "--category", "rest"))
    assert code == 0
    assert "Rest and comfort" in out and "strengths-" not in out


def test_local_and_global_json():
    for args, global_json in [(parse("prompts", "list", "--json"), False), (parse("prompts", "list"), True)]:
        code, out, _ = run(args, json_mode=global_json)
        data = json.loads(out)
        assert code == 0
        assert len(data["prompts"]) == len(load_prompt_library().prompts)
        assert {p["category"] for p in data["prompts"]} == set(CATEGORIES)
        assert set(data["prompts"][0]) == {"id", "category", "category_title", "text", "content_note"}
    code, out, _ = run(parse("prompts", "list", "--category", "triggers", "--json"))
    assert all(p["content_note"] for p in json.loads(out)["prompts"])


def test_group_without_action_shows_help():
    code, out, err = run(parse("prompts"))
    assert code == 2 and "list" in err and out == ""
