"""Run a command with no network namespace and strace watching every socket() and connect()."""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

INET = re.compile(r"socket\(AF_INET6?\b|connect\(\d+, \{sa_family=AF_INET6?\b")


def can_unshare() -> bool:
    try:
        return subprocess.run(["unshare", "-rn", "true"], capture_output=True, timeout=10).returncode == 0
    except (OSError, subprocess.TimeoutExpired):
        return False


def traced(argv: list[str], trace_file: Path, **kwargs) -> subprocess.CompletedProcess:
    """strace -f (and unshare -rn where the kernel allows it) around argv."""
    assert shutil.which("strace"), "strace is needed for the offline proof (./dev.sh test installs it)"
    prefix = ["unshare", "-rn"] if can_unshare() else []
    cmd = [*prefix, "strace", "-f", "-qq", "-e", "trace=socket,connect", "-o", str(trace_file), *argv]
    return subprocess.run(cmd, capture_output=True, text=True, timeout=120, **kwargs)


def inet_calls(trace_file: Path) -> list[str]:
    return [line for line in trace_file.read_text().splitlines() if INET.search(line)]
