"""History groups by the user's LOCAL days, and billing periods."""

from __future__ import annotations

import itertools
from datetime import UTC, date, datetime, time

from desktopapp.domain.events import Origin, Outcome, Spend
from desktopapp.domain.history import (
    Group,
    billing_period,
    fill_days,
    group_spends,
    last_days,
    month_period,
    period_grant,
)
from desktopapp.domain.meter import Meter
from desktopapp.domain.schedule import Daily, Monthly

_ids = itertools.count()
TOKYO = "Asia/Tokyo"


def sp(at: datetime, kind: str = "chat", credits: int = 10, *, outcome: Outcome = "ok",
       project: str | None = None) -> Spend:
    return Spend(Origin(f"e{next(_ids)}", at, "dev", "me"), kind, credits, project=project,
                 outcome=outcome)


def utc(y: int, mo: int, d: int, h: int = 0, mi: int = 0) -> datetime:
    return datetime(y, mo, d, h, mi, tzinfo=UTC)


def test_days_are_the_users_local_days_not_utc_days() -> None:
    # 14:30 UTC on the 24th is 23:30 on the 24th in Tokyo; 15:30 UTC is 00:30 on the 25th.
    spends = [sp(utc(2026, 11, 24, 14, 30), credits=5), sp(utc(2026, 11, 24, 15, 30), credits=7)]
    assert group_spends(spends, "day", tz=TOKYO) == (
        Group("2026-11-24", 1, 5, 0),
        Group("2026-11-25", 1, 7, 0),
    )
    # The same two spends are one UTC day.
    assert group_spends(spends, "day", tz="UTC") == (Group("2026-11-24", 2, 12, 0),)


def test_group_by_kind_project_outcome_with_waste() -> None:
    at = utc(2026, 11, 20, 3)
    spends = [
        sp(at, "video", 300, project="Acme"),
        sp(at, "Video", 200, outcome="retake", project="Acme"),
        sp(at, "slides", 60, outcome="failed"),
        sp(at, "slides", 50, project="Beta"),
    ]
    assert group_spends(spends, "kind", tz=TOKYO) == (
        Group("video", 2, 500, 200),
        Group("slides", 2, 110, 60),
    )
    assert group_spends(spends, "project", tz=TOKYO) == (
        Group("Acme", 2, 500, 200),
        Group(None, 1, 60, 60),
        Group("Beta", 1, 50, 0),
    )
    assert [g.key for g in group_spends(spends, "outcome", tz=TOKYO)] == [
        "ok", "failed", "retake"]


def test_weeks_and_months_are_local() -> None:
    # 2026-10-31 20:00 UTC is Sunday 1 November 05:00 in Tokyo.
    s = sp(utc(2026, 10, 31, 20))
    assert group_spends([s], "month", tz=TOKYO)[0].key == "2026-11"
    assert group_spends([s], "month", tz="UTC")[0].key == "2026-10"
    assert group_spends([s], "week", tz=TOKYO)[0].key == "2026-10-26"  # that week's Monday


def test_last_days_starts_at_local_midnight_and_fill_days_shows_gaps() -> None:
    now = utc(2026, 11, 25, 3)  # 12:00 in Tokyo
    since, until = last_days(now, 7, TOKYO)
    assert since == utc(2026, 11, 18, 15)  # 19 Nov 00:00 JST
    assert until == now
    filled = fill_days([Group("2026-11-20", 1, 5, 0)], date(2026, 11, 19), date(2026, 11, 21))
    assert filled == (Group("2026-11-19", 0, 0, 0), Group("2026-11-20", 1, 5, 0),
                      Group("2026-11-21", 0, 0, 0))


PLUS = Meter("plus", "Plus", 10_000, Monthly(31, time(9), TOKYO))


def test_billing_period_runs_between_monthly_resets() -> None:
    p = billing_period([PLUS], utc(2026, 11, 25), TOKYO)
    # Anchor day 31 clamps to 30 Nov; the period began 31 Oct 09:00 JST.
    assert p.start == utc(2026, 10, 31, 0)
    assert p.end == utc(2026, 11, 30, 0)
    assert p.label == "2026-10"


def test_month_period_for_a_report_and_calendar_fallback() -> None:
    feb = month_period([PLUS], 2026, 2, TOKYO)
    assert feb.start == utc(2026, 2, 28, 0) and feb.end == utc(2026, 3, 31, 0)
    cal = month_period([], 2026, 2, TOKYO)
    assert cal.start == utc(2026, 1, 31, 15) and cal.end == utc(2026, 2, 28, 15)
    assert cal.label == "2026-02"


def test_period_grant_counts_resets_in_the_period() -> None:
    free = Meter("free", "Free", 200, Daily(time(9), TOKYO))
    nov = month_period([], 2026, 11, TOKYO)  # 30 local days, each with a 09:00 reset
    assert period_grant([free], nov) == 30 * 200
    assert period_grant([PLUS], billing_period([PLUS], utc(2026, 11, 25), TOKYO)) == 10_000
