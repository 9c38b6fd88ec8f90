"""Best-effort process hardening: no core dumps, and (Linux) not readable by ptrace peers.

Linux: PR_SET_DUMPABLE=0 stops same-user processes reading /proc/PID/mem and stops
core files; RLIMIT_CORE=0 as a second layer. macOS and Windows: RLIMIT_CORE only
where it exists. Documented in docs/security.md.
"""

from __future__ import annotations

import sys

PR_SET_DUMPABLE = 4
PR_GET_DUMPABLE = 3


def harden_process() -> dict[str, bool]:
    applied = {"no_core_files": False, "not_dumpable": False}
    try:
        import resource

        resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
        applied["no_core_files"] = True
    except (ImportError, ValueError, OSError):
        pass
    if sys.platform.startswith("linux"):
        try:
            import ctypes

            libc = ctypes.CDLL(None, use_errno=True)
            applied["not_dumpable"] = libc.prctl(PR_SET_DUMPABLE, 0, 0, 0, 0) == 0
        except (OSError, AttributeError):
            pass
    return applied


def is_dumpable() -> bool | None:
    if not sys.platform.startswith("linux"):
        return None
    import ctypes

    libc = ctypes.CDLL(None, use_errno=True)
    return bool(libc.prctl(PR_GET_DUMPABLE, 0, 0, 0, 0))
