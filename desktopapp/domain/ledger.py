"""Ledger -> balances. Balances are derived by replaying events over the meters' rules.

A replay can start from a saved ``LedgerState`` (a checkpoint) so a status never sums
the whole history; the store invalidates checkpoints that a back-dated event or an undo
would change.

Rules of the replay:
- Resets due at or before an event apply before it (a spend at exactly 09:00 draws from
  the new grant).
- ``overwrite``: the balance becomes the grant; the leftover is counted as lost.
  ``carry``: leftover + grant per reset, capped at ``cap`` (the overflow is lost).
- A rolling meter's window opens at the first spend after the previous window closed and
  refills when it closes (elapsed hours, DST does not matter). A "balance now" below the
  grant on an idle window opens it at that moment (someone used it without logging).
- A pack's balance is lost when it expires.
- A spend naming a meter draws from that meter only; if the meter is not in the replay
  (removed), it draws from nothing.
- A spend with no meter draws from its account's pools in draw order (meters created
  after the spend excluded), spilling over; what no pool can cover is charged to the
  first pool (its balance goes below zero, which the UI shows as a logging mismatch
  rather than hiding it).
- "Balance now" (``Spend.balance_after`` / ``Observation``) is authoritative.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterable, Iterator, Sequence
from datetime import datetime

from desktopapp.domain.events import (
    Correction,
    Event,
    Observation,
    PackPurchase,
    Spend,
)
from desktopapp.domain.ledger_engine import (
    CORRECTION,
    OBSERVATION,
    PACK,
    SPEND,
    Replayer,
    Step,
    to_us,
)
from desktopapp.domain.ledger_state import (
    EXPIRED_PACKS_POOL,
    FAR_FUTURE,
    LedgerState,
    PoolState,
    initial_state,
)
from desktopapp.domain.meter import Meter

__all__ = [
    "EXPIRED_PACKS_POOL",
    "FAR_FUTURE",
    "LedgerState",
    "PoolState",
    "draw_order",
    "initial_state",
    "replay",
    "start_state",
    "steps",
]


def steps(events: Iterable[Event]) -> Iterator[Step]:
    """Events as the replay reads them (undo tombstones left out: they are resolved
    before the replay, see events.active_events)."""
    for i, e in enumerate(events):
        at = to_us(e.origin.at)
        if isinstance(e, Spend):
            yield (i, at, SPEND, e.account, e.meter_id, e.credits, e.balance_after)
        elif isinstance(e, Observation):
            yield (i, at, OBSERVATION, None, e.meter_id, e.balance, None)
        elif isinstance(e, Correction):
            yield (i, at, CORRECTION, None, e.meter_id, e.delta, None)
        elif isinstance(e, PackPurchase):
            expires = None if e.expires_at is None else to_us(e.expires_at)
            yield (i, at, PACK, e.account, e.origin.id, e.credits, expires)


def start_state(meters: Sequence[Meter], first: datetime | None, until: datetime) -> LedgerState:
    """Where a replay with no saved state starts: every meter full at its creation; a log
    older than every meter draws from none of them (they were not there)."""
    earliest = min((m.created_at for m in meters if m.created_at), default=until)
    if first is not None:
        earliest = min(earliest, first)
    return initial_state(meters, earliest)


def replay(
    meters: Sequence[Meter],
    events: Iterable[Event],
    until: datetime,
    start: LedgerState | None = None,
) -> LedgerState:
    """Balances at ``until`` from ``start`` (or every meter full at its creation).

    ``events`` must be in time order, already stripped of undone events, and all after
    ``start.as_of``; events after ``until`` are ignored.
    """
    stream = iter(events)
    first = next(stream, None)
    if start is None:
        start = start_state(meters, None if first is None else first.origin.at, until)
    work = Replayer(meters, start)
    limit = to_us(until)
    work.feed(itertools.takewhile(
        lambda step: step[1] <= limit,
        steps(itertools.chain(() if first is None else (first,), stream)),
    ))
    work.advance(limit)
    return work.freeze(until)


def draw_order(meters: Sequence[Meter], state: LedgerState, account: str) -> list[str]:
    """Pool ids in the order a spend with no meter draws from them."""
    return Replayer(meters, state).draw_order(account)
