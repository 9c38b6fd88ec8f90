"""Start-up time of the bundle against the source install: `companion --version` and `--help`.

    .venv/bin/python packaging/measure_startup.py                  # warm: files already in the page cache
    sudo .venv/bin/python packaging/measure_startup.py --cold      # also cold: page cache dropped before each run

Prints the median of --runs runs (default 5) per command. "Cold" writes to
/proc/sys/vm/drop_caches, which needs root, and slows down everything else on the machine
for a moment. The figures in docs/install.md come from this script.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def drop_caches() -> None:
    os.sync()
    Path("/proc/sys/vm/drop_caches").write_text("3\n")


def run_once(argv: list[str], env: dict[str, str], cold: bool) -> float:
    if cold:
        drop_caches()
    start = time.perf_counter()
    subprocess.run(argv, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=True)
    return time.perf_counter() - start


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--bundle", type=Path, default=ROOT / "dist" / "companion")
    parser.add_argument("--source", type=Path, default=Path(sys.executable).with_name("companion"))
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--cold", action="store_true", help="also measure with the page cache dropped (root)")
    args = parser.parse_args(argv)
    env = {k: v for k, v in os.environ.items() if not k.startswith("COMPANION_")}
    env["COMPANION_HOME"] = tempfile.mkdtemp(prefix="companion-startup-")
    programs = {"bundle": str(args.bundle / "companion"), "source": str(args.source)}
    modes = ["warm"] + (["cold"] if args.cold else [])
    print(f"median of {args.runs} runs, milliseconds")
    for mode in modes:
        for command in ("--version", "--help"):
            row = []
            for label, program in programs.items():
                if mode == "warm":
                    run_once([program, command], env, cold=False)  # fill the cache first
                times = [run_once([program, command], env, cold=mode == "cold") for _ in range(args.runs)]
                row.append(f"{label} {statistics.median(times) * 1000:6.0f}")
            print(f"{mode:5} {command:10} " + "   ".join(row))
    return 0


if __name__ == "__main__":
    sys.exit(main())
