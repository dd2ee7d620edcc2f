"""No cyclic garbage collection on a worker thread.

Python's cycle collector runs on whichever thread allocates, holding the interpreter
lock: a worker building tens of thousands of events triggers full collections that
scan them all, 150-360 ms each on a million-event ledger, and the tray's UI thread
cannot run meanwhile. Reference counting still frees almost everything; cycles wait
until the last worker is done, then one collection runs as usual. Counted, so workers
overlapping on different threads never turn it back on under each other.

The tray goes further (``take_over``): automatic collection is off for the whole
process and ``collect_due`` runs it on the UI thread at the moments the tray wakes anyway
(a write, a countdown tick, a worker's answer). A collection on a worker thread could
destroy a Qt object there (a window's wrapper caught in a cycle), which Qt does not allow.
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


def take_over() -> None:
    """From now on collections happen only in ``collect_due``, on the calling thread."""
    global _was_on
    with _lock:
        gc.disable()
        _was_on = False
        # What start-up made lives as long as the tray (modules, Qt wrappers): out of
        # every later collection's way, so none of them re-scans it (~100 ms each).
        gc.freeze()


def give_back() -> None:
    """Quitting (or a test's app closing): automatic collection as the interpreter had it."""
    global _was_on
    with _lock:
        _was_on = True
        gc.unfreeze()
        if _holders == 0:
            gc.enable()


def collect_due() -> None:
    """The collection the interpreter would have made by now, here (the UI thread)."""
    if gc.isenabled():
        return  # automatic collection is on (tests, the CLI): nothing to catch up
    counts, limits = gc.get_count(), gc.get_threshold()
    due = -1
    for generation in range(3):
        if limits[generation] and counts[generation] > limits[generation]:
            due = generation
    if due >= 0:
        gc.collect(due)
