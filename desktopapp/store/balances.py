"""Balances at an instant: replay the ledger from the newest checkpoint before it.

Balances are never stored. A checkpoint (a cached ``LedgerState``) only reflects events
and undos dated at or before its own instant and meters as configured, so it stays valid
until something changes that past, and each change deletes only the checkpoints it
touches (``invalidate_from``):

- a log dated ``t`` (back-dated or not): checkpoints from ``t`` on;
- an undo: from its root target's instant on (undo of undo of X reaches back to X);
- a meter added, edited or removed: from its creation (an edit is config applied to the
  meter's whole life) or its removal on. A checkpoint older than a meter holds nothing
  of it that counts: a meter created after a checkpoint starts fresh when replayed from
  there (``_usable`` drops any copy an older edit left behind).

A long replay saves a checkpoint every ``CHECKPOINT_EVERY`` events on its way, so the
next status after any of those changes replays a short stretch, not the whole history.
"""

from __future__ import annotations

import bisect
from collections.abc import Iterable, Sequence
from datetime import datetime, timedelta

from desktopapp.domain.events import Event, Undo
from desktopapp.domain.ledger import EXPIRED_PACKS_POOL, LedgerState, PoolState, start_state
from desktopapp.domain.ledger_engine import Replayer, Step, from_us, to_us
from desktopapp.domain.meter import Meter
from desktopapp.domain.undo import cancelled_ids, in_force, in_order
from desktopapp.store import balances_rows, checkpoints_table, connection, meters_table, queries
from desktopapp.store.codec import from_ms, state_from_json, state_to_json, to_ms
from desktopapp.store.handle import Db

__all__ = [
    "CHECKPOINT_AFTER_EVENTS",
    "CHECKPOINT_EVERY",
    "EXPIRED_PACKS_POOL",
    "balances_at",
    "compact",
    "invalidate_for_meter",
    "invalidate_for_new_events",
    "invalidate_from",
    "root_target",
]

# A replay longer than this leaves a checkpoint behind so the next status is short.
CHECKPOINT_AFTER_EVENTS = 2_000
# ... and one every this many events on the way: a later change in the middle of a long
# history then costs a replay from the checkpoint just before it, not from the start.
CHECKPOINT_EVERY = 25_000
# Checkpoints sit this far before ``now``: recent events are the ones likely to be
# back-dated or undone, and each such change would delete a newer checkpoint.
CHECKPOINT_MARGIN = timedelta(hours=1)
# ... and a few more this far before it: a log back-dated a day or a week, or a meter
# added lately and then edited, replays from just before, not 25,000 events back.
CHECKPOINT_LADDER = (timedelta(days=1), timedelta(days=3), timedelta(days=7),
                     timedelta(days=30))


def root_target(db: Db, undo: Undo) -> Event | None:
    """The logged event an undo chain finally points at (undo of undo of X -> X)."""
    seen: set[str] = set()
    target = queries.event_by_id(db, undo.target_id)
    while isinstance(target, Undo) and target.origin.id not in seen:
        seen.add(target.origin.id)
        target = queries.event_by_id(db, target.target_id)
    return None if isinstance(target, Undo) else target


# -- invalidation ------------------------------------------------------------------------


def invalidate_from(db: Db, at_ms: int) -> None:
    """Drop the checkpoints whose past changed at ``at_ms`` (the earlier ones stay)."""
    checkpoints_table.delete_checkpoints_from(db, at_ms)


def invalidate_for_meter(db: Db, meter: Meter, *, removed_ms: int | None = None) -> None:
    """After a meter was added or edited (from its creation on) or removed (from then)."""
    if removed_ms is not None:
        invalidate_from(db, removed_ms)
    elif meter.created_at is not None:
        invalidate_from(db, to_ms(meter.created_at))
    else:
        checkpoints_table.delete_all_checkpoints(db)


def invalidate_for_new_events(db: Db, after_seq: int) -> None:
    """After events with ``seq > after_seq`` were written in bulk (an import): from the
    earliest of them, or of the logs their undos reach back to."""
    earliest = queries.min_at_after_seq(db, after_seq)
    if earliest is None:
        return
    for _undo_ms, root_ms in balances_rows.undo_roots(db, after_seq):
        earliest = min(earliest, root_ms)
    invalidate_from(db, earliest)


# -- replay ---------------------------------------------------------------------------------


def balances_at(db: Db, until: datetime, *, include_at: bool = True) -> LedgerState:
    """Balances at ``until`` from the events dated up to it (inclusive or not).

    Starts from the newest checkpoint; streams events in chunks so a million-event
    ledger is never held in memory at once; when it had to replay many events it
    leaves checkpoints behind, every ``CHECKPOINT_EVERY`` events and near
    ``until - CHECKPOINT_MARGIN``.
    """
    until_ms = to_ms(until)
    upper = until_ms if include_at else until_ms - 1
    # Read first: a change committed after this point (another thread or process) makes
    # this replay's checkpoints stale, and the epoch then keeps them out of the file.
    epoch = checkpoints_table.checkpoint_epoch(db)
    meters = meters_table.all_meters(db)  # removed ones count until their removal
    found = checkpoints_table.latest_checkpoint(db, upper)
    state = _usable(state_from_json(found[2]), meters) if found else None
    after_ms = found[0] if found else None
    if after_ms is None:
        undos = in_force(queries.undos_until(db, upper))
    else:
        undos = in_force(queries.undos_after_checkpoint(db, after_ms, upper))
    # the logs those undos cancel (events.active_events' rule), by sequence number
    undone = balances_rows.seqs_of(db, cancelled_ids(
        (u.origin.id, u.target_id) for u in in_order(undos) if isinstance(u, Undo)
    ))
    wanted = min(to_ms(until - CHECKPOINT_MARGIN), upper)
    splits = _split_points(db, after_ms, wanted)
    run = _Run(db, meters, state, epoch)
    for chunk in balances_rows.iter_steps(db, after_ms=after_ms, until_ms=upper):
        live = [r for r in chunk if r[0] not in undone] if undone else chunk
        last_us = chunk[-1][1]
        if splits and splits[0] * 1000 < last_us:
            keys = [r[1] for r in live]
            done = 0
            while splits and splits[0] * 1000 < last_us:
                split_ms = splits.pop(0)
                n = bisect.bisect_right(keys, split_ms * 1000, lo=done)
                run.feed(live[done:n])
                run.split(split_ms)
                done = n
            live = live[done:]
        run.feed(live)
    if splits and run.replayed:
        run.split(splits[-1])
    return run.finish(until)


