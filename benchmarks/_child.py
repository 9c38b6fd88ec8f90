"""Run the `companion` CLI exactly as its console script does, and report its memory peak after unlock.

Used once per operation by benchmarks/run.py to split peak memory into "key derivation"
(Argon2id is memory-hard on purpose: its memory cost is a security parameter) and
"everything else". Right after the key derivation returns, the peak-RSS counter (VmHWM)
is reset (Linux: writing 5 to /proc/self/clear_refs), so the VmHWM read at exit is the
peak of the database work alone. The figure is written to the file named by
BENCH_PEAK_FILE (in KiB), so the command's own output is untouched.
"""

from __future__ import annotations

import os
import sys


def _vm_hwm_kib() -> int | None:
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1])
    except OSError:
        return None
    return None


def main() -> int:
    from companion.security import kdf

    original = kdf.derive

    def derive_then_reset(secret, params):
        key = original(secret, params)
        try:
            with open("/proc/self/clear_refs", "w", encoding="ascii") as refs:
                refs.write("5")
        except OSError:
            pass
        return key

    kdf.derive = derive_then_reset
    from companion.__main__ import main as companion_main

    try:
        return companion_main(sys.argv[1:])
    finally:
        target = os.environ.get("BENCH_PEAK_FILE")
        peak = _vm_hwm_kib()
        if target and peak is not None:
            with open(target, "w", encoding="ascii") as out:
                out.write(str(peak))


if __name__ == "__main__":
    sys.exit(main())
