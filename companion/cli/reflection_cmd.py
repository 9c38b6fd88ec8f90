"""CLI commands for the reflection toolkit that need no vault: `companion prompts list`.

Listing prompts reads only shipped data, so it works before a journal exists and never
asks for a passphrase. (Check-in commands need the vault and are registered elsewhere.)
"""

from __future__ import annotations

import argparse
from collections.abc import Callable
from typing import Any

from companion.cli.context import CommandContext
from companion.reflection.prompts import CATEGORIES, filter_prompts, load_prompt_library


def register(subparsers: Any) -> None:
    prompts = subparsers.add_parser("prompts", help="reflection prompts that come with Companion")
    prompts.set_defaults(handler=_show_help(prompts))
    actions = prompts.add_subparsers(dest="prompts_command", metavar="COMMAND")

    list_parser = actions.add_parser("list", help="list the prompts, grouped by category")
    list_parser.add_argument("--category", choices=CATEGORIES, help="only this category")
    list_parser.add_argument("--json", dest="local_json", action="store_true", help="print JSON")
    list_parser.set_defaults(handler=prompts_list)


def _show_help(parser: argparse.ArgumentParser) -> Callable[[argparse.Namespace, CommandContext], int]:
    """`companion prompts` alone: show what it can do instead of failing silently."""

    def handler(args: argparse.Namespace, ctx: CommandContext) -> int:
        parser.print_help(file=ctx.err)
        return 2

    return handler


def prompts_list(args: argparse.Namespace, ctx: CommandContext) -> int:
    library = load_prompt_library()
    prompts = filter_prompts(library.prompts, category=getattr(args, "category", None))
    if ctx.json or getattr(args, "local_json", False):
        ctx.print_json(
            {
                "prompts": [
                    {
                        "id": p.id,
                        "category": p.category,
                        "category_title": library.title(p.category),
                        "text": p.text,
                        "content_note": p.content_note,
                    }
                    for p in prompts
                ]
            }
        )
        return 0
    first = True
    for category in library.categories:
        in_category = [p for p in prompts if p.category == category.id]
        if not in_category:
            continue
        if not first:
            ctx.print()
        first = False
        ctx.print(f"{category.title} ({category.id})")
        for prompt in in_category:
            ctx.print(f"  {prompt.id}")
            if prompt.content_note:
                ctx.print(f"    Content note: {prompt.content_note}")
            ctx.print(f"    {prompt.text}")
    return 0
