"""Credits and money per project / client job."""

from __future__ import annotations

import itertools
from datetime import UTC, datetime

from desktopapp.domain.costing import (
    Price,
    ProjectCost,
    cost_by_project,
    default_currency,
    money,
    price_from_plan,
)
from desktopapp.domain.events import Origin, Outcome, Spend

_ids = itertools.count()
AT = datetime(2026, 11, 2, tzinfo=UTC)


def sp(credits: int, project: str | None, outcome: Outcome = "ok") -> Spend:
    return Spend(Origin(f"e{next(_ids)}", AT, "d", "m"), "video", credits, project=project,
                 outcome=outcome)


def test_price_from_a_plan_and_money_in_yen() -> None:
    plus = price_from_plan(3000, 10_000, "jpy")  # 10,000 credits for 3,000 yen
    assert plus is not None
    assert plus.currency == "JPY"
    assert money(300, plus) == 90  # 300 credits cost 90 yen, no minor unit
    assert money(301, plus) == 90


def test_money_in_dollars_keeps_cents() -> None:
    price = Price(credits_per_unit=500, currency="USD")  # $20 for 10,000 credits
    assert money(1234, price) == 2.47


def test_free_plan_has_no_price() -> None:
    assert price_from_plan(0, 200, "JPY") is None


def test_default_currency_follows_the_language() -> None:
    assert default_currency("ja") == "JPY"
    assert default_currency("ja_JP") == "JPY"
    assert default_currency("en") == "USD"


def test_cost_per_project_with_and_without_a_price() -> None:
    spends = [sp(400, "Acme"), sp(100, "Acme", "failed"), sp(200, "Beta"), sp(50, None)]
    yen = Price(10_000 / 3000, "JPY")
    assert cost_by_project(spends, yen) == (
        ProjectCost("Acme", 2, 500, 100, 150.0),
        ProjectCost("Beta", 1, 200, 0, 60.0),
        ProjectCost(None, 1, 50, 0, 15.0),
    )
    assert cost_by_project(spends)[0].money is None
