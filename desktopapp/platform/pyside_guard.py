"""Keep None, True and False alive under PySide6 6.12 on CPython 3.11.

PySide6 6.12.0's bindings return ``None`` from void methods (and some bools) without
adding a reference, which is harmless on CPython 3.12+ where these objects are immortal
(PEP 683) but on 3.11 takes one reference away per call: a tray app that calls a few
thousand Qt setters dies with "Fatal Python error: none_dealloc" after minutes to hours.
Measured here: ``QTimer.setSingleShot(True)`` 5,000 times aborts the interpreter.

The guard does what 3.12 does: it gives the three singletons a reference count so large
(2**40) that no program run can drain it. They are never deallocated anyway, so nothing
else changes. A no-op on 3.12 and later.
"""

from __future__ import annotations

import ctypes
import sys

RESERVE = 1 << 40
_applied = False


def apply() -> bool:
    """Idempotent; True when the reserve was added (CPython before 3.12)."""
    global _applied
    if _applied or sys.version_info >= (3, 12) or sys.implementation.name != "cpython":
        return False
    for singleton in (None, True, False):
        # ob_refcnt is the first field of every CPython object header.
        ctypes.c_ssize_t.from_address(id(singleton)).value += RESERVE
    _applied = True
    return True
