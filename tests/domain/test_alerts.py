"""Proactive alerts fire once per episode and re-arm once the condition clears."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime, timedelta

from desktopapp.domain.alerts import AlertSettings, conditions, due, evaluate
from desktopapp.domain.status import MeterStatus, PackStatus, Status

NOW = datetime(2026, 3, 10, 5, 0, tzinfo=UTC)  # 14:00 JST
RESET = datetime(2026, 3, 11, 0, 0, tzinfo=UTC)  # 09:00 JST tomorrow


def meter(balance: int, *, grant: int = 200, next_reset: datetime | None = RESET,
          mode: str = "overwrite", mid: str = "m1") -> MeterStatus:
    return MeterStatus(
        meter_id=mid, name="Genspark daily", account="Genspark", balance=balance,
        grant=grant, mode=mode, unit="credits", family="daily", zone="Asia/Tokyo",  # type: ignore[arg-type]
        next_reset=next_reset,
        seconds_to_reset=int((next_reset - NOW).total_seconds()) if next_reset else None,
        last_refill=None, spent_since_refill=grant - balance, idle_window=False,
    )


def status(*meters: MeterStatus, packs: tuple[PackStatus, ...] = (), at: datetime = NOW) -> Status:
    return Status(as_of=at, meters=meters, packs=packs)


def codes(alerts: list) -> list[str]:
    return sorted(a.code for a in alerts)


def test_low_balance_fires_once_then_rearms_after_a_refill() -> None:
    s = AlertSettings(low_fraction=0.2)
    shown, fired = evaluate(status(meter(30)), s, frozenset())
    assert codes(shown) == ["low_balance"]
    assert shown[0].credits == 30

    # The next minute, and after a restart (same remembered keys): silence.
    again, fired = evaluate(status(meter(25)), s, fired)
    assert again == []

    # The refill clears the episode ...
    _, fired = evaluate(status(meter(200)), s, fired)
    assert fired == frozenset()
    # ... so the next dip is a new episode and fires again.
    shown, _ = evaluate(status(meter(10)), s, fired)
    assert codes(shown) == ["low_balance"]


def test_threshold_is_the_users_fraction_of_the_grant() -> None:
    assert evaluate(status(meter(45)), AlertSettings(low_fraction=0.2), ())[0] == []
    assert codes(evaluate(status(meter(45)), AlertSettings(low_fraction=0.25), ())[0]) == [
        "low_balance"
    ]


def test_overwrite_reset_soon_warns_that_credits_vanish_once_per_reset() -> None:
    s = AlertSettings(vanish_within=timedelta(hours=3), vanish_min_fraction=0.25)
    soon = NOW + timedelta(hours=2)
    shown, fired = evaluate(status(meter(150, next_reset=soon)), s, ())
    assert [(a.code, a.credits, a.at) for a in shown] == [("credits_vanish", 150, soon)]
    assert evaluate(status(meter(140, next_reset=soon)), s, fired)[0] == []
    # Tomorrow's reset is another episode.
    later = soon + timedelta(days=1)
    at = NOW + timedelta(days=1)
    shown, _ = evaluate(status(meter(150, next_reset=later), at=at), s, fired)
    assert codes(shown) == ["credits_vanish"]


def test_no_vanish_warning_far_from_reset_for_carry_meters_or_small_leftovers() -> None:
    s = AlertSettings(vanish_within=timedelta(hours=3), vanish_min_fraction=0.25)
    assert conditions(status(meter(150)), s) == []  # reset is 19 h away
    soon = NOW + timedelta(hours=1)
    assert conditions(status(meter(150, next_reset=soon, mode="carry")), s) == []
    assert conditions(status(meter(45, next_reset=soon)), s) == []  # 45 < 25 % of 200


def test_forecast_running_dry_before_the_refill() -> None:
    s = AlertSettings()
    before = {"m1": RESET - timedelta(hours=5)}
    after = {"m1": RESET + timedelta(hours=5)}
    assert codes(evaluate(status(meter(120)), s, (), before)[0]) == ["runs_dry"]
    assert evaluate(status(meter(120)), s, (), after)[0] == []
    assert evaluate(status(meter(120)), s, (), {"m1": None})[0] == []


def test_pack_expiring_within_seven_days() -> None:
    def pack(expires: datetime, left: int = 4000) -> PackStatus:
        return PackStatus("p1", "Genspark", 10000, left, NOW - timedelta(days=80), expires, False)

    s = AlertSettings(pack_days=7)
    shown, fired = evaluate(status(meter(200), packs=(pack(NOW + timedelta(days=6)),)), s, ())
    assert [(a.code, a.credits) for a in shown] == [("pack_expiring", 4000)]
    assert evaluate(status(meter(200), packs=(pack(NOW + timedelta(days=6)),)), s, fired)[0] == []
    assert conditions(status(meter(200), packs=(pack(NOW + timedelta(days=8)),)), s) == []
    assert conditions(status(meter(200), packs=(pack(NOW + timedelta(days=2), 0),)), s) == []


def test_paused_alerts_stay_silent_and_speak_up_after_resuming() -> None:
    paused = AlertSettings(paused=True)
    shown, fired = evaluate(status(meter(10)), paused, ())
    assert shown == [] and fired == frozenset()
    shown, _ = evaluate(status(meter(10)), replace(paused, paused=False), fired)
    assert codes(shown) == ["low_balance"]


def test_each_meter_is_its_own_episode() -> None:
    s = AlertSettings()
    shown, fired = evaluate(status(meter(10, mid="a")), s, ())
    shown, _ = evaluate(status(meter(10, mid="a"), meter(10, mid="b")), s, fired)
    assert [a.key for a in shown] == ["low:b"]


def test_due_forgets_keys_of_conditions_that_cleared() -> None:
    _, fired = due([], {"low:gone", "pack:old"})
    assert fired == frozenset()


def test_settings_from_storage_ignore_nonsense() -> None:
    stored = {"alerts.paused": True, "alerts.low_fraction": "abc", "alerts.pack_days": 3,
              "alerts.vanish_hours": -4}
    s = AlertSettings.from_settings(lambda k, d=None: stored.get(k, d))
    assert s.paused and s.pack_days == 3
    assert s.low_fraction == AlertSettings().low_fraction
    assert s.vanish_within == AlertSettings().vanish_within
