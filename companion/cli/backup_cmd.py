"""Health and safety copies: check, backup, restore."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from companion.cli import secrets
from companion.errors import DatabaseDamagedError
from companion.security.atomic import unused_path
from companion.vault import Vault
from companion.vault.restore import restore


def register(sub) -> None:
    p = sub.add_parser("check", help="check encryption, database and search index integrity")
    p.set_defaults(handler=cmd_check)

    p = sub.add_parser("backup", help="write an encrypted backup (database + key file) to a new folder")
    p.add_argument("--out", help="the new backup folder (default: inside the vault's backups folder)")
    p.set_defaults(handler=cmd_backup)

    p = sub.add_parser("restore", help="replace the journal with a backup; the current one is kept aside")
    p.add_argument("backup", help="a backup folder (or its vault.db)")
    p.set_defaults(handler=cmd_restore)


def cmd_check(args, ctx) -> int:
    problems = ctx.open_vault().check()
    if ctx.json:
        ctx.print_json({"ok": not problems, "problems": problems})
    elif problems:
        for problem in problems:
            ctx.print(f"problem: {problem}")
    else:
        ctx.print("All checks passed: encryption, database structure and search index are intact.")
    if problems:
        raise DatabaseDamagedError("The journal did not pass its integrity checks; restore a backup if you can.")
    return 0


def cmd_backup(args, ctx) -> int:
    vault = ctx.open_vault()
    if args.out:
        target = Path(args.out)
    else:  # (a second backup in the same second gets "-2", not a refusal)
        target = unused_path(vault.backups_path / f"manual-{datetime.now():%Y%m%d-%H%M%S}")
    made = vault.snapshot_to(target.expanduser().resolve())
    ctx.print(f"Wrote an encrypted backup to {made}. It opens with the passphrase in use today.")
    return 0


def cmd_restore(args, ctx) -> int:
    if not Vault.exists(ctx.vault_dir):
        ctx.vault_dir.mkdir(parents=True, exist_ok=True)
    passphrase = secrets.passphrase(ctx.passphrase_file)
    replaced = restore(ctx.vault_dir, Path(args.backup).expanduser(), passphrase=passphrase)
    ctx.print(f"Restored the backup. The journal it replaced is kept in {replaced} until you remove it.")
    return 0
