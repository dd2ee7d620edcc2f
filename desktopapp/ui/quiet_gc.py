"""No cyclic garbage collection while a worker crunches a long history.

Python's cycle collector runs on whichever thread allocates, holding the interpreter
lock: a worker building tens of thousands of events triggers full collections that
scan them all, 150-360 ms each on a million-event ledger, and the tray's UI thread
cannot run meanwhile. Reference counting still frees almost everything; cycles wait
until the last worker is done, then one collection runs as usual. Counted, so workers
overlapping on different threads never turn it back on under each other.
"""

from __future__ import annotations

import gc
import threading
from collections.abc import Iterator
from contextlib import contextmanager

_lock = threading.Lock()
_holders = 0
_was_on = True


@contextmanager
def paused() -> Iterator[None]:
    global _holders, _was_on
    with _lock:
        if _holders == 0:
            _was_on = gc.isenabled()
            gc.disable()
        _holders += 1
    try:
        yield
    finally:
        with _lock:
            _holders -= 1
            if _holders == 0 and _was_on:
                gc.enable()
