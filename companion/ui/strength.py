"""A gentle passphrase-strength estimate: feedback, never rules (the core's only rule is 8+ characters).

A rough entropy estimate with penalties for repeats, sequences and very common choices.
Qt-free so it can be tested on its own; the widget turns the level into words.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass

COMMON = {
    "password", "passphrase", "123456", "12345678", "123456789", "qwerty", "qwertyuiop", "letmein",
    "iloveyou", "admin", "welcome", "monkey", "dragon", "football", "baseball", "sunshine",
    "princess", "abc123", "111111", "000000", "trustno1", "companion", "journal", "secret",
}
SEQUENCES = ("abcdefghijklmnopqrstuvwxyz", "0123456789", "qwertyuiopasdfghjklzxcvbnm")


@dataclass(frozen=True)
class Strength:
    level: int  # 0 too short, 1 weak, 2 fair, 3 strong, 4 very strong
    bits: float


def _pool(text: str) -> int:
    pool = 0
    if re.search(r"[a-z]", text):
        pool += 26
    if re.search(r"[A-Z]", text):
        pool += 26
    if re.search(r"[0-9]", text):
        pool += 10
    if re.search(r"[^A-Za-z0-9\s]", text):
        pool += 33
    if re.search(r"\s", text):
        pool += 1
    if re.search(r"[^\x00-\x7f]", text):
        pool += 100
    return max(pool, 1)


def _effective_length(text: str) -> float:
    """Length with repeats and keyboard/alphabet runs counted at a discount."""
    length = 0.0
    lowered = text.lower()
    for i, ch in enumerate(lowered):
        if i and ch == lowered[i - 1]:
            length += 0.25
        elif i and any(lowered[i - 1 : i + 1] in seq for seq in SEQUENCES):
            length += 0.4
        else:
            length += 1.0
    return length


def estimate(text: str, minimum: int = 8) -> Strength:
    if len(text) < minimum:
        return Strength(0, 0.0)
    stripped = re.sub(r"[\d\W_]+$", "", text.lower())
    if text.lower() in COMMON or stripped in COMMON:
        return Strength(1, 10.0)
    words = [w for w in re.split(r"[\s\-_.,]+", text) if w]
    bits = _effective_length(text) * math.log2(_pool(text))
    if len(words) >= 4:
        bits = max(bits, len(words) * 11.0)  # several words: diceware-like lower bound
    if bits < 40:
        level = 1
    elif bits < 60:
        level = 2
    elif bits < 80:
        level = 3
    else:
        level = 4
    return Strength(level, bits)
