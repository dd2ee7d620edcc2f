"""Properties of every reset rule family over many zones, near DST changes and month ends.

Instants are drawn either anywhere in 1971-2090 or within three days of one of the zone's
offset changes, with the rule time often set right at that change, so gaps and folds are
hit on purpose rather than by luck.
"""

from __future__ import annotations

import functools
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo, available_timezones

from hypothesis import given, settings
from hypothesis import strategies as st

from desktopapp.domain.schedule import (
    WEEKDAYS,
    CalendarRule,
    Daily,
    Every,
    Monthly,
    Weekly,
    clamp_day,
    last_reset,
    next_reset,
)

ZONES = sorted(available_timezones())
FAST = settings(max_examples=200, deadline=None)


@functools.lru_cache(maxsize=4096)
def transitions(zone: str, year: int) -> tuple[datetime, ...]:
    """UTC instants in ``year`` where the zone's offset changes (to the minute)."""
    tz = ZoneInfo(zone)
    out: list[datetime] = []
    t = datetime(year, 1, 1, tzinfo=UTC)
    end = datetime(year + 1, 1, 1, tzinfo=UTC)
    while t < end:
        u = t + timedelta(days=1)
        if t.astimezone(tz).utcoffset() != u.astimezone(tz).utcoffset():
            lo, hi = t, u
            while hi - lo > timedelta(minutes=1):
                mid = lo + (hi - lo) / 2
                if mid.astimezone(tz).utcoffset() == lo.astimezone(tz).utcoffset():
                    lo = mid
                else:
                    hi = mid
            out.append(hi.replace(second=0, microsecond=0))
        t = u
    return tuple(out)


@st.composite
def zone_instant_time(draw: st.DrawFn) -> tuple[str, datetime, time]:
    zone = draw(st.sampled_from(ZONES))
    year = draw(st.integers(1971, 2090))
    changes = transitions(zone, year)
    if changes and draw(st.booleans()):
        change = draw(st.sampled_from(changes))
        offset = draw(st.integers(-3 * 24 * 60, 3 * 24 * 60))
        instant = change + timedelta(minutes=offset, seconds=draw(st.integers(0, 59)))
        # the wall time just before the change, give or take: where gaps and folds live
        before = (change - timedelta(minutes=1)).astimezone(ZoneInfo(zone))
        shift = draw(st.sampled_from([-60, -30, 0, 1, 15, 30, 31, 45, 60, 90]))
        wall = datetime.combine(date(2000, 1, 1), before.time()) + timedelta(minutes=shift)
        at = wall.time().replace(second=0, microsecond=0)
    else:
        instant = draw(
            st.datetimes(
                min_value=datetime(year, 1, 1),
                max_value=datetime(year, 12, 31, 23, 59, 59),
                timezones=st.just(UTC),
            )
        )
        at = time(draw(st.integers(0, 23)), draw(st.sampled_from([0, 15, 30, 45])))
    return zone, instant, at


@st.composite
def calendar_rules(draw: st.DrawFn) -> tuple[CalendarRule, datetime]:
    zone, instant, at = draw(zone_instant_time())
    family = draw(st.sampled_from(["daily", "weekly", "monthly"]))
    rule: CalendarRule
    if family == "daily":
        rule = Daily(at=at, tz=zone)
    elif family == "weekly":
        rule = Weekly(weekday=draw(st.sampled_from(WEEKDAYS)), at=at, tz=zone)
    else:
        rule = Monthly(day=draw(st.sampled_from([1, 15, 28, 29, 30, 31])), at=at, tz=zone)
    return rule, instant


def exists(day: date, at: time, zone: str) -> bool:
    """Does this wall time happen on this day in this zone (i.e. it is not in a gap)?"""
    local = datetime.combine(day, at, tzinfo=ZoneInfo(zone))
    back = local.astimezone(UTC).astimezone(ZoneInfo(zone))
    return back.replace(tzinfo=None) == local.replace(tzinfo=None)


@FAST
@given(calendar_rules())
def test_last_reset_at_or_before_and_next_strictly_after(
    case: tuple[CalendarRule, datetime],
) -> None:
    rule, t = case
    last, nxt = last_reset(rule, t), next_reset(rule, t)
    assert last is not None and nxt is not None
    assert last <= t < nxt
    # nothing in between: asking from just before the next reset still finds the last one
    assert last_reset(rule, nxt - timedelta(microseconds=1)) == last
    assert next_reset(rule, last) == nxt
    assert last_reset(rule, nxt) == nxt


@FAST
@given(calendar_rules())
def test_consecutive_resets_are_ordered_and_keep_the_rule_time(
    case: tuple[CalendarRule, datetime],
) -> None:
    rule, t = case
    tz = ZoneInfo(rule.tz)
    previous = t
    for _ in range(3):
        r = next_reset(rule, previous)
        assert r is not None and r > previous
        local = r.astimezone(tz)
        if local.time() != rule.at:
            # only a spring-forward gap may move the wall time, and only forward
            day = local.date() if local.time() > rule.at else local.date() - timedelta(days=1)
            assert not exists(day, rule.at, rule.tz), (rule, r, local)
            assert r == datetime.combine(day, rule.at, tzinfo=tz).astimezone(UTC)
        else:
            # on a fall-back day the wall time happens twice: the reset is the first
            first = datetime.combine(local.date(), rule.at, tzinfo=tz).astimezone(UTC)
            assert r == first
            day = local.date()
        if isinstance(rule, Weekly):
            assert day.weekday() == WEEKDAYS.index(rule.weekday)
        if isinstance(rule, Monthly):
            assert day == clamp_day(day.year, day.month, rule.day)
        previous = r


@FAST
@given(calendar_rules())
def test_monthly_local_day_is_the_anchor_clamped_to_the_month(
    case: tuple[CalendarRule, datetime],
) -> None:
    rule, t = case
    monthly = Monthly(day=rule.day if isinstance(rule, Monthly) else 31, at=rule.at, tz=rule.tz)
    r = next_reset(monthly, t)
    assert r is not None
    local = r.astimezone(ZoneInfo(monthly.tz))
    if exists(local.date(), monthly.at, monthly.tz) and local.time() == monthly.at:
        assert local.day == min(monthly.day, clamp_day(local.year, local.month, 31).day)
    # the month after never drifts to the clamped day
    r2 = next_reset(monthly, r)
    assert r2 is not None
    local2 = r2.astimezone(ZoneInfo(monthly.tz))
    months_apart = (local2.year * 12 + local2.month) - (local.year * 12 + local.month)
    assert months_apart in (0, 1, 2)  # 0/2 only when a gap pushed a reset past midnight


@FAST
@given(
    zone_instant_time(),
    st.sampled_from([0.5, 1, 5, 8, 24, 168]),
    st.integers(-10_000, 10_000),
)
def test_every_n_hours_is_elapsed_time_from_the_anchor(
    case: tuple[str, datetime, time], hours: float, anchor_shift_h: int
) -> None:
    zone, t, _ = case
    tz = ZoneInfo(zone)
    anchor = (t + timedelta(hours=anchor_shift_h, minutes=7)).astimezone(tz)
    rule = Every(hours=hours, anchor=anchor)
    local_t = t.astimezone(tz)  # same tzinfo as the anchor: wall-clock arithmetic trap
    last, nxt = last_reset(rule, local_t), next_reset(rule, local_t)
    assert last is not None and nxt is not None
    assert last <= t < nxt
    assert nxt - last == timedelta(hours=hours)
    assert (nxt - anchor) % timedelta(hours=hours) == timedelta(0)
    assert next_reset(rule, last) == nxt
