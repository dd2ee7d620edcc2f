"""The replay as it was before it read steps and changed pools in place (PoolState
replaced per change, every event an object): kept only as the reference the fast replay
must agree with (tests/domain/test_ledger_fast.py, tests/store/test_balances_replay.py)."""

from __future__ import annotations

import heapq
import itertools
from collections.abc import Iterable, Sequence
from dataclasses import replace
from datetime import UTC, datetime, timedelta

from desktopapp.domain.events import (
    Correction,
    Event,
    Observation,
    PackPurchase,
    Spend,
    Undo,
)
from desktopapp.domain.ledger_state import LedgerState, PoolState, initial_state
from desktopapp.domain.meter import Meter, Pack
from desktopapp.domain.schedule import Rolling, last_reset, next_reset

_NEVER = datetime.max.replace(tzinfo=UTC)
_TICK = timedelta(microseconds=1)


def _closes(start: datetime, hours: float) -> datetime:
    return start.astimezone(UTC) + timedelta(hours=hours)


def _fresh(meter: Meter, at: datetime) -> PoolState:
    return PoolState(
        pool_id=meter.id,
        balance=meter.grant,
        last_refill=last_reset(meter.rule, at) or at,
        next_refill=next_reset(meter.rule, at),
    )


class _Replay:
    """Mutable working copy; frozen into a LedgerState at the end (speed matters here)."""

    def __init__(self, meters: Sequence[Meter], state: LedgerState) -> None:
        self.meters = {m.id: m for m in meters}
        self.packs: dict[str, Pack] = {p.id: p for p in state.packs}
        self.pools: dict[str, PoolState] = dict(state.pools)
        for m in meters:
            if m.id not in self.pools:
                self.pools[m.id] = _fresh(m, m.created_at or state.as_of)
        self.now = state.as_of
        # Packs not yet expired, and (expiry as naive UTC, id) of those that will: a step
        # looks at the next pack to expire and a draw at the live ones, never at every
        # pack bought in ten years (that made the replay quadratic in history).
        self.live_packs: set[str] = {
            pid for pid in self.packs if not self.pools.get(pid, _GONE).expired
        }
        self.expiries: list[tuple[datetime, str]] = []
        for pid in self.live_packs:
            expires = self.packs[pid].expires_at
            if expires is not None:
                self.expiries.append((expires, pid))
        heapq.heapify(self.expiries)
        # Most events change no refill, expiry or draw order: ``advance`` skips its walk
        # over the pools until ``_due``, and a draw reuses the order it computed last
        # (both forgotten whenever what they depend on changes).
        self._due: datetime | None = None
        self._orders: dict[str, tuple[list[str], datetime]] = {}

    def _changed(self) -> None:
        self._due = None
        self._orders.clear()

    def _next_due(self) -> datetime:
        """The earliest instant at which ``advance`` has anything to do."""
        due = self.expiries[0][0] if self.expiries else _NEVER
        for pid, meter in self.meters.items():
            s = self.pools.get(pid)
            if s is None or s.expired:
                continue
            if meter.removed_at is not None and meter.removed_at < due:
                due = meter.removed_at
            if isinstance(meter.rule, Rolling):
                if s.window_start is not None:
                    closes = _closes(s.window_start, meter.rule.hours)
                    if closes < due:
                        due = closes
            elif s.next_refill is not None and s.next_refill < due:
                due = s.next_refill
        return due

    def _expire(self, pid: str) -> None:
        self.live_packs.discard(pid)
        s = self.pools.get(pid)
        if s is not None and not s.expired:
            self.pools[pid] = replace(
                s, balance=0, lost_total=s.lost_total + max(s.balance, 0), expired=True
            )

    # -- time passing -------------------------------------------------------------
    def advance(self, to: datetime) -> None:
        due = self._due
        if due is None:
            due = self._due = self._next_due()
        if to < due:  # nothing refills, expires or goes before ``to``
            if to > self.now:
                self.now = to
            return
        self._changed()
        while self.expiries and self.expiries[0][0] <= to:
            self._expire(heapq.heappop(self.expiries)[1])
        for pid, meter in self.meters.items():
            s = self.pools.get(pid)
            if s is None:
                continue
            gone_at = meter.removed_at
            removed = gone_at is not None and gone_at <= to
            if removed and s.expired:
                continue
            # A removed meter still refills before its removal instant, never at it,
            # whether the replay steps past the removal in one stride or in many.
            limit = gone_at - _TICK if removed and gone_at is not None else to
            before = s
            if isinstance(meter.rule, Rolling):
                if s.window_start is not None:
                    closes = _closes(s.window_start, meter.rule.hours)
                    if closes <= limit:
                        s = self._refill(meter, s, closes, 1, None)
            elif s.next_refill is not None and s.next_refill <= limit:
                count, last = 0, s.next_refill
                t: datetime | None = s.next_refill
                while t is not None and t <= limit:
                    count, last = count + 1, t
                    t = next_reset(meter.rule, t)
                s = self._refill(meter, s, last, count, t)
            if removed:  # gone from totals and draws from its removal on
                s = replace(s, expired=True)
            if s is not before:
                self.pools[pid] = s
        self.now = max(self.now, to)

    @staticmethod
    def _refill(
        meter: Meter, s: PoolState, at: datetime, count: int, following: datetime | None
    ) -> PoolState:
        if meter.mode == "overwrite":
            # every reset in the stretch loses what was there: the leftover at the first,
            # a whole untouched grant at each one after it
            lost = max(s.balance, 0) + (count - 1) * max(meter.grant, 0)
            balance = meter.grant
        else:
            raw = s.balance + count * meter.grant
            balance = raw if meter.cap is None else min(raw, meter.cap)
            lost = raw - balance
        return replace(
            s,
            balance=balance,
            last_refill=at,
            next_refill=following,
            window_start=None,
            spent_since_refill=0,
            lost_total=s.lost_total + lost,
        )

    # -- draw order -----------------------------------------------------------------
    def draw_order(self, account: str) -> list[str]:
        """Pools of an account, the one whose credits are lost soonest first."""
        cached = self._orders.get(account)
        if cached is not None and self.now < cached[1]:
            return cached[0]
        keyed: list[tuple[int, datetime, int, str, str]] = []
        valid_until = _NEVER  # the next instant a meter of the account comes or goes
        for meter in self.meters.values():
            if meter.account == account:
                for edge in (meter.created_at, meter.removed_at):
                    if edge is not None and self.now < edge < valid_until:
                        valid_until = edge
        for pid, meter in self.meters.items():
            s = self.pools.get(pid)
            if s is None or meter.account != account or meter.unit != "credits":
                continue
            if not meter.exists_at(self.now):
                continue  # not there yet (a back-dated spend), or removed since
            loses_at = s.next_refill if meter.mode == "overwrite" else None
            if isinstance(meter.rule, Rolling) and meter.mode == "overwrite":
                loses_at = _closes(s.window_start or self.now, meter.rule.hours)
            prio = meter.priority if meter.priority is not None else 1_000_000
            keyed.append((prio, loses_at or _NEVER, 0, meter.name, pid))
        for pid in self.live_packs:
            pack = self.packs[pid]
            if pack.account == account and pid in self.pools:
                keyed.append((1_000_000, pack.expires_at or _NEVER, 1, pack.id, pid))
        keyed.sort()
        order = [k[4] for k in keyed]
        self._orders[account] = (order, valid_until)
        return order

    # -- events -----------------------------------------------------------------------
    def apply(self, event: Event) -> None:
        self.advance(event.origin.at)
        if isinstance(event, Spend):
            self._spend(event)
        elif isinstance(event, Observation):
            if not self._exists(event.meter_id, event.origin.at):
                return
            self._set(event.meter_id, event.balance, spent=None)
            meter = self.meters.get(event.meter_id)
            if meter is not None and event.balance < meter.grant:
                # Below full on an idle rolling meter: a window is running that nobody
                # logged; assume it opened now, so it closes at the latest it could.
                self._open_window(event.meter_id, event.origin.at)
        elif isinstance(event, Correction):
            s = self.pools.get(event.meter_id)
            if s is not None and self._exists(event.meter_id, event.origin.at):
                self.pools[event.meter_id] = replace(s, balance=s.balance + event.delta)
        elif isinstance(event, PackPurchase):
            pack = Pack(
                id=event.origin.id,
                credits=event.credits,
                bought_at=event.origin.at,
                expires_at=event.expires_at,
                account=event.account,
            )
            self.packs[pack.id] = pack
            expired = pack.expires_at is not None and pack.expires_at <= event.origin.at
            self.pools[pack.id] = PoolState(
                pool_id=pack.id,
                balance=0 if expired else pack.credits,
                last_refill=event.origin.at,
                next_refill=None,
                expired=expired,
            )
            if not expired:
                self.live_packs.add(pack.id)
                if pack.expires_at is not None:
                    heapq.heappush(self.expiries, (pack.expires_at, pack.id))
                self._changed()
        elif isinstance(event, Undo):
            pass  # tombstones are resolved before the replay (events.active_events)

    def _exists(self, pid: str, at: datetime) -> bool:
        """A back-dated event before its meter was created leaves the meter alone (a new
        meter starts full, or at the balance the user gave when adding it); so does one
        after the meter was removed."""
        meter = self.meters.get(pid)
        return meter is None or meter.exists_at(at)

    def _open_window(self, pid: str, at: datetime) -> None:
        meter = self.meters.get(pid)
        s = self.pools[pid]
        if meter is not None and isinstance(meter.rule, Rolling) and s.window_start is None:
            start = at.astimezone(UTC)
            closes = _closes(start, meter.rule.hours)
            self.pools[pid] = replace(s, window_start=start, next_refill=closes)
            self._changed()

    def _take(self, pid: str, credits: int, at: datetime) -> None:
        self._open_window(pid, at)
        s = self.pools[pid]
        self.pools[pid] = PoolState(  # positional: dataclasses.replace costs 3x more
            s.pool_id,
            s.balance - credits,
            s.last_refill,
            s.next_refill,
            s.window_start,
            s.spent_since_refill + credits,
            s.lost_total,
            s.expired,
        )

    def _set(self, pid: str, balance: int, spent: int | None) -> None:
        s = self.pools.get(pid)
        if s is None:
            return
        extra = spent if spent is not None else 0
        self.pools[pid] = replace(
            s, balance=balance, spent_since_refill=s.spent_since_refill + extra
        )

    def _spend(self, e: Spend) -> None:
        at = e.origin.at
        if e.meter_id is not None:
            # A meter that is not in the replay (removed) drains nothing: spilling its
            # history onto the meters that remain would change their balances.
            if e.meter_id in self.pools and self._exists(e.meter_id, at):
                self._take(e.meter_id, e.credits, at)
                if e.balance_after is not None:
                    self._set(e.meter_id, e.balance_after, spent=0)
            return
        order = self.draw_order(e.account)
        if not order:
            return
        left = e.credits
        for pid in order:
            if left <= 0:
                break
            available = max(self.pools[pid].balance, 0)
            take = min(available, left)
            if take:
                self._take(pid, take, at)
                left -= take
        if left > 0:
            self._take(order[0], left, at)
        if e.balance_after is not None:
            # "Balance now" for the whole account: the first pool absorbs the difference.
            total = sum(self.pools[pid].balance for pid in order)
            first = self.pools[order[0]]
            self.pools[order[0]] = replace(
                first, balance=first.balance + (e.balance_after - total)
            )

    def freeze(self) -> LedgerState:
        packs = tuple(sorted(self.packs.values(), key=lambda p: (p.bought_at, p.id)))
        return LedgerState(as_of=self.now, pools=dict(self.pools), packs=packs)


_GONE = PoolState(pool_id="", balance=0, last_refill=None, next_refill=None, expired=True)


def reference_replay(
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
        earliest = min((m.created_at for m in meters if m.created_at), default=until)
        if first is not None:
            # a log older than every meter draws from none of them (they were not there)
            earliest = min(earliest, first.origin.at)
        start = initial_state(meters, earliest)
    work = _Replay(meters, start)
    for event in itertools.chain(() if first is None else (first,), stream):
        if event.origin.at > until:
            break
        work.apply(event)
    work.advance(until)
    work.now = until
    return work.freeze()
