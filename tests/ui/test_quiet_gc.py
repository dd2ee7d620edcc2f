"""Workers pause the cycle collector (its full passes held the tray's UI thread for
150-360 ms on a million-event ledger) and always give it back."""

from __future__ import annotations

import gc

import pytest

from desktopapp.ui import quiet_gc


def test_overlapping_workers_turn_collection_back_on_only_when_the_last_ends() -> None:
    assert gc.isenabled()
    first = quiet_gc.paused()
    second = quiet_gc.paused()
    first.__enter__()
    second.__enter__()
    assert not gc.isenabled()
    first.__exit__(None, None, None)
    assert not gc.isenabled()  # the other worker still crunches
    second.__exit__(None, None, None)
    assert gc.isenabled()


def test_a_failing_worker_still_gives_collection_back() -> None:
    with pytest.raises(RuntimeError), quiet_gc.paused():
        raise RuntimeError("a bug in a figure")
    assert gc.isenabled()


def test_collection_left_off_by_someone_else_stays_off() -> None:
    gc.disable()
    try:
        with quiet_gc.paused():
            pass
        assert not gc.isenabled()
    finally:
        gc.enable()
