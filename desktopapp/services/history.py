"""Where the credits went: ``creditfuel history`` and the Fuel history window.

Days are LOCAL days in the user's zone (``services.preferences.user_zone``) for both
faces; money uses the user's price (``services.report.price``); the window's forecast is
``services.forecast.forecasts``, the same as ``creditfuel forecast``.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any

from desktopapp.domain.costing import Price, ProjectCost, cost_by_project
from desktopapp.domain.estimate import Estimate, estimate
from desktopapp.domain.events import Spend
from desktopapp.domain.forecast import Forecast
from desktopapp.domain.history import (
    By,
    Group,
    billing_period,
    fill_days,
    group_spends,
    key_of,
    last_days,
    local_day,
)
from desktopapp.domain.waste import Waste, waste
from desktopapp.services import forecast, verdicts
from desktopapp.services.preferences import user_zone
from desktopapp.services.report import price
from desktopapp.store.ledger_file import LedgerFile

MAX_DAYS = 3660
MIN_TASKS = 3  # below this a period says "not enough history yet"


# -- creditfuel history ---------------------------------------------------------------
@dataclass(frozen=True)
class Table:
    since: datetime
    until: datetime
    tz: str
    days: int
    by: By
    groups: tuple[Group, ...]

    @property
    def tasks(self) -> int:
        return sum(g.tasks for g in self.groups)

    @property
    def credits(self) -> int:
        return sum(g.credits for g in self.groups)

    @property
    def wasted(self) -> int:
        return sum(g.wasted for g in self.groups)


def table(ledger: LedgerFile, now: datetime, days: int, by: By = "day") -> Table:
    """The last ``days`` local days (today included), grouped ``by``; every day listed."""
    tz = user_zone(ledger)
    since, until = last_days(now, days, tz)
    groups = group_spends(ledger.spends(since=since, until=until), by, tz=tz)
    if by == "day":
        groups = fill_days(groups, local_day(since, tz), local_day(until, tz))
    return Table(since, until, tz, days, by, groups)


def table_json(t: Table) -> dict[str, Any]:
    return {
        "since": verdicts.iso(t.since),
        "until": verdicts.iso(t.until),
        "tz": t.tz,
        "days": t.days,
        "by": t.by,
        "groups": [{"key": g.key, "tasks": g.tasks, "credits": g.credits,
                    "wasted": g.wasted} for g in t.groups],
        "total": {"tasks": t.tasks, "credits": t.credits, "wasted": t.wasted},
    }


# -- the burn chart ---------------------------------------------------------------------
@dataclass(frozen=True)
class BurnData:
    days: tuple[date, ...]
    kinds: tuple[str, ...]  # stack order, bottom first: most credits first
    credits: dict[str, tuple[int, ...]]  # per kind, one value per day

    def total(self, index: int) -> int:
        return sum(self.credits[k][index] for k in self.kinds)

    @property
    def peak(self) -> int:
        return max((self.total(i) for i in range(len(self.days))), default=0)

    @property
    def grand_total(self) -> int:
        return sum(self.total(i) for i in range(len(self.days)))


def burn_data(spends: Sequence[Spend], first: date, last: date, tz: str) -> BurnData:
    """Credits per local day and kind between ``first`` and ``last`` (inclusive)."""
    days = tuple(first + timedelta(days=i) for i in range((last - first).days + 1))
    kinds = [g.key for g in group_spends(spends, "kind", tz=tz) if g.key]
    credits: dict[str, tuple[int, ...]] = {}
    for kind in kinds:
        mine = [s for s in spends if key_of(s, "kind", tz) == kind]
        filled = fill_days(group_spends(mine, "day", tz=tz), first, last)
        credits[kind] = tuple(g.credits for g in filled)
    return BurnData(days, tuple(kinds), credits)


# -- the Fuel history window ---------------------------------------------------------
@dataclass(frozen=True)
class KindLine:
    kind: str
    tasks: int
    credits: int
    estimate: Estimate | None


@dataclass(frozen=True)
class Figures:
    """What the window shows for one period."""

    since: datetime
    until: datetime
    tz: str
    days: int
    spends: tuple[Spend, ...]
    kinds: tuple[KindLine, ...]
    waste: Waste
    forecasts: tuple[Forecast, ...]
    price: Price | None
    projects: tuple[ProjectCost, ...]
    burn: BurnData

    @property
    def enough(self) -> bool:
        return len(self.spends) >= MIN_TASKS


def figures(ledger: LedgerFile, now: datetime, period: str, lang: str) -> Figures:
    """``period``: "30" or "90" local days, or "billing" (this billing month)."""
    tz = user_zone(ledger)
    if period == "billing":
        since = billing_period(ledger.meters(), now, tz).start
    else:
        since, _ = last_days(now, 90 if period == "90" else 30, tz)
    days = (local_day(now, tz) - local_day(since, tz)).days + 1
    spends = tuple(ledger.spends(since=since, until=now))
    kinds = tuple(
        KindLine(g.key, g.tasks, g.credits,
                 estimate(spends, g.key, now=now, window_days=max(days, 1)))
        for g in group_spends(spends, "kind", tz=tz) if g.key is not None
    )
    chosen = price(ledger, lang, ledger.meters())
    return Figures(
        since=since,
        until=now,
        tz=tz,
        days=days,
        spends=spends,
        kinds=kinds,
        waste=waste(spends, tz=tz),
        forecasts=forecast.forecasts(ledger, now),
        price=chosen,
        projects=cost_by_project(spends, chosen),
        burn=burn_data(spends, local_day(since, tz), local_day(now, tz), tz),
    )
