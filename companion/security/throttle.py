"""A growing pause after repeated wrong passphrases, in the app and the command line.

Argon2 already makes each guess cost about half a second; this adds a pause that doubles
after the third failure in a row (1 s, 2 s, 4 s ... at most 60 s), so guessing at the
keyboard is slow. The count lives in a small file outside the vault (it holds no journal
content), so it also spans separate CLI runs. A right passphrase resets it.
"""

from __future__ import annotations

import json
import time
from dataclasses import dataclass
from pathlib import Path

from companion.security.atomic import write_atomic

FREE_ATTEMPTS = 3
MAX_DELAY = 60.0


def delay_after(failures: int) -> float:
    if failures < FREE_ATTEMPTS:
        return 0.0
    return min(MAX_DELAY, 2.0 ** (failures - FREE_ATTEMPTS))


@dataclass
class UnlockThrottle:
    state_file: Path | None = None  # None: remember only in memory (one app session)
    clock: object = time.time
    failures: int = 0
    last_failure: float = 0.0

    def __post_init__(self) -> None:
        if self.state_file and self.state_file.exists():
            try:
                data = json.loads(self.state_file.read_text())
                self.failures = int(data.get("failures", 0))
                self.last_failure = float(data.get("last_failure", 0.0))
            except (OSError, ValueError, TypeError):
                self.failures, self.last_failure = 0, 0.0

    def wait_seconds(self) -> float:
        """How long until the next attempt is allowed (0 when it is allowed now)."""
        remaining = self.last_failure + delay_after(self.failures) - self.clock()
        return max(0.0, remaining)

    def failed(self) -> None:
        self.failures += 1
        self.last_failure = self.clock()
        self._save()

    def succeeded(self) -> None:
        if self.failures:
            self.failures, self.last_failure = 0, 0.0
            self._save()

    def _save(self) -> None:
        if self.state_file is None:
            return
        try:
            self.state_file.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
            write_atomic(self.state_file, json.dumps({"failures": self.failures,
                                                      "last_failure": self.last_failure}).encode())
        except OSError:
            pass  # a read-only config folder must not stop anyone unlocking
