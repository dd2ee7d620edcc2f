"""Credit pools: meters that refill by a rule, and packs that only expire."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Literal

from desktopapp.domain.schedule import ResetRule

GrantMode = Literal["overwrite", "carry"]
Unit = Literal["credits", "minutes"]


@dataclass(frozen=True)
class Meter:
    """A meter of an account.

    ``overwrite``: at a reset the balance becomes the grant and the leftover is lost
    (Genspark's rule). ``carry``: leftover plus grant, capped at ``cap`` when given.
    ``priority``: lower draws first; None means "credits lost soonest first".
    """

    id: str
    name: str
    grant: int
    rule: ResetRule
    mode: GrantMode = "overwrite"
    cap: int | None = None
    priority: int | None = None
    unit: Unit = "credits"
    account: str = "default"
    created_at: datetime | None = None
    # Removed meters stay in the replay up to this instant, so removing one never moves
    # credits that past spends drew from it onto the meters that remain.
    removed_at: datetime | None = None

    def exists_at(self, at: datetime) -> bool:
        return (self.created_at is None or self.created_at <= at) and (
            self.removed_at is None or at < self.removed_at
        )


@dataclass(frozen=True)
class Pack:
    """Purchased credits on top of a plan; the id is the purchase event's id."""

    id: str
    credits: int
    bought_at: datetime
    expires_at: datetime | None
    account: str = "default"
