"""Waste: failed, retaken and abandoned runs, per kind, project and period."""

from __future__ import annotations

import itertools
from datetime import UTC, datetime

from desktopapp.domain.events import Origin, Outcome, Spend
from desktopapp.domain.waste import waste

_ids = itertools.count()


def sp(day: int, kind: str, credits: int, outcome: Outcome = "ok",
       project: str | None = None) -> Spend:
    at = datetime(2026, 11, day, 3, tzinfo=UTC)
    return Spend(Origin(f"e{next(_ids)}", at, "dev", "me"), kind, credits, outcome=outcome,
                 project=project)


LEDGER = [
    sp(2, "video", 400, project="Acme"),
    sp(2, "video", 300, "retake", project="Acme"),
    sp(3, "video", 100, "failed", project="Acme"),
    sp(3, "slides", 50, project="Beta"),
    sp(9, "slides", 50, "abandoned", project="Beta"),
    sp(9, "chat", 100),
]


def test_total_waste_and_share() -> None:
    w = waste(LEDGER, tz="UTC", period="week")
    assert w.total.spent == 1000
    assert w.total.wasted == 450  # 300 retake + 100 failed + 50 abandoned
    assert w.total.share == 0.45
    assert dict(w.total.by_outcome) == {"retake": 300, "failed": 100, "abandoned": 50}


def test_waste_per_kind_project_and_week() -> None:
    w = waste(LEDGER, tz="UTC", period="week")
    assert [(x.key, x.wasted, x.spent) for x in w.by_kind] == [
        ("video", 400, 800), ("slides", 50, 100), ("chat", 0, 100)]
    assert w.by_kind[0].share == 0.5
    assert [(x.key, x.wasted) for x in w.by_project] == [("Acme", 400), ("Beta", 50), (None, 0)]
    # 2-3 Nov is the week of Monday 2 Nov; 9 Nov the next one.
    assert [(x.key, x.wasted) for x in w.by_period] == [("2026-11-02", 400), ("2026-11-09", 50)]


def test_no_spend_no_waste() -> None:
    w = waste([], tz="UTC")
    assert (w.total.spent, w.total.wasted, w.total.share) == (0, 0, 0.0)
