"""Creating a vault and managing what unlocks it: init, passwd, recovery-code, remember, rekey."""

from __future__ import annotations

from companion.cli import secrets
from companion.errors import KeychainUnavailableError
from companion.security import device
from companion.vault import Vault


def register(sub) -> None:
    p = sub.add_parser("init", help="create a new encrypted journal")
    p.add_argument("--recovery-code", action="store_true", help="also create a recovery code (shown once)")
    p.set_defaults(handler=cmd_init)

    p = sub.add_parser("passwd", help="change the passphrase (no database rewrite)")
    p.add_argument("--new-passphrase-file", help="read the new passphrase from this file")
    p.set_defaults(handler=cmd_passwd)

    p = sub.add_parser("recovery-code", help="create or revoke the recovery code")
    p.add_argument("action", choices=["create", "revoke"])
    p.set_defaults(handler=cmd_recovery)

    p = sub.add_parser("remember", help="remember this journal on this device (OS keychain), or forget it")
    p.add_argument("state", choices=["on", "off"])
    p.set_defaults(handler=cmd_remember)

    p = sub.add_parser("rekey", help="rotate the data key itself (re-encrypts the database)")
    p.set_defaults(handler=cmd_rekey)

    p = sub.add_parser("delete-everything", help="erase the journal, its backups, settings, logs and keychain item")
    p.add_argument("--confirm", default="", help='type "delete everything" to confirm')
    p.set_defaults(handler=cmd_delete_everything)


def _show_code(ctx, code: str) -> None:
    if ctx.json:
        ctx.print_json({"recovery_code": code})
        return
    ctx.print("Your recovery code (shown only this once; write it down and keep it somewhere safe):")
    ctx.print()
    ctx.print(f"    {code}")
    ctx.print()


def cmd_init(args, ctx) -> int:
    folder = ctx.vault_dir
    if Vault.exists(folder):
        from companion.errors import VaultExistsError

        raise VaultExistsError(f"A journal already exists in {folder}; nothing was changed.")
    passphrase = secrets.new_passphrase(ctx.passphrase_file, env="COMPANION_PASSPHRASE", label="Choose a passphrase")
    vault = Vault.create(folder, passphrase, timings=ctx.timings)
    try:
        code = vault.create_recovery_code() if args.recovery_code else None
    finally:
        vault.close()
    if code:
        _show_code(ctx, code)
    if not ctx.json:
        ctx.print(f"Created an encrypted journal in {folder}.")
    return 0


def cmd_passwd(args, ctx) -> int:
    vault = ctx.open_vault()
    new = secrets.new_passphrase(args.new_passphrase_file)
    vault.change_passphrase(new)
    ctx.print("Passphrase changed. The old passphrase no longer unlocks this journal.")
    return 0


def cmd_recovery(args, ctx) -> int:
    vault = ctx.open_vault()
    if args.action == "create":
        _show_code(ctx, vault.create_recovery_code())
        if not ctx.json:
            ctx.print("Any earlier recovery code no longer works.")
    elif vault.revoke_recovery_code():
        ctx.print("The recovery code was revoked; it no longer unlocks this journal.")
    else:
        ctx.print("There was no recovery code to revoke.")
    return 0


def cmd_remember(args, ctx) -> int:
    if args.state == "on":
        reason = device.availability()
        if reason:
            raise KeychainUnavailableError(reason)
        ctx.open_vault().remember_on_device()
        ctx.print(
            "This device now remembers the journal. Anyone using your unlocked computer account could open it; "
            "your passphrase still works everywhere."
        )
    else:
        ctx.open_vault().forget_device()
        ctx.print("This device no longer remembers the journal.")
    return 0


def cmd_rekey(args, ctx) -> int:
    vault = ctx.open_vault()
    passphrase = secrets.passphrase(ctx.passphrase_file)
    code = vault.rekey(passphrase)
    ctx.print("The journal now uses a new data key.")
    if code:
        ctx.print("Your old recovery code no longer works; here is the new one.")
        _show_code(ctx, code)
    return 0


ERASE_PHRASE = "delete everything"


def cmd_delete_everything(args, ctx) -> int:
    from companion.errors import UsageError
    from companion.vault.erase import erase_everything

    if args.confirm.strip().lower() != ERASE_PHRASE:
        raise UsageError(f'Nothing was deleted. To erase everything, add --confirm "{ERASE_PHRASE}".')
    vault = ctx.open_vault()  # proves the passphrase
    vault.close()
    extra = [ctx.paths.config_dir, ctx.paths.log_dir]
    removed = erase_everything(ctx.vault_dir, extra)
    ctx.print(f"Erased {len(removed)} folders, including the journal, its backups and the key that opened them.")
    ctx.print("Copies made outside Companion (exports, your own backups, cloud sync) are not touched. "
              "On SSDs and some filesystems old blocks can linger, but without the key file they cannot be read.")
    return 0
