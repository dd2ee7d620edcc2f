"""The "range" line, like a car's fuel range: what the balance still buys.

At the user's own typical cost per kind ("≈ 1 video · 7 slide decks · 90 chats"). Only
kinds the user has logged often enough count: a range built from the article's defaults
would look precise and be a guess, so with too little history the answer says so.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from desktopapp.domain.estimate import Estimate

MIN_SAMPLES = 3  # own successful runs before a kind's typical cost is worth quoting
MAX_ITEMS = 3
EXAMPLE_KINDS = ("video", "slides", "chat")  # a heavy, a regular and a near-free kind


@dataclass(frozen=True)
class RangeItem:
    kind: str
    count: int  # how many more runs the balance covers at the typical cost
    typical: int


@dataclass(frozen=True)
class FuelRange:
    balance: int
    items: tuple[RangeItem, ...]

    @property
    def enough_history(self) -> bool:
        return bool(self.items)


def candidate_kinds(recent: Iterable[str], limit: int = 6) -> list[str]:
    """The kinds worth estimating: the user's recent ones, then the classic examples."""
    out: list[str] = []
    for kind in [*recent, *EXAMPLE_KINDS]:
        if kind not in out:
            out.append(kind)
        if len(out) >= limit:
            break
    return out


def fuel_range(
    balance: int,
    estimates: Iterable[Estimate | None],
    *,
    min_samples: int = MIN_SAMPLES,
    max_items: int = MAX_ITEMS,
) -> FuelRange:
    """Up to ``max_items`` kinds with enough own history, the most expensive first."""
    usable = [
        e
        for e in estimates
        if e is not None and e.samples >= min_samples and e.typical > 0
    ]
    usable.sort(key=lambda e: (-e.typical, e.kind))
    seen: set[str] = set()
    items: list[RangeItem] = []
    for e in usable:
        if e.kind in seen:
            continue
        seen.add(e.kind)
        items.append(RangeItem(e.kind, max(0, balance) // e.typical, e.typical))
        if len(items) >= max_items:
            break
    return FuelRange(balance=balance, items=tuple(items))
