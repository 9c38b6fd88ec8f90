"""Recovery codes: 120 random bits, written as six groups of four easy-to-copy characters."""

from __future__ import annotations

import secrets

# Crockford's base32: no I, L, O or U, so handwriting mix-ups stay harmless.
ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
GROUPS = 6
GROUP_LEN = 4
_CONFUSABLE = str.maketrans({"O": "0", "I": "1", "L": "1", "U": "V"})


def generate() -> str:
    chars = "".join(secrets.choice(ALPHABET) for _ in range(GROUPS * GROUP_LEN))
    return "-".join(chars[i : i + GROUP_LEN] for i in range(0, len(chars), GROUP_LEN))


def normalize(code: str) -> bytes:
    """Accept the code however it was typed: any case, spaces or dashes, O for 0."""
    cleaned = "".join(ch for ch in code.upper() if ch.isalnum()).translate(_CONFUSABLE)
    return cleaned.encode("ascii", "ignore")
