"""The replay's working state: mutable while it runs, frozen into a LedgerState at the end.

A status after a change that dropped every checkpoint replays the whole history (a
million events for a team), so the per-event path is kept small: it reads plain tuples
(``Step``) rather than event objects, keeps instants as integer microseconds since the
epoch (exact: a datetime holds microseconds), changes pools in place, and turns to
datetimes and reset rules only when a refill, an expiry or a window is due. The rules it
follows are in ``desktopapp.domain.ledger``'s docstring.
"""

from __future__ import annotations

import heapq
from collections.abc import Iterable, Sequence
from datetime import UTC, datetime, timedelta

from desktopapp.domain.ledger_state import LedgerState, PoolState, fresh
from desktopapp.domain.meter import Meter, Pack
from desktopapp.domain.schedule import Rolling, next_reset

EPOCH = datetime(1970, 1, 1, tzinfo=UTC)
_US = timedelta(microseconds=1)
_NEVER = datetime.max.replace(tzinfo=UTC)  # draw-order keys compare aware instants
_TICK = timedelta(microseconds=1)  # the smallest step: "before" an instant, not at it
NEVER_US = 2**62  # later than any datetime, in microseconds
_UNKNOWN = -NEVER_US  # "when is the next refill due" must be worked out again

# What a step is: a spend, "balance now" (observation), a correction or a pack bought.
SPEND, OBSERVATION, CORRECTION, PACK = 0, 1, 2, 3
# One event as the replay reads it:
#   (order key, unused here; instant in microseconds since the epoch; what (above);
#    account of a spend or pack, None for the default one; the meter a spend,
#    observation or correction names, or the pack's id; amount (a spend's or pack's
#    credits, an observation's balance, a correction's delta); a spend's balance after,
#    or the pack's expiry in microseconds)
Step = tuple[int, int, int, str | None, str | None, int, int | None]


def to_us(t: datetime) -> int:
    return (t - EPOCH) // _US


def from_us(us: int) -> datetime:
    return EPOCH + timedelta(microseconds=us)


def _closes(start: datetime, hours: float) -> datetime:
    """When a window opened at ``start`` closes: elapsed hours, so computed in UTC (adding
    to a zone-aware datetime in Python moves the wall clock, an hour off across DST)."""
    return start.astimezone(UTC) + timedelta(hours=hours)


class _Pool:
    """A PoolState being worked on (a frozen one per change cost more than the rest)."""

    __slots__ = ("balance", "expired", "last_refill", "lost", "next_refill", "pool_id",
                 "spent", "window", "window_start")

    def __init__(self, s: PoolState, window: float | None = None) -> None:
        self.pool_id = s.pool_id
        self.balance = s.balance
        self.last_refill = s.last_refill
        self.next_refill = s.next_refill
        self.window_start = s.window_start
        self.spent = s.spent_since_refill
        self.lost = s.lost_total
        self.expired = s.expired
        self.window = window  # hours, for a rolling meter's pool

    def freeze(self) -> PoolState:
        return PoolState(self.pool_id, self.balance, self.last_refill, self.next_refill,
                         self.window_start, self.spent, self.lost, self.expired)


