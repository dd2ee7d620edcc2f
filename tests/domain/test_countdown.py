"""Countdown maths: what the tray shows and when it must redraw."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from desktopapp.domain.countdown import (
    Remaining,
    clock_jumped,
    ms_until,
    next_display_change,
    remaining,
    shown,
)

NY = ZoneInfo("America/New_York")


def utc(*args: int) -> datetime:
    return datetime(*args, tzinfo=UTC)  # type: ignore[misc]


# -- remaining ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("left", "shown"),
    [
        (timedelta(seconds=1), Remaining(0, 0, 1)),  # never "0 min" before the reset
        (timedelta(seconds=30), Remaining(0, 0, 1)),
        (timedelta(seconds=60), Remaining(0, 0, 1)),
        (timedelta(seconds=61), Remaining(0, 0, 2)),
        (timedelta(minutes=59, seconds=1), Remaining(0, 1, 0)),
        (timedelta(hours=2, minutes=13), Remaining(0, 2, 13)),
        (timedelta(days=1), Remaining(1, 0, 0)),
        (timedelta(days=30, hours=23, minutes=59, seconds=59), Remaining(31, 0, 0)),
        (timedelta(0), Remaining(0, 0, 0)),
        (timedelta(seconds=-5), Remaining(0, 0, 0)),
    ],
)
def test_remaining_rounds_up_to_the_minute(left: timedelta, shown: Remaining) -> None:
    now = utc(2024, 6, 1, 9, 0, 0)
    assert remaining(now, now + left) == shown


def test_remaining_over_a_month_end() -> None:
    # Monthly reset on day 31 at 00:00 Tokyo; it is Jan 31 23:59:30 in Tokyo, so the
    # January reset is past and the next one is Feb 29 (2024 is a leap year).
    tokyo = ZoneInfo("Asia/Tokyo")
    now = datetime(2024, 1, 31, 23, 59, 30, tzinfo=tokyo)
    assert remaining(now, datetime(2024, 2, 29, 0, 0, tzinfo=tokyo)) == Remaining(28, 0, 1)
    assert remaining(now, datetime(2024, 2, 1, 0, 0, tzinfo=tokyo)) == Remaining(0, 0, 1)


def test_remaining_counts_elapsed_time_across_dst() -> None:
    # Midnight to 09:00 on the spring-forward day in New York is 8 elapsed hours. Both
    # datetimes share one tzinfo object, where Python's own subtraction would say 9.
    now = datetime(2024, 3, 10, 0, 0, tzinfo=NY)
    reset = datetime(2024, 3, 10, 9, 0, tzinfo=NY)
    assert remaining(now, reset) == Remaining(0, 8, 0)
    fall_now = datetime(2024, 11, 3, 0, 0, tzinfo=NY)
    assert remaining(fall_now, datetime(2024, 11, 3, 9, 0, tzinfo=NY)) == Remaining(0, 10, 0)


# -- next_display_change --------------------------------------------------------------------


def test_next_change_is_the_next_minute_when_the_reset_is_on_a_whole_minute() -> None:
    now = utc(2024, 6, 1, 9, 0, 12)
    assert next_display_change(now, [utc(2024, 6, 1, 12, 0)]) == utc(2024, 6, 1, 9, 1)


def test_with_nothing_counting_down_it_wakes_on_the_hour_only() -> None:
    now = utc(2024, 6, 1, 9, 0, 12)
    assert next_display_change(now, []) == utc(2024, 6, 1, 10)
    assert next_display_change(now, [None]) == utc(2024, 6, 1, 10)


def test_next_change_is_strictly_after_now_even_on_a_boundary() -> None:
    now = utc(2024, 6, 1, 9, 1, 0)
    assert next_display_change(now, [utc(2024, 6, 1, 9, 3)]) == utc(2024, 6, 1, 9, 2)
    # a reset exactly now has happened: it no longer counts down
    assert next_display_change(now, [utc(2024, 6, 1, 9, 1)]) == utc(2024, 6, 1, 10)


def test_a_refill_days_away_ticks_once_an_hour_not_every_minute() -> None:
    # "2 d 23 h" cannot change within the hour: an idle tray must not wake every minute.
    reset = utc(2024, 6, 4, 9, 0)
    now = utc(2024, 6, 1, 9, 0, 12)  # 2 d 23 h 59 min 48 s left: shown as "3 d 0 h"
    first = next_display_change(now, [reset])
    assert first == utc(2024, 6, 1, 9, 1)
    assert shown(now, reset) == Remaining(3, 0, 0)
    assert shown(first, reset) == Remaining(2, 23, 0)
    second = next_display_change(first, [reset])
    assert second - first == timedelta(hours=1)
    assert shown(second, reset) == Remaining(2, 22, 0)


def test_inside_the_last_day_it_ticks_every_minute() -> None:
    reset = utc(2024, 6, 2, 9, 0)
    now = utc(2024, 6, 1, 9, 0, 30)  # 23 h 59 min 30 s: rounded up to "1 d 0 h"
    change = next_display_change(now, [reset])
    assert change == utc(2024, 6, 1, 9, 1)
    assert shown(change, reset) == Remaining(0, 23, 59)
    assert next_display_change(change, [reset]) == utc(2024, 6, 1, 9, 2)


def test_a_reset_sooner_than_the_minute_boundary_wins() -> None:
    now = utc(2024, 6, 1, 8, 59, 40)
    reset = utc(2024, 6, 1, 8, 59, 50, 500_000)
    assert next_display_change(now, [None, reset, utc(2024, 6, 2)]) == reset


def test_a_reset_off_the_minute_ticks_on_its_own_phase() -> None:
    # A 5 h window opened at 10:03:27 closes at 15:03:27. At 15:00:00 it shows "4 min"
    # (3 min 27 s rounded up); it must say "3 min" from 15:00:27, not from 15:01:00.
    reset = utc(2024, 6, 1, 15, 3, 27)
    now = utc(2024, 6, 1, 15, 0, 0)
    change = next_display_change(now, [reset])
    assert change == utc(2024, 6, 1, 15, 0, 27)
    assert remaining(change - timedelta(microseconds=1), reset).minutes == 4
    assert remaining(change, reset).minutes == 3


def test_a_single_reset_or_none_is_accepted_as_well_as_a_list() -> None:
    now = utc(2024, 6, 1, 9, 0, 12)
    reset = utc(2024, 6, 1, 9, 0, 30)
    assert next_display_change(now, reset) == reset
    assert next_display_change(now, None) == utc(2024, 6, 1, 10)


def test_next_change_near_dst_uses_real_minutes() -> None:
    # 01:59:30 EDT on the fall-back night: the next minute is 02:00 EDT... which is shown
    # as 01:00 EST. The answer is 30 real seconds away either way.
    now = datetime(2024, 11, 3, 1, 59, 30, tzinfo=NY)
    reset = datetime(2024, 11, 3, 1, 10, tzinfo=ZoneInfo("America/New_York"))  # 01:10 EDT
    assert next_display_change(now, [reset]) - now.astimezone(UTC) == timedelta(seconds=30)


@settings(max_examples=200, deadline=None)
@given(
    st.datetimes(min_value=datetime(2000, 1, 1), max_value=datetime(2060, 1, 1),
                 timezones=st.just(UTC)),
    st.lists(st.none() | st.integers(-10**7, 10**8), max_size=4),
)
def test_the_display_never_changes_between_now_and_the_next_change(
    now: datetime, offsets_ms: list[int | None]
) -> None:
    resets = [None if ms is None else now + timedelta(milliseconds=ms) for ms in offsets_ms]
    change = next_display_change(now, resets)
    assert now < change <= now + timedelta(hours=1)
    just_before = change - timedelta(microseconds=1)
    for r in resets:
        if r is None:
            continue
        if now < r:
            assert change <= r
        # between now and the change, every countdown shows the same figure...
        if just_before >= now:
            assert shown(now, r) == shown(just_before, r)
        # ...and it never sleeps through a change of a figure within the next day
        if now < r <= now + timedelta(days=1):
            assert change <= now + timedelta(minutes=1)


# -- ms_until -------------------------------------------------------------------------------


def test_ms_until_rounds_up_and_never_goes_negative() -> None:
    now = utc(2024, 6, 1, 9, 0, 0)
    assert ms_until(now, now + timedelta(seconds=1)) == 1000
    assert ms_until(now, now + timedelta(microseconds=1)) == 1  # never fires early
    assert ms_until(now, now) == 0
    assert ms_until(now, now - timedelta(hours=1)) == 0


def test_ms_until_is_capped_for_32_bit_timers() -> None:
    now = utc(2024, 6, 1)
    assert ms_until(now, now + timedelta(days=31)) == 2_000_000_000
    assert ms_until(now, now + timedelta(days=31), cap_ms=1000) == 1000
    assert ms_until(now, now + timedelta(days=20)) == 20 * 86_400_000
    assert 2_000_000_000 < 2**31 - 1


def test_ms_until_across_dst_is_real_time() -> None:
    now = datetime(2024, 3, 10, 1, 30, tzinfo=NY)
    assert ms_until(now, datetime(2024, 3, 10, 3, 30, tzinfo=NY)) == 3_600_000


# -- clock_jumped ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("wall_s", "mono_s", "jumped"),
    [
        (60.0, 60.0, False),  # a normal minute
        (60.4, 60.0, False),  # timer jitter
        (145.0, 60.0, False),  # within tolerance (90 s)
        (7_200.0, 60.0, True),  # the laptop slept two hours
        (-3_540.0, 60.0, True),  # the clock was set back an hour
        (3_660.0, 60.0, True),  # ... or forward
        (0.0, 120.0, True),  # wall clock stuck/slewed back
    ],
)
def test_clock_jumped(wall_s: float, mono_s: float, jumped: bool) -> None:
    wall = utc(2024, 6, 1, 9)
    assert clock_jumped(wall, 1000.0, wall + timedelta(seconds=wall_s), 1000.0 + mono_s) is jumped


def test_a_dst_change_is_not_a_clock_jump() -> None:
    # 01:59 EDT -> 60 s later it is 01:00 EST: the wall clock's face went back 59 min.
    before = datetime(2024, 11, 3, 1, 59, tzinfo=NY)
    after = datetime(2024, 11, 3, 1, 0, fold=1, tzinfo=NY)
    assert not clock_jumped(before, 50.0, after, 110.0)


def test_naive_times_are_refused() -> None:
    with pytest.raises(ValueError):
        remaining(datetime(2024, 1, 1), utc(2024, 1, 2))
