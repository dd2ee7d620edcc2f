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


def test_once_the_tray_takes_over_only_its_ui_thread_collects(monkeypatch) -> None:
    import weakref

    monkeypatch.setattr(quiet_gc, "_was_on", True)
    try:
        quiet_gc.take_over()
        assert not gc.isenabled()
        with quiet_gc.paused():  # a worker's job never turns automatic collection on
            pass
        assert not gc.isenabled()

        class Node:
            me: object = None

        node = Node()
        node.me = node  # garbage only a collection frees
        gone = weakref.ref(node)
        del node
        keep = [[] for _ in range(5_000)]  # enough allocations for a collection to be due
        quiet_gc.collect_due()
        assert gone() is None
        del keep
    finally:
        quiet_gc.give_back()
    assert gc.isenabled()
