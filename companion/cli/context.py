"""What a CLI command handler is given: output streams, flags, and a way to open the vault.

Command modules expose `register(subparsers)`, which adds argparse parsers and sets
`handler=<function(args, ctx) -> int>` on each with `set_defaults`.
"""

from __future__ import annotations

import json
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable, TextIO


@dataclass
class CommandContext:
    out: TextIO = field(default_factory=lambda: sys.stdout)
    err: TextIO = field(default_factory=lambda: sys.stderr)
    json: bool = False
    open_vault: Callable[[], Any] | None = None  # returns an open companion.vault.Vault
    timings: Any = None
    vault_dir: Path | None = None
    passphrase_file: str | None = None
    paths: Any = None  # companion.paths.AppPaths

    def print(self, *parts: object) -> None:
        print(*parts, file=self.out)

    def print_json(self, data: object) -> None:
        json.dump(data, self.out, ensure_ascii=False, indent=2, sort_keys=True)
        self.out.write("\n")
