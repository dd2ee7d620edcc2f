"""``events(since=...)`` reads only its stretch (Why's look at the last cycle was reading
all of history: minutes at 1M events) and says the same as filtering all of it."""

from __future__ import annotations

import random
from datetime import UTC, datetime, time, timedelta

from desktopapp.domain.schedule import Daily

NOW = datetime(2026, 11, 24, 3, 0, tzinfo=UTC)


def test_a_stretch_holds_what_the_whole_history_says_it_holds(tracker) -> None:
    rng = random.Random(20261128)
    start = NOW - timedelta(days=10)
    tracker.add_meter("daily", 100_000, Daily(time(9, 0), "UTC"), now=start)
    made = []
    for i in range(120):
        at = start + timedelta(hours=2 * i)
        made.append(tracker.log_spend(rng.choice(["chat", "video"]), credits=3, at=at, now=at))
        if i % 7 == 3:  # an undo now and then, dated when it was made
            tracker.undo_event(rng.choice(made).origin.id, now=at)
        if i % 11 == 5:  # and a redo of the newest undo
            tracker.redo_last(now=at)
    for target in rng.sample(made, 10):  # undos made today of logs days old
        tracker.undo_event(target.origin.id, now=NOW)
    tracker.redo_last(now=NOW)
    everything = tracker.events()
    for days in (0.5, 1, 3, 6, 9, 11):
        since = NOW - timedelta(days=days)
        assert tracker.events(since=since, until=NOW) == [
            e for e in everything if e.origin.at >= since
        ]