class _Run:
    """One replay over the store's steps from a state (or from the start), leaving a
    checkpoint at each split point when it replayed many events."""

    def __init__(
        self, db: Db, meters: Sequence[Meter], state: LedgerState | None, epoch: int
    ) -> None:
        self.db = db
        self.meters = meters
        self.epoch = epoch  # checkpoint_epoch when the replay began
        self.work = None if state is None else Replayer(meters, state)
        self.replayed = 0  # events since the replay's start, for the "long replay" rule

    def feed(self, steps: Sequence[Step]) -> None:
        if not steps:
            return
        if self.work is None:
            first = from_us(steps[0][1])
            self.work = Replayer(self.meters, start_state(self.meters, first, first))
        self.replayed += self.work.feed(steps)

    def split(self, at_ms: int) -> None:
        """Advance to the checkpoint instant and save it there if the replay was long."""
        if self.work is None:
            return  # nothing replayed yet and no state to start from: nothing to save
        self.work.advance(at_ms * 1000)
        state = compact(self.work.freeze(from_ms(at_ms)))
        if self.replayed > CHECKPOINT_AFTER_EVENTS:
            try:
                with connection.transaction(self.db):
                    checkpoints_table.save_checkpoint(
                        self.db, at_ms, queries.max_seq(self.db), state_to_json(state),
                        epoch=self.epoch,
                    )
            except connection.OperationalError:
                pass  # a cache: busy or read-only file, the next status saves it instead
        # go on from the saved state itself (expired packs folded), as a status that
        # starts from this checkpoint later will
        self.work = Replayer(self.meters, state)

    def finish(self, until: datetime) -> LedgerState:
        work = self.work or Replayer(self.meters, start_state(self.meters, None, until))
        work.advance(to_us(until))
        return work.freeze(until)


def _split_points(db: Db, after_ms: int | None, wanted_ms: int) -> list[int]:
    """Where checkpoints may sit on this replay, oldest first: every CHECKPOINT_EVERY
    events and one at ``wanted_ms``; each moved before any undo dated later whose root
    is at or before it (so a checkpoint depends on its own past only)."""
    if after_ms is not None and wanted_ms <= after_ms:
        return []
    if not balances_rows.logs_more_than(
        db, after_ms=after_ms, until_ms=wanted_ms, count=CHECKPOINT_AFTER_EVENTS
    ):
        return []
    candidates = balances_rows.instants_every(
        db, after_ms=after_ms, until_ms=wanted_ms, every=max(CHECKPOINT_EVERY, 1)
    )
    # an instant shared by logs on both sides cannot split them: step back before it
    candidates = [c - 1 for c in candidates]
    candidates += [wanted_ms - int(step.total_seconds() * 1000) for step in CHECKPOINT_LADDER]
    candidates.append(wanted_ms)
    reach = _undo_reach(db)
    out: list[int] = []
    for c in sorted(set(candidates)):
        c = _before_reaching_undos(c, reach)
        if (after_ms is None or c > after_ms) and (not out or c > out[-1]):
            out.append(c)
    return out


def _undo_reach(db: Db) -> list[tuple[int, int]]:
    """(undo instant, root instant) of every undo that reaches back in time, newest
    undo first."""
    reach = {(u, r) for u, r in balances_rows.undo_roots(db) if r < u}
    return sorted(reach, key=lambda ur: (-ur[0], ur[1]))


def _before_reaching_undos(c: int, reach: Iterable[tuple[int, int]]) -> int:
    # Lowering c brings more undos "after" it into play: newest first, one pass.
    for undo_ms, root_ms in reach:
        if undo_ms > c and root_ms <= c:
            c = root_ms - 1
    return c


def _usable(state: LedgerState, meters: Sequence[Meter]) -> LedgerState:
    """A checkpoint without the pools of meters created after it: those start fresh
    when the replay reaches them, as configured now (an edit may have changed them)."""
    later = {m.id for m in meters if m.created_at is not None and m.created_at > state.as_of}
    if not later & state.pools.keys():
        return state
    pools = {pid: s for pid, s in state.pools.items() if pid not in later}
    return LedgerState(as_of=state.as_of, pools=pools, packs=state.packs)


def compact(state: LedgerState) -> LedgerState:
    """The state with expired packs folded into EXPIRED_PACKS_POOL (keeps a checkpoint
    small: their credits are gone, what they lost still counts)."""
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
