"""Learning the real refill time from refill windows (pure functions, checked against a
brute-force count)."""

from __future__ import annotations

import random
from datetime import UTC, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest

from desktopapp.domain.meter import Meter
from desktopapp.domain.schedule import Daily, Monthly, Rolling
from desktopapp.services.readings_state import Window
from desktopapp.services.refill_learning import DAY_MIN, best_minute, learn


def brute(windows: list[Window], tz: str) -> list[int]:
    """For each wall-clock minute, how many windows hold that minute's instant on some day."""
    zone = ZoneInfo(tz)
    counts = [0] * DAY_MIN
    for w in windows:
        hit = set()
        t = w.start.astimezone(zone).replace(second=0, microsecond=0) + timedelta(minutes=1)
        while t <= w.end:
            hit.add(t.astimezone(zone).hour * 60 + t.astimezone(zone).minute)
            t += timedelta(minutes=1)
        for m in hit:
            counts[m] += 1
    return counts


@pytest.mark.parametrize("seed", range(20))
def test_the_fast_count_agrees_with_brute_force(seed: int) -> None:
    rng = random.Random(seed)
    tz = rng.choice(["Asia/Tokyo", "UTC", "America/New_York", "Asia/Kolkata"])
    base = datetime(2026, 3, 1, tzinfo=UTC)
    windows = []
    for _ in range(rng.randint(1, 12)):
        start = base + timedelta(seconds=rng.randint(0, 60 * 86400))
        windows.append(Window(start, start + timedelta(seconds=rng.randint(30, 6 * 3600)), 1, 2))
    counts = brute(windows, tz)
    best, top = best_minute(windows, tz)
    assert top == max(counts) and counts[best] == top


def meter(rule: object, grant: int = 200) -> Meter:
    return Meter(id="m", name="Genspark daily", grant=grant, rule=rule)  # type: ignore[arg-type]


def daily_windows(hour_utc: int, days: int, after: int = 200) -> list[Window]:
    out = []
    for d in range(days):
        end = datetime(2026, 11, 1 + d, hour_utc, 20, tzinfo=UTC)
        out.append(Window(end - timedelta(hours=1), end, 10, after))
    return out


def test_too_few_refills_say_nothing() -> None:
    assert learn(meter(Daily(time(0, 0), "Asia/Tokyo")), daily_windows(0, 2), "Asia/Tokyo") is None


def test_a_rule_that_fits_is_left_alone() -> None:
    found = learn(meter(Daily(time(9, 0), "Asia/Tokyo")), daily_windows(0, 5), "Asia/Tokyo")
    assert found is not None and not found.mismatch and found.rule_hits == 5


def test_the_real_time_and_grant_are_proposed() -> None:
    found = learn(meter(Daily(time(0, 0), "Asia/Tokyo")), daily_windows(0, 5, after=100),
                  "Asia/Tokyo")
    assert found is not None and found.rule_hits == 0
    assert found.proposed_rule == Daily(time(9, 0), "Asia/Tokyo")
    assert found.proposed_grant == 100


def test_a_monthly_meter_that_refills_daily_is_told_so() -> None:
    found = learn(meter(Monthly(15, time(0, 0), "Asia/Tokyo")), daily_windows(0, 6),
                  "Asia/Tokyo")
    assert found is not None and found.proposed_rule == Daily(time(9, 0), "Asia/Tokyo")


def test_rolling_meters_are_not_judged() -> None:
    assert learn(meter(Rolling(5)), daily_windows(0, 6), "UTC") is None
