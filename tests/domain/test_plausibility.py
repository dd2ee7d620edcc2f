"""Impossible entries are named with the fix, possible ones pass (inline figures)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from desktopapp.domain.meter import Meter
from desktopapp.domain.plausibility import Expected, capacity, check_set_balance, check_spend
from desktopapp.domain.schedule import Daily

NOW = datetime(2026, 11, 28, 3, 0, tzinfo=UTC)
FREE = Meter(
    id="m1", name="Free", grant=200, rule=Daily(at=datetime.min.time(), tz="Asia/Tokyo"),
    created_at=NOW - timedelta(days=30),
)
PLUS = Meter(
    id="m2", name="Plus", grant=10_000, rule=FREE.rule, mode="carry", cap=None,
    created_at=NOW - timedelta(days=30),
)


def codes(problems: list) -> list[str]:
    return [p.code for p in problems]


def test_a_normal_spend_passes() -> None:
    assert check_spend(60, None, Expected(140, FREE, 1), at=NOW, now=NOW) == []


def test_250_credits_with_140_left_is_refused_with_both_figures() -> None:
    [p] = check_spend(250, None, Expected(140, FREE, 1), at=NOW, now=NOW)
    assert p.code == "spend_exceeds_balance"
    assert p.params == {"credits": "250", "available": "140"}


def test_balance_now_above_the_grant_is_refused() -> None:
    [p] = check_spend(None, 500, Expected(200, FREE, 1), at=NOW, now=NOW)
    assert p.code == "balance_above_capacity"
    assert p.params["capacity"] == "200"


def test_balance_now_that_is_not_a_drop_is_not_a_zero_credit_task() -> None:
    assert codes(check_spend(None, 180, Expected(150, FREE, 1), at=NOW, now=NOW)) == [
        "balance_not_lower"
    ]


def test_balance_now_with_several_pools_needs_a_meter() -> None:
    assert codes(check_spend(None, 500, Expected(10_095, None, 2), at=NOW, now=NOW)) == [
        "balance_needs_meter"
    ]


def test_balance_now_below_expected_passes() -> None:
    assert check_spend(None, 140, Expected(200, FREE, 1), at=NOW, now=NOW) == []


@pytest.mark.parametrize(
    ("at", "code"),
    [
        (NOW + timedelta(days=1), "log_in_future"),
        (datetime(2030, 1, 1, tzinfo=UTC), "log_in_future"),
        (NOW - timedelta(days=31), "log_before_meter"),
    ],
)
def test_impossible_instants(at: datetime, code: str) -> None:
    assert codes(check_spend(10, None, Expected(200, FREE, 1), at=at, now=NOW)) == [code]


def test_a_clock_a_little_ahead_is_not_the_future() -> None:
    assert check_spend(10, None, Expected(200, FREE, 1), at=NOW + timedelta(minutes=3),
                       now=NOW) == []


def test_capacity_follows_the_mode() -> None:
    assert capacity(FREE) == 200
    assert capacity(PLUS) is None
    assert capacity(Meter(**{**PLUS.__dict__, "cap": 20_000})) == 20_000


def test_set_balance() -> None:
    assert check_set_balance(4_200, PLUS, at=NOW, now=NOW) == []
    assert codes(check_set_balance(250, FREE, at=NOW, now=NOW)) == ["balance_above_capacity"]
    assert codes(check_set_balance(100, FREE, at=NOW + timedelta(hours=1), now=NOW)) == [
        "log_in_future"
    ]
