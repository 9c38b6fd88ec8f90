"""Phase durations for `--timings`: where an unlock or a command spends its time."""

from __future__ import annotations

import time
from dataclasses import dataclass, field


@dataclass
class Timings:
    phases: dict[str, float] = field(default_factory=dict)

    def add(self, name: str, seconds: float) -> None:
        self.phases[name] = self.phases.get(name, 0.0) + seconds

    def measure(self, name: str) -> "_Span":
        return _Span(self, name)


class _Span:
    def __init__(self, timings: Timings, name: str):
        self._timings, self._name = timings, name

    def __enter__(self) -> None:
        self._start = time.perf_counter()

    def __exit__(self, *exc: object) -> None:
        self._timings.add(self._name, time.perf_counter() - self._start)
