"""An estimate reads a kind's own newest runs through its index (issue 11): every stored
spelling of the kind, undone runs left out, at most the cap, oldest first."""

from __future__ import annotations

from datetime import UTC, datetime, time, timedelta

from desktopapp.domain.schedule import Daily
from desktopapp.services import estimates

NOW = datetime(2026, 11, 24, 3, 0, tzinfo=UTC)


def test_a_kinds_runs_in_every_spelling_newest_first_capped(tracker) -> None:
    start = NOW - timedelta(days=100)
    tracker.add_meter("daily", 10**9, Daily(time(9, 0), "UTC"), now=start)
    made = []
    for i in range(60):
        at = start + timedelta(days=i * 100 / 60)
        spelling = ("Video", "video", "動画", "chat")[i % 4]
        made.append(tracker.log_spend(spelling, credits=100 + i, at=at, now=at))
    tracker.undo_event(made[-2].origin.id, now=NOW)  # a video spelled "動画", undone
    window = NOW - timedelta(days=90)
    everything = [s for s in tracker.spends(since=window, until=NOW)
                  if s.kind.casefold() in ("video", "動画")]
    assert tracker.runs_of("video", since=window, until=NOW, limit=1000) == everything
    assert tracker.runs_of("VIDEO", since=window, until=NOW, limit=5) == everything[-5:]
    assert made[-2] not in everything


def test_the_estimate_weighs_the_newest_runs_only_up_to_the_cap(tracker, monkeypatch) -> None:
    start = NOW - timedelta(days=30)
    tracker.add_meter("daily", 10**9, Daily(time(9, 0), "UTC"), now=start)
    for i in range(40):  # old runs cheap, recent runs dear
        at = start + timedelta(hours=12 * i)
        tracker.log_spend("video", credits=100 if i < 20 else 900, at=at, now=at)
    whole = estimates.estimate_for(tracker, NOW, "video")
    monkeypatch.setattr(estimates, "RUNS_PER_KIND", 20)
    newest = estimates.estimate_for(tracker, NOW, "video")
    assert whole is not None and newest is not None
    assert newest.typical == 900 and whole.typical < 900
