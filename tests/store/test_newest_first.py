"""Repeat last, Undo and Redo find the newest log by walking back from it, a page at a
time (issue 11: they read every undo of history before), with the same answers."""

from __future__ import annotations

from datetime import UTC, datetime, time, timedelta

from desktopapp.domain.events import Spend
from desktopapp.domain.schedule import Daily

NOW = datetime(2026, 11, 24, 3, 0, tzinfo=UTC)


def fill(tracker, n: int) -> list[Spend]:
    tracker.add_meter("daily", 100_000, Daily(time(9, 0), "UTC"), now=NOW - timedelta(days=30))
    made = []
    for i in range(n):
        at = NOW - timedelta(minutes=n - i)
        made.append(tracker.log_spend(f"k{i}", credits=1, at=at, now=at))
    return made


def test_repeat_last_skips_undone_logs_past_a_whole_page(tracker) -> None:
    made = fill(tracker, 130)
    for spend in made[-60:]:  # the newest 60 undone: more than one page of 50
        tracker.undo_event(spend.origin.id, now=NOW)
    assert tracker.last_spend(since=NOW - timedelta(days=1), until=NOW) == made[-61]
    assert tracker.redo_last(now=NOW) == made[-1]  # the newest undo is taken back
    assert tracker.last_spend(since=NOW - timedelta(days=1), until=NOW) == made[-1]


def test_redo_brings_back_the_newest_undone_log_past_a_page_of_undos(tracker) -> None:
    made = fill(tracker, 260)
    for spend in made:  # 260 undos, all at NOW: ties resolve by recorded order
        tracker.undo_event(spend.origin.id, now=NOW)
    assert tracker.redo_last(now=NOW) == made[-1]
    assert tracker.redo_last(now=NOW) == made[-2]
    # Undo takes the most recently written log in force: both redone ones stand
    assert tracker.undo_last(now=NOW) == made[-1]
    assert tracker.last_spend(since=NOW - timedelta(days=1), until=NOW) == made[-2]


def test_undo_last_walks_past_logs_already_undone(tracker) -> None:
    made = fill(tracker, 450)
    for spend in made[-420:]:  # past two pages of 200
        tracker.undo_event(spend.origin.id, now=NOW)
    assert tracker.undo_last(now=NOW) == made[29]
    assert tracker.last_spend(since=NOW - timedelta(days=1), until=NOW) == made[28]