class Replayer:
    """Replays steps over the meters from a state; ``freeze`` gives the LedgerState."""

    def __init__(self, meters: Sequence[Meter], state: LedgerState) -> None:
        self.meters = {m.id: m for m in meters}
        # (created, removed) in microseconds: when each meter exists, [created, removed)
        self._span = {
            m.id: (-NEVER_US if m.created_at is None else to_us(m.created_at),
                   NEVER_US if m.removed_at is None else to_us(m.removed_at))
            for m in meters
        }
        self.packs: dict[str, Pack] = {p.id: p for p in state.packs}
        self.pools: dict[str, _Pool] = {}
        for pid, s in state.pools.items():
            self.pools[pid] = _Pool(s, _hours(self.meters.get(pid)))
        for m in meters:
            if m.id not in self.pools:
                self.pools[m.id] = _Pool(fresh(m, m.created_at or state.as_of), _hours(m))
        self.now = to_us(state.as_of)
        # Packs not yet expired, and (expiry, id) of those that will: a step looks at the
        # next pack to expire and a draw at the live ones, never at every pack bought in
        # ten years (that made the replay quadratic in history).
        self.live_packs: set[str] = {
            pid for pid in self.packs if pid in self.pools and not self.pools[pid].expired
        }
        self.expiries: list[tuple[datetime, str]] = []
        for pid in self.live_packs:
            expires = self.packs[pid].expires_at
            if expires is not None:
                self.expiries.append((expires, pid))
        heapq.heapify(self.expiries)
        # Most steps change no refill, expiry or draw order: ``advance`` skips its walk
        # over the pools until ``_due``, and a draw reuses the order it computed last
        # (both forgotten whenever what they depend on changes).
        self._due = _UNKNOWN
        self._orders: dict[str, tuple[list[str], list[_Pool], int]] = {}

    def _changed(self) -> None:
        self._due = _UNKNOWN
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
            s.lost += max(s.balance, 0)
            s.balance = 0
            s.expired = True

    # -- time passing -------------------------------------------------------------
    def advance(self, until: int) -> None:
        """Apply every refill, expiry and removal due at or before ``until`` (microseconds)."""
        if self._due == _UNKNOWN:
            self._due = min(to_us(self._next_due()), NEVER_US - 1)
        if until < self._due:  # nothing refills, expires or goes before ``until``
            if until > self.now:
                self.now = until
            return
        self._changed()
        to = from_us(until)
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
            if isinstance(meter.rule, Rolling):
                if s.window_start is not None:
                    closes = _closes(s.window_start, meter.rule.hours)
                    if closes <= limit:
                        _refill(meter, s, closes, 1, None)
            elif s.next_refill is not None and s.next_refill <= limit:
                count, last = 0, s.next_refill
                t: datetime | None = s.next_refill
                while t is not None and t <= limit:
                    count, last = count + 1, t
                    t = next_reset(meter.rule, t)
                _refill(meter, s, last, count, t)
            if removed:  # gone from totals and draws from its removal on
                s.expired = True
        self.now = max(self.now, until)

    # -- draw order -----------------------------------------------------------------
    def draw_order(self, account: str) -> list[str]:
        """Pools of an account, the one whose credits are lost soonest first."""
        return self._order(account)[0]

    def _order(self, account: str) -> tuple[list[str], list[_Pool], int]:
        cached = self._orders.get(account)
        if cached is not None and self.now < cached[2]:
            return cached
        now = self.now
        keyed: list[tuple[int, datetime, int, str, str]] = []
        valid_until = NEVER_US  # the next instant a meter of the account comes or goes
        for pid, meter in self.meters.items():
            if meter.account != account:
                continue
            created, removed = self._span[pid]
            for edge in (created, removed):
                if now < edge < valid_until:
                    valid_until = edge
            s = self.pools.get(pid)
            if s is None or meter.unit != "credits" or not created <= now < removed:
                continue  # not there yet (a back-dated spend), or removed since
            loses_at = s.next_refill if meter.mode == "overwrite" else None
            if isinstance(meter.rule, Rolling) and meter.mode == "overwrite":
                loses_at = _closes(s.window_start or from_us(now), meter.rule.hours)
            prio = meter.priority if meter.priority is not None else 1_000_000
            keyed.append((prio, loses_at or _NEVER, 0, meter.name, pid))
        for pid in self.live_packs:
            pack = self.packs[pid]
            if pack.account == account and pid in self.pools:
                keyed.append((1_000_000, pack.expires_at or _NEVER, 1, pack.id, pid))
        keyed.sort()
        ids = [k[4] for k in keyed]
        found = (ids, [self.pools[pid] for pid in ids], valid_until)
        self._orders[account] = found
        return found

    # -- events -----------------------------------------------------------------------
    def feed(self, steps: Iterable[Step]) -> int:
        """Apply time-ordered steps (all after the state's instant); how many there were."""
        n = 0
        pools = self.pools
        span = self._span
        for _key, at, what, account, meter_id, amount, after in steps:
            n += 1
            if at < self._due:
                if at > self.now:
                    self.now = at
            else:
                self.advance(at)
            if what == SPEND:
                if meter_id is None:
                    self._draw("default" if account is None else account, amount, after, at)
                    continue
                # A meter that is not in the replay (removed) drains nothing: spilling
                # its history onto the meters that remain would change their balances.
                p = pools.get(meter_id)
                edges = span.get(meter_id)
                if p is not None and (edges is None or edges[0] <= at < edges[1]):
                    if p.window is not None and p.window_start is None:
                        self._open_window(p, at)
                    p.balance -= amount
                    p.spent += amount
                    if after is not None:
                        p.balance = after
            elif what == PACK:
                self._buy(meter_id or "", amount, at, after,
                          "default" if account is None else account)
            elif meter_id is not None:
                # A back-dated step before its meter was created leaves the meter alone
                # (a new meter starts full, or at the balance the user gave when adding
                # it); so does one after the meter was removed.
                edges = span.get(meter_id)
                if edges is not None and not edges[0] <= at < edges[1]:
                    continue
                p = pools.get(meter_id)
                if what == CORRECTION:
                    if p is not None:
                        p.balance += amount
                    continue
                if p is not None:  # an observation: "balance now" is authoritative
                    p.balance = amount
                    meter = self.meters.get(meter_id)
                    if meter is not None and amount < meter.grant and p.window is not None \
                            and p.window_start is None:
                        # Below full on an idle rolling meter: a window is running that
                        # nobody logged; assume it opened now (closes at the latest).
                        self._open_window(p, at)
        return n

    def _open_window(self, p: _Pool, at: int) -> None:
        start = from_us(at)
        p.window_start = start
        p.next_refill = _closes(start, p.window or 0.0)
        self._changed()

    def _draw(self, account: str, credits: int, after: int | None, at: int) -> None:
        """A spend with no meter: the account's pools in draw order, spilling over."""
        cached = self._orders.get(account)
        if cached is None or self.now >= cached[2]:
            cached = self._order(account)
        order = cached[1]
        if not order:
            return
        left = credits
        for p in order:
            if left <= 0:
                break
            if p.balance > 0:
                take = p.balance if p.balance < left else left
                if p.window is not None and p.window_start is None:
                    self._open_window(p, at)
                p.balance -= take
                p.spent += take
                left -= take
        first = order[0]
        if left > 0:
            if first.window is not None and first.window_start is None:
                self._open_window(first, at)
            first.balance -= left
            first.spent += left
        if after is not None:
            # "Balance now" for the whole account: the first pool absorbs the difference.
            first.balance += after - sum(p.balance for p in order)

    def _buy(self, pid: str, credits: int, at: int, expires: int | None, account: str) -> None:
        bought = from_us(at)
        pack = Pack(id=pid, credits=credits, bought_at=bought,
                    expires_at=None if expires is None else from_us(expires), account=account)
        self.packs[pid] = pack
        expired = expires is not None and expires <= at
        self.pools[pid] = _Pool(PoolState(pool_id=pid, balance=0 if expired else credits,
                                          last_refill=bought, next_refill=None,
                                          expired=expired))
        if not expired:
            self.live_packs.add(pid)
            if pack.expires_at is not None:
                heapq.heappush(self.expiries, (pack.expires_at, pid))
        self._changed()  # a cached draw order holds the pools it saw: see this one

    def freeze(self, as_of: datetime) -> LedgerState:
        packs = tuple(sorted(self.packs.values(), key=lambda p: (p.bought_at, p.id)))
        pools = {pid: p.freeze() for pid, p in self.pools.items()}
        return LedgerState(as_of=as_of, pools=pools, packs=packs)


def _hours(meter: Meter | None) -> float | None:
    return meter.rule.hours if meter is not None and isinstance(meter.rule, Rolling) else None


def _refill(meter: Meter, s: _Pool, at: datetime, count: int, following: datetime | None) -> None:
    if meter.mode == "overwrite":
        # every reset in the stretch loses what was there: the leftover at the first,
        # a whole untouched grant at each one after it
        lost = max(s.balance, 0) + (count - 1) * max(meter.grant, 0)
        balance = meter.grant
    else:
        raw = s.balance + count * meter.grant
        balance = raw if meter.cap is None else min(raw, meter.cap)
        lost = raw - balance
    s.balance = balance
    s.last_refill = at
    s.next_refill = following
    s.window_start = None
    s.spent = 0
    s.lost += lost
