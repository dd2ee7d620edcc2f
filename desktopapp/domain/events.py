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
    # A correction of an earlier log: the id of the spend this one replaces (that one is
    # undone in the same transaction). Lists show the new one as "edited".
    replaces: str | None = None


@dataclass(frozen=True)
class Observation:
    """"Balance now" with no task: the meter's balance is this figure from here on.

    ``source`` names where an automatic reading came from (a source's name, e.g.
    "genspark"); None when the user typed it."""

    origin: Origin
    meter_id: str
    balance: int
    note: str | None = None
    source: str | None = None


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
