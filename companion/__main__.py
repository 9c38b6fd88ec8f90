"""Entry point for `companion` and `python -m companion`."""

from __future__ import annotations

import sys


def main(argv: list[str] | None = None) -> int:
    import os

    from companion.security.hardening import harden_process

    os.umask(0o077)  # everything we write is for this user only
    harden_process()
    from companion.cli.main import main as cli_main

    return cli_main(argv)


if __name__ == "__main__":
    sys.exit(main())
