"""What a replay produces (and a checkpoint saves): every pool's state at an instant."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime

from desktopapp.domain.meter import Meter, Pack
from desktopapp.domain.schedule import last_reset, next_reset

FAR_FUTURE = datetime.max.replace(tzinfo=None)
# A saved state (checkpoint) folds expired packs into this one pool: their credits are
# gone (balance 0, expired) but what they lost still counts (see store.balances.compact).
EXPIRED_PACKS_POOL = "expired-packs"


@dataclass(frozen=True)
class PoolState:
    """One pool's derived state at ``LedgerState.as_of``."""

    pool_id: str
    balance: int
    last_refill: datetime | None  # last reset (or creation / purchase)
    next_refill: datetime | None  # meters only; None for never / idle rolling
    window_start: datetime | None = None  # rolling meters with an open window
    spent_since_refill: int = 0
    lost_total: int = 0
    expired: bool = False


@dataclass(frozen=True)
class LedgerState:
    as_of: datetime
    pools: Mapping[str, PoolState]
    packs: tuple[Pack, ...] = ()

    def balance(self, pool_id: str) -> int:
        return self.pools[pool_id].balance

    def total(self, account: str | None = None, meters: Sequence[Meter] = ()) -> int:
        """Sum of live balances; limited to one account when given."""
        ids: set[str] | None = None
        if account is not None:
            ids = {m.id for m in meters if m.account == account}
            ids |= {p.id for p in self.packs if p.account == account}
        return sum(
            s.balance
            for pid, s in self.pools.items()
            if not s.expired and (ids is None or pid in ids)
        )


def initial_state(meters: Sequence[Meter], at: datetime) -> LedgerState:
    """Every meter full at ``at`` (a new meter starts full unless the user says otherwise)."""
    pools = {m.id: fresh(m, m.created_at or at) for m in meters}
    return LedgerState(as_of=at, pools=pools)


def fresh(meter: Meter, at: datetime) -> PoolState:
    """A meter's pool as it starts at ``at``: full, last refilled at its last reset."""
    return PoolState(
        pool_id=meter.id,
        balance=meter.grant,
        last_refill=last_reset(meter.rule, at) or at,
        next_refill=next_reset(meter.rule, at),
    )
