"""The vault: opening, creating, key slots, backups and restore. Qt-free."""

from companion.vault.core import Timings, Vault, auto_backups, check_new_passphrase

__all__ = ["Vault", "Timings", "auto_backups", "check_new_passphrase"]
