"""Burn and run-dry forecasts, pinned on inline ledgers."""

from __future__ import annotations

import itertools
from datetime import UTC, datetime, time, timedelta

from hypothesis import given, settings
from hypothesis import strategies as st

from desktopapp.domain.events import (
    Correction,
    Event,
    Observation,
    Origin,
    PackPurchase,
    Spend,
)
from desktopapp.domain.forecast import (
    NOT_ENOUGH_HISTORY,
    burn_rate,
    forecast_all,
    forecast_meter,
)
from desktopapp.domain.ledger import PoolState, replay
from desktopapp.domain.meter import Meter
from desktopapp.domain.schedule import Daily, Monthly

NOW = datetime(2026, 11, 25, 9, 0, tzinfo=UTC)
DAY = timedelta(days=1)
_ids = itertools.count()


def o(at: datetime) -> Origin:
    return Origin(f"e{next(_ids)}", at, "dev", "me")


def sp(credits: int, at: datetime, meter_id: str | None = None) -> Spend:
    return Spend(o(at), "video", credits, meter_id=meter_id)


PLUS = Meter("plus", "Plus", 10_000, Monthly(5, time(0), "UTC"), mode="overwrite")


def pool(balance: int, last: datetime, nxt: datetime) -> PoolState:
    return PoolState("plus", balance, last_refill=last, next_refill=nxt)


def steady() -> list[Spend]:
    """100 credits a day, once a day, for the last ten days (now included)."""
    return [sp(100, NOW - k * DAY) for k in range(10)]


def test_steady_pace_projects_run_out_and_leftover() -> None:
    # Recent: 7 daily bins of 100 -> 100/day. Since the refill (logged span 9 days,
    # 1000 credits) 111/day. The lower, 100/day, is the pace.
    f = forecast_meter(PLUS, pool(5000, NOW - 10 * DAY, NOW + 20 * DAY), steady(), now=NOW)
    assert f.burn_per_day == 100
    assert f.runs_dry_at == NOW + 50 * DAY
    assert f.before_reset is False
    assert f.lost_at_reset == 3000  # 5000 - 20 days x 100, overwritten at the reset
    assert f.note is None


def test_one_burst_does_not_project_a_false_run_out() -> None:
    spends = [*steady(), sp(3000, NOW - DAY - timedelta(hours=2))]
    # Bin "1 day ago" holds 3100; busy bins' median is 100, so it is capped at 300:
    # (6 x 100 + 300) / 7 = 128.57 a day. Uncapped it would be 528/day and "dry in 9 days".
    f = forecast_meter(PLUS, pool(5000, NOW - 10 * DAY, NOW + 20 * DAY), spends, now=NOW)
    assert f.burn_per_day == 128.57
    assert f.before_reset is False
    assert f.runs_dry_at is not None and f.runs_dry_at > NOW + 20 * DAY


def test_an_ordinary_video_day_among_cheap_days_is_not_a_burst() -> None:
    # Four weeks of alternating 300-credit video days and 20-credit chat days: busy days'
    # median is 160, so a 300 day (under 3 x 160) counts in full.
    spends = [sp(300 if k % 2 else 20, NOW - k * DAY - timedelta(hours=1)) for k in range(28)]
    burn = burn_rate(spends, now=NOW)
    # Last 7 bins: k = 0..6 -> 20, 300, 20, 300, 20, 300, 20 = 980 / 7 = 140 a day.
    assert burn.per_day == 140


def test_a_heavy_last_period_does_not_leak_past_the_refill() -> None:
    # 500/day for a week, refill 3 days ago, since then 50/day.
    spends = [sp(500, NOW - k * DAY) for k in range(3, 8)]
    spends += [sp(50, NOW - k * DAY - timedelta(hours=1)) for k in range(3)]
    burn = burn_rate(spends, now=NOW, last_refill=NOW - 3 * DAY)
    assert burn.since_refill == 50  # 150 credits over 3 days
    assert burn.per_day == 50
    assert burn.recent is not None and burn.recent > 50


