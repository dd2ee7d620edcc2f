"""Balances at an instant: replay the ledger from the newest checkpoint before it.

Balances are never stored. A checkpoint (a cached ``LedgerState``) only reflects events
and undos dated at or before its own instant, so it stays valid until something changes
that past: a back-dated event, an undo of an event before it, or a meter edit (each
deletes the checkpoints it touches).
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime, timedelta

from desktopapp.domain.events import Event, Undo
from desktopapp.domain.ledger import LedgerState, PoolState, replay
from desktopapp.domain.meter import Meter
from desktopapp.domain.undo import active_events, in_force
from desktopapp.store import connection, queries
from desktopapp.store.codec import from_ms, state_from_json, state_to_json, to_ms
from desktopapp.store.handle import Db

# A replay longer than this leaves a checkpoint behind so the next status is short.
CHECKPOINT_AFTER_EVENTS = 2_000
# Checkpoints sit this far before ``now``: recent events are the ones likely to be
# back-dated or undone, and each such change would delete a newer checkpoint.
CHECKPOINT_MARGIN = timedelta(hours=1)
# Packs that expired before a checkpoint are folded into this one pool there: their
# credits are gone (balance 0, expired) but the credits they lost still count, and a
# status no longer walks every pack bought in ten years.
EXPIRED_PACKS_POOL = "expired-packs"


def root_target(db: Db, undo: Undo) -> Event | None:
    """The logged event an undo chain finally points at (undo of undo of X -> X)."""
    seen: set[str] = set()
    target = queries.event_by_id(db, undo.target_id)
    while isinstance(target, Undo) and target.origin.id not in seen:
        seen.add(target.origin.id)
        target = queries.event_by_id(db, target.target_id)
    return None if isinstance(target, Undo) else target


def balances_at(db: Db, until: datetime, *, include_at: bool = True) -> LedgerState:
    """Balances at ``until`` from the events dated up to it (inclusive or not).

    Starts from the newest checkpoint; streams events in chunks so a million-event
    ledger is never held in memory at once; leaves a checkpoint behind at
    ``until - CHECKPOINT_MARGIN`` when it had to replay many events to get there.
    """
    until_ms = to_ms(until)
    upper = until_ms if include_at else until_ms - 1
    meters = queries.all_meters(db)  # removed ones count until their removal
    found = queries.latest_checkpoint(db, upper)
    state = state_from_json(found[2]) if found else None
    after_ms = found[0] if found else None
    if after_ms is None:
        undos = in_force(queries.undos_until(db, upper))
    else:
        undos = in_force(queries.undos_after_checkpoint(db, after_ms, upper))
    split_ms: int | None = None
    wanted = min(to_ms(until - CHECKPOINT_MARGIN), upper)
    if (after_ms is None or wanted > after_ms) and queries.count_logs(
        db, after_ms=after_ms, until_ms=wanted
    ) > CHECKPOINT_AFTER_EVENTS:
        split_ms = _checkpoint_instant(db, wanted, after_ms)
    before_split = 0
    chunks = queries.iter_event_chunks(
        db, after_ms=after_ms, until_ms=upper, types=queries.USER_LOG_TYPES
    )
    for chunk in chunks:
        live = active_events([*chunk, *undos])
        if split_ms is not None:
            n = sum(1 for e in live if to_ms(e.origin.at) <= split_ms)
            head, live = live[:n], live[n:]
            if head:
                state = replay(meters, head, until=head[-1].origin.at, start=state)
                before_split += n
            if to_ms(chunk[-1].origin.at) > split_ms:
                state = _close_split(db, meters, state, split_ms, before_split)
                split_ms = None
        if live:
            state = replay(meters, live, until=live[-1].origin.at, start=state)
    if split_ms is not None:
        state = _close_split(db, meters, state, split_ms, before_split)
    return replay(meters, [], until=until, start=state)


def _close_split(
    db: Db, meters: Sequence[Meter], state: LedgerState | None, split_ms: int, replayed: int
) -> LedgerState | None:
    """Advance to the checkpoint instant and save it if the replay was long."""
    if not replayed:
        return state
    state = compact(replay(meters, [], until=from_ms(split_ms), start=state))
    if replayed > CHECKPOINT_AFTER_EVENTS:
        try:
            with connection.transaction(db):
                queries.save_checkpoint(db, split_ms, queries.max_seq(db), state_to_json(state))
        except connection.OperationalError:
            pass  # a cache: busy or read-only file, the next status saves it instead
    return state


def _checkpoint_instant(db: Db, wanted_ms: int, after_ms: int | None) -> int | None:
    """Where a new checkpoint may sit: at most ``wanted_ms``, and before the root of
    any undo dated later (so the checkpoint depends on its own past only)."""
    c = wanted_ms
    if after_ms is not None and c <= after_ms:
        return None
    roots: list[tuple[int, int]] = []  # (undo at, root at)
    for u in queries.all_undos(db):
        if isinstance(u, Undo):
            root = root_target(db, u)
            if root is not None:
                roots.append((to_ms(u.origin.at), to_ms(root.origin.at)))
    # Lowering c brings more undos "after" it into play: repeat until none reaches back.
    for undo_ms, root_ms in sorted(roots, key=lambda r: -r[0]):
        if undo_ms > c and root_ms <= c:
            c = root_ms - 1
    if after_ms is not None and c <= after_ms:
        return None
    return c


def compact(state: LedgerState) -> LedgerState:
    """The state with expired packs folded into EXPIRED_PACKS_POOL (see there)."""
    gone = {p.id for p in state.packs if state.pools[p.id].expired}
    if not gone:
        return state
    pools = {pid: s for pid, s in state.pools.items() if pid not in gone}
    folded = pools.get(EXPIRED_PACKS_POOL)
    lost = sum(state.pools[pid].lost_total for pid in gone)
    pools[EXPIRED_PACKS_POOL] = PoolState(
        pool_id=EXPIRED_PACKS_POOL,
        balance=0,
        last_refill=None,
        next_refill=None,
        lost_total=lost + (folded.lost_total if folded else 0),
        expired=True,
    )
    packs = tuple(p for p in state.packs if p.id not in gone)
    return LedgerState(as_of=state.as_of, pools=pools, packs=packs)
