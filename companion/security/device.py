"""The optional "remember on this device" secret, kept in the OS keychain via `keyring`.

Never a plaintext fallback: when no usable keychain exists, the option is simply
unavailable and we say why in one sentence. The item's names are neutral, so a
look through the keychain does not reveal what the app is for.
"""

from __future__ import annotations

import base64
import os

from companion.errors import KeychainUnavailableError

SERVICE = "desktop-session-store"


def _keyring():
    import keyring

    return keyring


def availability() -> str | None:
    """None when a usable keychain exists, else one sentence saying why not."""
    try:
        kr = _keyring()
        from keyring.backends import fail

        backend = kr.get_keyring()
        if isinstance(backend, fail.Keyring) or getattr(backend, "priority", 1) <= 0:
            return "This device has no keychain Companion can use, so it will always ask for your passphrase."
        kr.get_password(SERVICE, "availability-probe")
    except Exception as exc:  # keyring backends raise many types; any failure means "not usable"
        return _reason(exc)
    return None


def _reason(exc: Exception) -> str:
    from keyring.errors import KeyringLocked, NoKeyringError

    if isinstance(exc, KeyringLocked):
        return "The device keychain is locked, so Companion cannot remember the journal right now."
    if isinstance(exc, NoKeyringError):
        return "This device has no keychain Companion can use, so it will always ask for your passphrase."
    return "The device keychain did not answer, so Companion cannot remember the journal here."


def store_new_secret(username: str) -> bytes:
    secret = os.urandom(32)
    try:
        _keyring().set_password(SERVICE, username, base64.b64encode(secret).decode())
    except Exception as exc:
        raise KeychainUnavailableError(_reason(exc)) from exc
    return secret


def load_secret(username: str) -> bytes | None:
    try:
        value = _keyring().get_password(SERVICE, username)
    except Exception:
        return None
    if not value:
        return None
    try:
        return base64.b64decode(value, validate=True)
    except ValueError:
        return None


def delete_secret(username: str) -> None:
    try:
        _keyring().delete_password(SERVICE, username)
    except Exception:
        pass  # already gone, or the keychain is unavailable: the slot is removed either way
