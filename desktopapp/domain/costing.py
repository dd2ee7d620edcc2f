"""Credits and money per project / client job: the "cost of goods" of a side job.

Money comes from a price the user sets: credits per one unit of currency, either typed
in or derived from the plan (monthly grant / plan price). Money is rounded to the
currency's minor unit (yen have none).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from desktopapp.domain.events import WASTE_OUTCOMES, Spend

MINOR_UNITS = {"JPY": 0, "KRW": 0, "USD": 2, "EUR": 2, "GBP": 2, "CNY": 2, "TWD": 0}


@dataclass(frozen=True)
class Price:
    credits_per_unit: float  # credits one unit of currency buys (e.g. 3.33 per yen)
    currency: str


@dataclass(frozen=True)
class ProjectCost:
    project: str | None
    tasks: int
    credits: int
    wasted: int
    money: float | None  # None when no price is set


def default_currency(lang: str) -> str:
    return "JPY" if lang.lower().startswith("ja") else "USD"


def price_from_plan(plan_price: float, monthly_grant: int, currency: str) -> Price | None:
    """Credits per currency unit from a plan (None for a free plan or no grant)."""
    if plan_price <= 0 or monthly_grant <= 0:
        return None
    return Price(monthly_grant / plan_price, currency.upper())


def money(credits: int, price: Price) -> float:
    if price.credits_per_unit <= 0:
        return 0.0
    return round(credits / price.credits_per_unit, MINOR_UNITS.get(price.currency.upper(), 2))


def cost_by_project(spends: Iterable[Spend], price: Price | None = None) -> tuple[ProjectCost, ...]:
    """Per project, most credits first; spends with no project are one line (None)."""
    tasks: dict[str | None, int] = {}
    credits: dict[str | None, int] = {}
    wasted: dict[str | None, int] = {}
    for s in spends:
        k = s.project
        tasks[k] = tasks.get(k, 0) + 1
        credits[k] = credits.get(k, 0) + s.credits
        if s.outcome in WASTE_OUTCOMES:
            wasted[k] = wasted.get(k, 0) + s.credits
    lines = [
        ProjectCost(
            project=k,
            tasks=tasks[k],
            credits=credits[k],
            wasted=wasted.get(k, 0),
            money=money(credits[k], price) if price else None,
        )
        for k in tasks
    ]
    lines.sort(key=lambda c: (-c.credits, c.project is None, c.project or ""))
    return tuple(lines)