def test_daily_meter_burn_counts_spends_not_refills() -> None:
    # Free plan: 200 a day at 09:00 Tokyo, overwritten. 150 spent every day for 8 days:
    # the balance jumps back up at every reset, but the burn is 150/day, never negative.
    free = Meter("free", "Free", 200, Daily(time(9), "Asia/Tokyo"), created_at=NOW - 30 * DAY)
    spends = [sp(150, NOW - k * DAY - timedelta(hours=3), "free") for k in reversed(range(8))]
    state = replay([free], spends, NOW)
    (f,) = forecast_all([free], state, spends, now=NOW)
    assert f.burn_per_day == 150
    assert f.balance == 50  # 200 at 00:00 UTC (09:00 JST), 150 spent at 06:00 UTC
    assert f.next_reset == datetime(2026, 11, 26, 0, 0, tzinfo=UTC)
    # 50 left at 150/day: dry in 8 h, before the reset 15 h away.
    assert f.runs_dry_at == NOW + timedelta(hours=8)
    assert f.before_reset is True
    assert f.lost_at_reset == 0


def test_use_it_or_lose_it_on_an_overwrite_meter() -> None:
    f = forecast_meter(PLUS, pool(9000, NOW - 10 * DAY, NOW + 5 * DAY), steady(), now=NOW)
    assert f.lost_at_reset == 8500  # 9000 - 5 days x 100


def test_carry_meter_loses_only_what_overflows_its_cap() -> None:
    carry = Meter("plus", "Plus", 1000, PLUS.rule, mode="carry", cap=1500)
    f = forecast_meter(carry, pool(900, NOW - 10 * DAY, NOW + 2 * DAY), steady(), now=NOW)
    # 900 - 200 = 700 left at the reset; + 1000 grant = 1700, cap 1500 -> 200 lost.
    assert f.lost_at_reset == 200
    uncapped = Meter("plus", "Plus", 1000, PLUS.rule, mode="carry")
    g = forecast_meter(uncapped, pool(900, NOW - 10 * DAY, NOW + 2 * DAY), steady(), now=NOW)
    assert g.lost_at_reset == 0


def test_not_enough_history_is_said_not_guessed() -> None:
    two = [sp(100, NOW - 3 * DAY), sp(100, NOW - DAY)]
    assert burn_rate(two, now=NOW).note == NOT_ENOUGH_HISTORY
    one_day = [sp(100, NOW - timedelta(hours=h)) for h in (1, 5, 20)]
    f = forecast_meter(PLUS, pool(5000, NOW - 10 * DAY, NOW + 20 * DAY), one_day, now=NOW)
    assert f.note == NOT_ENOUGH_HISTORY
    assert (f.burn_per_day, f.runs_dry_at, f.lost_at_reset) == (None, None, None)


def test_empty_meter_is_dry_now() -> None:
    f = forecast_meter(PLUS, pool(0, NOW - 10 * DAY, NOW + 20 * DAY), steady(), now=NOW)
    assert f.runs_dry_at == NOW and f.before_reset is True


def test_a_quiet_recent_week_means_no_run_out() -> None:
    old = [sp(100, NOW - k * DAY) for k in range(10, 14)]
    f = forecast_meter(PLUS, pool(5000, NOW - 20 * DAY, NOW + 10 * DAY), old, now=NOW)
    assert f.burn_per_day == 0
    assert f.runs_dry_at is None and f.before_reset is False


# -- property: refills, packs, corrections and "balance now" are never burn ----------------

offsets = st.floats(0.01, 20)


@settings(max_examples=60, deadline=None)
@given(
    st.lists(st.tuples(offsets, st.integers(1, 400)), min_size=0, max_size=25),
    st.lists(
        st.tuples(offsets, st.sampled_from(["pack", "observe", "correct"]),
                  st.integers(1, 5000)),
        max_size=10,
    ),
)
def test_refills_and_purchases_never_count_as_burn(
    spend_specs: list[tuple[float, int]], others: list[tuple[float, str, int]]
) -> None:
    free = Meter("free", "Free", 200, Daily(time(9), "Asia/Tokyo"), created_at=NOW - 30 * DAY)
    spends = [sp(c, NOW - d * DAY) for d, c in spend_specs]
    extra: list[Event] = []
    for d, what, n in others:
        at = NOW - d * DAY
        if what == "pack":
            extra.append(PackPurchase(o(at), n))
        elif what == "observe":
            extra.append(Observation(o(at), "free", n))
        else:
            extra.append(Correction(o(at), "free", n))
    plain = forecast_all([free], replay([free], sorted(spends, key=_at), NOW), spends, now=NOW)
    mixed_events = sorted([*spends, *extra], key=_at)
    mixed = forecast_all([free], replay([free], mixed_events, NOW), spends, now=NOW)
    assert plain[0].burn_per_day == mixed[0].burn_per_day
    assert mixed[0].burn_per_day is None or mixed[0].burn_per_day >= 0


def _at(e: Event) -> datetime:
    return e.origin.at
