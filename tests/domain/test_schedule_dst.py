"""Reset rules across DST, as tables a reader can check against a zone's rules.

Each row is (zone, local date, rule time, expected instant in UTC). The expected instants
were worked out by hand from the 2024 transitions (listed in each table's comment).
"""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest

from desktopapp.domain.schedule import (
    WEEKDAYS,
    Daily,
    Every,
    Monthly,
    ResetRule,
    Weekly,
    last_reset,
    next_reset,
)


def utc(s: str) -> datetime:
    return datetime.fromisoformat(s).replace(tzinfo=UTC)


def rules_on(day: date, at: time, tz: str) -> list[ResetRule]:
    """The daily, weekly and monthly rules that all reset on ``day`` at ``at``."""
    return [
        Daily(at=at, tz=tz),
        Weekly(weekday=WEEKDAYS[day.weekday()], at=at, tz=tz),
        Monthly(day=day.day, at=at, tz=tz),
    ]


# Spring forward: the local time does not exist, the reset moves forward by the gap.
# NY/St_Johns 2024-03-10 02:00->03:00; London/Dublin 2024-03-31 01:00->02:00;
# Berlin 2024-03-31 02:00->03:00; Sydney 2024-10-06 02:00->03:00;
# Santiago 2024-09-08 00:00->01:00; Chatham 2024-09-29 02:45->03:45;
# Lord Howe 2024-10-06 02:00->02:30 (a half-hour DST); Havana 2024-03-10 00:00->01:00.
GAPS = [
    ("America/New_York", date(2024, 3, 10), time(2, 30), "2024-03-10 07:30", time(3, 30)),
    ("America/New_York", date(2024, 3, 10), time(2, 0), "2024-03-10 07:00", time(3, 0)),
    ("America/St_Johns", date(2024, 3, 10), time(2, 30), "2024-03-10 06:00", time(3, 30)),
    ("Europe/London", date(2024, 3, 31), time(1, 30), "2024-03-31 01:30", time(2, 30)),
    ("Europe/Dublin", date(2024, 3, 31), time(1, 15), "2024-03-31 01:15", time(2, 15)),
    ("Europe/Berlin", date(2024, 3, 31), time(2, 30), "2024-03-31 01:30", time(3, 30)),
    ("Australia/Sydney", date(2024, 10, 6), time(2, 30), "2024-10-05 16:30", time(3, 30)),
    ("America/Santiago", date(2024, 9, 8), time(0, 0), "2024-09-08 04:00", time(1, 0)),
    ("America/Santiago", date(2024, 9, 8), time(0, 30), "2024-09-08 04:30", time(1, 30)),
    ("Pacific/Chatham", date(2024, 9, 29), time(3, 0), "2024-09-28 14:15", time(4, 0)),
    ("Australia/Lord_Howe", date(2024, 10, 6), time(2, 15), "2024-10-05 15:45", time(2, 45)),
    ("America/Havana", date(2024, 3, 10), time(0, 30), "2024-03-10 05:30", time(1, 30)),
]

# Fall back: the local time happens twice, the reset is the first occurrence.
FOLDS = [
    ("America/New_York", date(2024, 11, 3), time(1, 30), "2024-11-03 05:30"),  # EDT
    ("America/St_Johns", date(2024, 11, 3), time(1, 30), "2024-11-03 04:00"),  # NDT -2:30
    ("Europe/London", date(2024, 10, 27), time(1, 30), "2024-10-27 00:30"),  # BST
    ("Europe/Dublin", date(2024, 10, 27), time(1, 30), "2024-10-27 00:30"),  # IST
    ("Europe/Berlin", date(2024, 10, 27), time(2, 30), "2024-10-27 00:30"),  # CEST
    ("Australia/Sydney", date(2024, 4, 7), time(2, 30), "2024-04-06 15:30"),  # AEDT
    ("America/Santiago", date(2024, 4, 6), time(23, 30), "2024-04-07 02:30"),  # -03
    ("Pacific/Chatham", date(2024, 4, 7), time(3, 0), "2024-04-06 13:15"),  # +13:45
    ("Australia/Lord_Howe", date(2024, 4, 7), time(1, 45), "2024-04-06 14:45"),  # +11
    ("America/Havana", date(2024, 11, 3), time(0, 30), "2024-11-03 04:30"),  # CDT
]

# No DST at all: the same wall time every day, including the days others change.
STEADY = [
    ("Asia/Tokyo", date(2024, 3, 10), time(2, 30), "2024-03-09 17:30"),
    ("Asia/Tokyo", date(2024, 3, 31), time(0, 0), "2024-03-30 15:00"),
    ("Asia/Kolkata", date(2024, 3, 10), time(2, 30), "2024-03-09 21:00"),
    ("Asia/Kolkata", date(2024, 10, 27), time(0, 0), "2024-10-26 18:30"),
]


def check_reset_on(rule: ResetRule, expected: datetime) -> None:
    assert next_reset(rule, expected - timedelta(seconds=1)) == expected
    assert next_reset(rule, expected - timedelta(microseconds=1)) == expected
    # strictly after / at or before
    following = next_reset(rule, expected)
    assert following is not None and following > expected
    assert last_reset(rule, expected) == expected
    before = last_reset(rule, expected - timedelta(microseconds=1))
    assert before is not None and before < expected
    assert last_reset(rule, following - timedelta(microseconds=1)) == expected


