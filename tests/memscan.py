"""Reading another process's memory for secrets (Linux, /proc/PID/mem). Used by the memory tests."""

from __future__ import annotations

import re


def find_in_process(pid: int, needles: dict[str, bytes]) -> dict[str, int]:
    """How many times each needle occurs in the readable, writable memory of `pid`."""
    counts = {name: 0 for name in needles}
    with open(f"/proc/{pid}/maps") as maps, open(f"/proc/{pid}/mem", "rb", 0) as mem:
        for line in maps:
            match = re.match(r"([0-9a-f]+)-([0-9a-f]+) (\S+)", line)
            start, end, perms = int(match[1], 16), int(match[2], 16), match[3]
            if "r" not in perms or "w" not in perms or end - start > 1 << 30:
                continue
            try:
                mem.seek(start)
                chunk = mem.read(end - start)
            except (OSError, ValueError):
                continue
            for name, needle in needles.items():
                counts[name] += chunk.count(needle)
    return counts
