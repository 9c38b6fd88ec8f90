"""`companion SUBCOMMAND ...`: the command line over the same core the app uses.

Errors are one line on stderr with a documented exit code (see docs/cli.md), never a
traceback. Global options (--vault, --passphrase-file, --timings, --json) may stand
before or after the subcommand.
"""

from __future__ import annotations

import argparse
import sys
import time

from companion import __version__
from companion.errors import CompanionError, UsageError, VaultMissingError, WrongPassphraseError
from companion.paths import AppPaths, vault_path

# Imported only by subcommands (each pulls in dataclasses, which `companion` opening the
# window does not need): companion.cli.context, companion.cli.secrets,
# companion.security.throttle, companion.timings.
TYPE_CHECKING = False  # (avoids importing typing)
if TYPE_CHECKING:
    from companion.timings import Timings

GLOBAL_VALUE_OPTIONS = ("--vault", "--passphrase-file", "--home")
GLOBAL_FLAGS = ("--timings", "--json")

EXIT_INTERRUPTED = 130
EXIT_INTERNAL = 70


class _Parser(argparse.ArgumentParser):
    def error(self, message: str):  # argparse would exit 2 with usage; keep it one calm line
        raise UsageError(f"{message} (see `companion --help`)")


def split_globals(argv: list[str]) -> tuple[dict, list[str]]:
    """Pull global options out of argv wherever they stand (before `--`)."""
    found: dict = {"vault": None, "passphrase_file": None, "home": None, "timings": False, "json": False}
    rest: list[str] = []
    i = 0
    while i < len(argv):
        arg = argv[i]
        if arg == "--":
            rest += argv[i:]
            break
        name, eq, value = arg.partition("=")
        if name in GLOBAL_VALUE_OPTIONS:
            if not eq:
                if i + 1 >= len(argv):
                    raise UsageError(f"{name} needs a value.")
                value = argv[i + 1]
                i += 1
            found[name[2:].replace("-", "_")] = value
        elif arg in GLOBAL_FLAGS:
            found[arg[2:]] = True
        else:
            rest.append(arg)
        i += 1
    return found, rest


def build_parser() -> argparse.ArgumentParser:
    from companion import desktop_integration
    from companion.cli import (
        backup_cmd, exercises_cmd, journal_cmd, keys_cmd, records_cmd, reflection_cmd, transfer_cmd,
    )

    parser = _Parser(
        prog="companion",
        description="Companion: a private, encrypted journal. Run without a command to open the app.",
        epilog="Global options: --vault DIR, --passphrase-file FILE, --timings, --json (before or after the command).",
    )
    parser.add_argument("--version", action="version", version=f"companion {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)
    for module in (journal_cmd, records_cmd, keys_cmd, backup_cmd, transfer_cmd, exercises_cmd, reflection_cmd,
                   desktop_integration):
        module.register(sub)
    return parser


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    start = time.perf_counter()
    timings = None
    try:
        options, rest = split_globals(argv)
        paths = AppPaths.resolve(options["home"])
        if not rest:
            return _launch_app(options, paths)
        from companion.cli import secrets as cli_secrets
        from companion.cli.context import CommandContext
        from companion.security.throttle import UnlockThrottle
        from companion.timings import Timings

        timings = Timings()  # light: the vault core is imported only by commands that open a vault
        parser = build_parser()
        args = parser.parse_args(rest)
        if not getattr(args, "handler", None):
            parser.print_help()
            return 0
        folder = vault_path(options["vault"], paths)
        opened: list = []

        def open_vault():
            from companion.vault import Vault

            if opened:
                return opened[0]
            if not Vault.exists(folder):
                raise VaultMissingError(f"There is no journal in {folder} yet; create one with `companion init`.")
            passphrase = cli_secrets.passphrase(options["passphrase_file"])
            throttle = UnlockThrottle(paths.config_dir / "unlock-attempts.json")
            pause = throttle.wait_seconds()
            if pause:
                print(f"companion: waiting {pause:.0f} s after earlier wrong passphrases.", file=sys.stderr)
                time.sleep(pause)
            try:
                vault = Vault.open(folder, passphrase=passphrase, timings=timings)
            except WrongPassphraseError:
                throttle.failed()
                raise
            throttle.succeeded()
            _log_event("vault opened for %s", args.command)
            opened.append(vault)
            return vault

        ctx = CommandContext(
            json=options["json"], open_vault=open_vault, timings=timings, vault_dir=folder,
            passphrase_file=options["passphrase_file"], paths=paths,
        )
        try:
            work_start = time.perf_counter()
            derivation_before = timings.phases.get("key derivation", 0.0) + timings.phases.get("open", 0.0)
            code = args.handler(args, ctx)
            spent = time.perf_counter() - work_start
            derivation_after = timings.phases.get("key derivation", 0.0) + timings.phases.get("open", 0.0)
            timings.add("work", spent - (derivation_after - derivation_before))
            if opened and opened[0].is_open:
                _housekeeping(opened[0], timings)
        finally:
            for vault in opened:
                if vault.is_open:
                    vault.close()
        return code or 0
    except CompanionError as exc:
        print(f"companion: {exc}", file=sys.stderr)
        _log_event("command %s refused: %s", rest[0] if "rest" in locals() and rest else "-", type(exc).__name__)
        return getattr(exc, "exit_code", 1)
    except KeyboardInterrupt:
        print("companion: stopped.", file=sys.stderr)
        return EXIT_INTERRUPTED
    except BrokenPipeError:
        return 0
    except Exception as exc:  # noqa: BLE001 - last line of defence: one sentence, no traceback
        _log_event("unexpected error in CLI: %s at %s", type(exc).__name__, _where(exc))
        print(f"companion: an unexpected problem occurred ({type(exc).__name__}); nothing more was changed.",
              file=sys.stderr)
        return EXIT_INTERNAL
    finally:
        if "options" in locals() and options.get("timings"):
            if timings is None:  # (the window was opened: only the total)
                from companion.timings import Timings

                timings = Timings()
            timings.add("total", time.perf_counter() - start)
            parts = ", ".join(f"{name} {seconds * 1000:.1f} ms" for name, seconds in timings.phases.items())
            print(f"timings: {parts}", file=sys.stderr)


def _log_event(message: str, *args: object) -> None:
    """Event names and error types only; never entry text. Set up lazily, so read-only
    commands that need no vault (prompts, exercises) write nothing at all."""
    from companion.log import get_logger, setup_file_logging

    try:
        setup_file_logging(AppPaths.resolve().log_dir)
        get_logger("cli").info(message, *args)
    except OSError:
        pass


def _where(exc: BaseException) -> str:
    """File and line of the innermost frame: enough to find a bug, nothing of the journal."""
    tb = exc.__traceback__
    while tb is not None and tb.tb_next is not None:
        tb = tb.tb_next
    return f"{tb.tb_frame.f_code.co_filename.rsplit('/', 1)[-1]}:{tb.tb_lineno}" if tb else "?"


def _housekeeping(vault, timings: Timings) -> None:
    """Daily encrypted backup and purge of long-deleted entries, after the command's own work."""
    with timings.measure("housekeeping"):
        if vault.settings.get("backups.automatic", True):
            vault.auto_backup()
        vault.entries.purge_expired(int(vault.settings.get("journal.deleted_days", 30)))


def _launch_app(options: dict, paths: AppPaths) -> int:
    from companion.app import run_app

    return run_app(vault_path(options["vault"], paths), paths, [sys.argv[0]])

