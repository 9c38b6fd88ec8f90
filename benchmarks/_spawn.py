"""Run one command from a small process and report its wall time and peak RSS.

    python -I -S _spawn.py RESULT_FILE COMMAND [ARGS...]

Why a separate launcher: on Linux a child's ru_maxrss also counts the memory map it
inherited before exec (the kernel folds the old map's high-water mark into the child's
on exec). Children forked by the benchmark itself would report the benchmark's own peak
(hundreds of MiB after an Argon2 derivation), not theirs. Forked from this small
process, the inherited part is a few MiB, below any Python program's own peak.

The launcher's own start-up is outside the measured span: the clock starts at fork and
stops when wait4 reaps the child. stdin, stdout and stderr are passed through.
"""

import json
import os
import sys
import time


def main() -> int:
    result_file, argv = sys.argv[1], sys.argv[2:]
    start = time.perf_counter()
    pid = os.fork()
    if pid == 0:
        try:
            os.execvp(argv[0], argv)
        finally:
            os._exit(127)
    _, status, usage = os.wait4(pid, 0)
    wall = time.perf_counter() - start
    with open(result_file, "w", encoding="ascii") as out:
        json.dump({"wall": wall, "code": os.waitstatus_to_exitcode(status), "maxrss_kib": usage.ru_maxrss}, out)
    return 0


if __name__ == "__main__":
    sys.exit(main())