@pytest.mark.parametrize(("zone", "day", "at", "expected", "shown"), GAPS)
def test_a_reset_in_a_spring_forward_gap_moves_forward_by_the_gap(
    zone: str, day: date, at: time, expected: str, shown: time
) -> None:
    for rule in rules_on(day, at, zone):
        check_reset_on(rule, utc(expected))
        local = utc(expected).astimezone(ZoneInfo(zone))
        assert (local.date(), local.time()) == (day, shown), rule


@pytest.mark.parametrize(("zone", "day", "at", "expected"), FOLDS)
def test_a_reset_in_a_fall_back_fold_is_the_first_occurrence(
    zone: str, day: date, at: time, expected: str
) -> None:
    for rule in rules_on(day, at, zone):
        check_reset_on(rule, utc(expected))
        local = utc(expected).astimezone(ZoneInfo(zone))
        assert (local.date(), local.time(), local.fold) == (day, at, 0), rule
        # the second occurrence of the same wall time is not another reset
        second = datetime.combine(day, at.replace(fold=1), tzinfo=ZoneInfo(zone))
        assert second.astimezone(UTC) > utc(expected)
        assert next_reset(rule, utc(expected)) != second


@pytest.mark.parametrize(("zone", "day", "at", "expected"), STEADY)
def test_zones_without_dst_keep_the_wall_time(
    zone: str, day: date, at: time, expected: str
) -> None:
    for rule in rules_on(day, at, zone):
        check_reset_on(rule, utc(expected))


@pytest.mark.parametrize(
    ("zone", "first_day", "hours"),
    [
        # daily at 12:00 local, spanning the transition night: 23 h, then 24 h again
        ("America/New_York", date(2024, 3, 9), [23, 24]),
        ("America/New_York", date(2024, 11, 2), [25, 24]),
        ("Europe/Berlin", date(2024, 3, 30), [23, 24]),
        ("Europe/Dublin", date(2024, 10, 26), [25, 24]),
        ("Australia/Sydney", date(2024, 10, 5), [23, 24]),
        ("Australia/Lord_Howe", date(2024, 10, 5), [23.5, 24]),
        ("Australia/Lord_Howe", date(2024, 4, 6), [24.5, 24]),
        ("Pacific/Chatham", date(2024, 9, 28), [23, 24]),
        ("America/Santiago", date(2024, 4, 6), [25, 24]),
        ("Asia/Tokyo", date(2024, 3, 9), [24, 24]),
        ("Asia/Kolkata", date(2024, 10, 26), [24, 24]),
    ],
)
def test_daily_resets_keep_the_wall_time_so_elapsed_hours_change_at_dst(
    zone: str, first_day: date, hours: list[float]
) -> None:
    rule = Daily(at=time(12, 0), tz=zone)
    t = datetime.combine(first_day, time(12, 0), tzinfo=ZoneInfo(zone)).astimezone(UTC)
    assert last_reset(rule, t) == t
    for expected in hours:
        nxt = next_reset(rule, t)
        assert nxt is not None
        assert (nxt - t) == timedelta(hours=expected)
        assert nxt.astimezone(ZoneInfo(zone)).time() == time(12, 0)
        t = nxt


@pytest.mark.parametrize(
    "zone", ["America/New_York", "Europe/London", "Australia/Sydney", "Pacific/Chatham"]
)
def test_every_n_hours_counts_elapsed_time_and_ignores_dst(zone: str) -> None:
    tz = ZoneInfo(zone)
    # The anchor and the instants share one tzinfo object on purpose: Python subtracts
    # such datetimes by wall clock, which is exactly the mistake this guards against.
    anchor = datetime(2024, 3, 1, 12, 0, tzinfo=tz)
    rule = Every(hours=24, anchor=anchor)
    t = anchor
    for _ in range(400):  # more than a year: both transitions of every zone above
        nxt = next_reset(rule, t)
        assert nxt is not None
        assert nxt - t == timedelta(hours=24)
        t = nxt
    probe = datetime(2024, 11, 3, 11, 59, tzinfo=tz)  # wall clock, same tzinfo object
    nxt = next_reset(rule, probe)
    last = last_reset(rule, probe)
    assert nxt is not None and last is not None
    assert (nxt - anchor.astimezone(UTC)) % timedelta(hours=24) == timedelta(0)
    assert nxt - last == timedelta(hours=24)
    assert last <= probe < nxt


def test_every_accepts_fractional_hours_and_anchors_in_the_future() -> None:
    anchor = utc("2024-06-01 10:00")
    rule = Every(hours=1.5, anchor=anchor)
    assert next_reset(rule, utc("2024-06-01 10:00")) == utc("2024-06-01 11:30")
    assert last_reset(rule, utc("2024-06-01 10:00")) == anchor
    assert next_reset(rule, utc("2024-06-01 07:00")) == utc("2024-06-01 08:30")
    assert last_reset(rule, utc("2024-06-01 07:00")) == utc("2024-06-01 07:00")
