"""Wasted credits: what failed, retaken and abandoned runs cost.

The seed article's closing point is that the winners cut wasted credits rather than buy
more, so waste is shown per kind, per project, per period and as a share of all spend.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Literal

from desktopapp.domain.events import WASTE_OUTCOMES, Spend
from desktopapp.domain.history import By, key_of

PeriodBy = Literal["day", "week", "month"]


@dataclass(frozen=True)
class WasteLine:
    key: str | None
    spent: int  # all credits of the group
    wasted: int
    by_outcome: Mapping[str, int]  # failed / retake / abandoned -> credits

    @property
    def share(self) -> float:
        return self.wasted / self.spent if self.spent else 0.0


@dataclass(frozen=True)
class Waste:
    total: WasteLine
    by_kind: tuple[WasteLine, ...]
    by_project: tuple[WasteLine, ...]
    by_period: tuple[WasteLine, ...]


def waste_lines(spends: Iterable[Spend], by: By, *, tz: str) -> tuple[WasteLine, ...]:
    """Per key, largest waste first (time keys oldest first). Keys with no waste are kept:
    a kind that never fails is worth seeing too."""
    spent: dict[str | None, int] = {}
    outcomes: dict[str | None, dict[str, int]] = {}
    for s in spends:
        k = key_of(s, by, tz)
        spent[k] = spent.get(k, 0) + s.credits
        bucket = outcomes.setdefault(k, {})
        if s.outcome in WASTE_OUTCOMES:
            bucket[s.outcome] = bucket.get(s.outcome, 0) + s.credits
    lines = [WasteLine(k, spent[k], sum(outcomes[k].values()), outcomes[k]) for k in spent]
    if by in ("day", "week", "month"):
        lines.sort(key=lambda w: w.key or "")
    else:
        lines.sort(key=lambda w: (-w.wasted, -w.spent, w.key is None, w.key or ""))
    return tuple(lines)


def total_waste(spends: Iterable[Spend]) -> WasteLine:
    spent = 0
    outcomes: dict[str, int] = {}
    for s in spends:
        spent += s.credits
        if s.outcome in WASTE_OUTCOMES:
            outcomes[s.outcome] = outcomes.get(s.outcome, 0) + s.credits
    return WasteLine(None, spent, sum(outcomes.values()), outcomes)


def waste(spends: Iterable[Spend], *, tz: str, period: PeriodBy = "month") -> Waste:
    items = list(spends)
    return Waste(
        total=total_waste(items),
        by_kind=waste_lines(items, "kind", tz=tz),
        by_project=waste_lines(items, "project", tz=tz),
        by_period=waste_lines(items, period, tz=tz),
    )
