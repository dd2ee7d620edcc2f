"""Presets: data with a source, instantiated into meters the engine can run."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest

from desktopapp.domain.events import Origin, PackPurchase, Spend
from desktopapp.domain.ledger import draw_order, replay
from desktopapp.domain.meter import Meter
from desktopapp.domain.presets import (
    ASKS,
    PRESETS,
    MeterSpec,
    instantiate,
)
from desktopapp.domain.problems import InvalidInput
from desktopapp.domain.schedule import (
    Daily,
    Monthly,
    Rolling,
    Weekly,
    last_reset,
    next_reset,
)
from desktopapp.domain.status import build_status
from desktopapp.i18n import has

ZONES = ["Asia/Tokyo", "America/New_York", "Europe/London", "Australia/Sydney", "UTC"]
NOW = datetime(2026, 11, 25, 9, 30, tzinfo=UTC)
KEYS = [
    "genspark-free",
    "genspark-plus",
    "genspark-pro",
    "manus-free",
    "claude-pro",
    "cursor-pro",
    "runway-standard",
    "suno-free",
    "midjourney-basic",
]


def as_meters(specs: list[MeterSpec], created: datetime) -> list[Meter]:
    return [
        Meter(
            id=f"m{i}", name=s.name, grant=s.grant, rule=s.rule, mode=s.mode, cap=s.cap,
            priority=s.priority, unit=s.unit, account=s.account, created_at=created,
        )
        for i, s in enumerate(specs)
    ]


def test_the_promised_presets_exist() -> None:
    assert sorted(PRESETS) == sorted(KEYS)
    for key, preset in PRESETS.items():
        assert preset.key == key
        assert preset.source and preset.checked_on <= date(2026, 11, 25)
        assert set(preset.asks) <= set(ASKS)
        assert preset.meters


@pytest.mark.parametrize("key", KEYS)
@pytest.mark.parametrize("zone", ZONES)
def test_every_preset_instantiates_to_meters_the_engine_runs(key: str, zone: str) -> None:
    preset = PRESETS[key]
    specs = instantiate(preset, tz=zone, anchor=NOW)
    assert len(specs) == len(preset.meters)
    assert len({s.name for s in specs}) == len(specs)
    for s in specs:
        assert s.account == preset.platform
        assert s.grant > 0
        assert s.mode in ("overwrite", "carry")
        if isinstance(s.rule, Rolling):
            assert next_reset(s.rule, NOW) is None
        else:
            nxt, last = next_reset(s.rule, NOW), last_reset(s.rule, NOW)
            assert nxt is not None and last is not None and last <= NOW < nxt
    meters = as_meters(specs, NOW)
    later = NOW + timedelta(days=40)
    state = replay(meters, [], later)
    status = build_status(meters, state, later)
    assert [m.balance for m in status.meters] == [s.grant for s in specs]  # start full


def test_genspark_free_is_daily_overwrite_at_midnight_in_the_users_zone() -> None:
    preset = PRESETS["genspark-free"]
    assert {"grant", "tz"} <= set(preset.asks)
    assert not preset.verified  # the sources disagree: 100 or 200
    (spec,) = instantiate(preset, tz="Asia/Tokyo", anchor=NOW)
    assert spec.grant == 200
    assert spec.rule == Daily(at=time(0, 0), tz="Asia/Tokyo")
    assert spec.mode == "overwrite"
    (hundred,) = instantiate(preset, tz="Asia/Tokyo", anchor=NOW, grant=100)
    assert hundred.grant == 100


@pytest.mark.parametrize(("key", "grant"), [("genspark-plus", 10_000), ("genspark-pro", 125_000)])
def test_genspark_paid_plans_are_monthly_on_the_billing_day(key: str, grant: int) -> None:
    preset = PRESETS[key]
    assert "billing_day" in preset.asks
    assert preset.source == "Genspark help center, Membership Plans"
    (spec,) = instantiate(preset, tz="Asia/Tokyo", anchor=NOW, billing_day=12)
    assert spec.grant == grant and spec.mode == "overwrite"
    assert spec.rule == Monthly(day=12, at=time(0, 0), tz="Asia/Tokyo")
    # with no billing day given, the anchor's local day is used (Nov 25 18:30 in Tokyo)
    (default,) = instantiate(preset, tz="Asia/Tokyo", anchor=NOW)
    assert isinstance(default.rule, Monthly) and default.rule.day == 25


def test_billing_day_31_clamps_and_comes_back() -> None:
    (spec,) = instantiate(PRESETS["genspark-plus"], tz="Asia/Tokyo", anchor=NOW, billing_day=31)
    tokyo = ZoneInfo("Asia/Tokyo")
    t = datetime(2027, 1, 1, tzinfo=tokyo)
    days = []
    for _ in range(4):
        nxt = next_reset(spec.rule, t)
        assert nxt is not None
        days.append(nxt.astimezone(tokyo).date())
        t = nxt
    assert days == [date(2027, 1, 31), date(2027, 2, 28), date(2027, 3, 31), date(2027, 4, 30)]


def test_billing_day_from_an_anchor_on_the_31st() -> None:
    anchor = datetime(2026, 1, 31, 12, 0, tzinfo=ZoneInfo("America/New_York"))
    (spec,) = instantiate(PRESETS["runway-standard"], tz="America/New_York", anchor=anchor)
    assert isinstance(spec.rule, Monthly) and spec.rule.day == 31


@pytest.mark.parametrize("zone", ZONES)
def test_suno_resets_at_midnight_utc_whatever_the_users_zone(zone: str) -> None:
    (spec,) = instantiate(PRESETS["suno-free"], tz=zone, anchor=NOW)
    assert spec.rule == Daily(at=time(0, 0), tz="UTC")
    assert spec.grant == 50
    assert next_reset(spec.rule, NOW) == datetime(2026, 11, 26, 0, 0, tzinfo=UTC)


def test_cursor_resets_on_the_billing_anchor_at_the_same_time_of_day() -> None:
    # "subscribed Jan 15 at noon -> resets the 15th at noon"
    anchor = datetime(2026, 1, 15, 12, 0, 41, tzinfo=ZoneInfo("Europe/Berlin"))
    (spec,) = instantiate(PRESETS["cursor-pro"], tz="Europe/Berlin", anchor=anchor)
    assert spec.rule == Monthly(day=15, at=time(12, 0), tz="Europe/Berlin")
    assert spec.mode == "overwrite"  # no roll-over


def test_claude_has_a_five_hour_window_and_a_weekly_limit_from_the_anchor() -> None:
    preset = PRESETS["claude-pro"]
    assert not preset.verified
    anchor = datetime(2026, 11, 26, 17, 0, tzinfo=ZoneInfo("Asia/Tokyo"))  # a Thursday
    session, weekly = instantiate(preset, tz="Asia/Tokyo", anchor=anchor)
    assert session.rule == Rolling(hours=5)
    assert weekly.rule == Weekly(weekday="thu", at=time(17, 0), tz="Asia/Tokyo")
    assert session.priority is not None and weekly.priority is not None
    assert session.priority < weekly.priority


def test_manus_spends_daily_refresh_credits_before_monthly_ones() -> None:
    preset = PRESETS["manus-free"]
    assert not preset.verified
    meters = as_meters(instantiate(preset, tz="Asia/Tokyo", anchor=NOW), NOW)
    state = replay(meters, [], NOW)
    refresh, monthly = meters
    assert draw_order(meters, state, "Manus") == [refresh.id, monthly.id]
    assert isinstance(refresh.rule, Daily) and isinstance(monthly.rule, Monthly)


def test_runway_spends_monthly_credits_before_purchased_ones() -> None:
    meters = as_meters(instantiate(PRESETS["runway-standard"], tz="UTC", anchor=NOW), NOW)
    (monthly,) = meters
    assert (monthly.grant, monthly.mode) == (625, "overwrite")
    bought = PackPurchase(
        origin=Origin("p1", NOW + timedelta(hours=1), "pc", "aki"),
        credits=1_000, expires_at=None, account="Runway",
    )
    used = Spend(
        origin=Origin("s1", NOW + timedelta(hours=2), "pc", "aki"),
        kind="video", credits=700, account="Runway",
    )
    state = replay(meters, [bought, used], NOW + timedelta(hours=3))
    assert state.balance(monthly.id) == 0  # 625 first
    assert state.balance("p1") == 925  # then 75 from the purchase, which never expires


def test_midjourney_counts_fast_gpu_minutes() -> None:
    (spec,) = instantiate(PRESETS["midjourney-basic"], tz="UTC", anchor=NOW)
    assert (spec.grant, spec.unit) == (198, "minutes")  # 3.3 h x 60


def test_bad_answers_are_reported_together_as_codes() -> None:
    with pytest.raises(InvalidInput) as err:
        instantiate(
            PRESETS["genspark-plus"], tz="Mars/Olympus", anchor=NOW, billing_day=32, grant=-1
        )
    assert [p.code for p in err.value.problems] == ["unknown_zone", "bad_day", "negative_number"]
    with pytest.raises(InvalidInput):
        instantiate(PRESETS["genspark-plus"], tz="UTC", anchor=datetime(2026, 1, 1))


def test_every_note_code_and_question_has_words_in_both_languages() -> None:
    codes = {p.note_code for p in PRESETS.values() if p.note_code} | {
        f"preset.ask.{a}" for a in ASKS
    }
    for code in codes:
        assert has(code, "en") and has(code, "ja"), code
