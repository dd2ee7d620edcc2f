"""The spends of a window (what estimates, forecasts and checks read) honour every undo,
including ones written long after the window and undos of undos (redo)."""

from __future__ import annotations

import random
from datetime import UTC, datetime, time, timedelta

from desktopapp.domain.events import Spend, Undo
from desktopapp.domain.schedule import Daily
from desktopapp.store.ledger_file import LedgerFile

T0 = datetime(2026, 8, 1, tzinfo=UTC)


def test_window_spends_match_the_whole_history_resolved(tracker: LedgerFile) -> None:
    tracker.add_meter("free", 10**9, Daily(time(9), "Asia/Tokyo"), now=T0)
    rng = random.Random(5)
    at = T0
    for i in range(300):
        at += timedelta(hours=rng.randint(1, 12))
        tracker.log_spend("slides", credits=i + 1, at=at, now=at)
        roll = rng.random()
        if roll < 0.15:
            tracker.undo_last(now=at)
        elif roll < 0.22:
            tracker.undo_last(now=at)
            tracker.redo_last(now=at)
    since, until = T0 + timedelta(days=20), at + timedelta(days=3)
    in_window = [
        e for e in tracker.events() if isinstance(e, Spend) and e.origin.at >= since
    ]
    # Undos written days after the logs they take back, as a merge from another device
    # brings them; the last one is itself undone (the log comes back).
    late = at + timedelta(days=1)
    targets = rng.sample(in_window, 4)
    undos = [Undo(origin=tracker._origin(late), target_id=t.origin.id) for t in targets]
    for u in undos:
        tracker._append(u, late)
    tracker._append(Undo(origin=tracker._origin(late), target_id=undos[-1].origin.id), late)

    expected = [
        e.credits
        for e in tracker.events()  # the whole history, undos resolved
        if isinstance(e, Spend) and since <= e.origin.at <= until
    ]
    got = [e.credits for e in tracker.spends(since=since, until=until)]
    assert got == expected
    gone = {t.credits for t in targets[:3]}
    assert gone and not gone & set(got)  # the three late undos took their logs away
    assert targets[3].credits in got  # the undone undo brought its log back
