"""The shiboken6 6.12 / Python 3.11 reference-count workaround, for Qt use outside companion.ui.

shiboken6 6.12.0 returns None/True/False from C++ calls without taking a reference;
on Python < 3.12 (no immortal objects, PEP 683) every void Qt call drops a reference
that was never taken, and a PDF of a few pages is enough to abort the interpreter with
"Fatal Python error: none_dealloc". The fix gives those singletons a reference count
that can never reach zero — the same as companion/ui/_compat.py, whose guard it shares
(it only adds when the count is still below 2**60), so applying both is harmless.
A no-op on Python 3.12+ and on other shiboken versions.
"""

from __future__ import annotations

import ctypes
import sys

_HUGE = 1 << 60
_applied = False


def _affected() -> bool:
    if sys.version_info >= (3, 12) or sys.implementation.name != "cpython" or hasattr(sys, "getobjects"):
        return False
    try:
        from importlib.metadata import version

        return tuple(int(p) for p in version("shiboken6").split(".")[:2]) >= (6, 12)
    except Exception:  # noqa: BLE001 - unknown build: the fix is harmless
        return True


def apply() -> bool:
    global _applied
    if _applied or not _affected():
        return _applied
    for obj in (None, True, False, Ellipsis, NotImplemented):
        refcnt = ctypes.c_ssize_t.from_address(id(obj))  # ob_refcnt is the first field
        if refcnt.value < _HUGE:
            refcnt.value += _HUGE
    _applied = True
    return True
