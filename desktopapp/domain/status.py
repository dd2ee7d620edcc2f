"""What the tray and `creditfuel status` show: per meter and per pack, as of an instant."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from desktopapp.domain.ledger import LedgerState
from desktopapp.domain.meter import GrantMode, Meter, Unit
from desktopapp.domain.schedule import Rolling, rule_zone


@dataclass(frozen=True)
class MeterStatus:
    meter_id: str
    name: str
    account: str
    balance: int
    grant: int
    mode: GrantMode
    unit: Unit
    family: str
    zone: str
    next_reset: datetime | None  # first reset strictly after now, in the rule's zone
    seconds_to_reset: int | None
    last_refill: datetime | None
    spent_since_refill: int
    idle_window: bool  # rolling meter with no open window: full, starts on first use

    @property
    def fraction(self) -> float:
        """Fill level 0..1 for the gauge (a balance above the grant shows full)."""
        if self.grant <= 0:
            return 0.0
        return max(0.0, min(1.0, self.balance / self.grant))


@dataclass(frozen=True)
class PackStatus:
    pack_id: str
    account: str
    credits: int
    credits_left: int
    bought_at: datetime
    expires_at: datetime | None
    expired: bool


@dataclass(frozen=True)
class Status:
    as_of: datetime
    meters: tuple[MeterStatus, ...]
    packs: tuple[PackStatus, ...]
    # The last known figures, shown while a long replay brings them up to date
    # (the tray never replays a long history on its UI thread).
    updating: bool = False

    @property
    def total(self) -> int:
        return sum(m.balance for m in self.meters if m.unit == "credits") + sum(
            p.credits_left for p in self.packs if not p.expired
        )

    @property
    def next_refill(self) -> MeterStatus | None:
        """The meter that refills soonest (what the tray's countdown shows)."""
        timed = [(m.next_reset, i) for i, m in enumerate(self.meters) if m.next_reset]
        return self.meters[min(timed)[1]] if timed else None


def _ceil_seconds(left: timedelta) -> int:
    """Whole seconds, rounded up: "0 s to go" only once the reset has happened."""
    return -(-left // timedelta(seconds=1))


def build_status(meters: Sequence[Meter], state: LedgerState, now: datetime) -> Status:
    rows: list[MeterStatus] = []
    for m in meters:
        pool = state.pools.get(m.id)
        if pool is None:
            continue
        zone = rule_zone(m.rule)
        nxt = pool.next_refill
        if nxt is not None and nxt <= now:  # a state not yet advanced to now
            nxt = None
        idle = isinstance(m.rule, Rolling) and pool.window_start is None
        rows.append(
            MeterStatus(
                meter_id=m.id,
                name=m.name,
                account=m.account,
                balance=pool.balance,
                grant=m.grant,
                mode=m.mode,
                unit=m.unit,
                family=m.rule.family,
                zone=zone,
                next_reset=nxt.astimezone(ZoneInfo(zone)) if nxt else None,
                seconds_to_reset=_ceil_seconds(nxt - now) if nxt else None,
                last_refill=pool.last_refill,
                spent_since_refill=pool.spent_since_refill,
                idle_window=idle,
            )
        )
    packs = tuple(
        PackStatus(
            pack_id=p.id,
            account=p.account,
            credits=p.credits,
            credits_left=state.pools[p.id].balance,
            bought_at=p.bought_at,
            expires_at=p.expires_at,
            expired=state.pools[p.id].expired,
        )
        for p in state.packs
        if p.id in state.pools
    )
    return Status(as_of=now, meters=tuple(rows), packs=packs)
