"""Argon2id key derivation with parameters calibrated on the machine that creates the vault.

The floor (64 MiB, 3 passes) is never undercut; calibration only ever goes up from it.
Parameters read from a key file are range-checked so a tampered file cannot make us
allocate absurd memory.
"""

from __future__ import annotations

import os
import time
from dataclasses import asdict, dataclass

from argon2.low_level import Type, hash_secret_raw

from companion.errors import KeyFileError

MIN_MEMORY_KIB = 64 * 1024
MIN_TIME_COST = 3
MAX_MEMORY_KIB = 4 * 1024 * 1024
MAX_TIME_COST = 64
DEFAULT_PARALLELISM = 4
DEFAULT_TARGET_MS = 500
KEY_BYTES = 32
SALT_BYTES = 16


@dataclass(frozen=True)
class KdfParams:
    salt: bytes
    memory_kib: int = MIN_MEMORY_KIB
    time_cost: int = MIN_TIME_COST
    parallelism: int = DEFAULT_PARALLELISM
    name: str = "argon2id"
    version: int = 19

    def with_new_salt(self) -> "KdfParams":
        return KdfParams(os.urandom(SALT_BYTES), self.memory_kib, self.time_cost, self.parallelism)

    def to_json(self) -> dict:
        data = asdict(self)
        data["salt"] = self.salt.hex()
        return data

    @classmethod
    def from_json(cls, data: object) -> "KdfParams":
        if not isinstance(data, dict) or data.get("name") != "argon2id" or data.get("version") != 19:
            raise KeyFileError("The key file names a key derivation Companion does not know.")
        try:
            salt = bytes.fromhex(data["salt"])
            params = cls(
                salt=salt,
                memory_kib=int(data["memory_kib"]),
                time_cost=int(data["time_cost"]),
                parallelism=int(data["parallelism"]),
            )
        except (KeyError, TypeError, ValueError) as exc:
            raise KeyFileError("The key file's key derivation settings are damaged.") from exc
        if not (
            len(salt) >= 16
            and 8 * 1024 <= params.memory_kib <= MAX_MEMORY_KIB
            and 1 <= params.time_cost <= MAX_TIME_COST
            and 1 <= params.parallelism <= 64
        ):
            raise KeyFileError("The key file's key derivation settings are out of range.")
        return params


def derive(secret: bytes, params: KdfParams) -> bytes:
    """Return a 32-byte key-encryption key. Slow by design."""
    return hash_secret_raw(
        secret=secret,
        salt=params.salt,
        time_cost=params.time_cost,
        memory_cost=params.memory_kib,
        parallelism=params.parallelism,
        hash_len=KEY_BYTES,
        type=Type.ID,
    )


def target_ms() -> int:
    """Calibration target; COMPANION_KDF_TARGET_MS may lower it (tests), never below the floor."""
    raw = os.environ.get("COMPANION_KDF_TARGET_MS")
    try:
        return max(1, int(raw)) if raw else DEFAULT_TARGET_MS
    except ValueError:
        return DEFAULT_TARGET_MS


def calibrate(target: int | None = None) -> KdfParams:
    """Pick parameters that take about `target` ms here, starting at the floor and only going up.

    Memory grows first (what makes Argon2 expensive on GPUs), then passes.
    """
    target_s = (target if target is not None else target_ms()) / 1000
    params = KdfParams(os.urandom(SALT_BYTES))
    elapsed = min(_time(params), _time(params))  # the faster of two: a busy moment must not lower the cost
    if elapsed >= target_s * 0.8:
        return params
    # Cost is close to linear in memory x passes; scale memory up to 1 GiB first.
    scale = target_s / max(elapsed, 1e-3)
    memory = min(int(params.memory_kib * scale), 1024 * 1024)
    memory = max(MIN_MEMORY_KIB, memory // 1024 * 1024)
    params = KdfParams(params.salt, memory, MIN_TIME_COST, DEFAULT_PARALLELISM)
    elapsed = _time(params)
    if elapsed < target_s * 0.8:
        passes = min(MAX_TIME_COST, max(MIN_TIME_COST, round(MIN_TIME_COST * target_s / max(elapsed, 1e-3))))
        params = KdfParams(params.salt, memory, passes, DEFAULT_PARALLELISM)
    return params


def _time(params: KdfParams) -> float:
    start = time.perf_counter()
    derive(b"calibration", params)
    return time.perf_counter() - start
