"""Typed errors from the core. Each carries one plain sentence for people and an exit code for scripts.

The UI and CLI show `str(error)`; they never show a traceback for these.
"""

from __future__ import annotations


class CompanionError(Exception):
    """Base of every error the core expects and can explain."""

    exit_code = 1
    default_message = "Something went wrong."

    def __init__(self, message: str | None = None):
        super().__init__(message or self.default_message)

    @property
    def message(self) -> str:
        return str(self)


class UsageError(CompanionError):
    exit_code = 2
    default_message = "That command was not complete."


class WrongPassphraseError(CompanionError):
    exit_code = 3
    default_message = "That passphrase did not unlock this journal."


class WrongRecoveryCodeError(WrongPassphraseError):
    default_message = "That recovery code did not unlock this journal."


class VaultMissingError(CompanionError):
    exit_code = 4
    default_message = "There is no journal in that folder yet."


class VaultExistsError(CompanionError):
    exit_code = 4
    default_message = "A journal already exists in that folder."


class VaultInUseError(CompanionError):
    exit_code = 5
    default_message = "This journal is open in another Companion window or command; close it there first."


class KeyFileError(CompanionError):
    exit_code = 6
    default_message = "The key file is missing or damaged."


class DatabaseDamagedError(CompanionError):
    exit_code = 6
    default_message = "The journal database is damaged."


class MigrationError(CompanionError):
    exit_code = 7
    default_message = "The journal could not be updated to this version of Companion; nothing was changed."


class NotFoundError(CompanionError):
    exit_code = 8
    default_message = "That item was not found."


class KeychainUnavailableError(CompanionError):
    exit_code = 9
    default_message = "This device has no usable keychain, so Companion cannot remember the journal here."


class InvalidInputError(CompanionError):
    """Outside data (an import, a pack, a key file field) that we refuse; nothing was changed."""

    exit_code = 10
    default_message = "That file could not be read; nothing was changed."


class StorageFullError(CompanionError):
    exit_code = 11
    default_message = "The disk is full or not writable; what was saved before is safe."
