"""The billing-month report (``creditfuel report``) and the price both faces cost credits
at: the one set in Settings or with ``creditfuel config set price_per_credit``
(``services.preferences.price``); the CLI's ``--currency``, ``--credits-per-unit`` and
``--plan-price`` override it for one run.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from desktopapp.domain.costing import Price, price_from_plan
from desktopapp.domain.history import (
    Period,
    billing_meter,
    billing_period,
    month_period,
    period_grant,
)
from desktopapp.domain.limits import problem
from desktopapp.domain.meter import Meter
from desktopapp.domain.report import MonthReport, month_report
from desktopapp.services import preferences, verdicts
from desktopapp.services.preferences import user_zone
from desktopapp.store.ledger_file import LedgerFile

_MONTH = re.compile(r"^(\d{4})-(\d{1,2})$")


@dataclass(frozen=True)
class PriceOverride:
    """What one CLI run says instead of the stored price (None: not said)."""

    currency: str | None = None
    credits_per_unit: float | None = None
    plan_price: float | None = None


def parse_month(value: str) -> tuple[int, int]:
    """'2026-11' -> (2026, 11); anything else is a ``bad_month`` problem."""
    m = _MONTH.match(value.strip())
    if not m or not 1 <= int(m.group(2)) <= 12 or not 2000 <= int(m.group(1)) <= 2199:
        raise problem("bad_month", value=value)
    return int(m.group(1)), int(m.group(2))


def price(
    ledger: LedgerFile,
    lang: str,
    meters: Sequence[Meter] = (),
    override: PriceOverride | None = None,
) -> Price | None:
    """Credits per unit of money: the override's, else the user's price; None when unset."""
    said = override or PriceOverride()
    currency = (said.currency or preferences.currency(ledger, lang)).upper()
    if said.credits_per_unit is not None:
        return Price(said.credits_per_unit, currency)
    if said.plan_price is not None:
        meter = billing_meter(meters)
        return price_from_plan(said.plan_price, meter.grant, currency) if meter else None
    stored = preferences.price(ledger, lang)
    return Price(stored.credits_per_unit, currency) if stored else None


def period_of(ledger: LedgerFile, now: datetime, month: tuple[int, int] | None,
              meters: Sequence[Meter]) -> Period:
    """The billing month starting in ``month`` (year, month), else the current one."""
    tz = user_zone(ledger)
    if month is None:
        return billing_period(meters, now, tz)
    return month_period(meters, month[0], month[1], tz)


def lost_in(ledger: LedgerFile, now: datetime, period: Period) -> int:
    """Credits lost at resets and pack expiry inside the period (so far)."""
    end = min(period.end, now)
    if end <= period.start:
        return 0
    before = ledger.state(period.start)
    after = ledger.state(end)
    return max(0, sum(p.lost_total for p in after.pools.values())
               - sum(p.lost_total for p in before.pools.values()))


def build(
    ledger: LedgerFile,
    now: datetime,
    lang: str,
    month: tuple[int, int] | None = None,
    override: PriceOverride | None = None,
) -> tuple[MonthReport, Price | None]:
    meters = ledger.meters()
    period = period_of(ledger, now, month, meters)
    chosen = price(ledger, lang, meters, override)
    until = min(period.end, now)
    spends = ledger.spends(since=period.start, until=until) if until >= period.start else []
    state = ledger.state(now)
    packs = sum(1 for p in state.packs if period.start <= p.bought_at < period.end)
    report = month_report(
        spends,
        period=period,
        tz=user_zone(ledger),
        grant=period_grant(meters, period) or None,
        rules=ledger.rules(),
        price=chosen,
        packs_bought=packs,
        lost=lost_in(ledger, now, period),
    )
    return report, chosen


def report_json(r: MonthReport, chosen: Price | None, lang: str) -> dict[str, Any]:
    iso = verdicts.iso
    return {
        "period": {"label": r.period.label, "start": iso(r.period.start),
                   "end": iso(r.period.end)},
        "spent": r.spent,
        "tasks": r.tasks,
        "grant": r.grant,
        "currency": chosen.currency if chosen else None,
        "credits_per_unit": chosen.credits_per_unit if chosen else None,
        "by_kind": [{"kind": g.key, "tasks": g.tasks, "credits": g.credits,
                     "wasted": g.wasted} for g in r.by_kind],
        "by_project": [{"project": p.project, "tasks": p.tasks, "credits": p.credits,
                        "wasted": p.wasted, "money": p.money} for p in r.by_project],
        "waste": {
            "spent": r.waste.spent,
            "wasted": r.waste.wasted,
            "share": round(r.waste.share, 4),
            "by_outcome": dict(r.waste.by_outcome),
            "by_kind": [{"kind": w.key, "wasted": w.wasted, "spent": w.spent}
                        for w in r.waste_by_kind],
        },
        "envelopes": [{"group": e.group, "used": e.used, "used_percent": e.used_percent,
                       "rule_id": e.rule_id, "limit_percent": e.limit_percent,
                       "limit": e.limit, "over": e.over} for e in r.envelopes],
        "packs_bought": r.packs_bought,
        "lost": r.lost,
        "advice": [verdicts.as_json(v, lang) for v in r.advice],
    }
