"""What the tray and `creditfuel status` show, built from a replayed ledger."""

from __future__ import annotations

from datetime import UTC, datetime, time, timedelta

from desktopapp.domain.events import Event, Origin, PackPurchase, Spend
from desktopapp.domain.ledger import replay
from desktopapp.domain.meter import Meter
from desktopapp.domain.schedule import Daily, Every, Monthly, Never
from desktopapp.domain.status import build_status

T0 = datetime(2026, 11, 1, tzinfo=UTC)
NOW = datetime(2026, 11, 25, 9, 30, tzinfo=UTC)  # 18:30 in Tokyo

DAILY_TOKYO = Meter(
    id="d", name="Genspark daily", grant=200, rule=Daily(at=time(0), tz="Asia/Tokyo"),
    created_at=T0,
)
MONTHLY_NY = Meter(
    id="m", name="Monthly", grant=10_000, rule=Monthly(day=31, at=time(0), tz="America/New_York"),
    created_at=T0,
)
EVERY = Meter(id="e", name="Every 8 h", grant=40, rule=Every(hours=8, anchor=T0), created_at=T0)
MINUTES = Meter(
    id="gpu", name="GPU", grant=198, rule=Never(), unit="minutes", created_at=T0
)


def o(event_id: str, at: datetime) -> Origin:
    return Origin(event_id, at, "pc", "aki")


def test_next_reset_is_shown_in_the_rule_zone_with_seconds_to_go() -> None:
    meters = [DAILY_TOKYO, MONTHLY_NY, EVERY]
    status = build_status(meters, replay(meters, [], NOW), NOW)
    daily, monthly, every = status.meters
    assert daily.next_reset is not None
    assert daily.next_reset.isoformat() == "2026-11-26T00:00:00+09:00"
    assert daily.seconds_to_reset == 5 * 3600 + 30 * 60
    assert daily.zone == "Asia/Tokyo" and daily.family == "daily"
    # day 31 in November: the 30th, at midnight New York time (EST)
    assert monthly.next_reset is not None
    assert monthly.next_reset.isoformat() == "2026-11-30T00:00:00-05:00"
    assert every.zone == "UTC"
    assert every.next_reset == datetime(2026, 11, 25, 16, 0, tzinfo=UTC)
    # the countdown the tray shows is the soonest of them: 15:00 UTC before 16:00 UTC
    assert status.next_refill is daily


def test_seconds_to_reset_never_says_zero_before_the_reset() -> None:
    reset = datetime(2026, 11, 25, 15, 0, tzinfo=UTC)  # 00:00 Tokyo
    almost = reset - timedelta(milliseconds=400)
    row = build_status([DAILY_TOKYO], replay([DAILY_TOKYO], [], almost), almost).meters[0]
    assert row.seconds_to_reset == 1
    at = build_status([DAILY_TOKYO], replay([DAILY_TOKYO], [], reset), reset).meters[0]
    assert at.seconds_to_reset == 24 * 3600  # the reset happened: next one is a day away


def test_total_counts_credits_and_live_packs_only() -> None:
    meters = [DAILY_TOKYO, MINUTES]
    events: list[Event] = [
        PackPurchase(origin=o("live", T0), credits=1_000, expires_at=None),
        PackPurchase(origin=o("old", T0), credits=500, expires_at=T0 + timedelta(days=3)),
        Spend(origin=o("s", NOW - timedelta(hours=1)), kind="video", credits=150, meter_id="d"),
    ]
    status = build_status(meters, replay(meters, events, NOW), NOW)
    assert status.total == 50 + 1_000  # not the 198 GPU minutes, not the expired pack
    packs = {p.pack_id: p for p in status.packs}
    assert packs["old"].expired and packs["old"].credits_left == 0
    assert packs["live"].credits_left == 1_000 and packs["live"].expires_at is None


def test_fill_level_for_the_gauge() -> None:
    events: list[Event] = [
        Spend(origin=o("s", NOW - timedelta(hours=1)), kind="slides", credits=150, meter_id="d")
    ]
    row = build_status([DAILY_TOKYO], replay([DAILY_TOKYO], events, NOW), NOW).meters[0]
    assert row.balance == 50 and row.fraction == 0.25
    assert row.spent_since_refill == 150
    over = [
        Spend(origin=o("s", NOW - timedelta(hours=1)), kind="video", credits=300, meter_id="d")
    ]
    empty = build_status([DAILY_TOKYO], replay([DAILY_TOKYO], over, NOW), NOW).meters[0]
    assert empty.balance == -100 and empty.fraction == 0.0


def test_no_meters_no_countdown() -> None:
    status = build_status([MINUTES], replay([MINUTES], [], NOW), NOW)
    assert status.next_refill is None
    assert status.meters[0].next_reset is None and status.meters[0].seconds_to_reset is None
