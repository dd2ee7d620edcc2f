"""Calendar rules on ordinary days: month ends, weekdays, strictly-after semantics."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest

from desktopapp.domain.schedule import (
    Daily,
    Every,
    Monthly,
    Never,
    ResetRule,
    Rolling,
    Weekly,
    clamp_day,
    last_reset,
    next_reset,
    resets_between,
    rule_zone,
    window_hours,
)


def local_days(rule: ResetRule, start: datetime, count: int, zone: str) -> list[date]:
    out: list[date] = []
    t: datetime | None = start
    for _ in range(count):
        assert t is not None
        t = next_reset(rule, t)
        assert t is not None
        out.append(t.astimezone(ZoneInfo(zone)).date())
    return out


def test_day_31_clamps_to_short_months_and_comes_back_to_31() -> None:
    rule = Monthly(day=31, at=time(9, 0), tz="Asia/Tokyo")
    start = datetime(2024, 1, 1, tzinfo=ZoneInfo("Asia/Tokyo"))
    assert local_days(rule, start, 8, "Asia/Tokyo") == [
        date(2024, 1, 31),
        date(2024, 2, 29),  # leap year
        date(2024, 3, 31),  # back to 31, no drift from the 29th
        date(2024, 4, 30),
        date(2024, 5, 31),
        date(2024, 6, 30),
        date(2024, 7, 31),
        date(2024, 8, 31),
    ]


@pytest.mark.parametrize(
    ("day", "year", "february"),
    [(29, 2023, 28), (29, 2024, 29), (30, 2023, 28), (30, 2024, 29), (31, 2100, 28)],
)
def test_days_29_to_31_clamp_in_february_and_return_in_march(
    day: int, year: int, february: int
) -> None:
    rule = Monthly(day=day, at=time(0, 0), tz="Europe/Berlin")
    start = datetime(year, 1, 31, 12, tzinfo=UTC)
    feb, mar = local_days(rule, start, 2, "Europe/Berlin")
    assert feb == date(year, 2, february)
    assert mar == date(year, 3, day)


def test_monthly_on_the_first_at_midnight_across_a_year_end() -> None:
    rule = Monthly(day=1, at=time(0, 0), tz="America/New_York")
    t = datetime(2024, 12, 31, 23, 59, tzinfo=ZoneInfo("America/New_York"))
    assert next_reset(rule, t) == datetime(2025, 1, 1, 5, 0, tzinfo=UTC)
    assert last_reset(rule, t) == datetime(2024, 12, 1, 5, 0, tzinfo=UTC)


def test_clamp_day() -> None:
    assert clamp_day(2023, 2, 31) == date(2023, 2, 28)
    assert clamp_day(2024, 2, 31) == date(2024, 2, 29)
    assert clamp_day(2024, 4, 31) == date(2024, 4, 30)
    assert clamp_day(2024, 4, 15) == date(2024, 4, 15)


def test_weekly_resets_on_the_weekday_in_the_rule_zone() -> None:
    # Monday 00:00 in Tokyo is Sunday 15:00 UTC.
    rule = Weekly(weekday="mon", at=time(0, 0), tz="Asia/Tokyo")
    sunday_noon_utc = datetime(2024, 6, 9, 12, 0, tzinfo=UTC)
    assert next_reset(rule, sunday_noon_utc) == datetime(2024, 6, 9, 15, 0, tzinfo=UTC)
    assert last_reset(rule, sunday_noon_utc) == datetime(2024, 6, 2, 15, 0, tzinfo=UTC)


def test_next_is_strictly_after_and_last_is_at_or_before() -> None:
    rule = Daily(at=time(9, 0), tz="UTC")
    nine = datetime(2024, 6, 1, 9, 0, tzinfo=UTC)
    assert next_reset(rule, nine) == nine + timedelta(days=1)
    assert last_reset(rule, nine) == nine
    assert next_reset(rule, nine - timedelta(microseconds=1)) == nine
    assert last_reset(rule, nine - timedelta(microseconds=1)) == nine - timedelta(days=1)


def test_the_rule_zone_not_the_callers_zone_decides_the_day() -> None:
    # 00:00 UTC daily (Suno Free), asked from Tokyo at 08:59 local = 23:59 UTC.
    rule = Daily(at=time(0, 0), tz="UTC")
    tokyo = datetime(2024, 6, 1, 8, 59, tzinfo=ZoneInfo("Asia/Tokyo"))
    assert next_reset(rule, tokyo) == datetime(2024, 6, 1, 0, 0, tzinfo=UTC)


def test_resets_between_counts_the_half_open_interval() -> None:
    rule = Daily(at=time(0, 0), tz="UTC")
    start = datetime(2024, 6, 1, tzinfo=UTC)
    assert resets_between(rule, start, start) == 0
    assert resets_between(rule, start, start + timedelta(days=3)) == 3
    assert resets_between(rule, start, start + timedelta(days=3, microseconds=-1)) == 2
    assert resets_between(Never(), start, start + timedelta(days=30)) == 0


@pytest.mark.parametrize("rule", [Never(), Rolling(hours=5)])
def test_rules_without_fixed_resets_have_none(rule: ResetRule) -> None:
    t = datetime(2024, 6, 1, tzinfo=UTC)
    assert next_reset(rule, t) is None
    assert last_reset(rule, t) is None


def test_helpers_name_the_zone_and_window() -> None:
    assert window_hours(Rolling(hours=5)) == 5
    assert window_hours(Daily(at=time(0), tz="UTC")) is None
    assert rule_zone(Monthly(day=1, at=time(0), tz="Asia/Tokyo")) == "Asia/Tokyo"
    assert rule_zone(Every(hours=8, anchor=datetime(2024, 1, 1, tzinfo=UTC))) == "UTC"


def test_a_naive_instant_is_refused_rather_than_guessed() -> None:
    with pytest.raises(ValueError):
        next_reset(Daily(at=time(0), tz="UTC"), datetime(2024, 6, 1))
