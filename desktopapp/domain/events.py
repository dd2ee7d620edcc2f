"""Ledger events: append-only facts, each with a stable id and who/where made it.

Events are never updated in place; an undo is a new event pointing at its target, and
undoing an undo brings the target back (redo). That keeps logs mergeable across devices.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Literal

Outcome = Literal["ok", "failed", "retake", "abandoned"]
OUTCOMES: tuple[Outcome, ...] = ("ok", "failed", "retake", "abandoned")
WASTE_OUTCOMES: frozenset[str] = frozenset({"failed", "retake", "abandoned"})


@dataclass(frozen=True)
class Origin:
    id: str
    at: datetime
    device: str
    member: str


@dataclass(frozen=True)
class Spend:
    """A finished task. ``balance_after`` is set when the user logged "balance now":
    the balance becomes that figure (authoritative) and ``credits`` holds the derived cost."""

    origin: Origin
    kind: str
    credits: int
    meter_id: str | None = None
    project: str | None = None
    outcome: Outcome = "ok"
    note: str | None = None
    size: float | None = None
    balance_after: int | None = None
    account: str = "default"


@dataclass(frozen=True)
class Observation:
    """"Balance now" with no task: the meter's balance is this figure from here on."""

    origin: Origin
    meter_id: str
    balance: int
    note: str | None = None


@dataclass(frozen=True)
class PackPurchase:
    origin: Origin
    credits: int
    expires_at: datetime | None = None
    account: str = "default"
    note: str | None = None


@dataclass(frozen=True)
class Correction:
    """Adds ``delta`` (may be negative) to a meter, e.g. a refund the platform granted."""

    origin: Origin
    meter_id: str
    delta: int
    note: str | None = None


@dataclass(frozen=True)
class Undo:
    """Tombstone: the target counts as never logged. Undoing an Undo restores its target."""

    origin: Origin
    target_id: str


Event = Spend | Observation | PackPurchase | Correction | Undo


def active_events(events: list[Event]) -> list[Event]:
    """The events still in force after applying undo tombstones, Undo events removed.

    Undo chains resolve newest first: an undo that is itself undone has no effect.
    ``events`` must be in recorded order (the store's sequence) for same-instant ties.
    """
    by_id = {e.origin.id: e for e in events}
    cancelled: set[str] = set()
    # Ties in time keep the order the events were recorded in (the caller's order), so an
    # undo and a redo made within the same millisecond still resolve the way they were made.
    ranked = sorted(
        ((e.origin.at, i, e) for i, e in enumerate(events) if isinstance(e, Undo)),
        key=lambda r: (r[0], r[1]),
        reverse=True,
    )
    for _, _, u in ranked:
        if u.origin.id in cancelled:
            continue
        if u.target_id in by_id:
            cancelled.add(u.target_id)
    return [e for e in events if not isinstance(e, Undo) and e.origin.id not in cancelled]
