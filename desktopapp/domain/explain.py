"""Why didn't my credits come back? One meter's rule as facts, plus mismatch hints.

``explain`` turns a meter and its current status into the numbers the "Why" dialog
words: the next refill instant, overwrite vs carry and what that does to the leftover,
the last refill and what was spent since.

``balance_hints`` compares each "balance now" the user logged with what the rule
predicted at that instant. A balance the rule cannot produce usually means the meter was
set up wrong (plan, zone or billing day), the seed's most common complaint; a balance
far lower than the log explains points at unlogged work or background jobs. Readings
are replayed in one pass from a start state, so the cost is linear in events.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Literal

from desktopapp.domain.events import Event, Observation, Spend
from desktopapp.domain.ledger import LedgerState, replay
from desktopapp.domain.meter import GrantMode, Meter
from desktopapp.domain.schedule import last_reset, next_reset, rule_zone
from desktopapp.domain.status import MeterStatus

HintCode = Literal["grant_above_plan", "refill_early", "refill_missing", "unexplained_drop"]

_TICK = timedelta(milliseconds=1)  # the store keeps milliseconds: "just before" an instant


@dataclass(frozen=True)
class Hint:
    """A logged balance the rule cannot explain.

    - ``grant_above_plan``: the balance is above the grant: the real plan grants more.
    - ``refill_early``: credits came back although the rule says none were due: the real
      refill comes earlier than the rule's (zone, reset time or billing day);
      ``rule_refill`` is the refill the rule was still waiting for.
    - ``refill_missing``: the rule refilled at ``rule_refill`` but the balance is what it
      would be without that refill: the real refill comes later than the rule's.
    - ``unexplained_drop``: far fewer credits than the log explains, with no refill to
      blame: unlogged work or background jobs.
    """

    code: HintCode
    at: datetime
    observed: int
    expected: int
    rule_refill: datetime | None = None


@dataclass(frozen=True)
class Explanation:
    meter_id: str
    name: str
    family: str
    grant: int
    mode: GrantMode
    cap: int | None
    balance: int
    rule_zone: str
    next_refill: datetime | None
    last_refill: datetime | None
    spent_since_refill: int
    balance_after_refill: int  # what the balance becomes at the next refill
    lost_at_refill: int  # credits that vanish at the next refill if nothing more is spent
    idle_window: bool  # rolling meter: full; its window opens at first use
    hints: tuple[Hint, ...] = ()


def refill_outcome(meter: Meter, balance: int) -> tuple[int, int]:
    """(balance right after the next refill, credits that refill discards)."""
    if meter.mode == "overwrite":
        return meter.grant, max(balance, 0)
    raw = balance + meter.grant
    after = raw if meter.cap is None else min(raw, meter.cap)
    return after, raw - after


def explain(meter: Meter, status: MeterStatus, hints: Sequence[Hint] = ()) -> Explanation:
    after, lost = refill_outcome(meter, status.balance)
    return Explanation(
        meter_id=meter.id,
        name=meter.name,
        family=meter.rule.family,
        grant=meter.grant,
        mode=meter.mode,
        cap=meter.cap,
        balance=status.balance,
        rule_zone=rule_zone(meter.rule),
        next_refill=status.next_reset,
        last_refill=status.last_refill,
        spent_since_refill=status.spent_since_refill,
        balance_after_refill=after,
        lost_at_refill=lost,
        idle_window=status.idle_window,
        hints=tuple(hints),
    )


def _reading(event: Event, meter: Meter) -> int | None:
    """The balance this event states for the meter, if it states one."""
    if isinstance(event, Observation):
        return event.balance if event.meter_id == meter.id else None
    if isinstance(event, Spend) and event.balance_after is not None:
        if event.meter_id == meter.id:
            return event.balance_after
        if event.meter_id is None and event.account == meter.account:
            return event.balance_after
    return None


def _pool_sum(state: LedgerState, meter: Meter, account_wide: bool) -> int:
    """The meter's balance, or the whole account's live balance for account-wide readings."""
    if not account_wide:
        return state.balance(meter.id)
    packs = {p.id for p in state.packs if p.account == meter.account}
    return sum(
        s.balance
        for pid, s in state.pools.items()
        if not s.expired and (pid == meter.id or pid in packs)
    )


def balance_hints(
    meters: Sequence[Meter],
    meter_id: str,
    events: Sequence[Event],
    *,
    since: datetime,
    start: LedgerState | None = None,
    tolerance: int | None = None,
) -> list[Hint]:
    """Hints for the readings of one meter logged at or after ``since``.

    ``events``: active events in time order (after ``start.as_of`` when a start is
    given). ``tolerance``: how far a reading may stray before it counts; by default a
    quarter of the grant and at least 5, because unlogged chats shave a few credits off
    every day and that is not a set-up mistake.
    """
    meter = next((m for m in meters if m.id == meter_id), None)
    if meter is None:
        return []
    tol = tolerance if tolerance is not None else max(5, meter.grant // 4)
    hints: list[Hint] = []
    state = start
    pending: list[Event] = []
    last_reading: datetime | None = None
    for event in events:
        observed = _reading(event, meter)
        at = event.origin.at
        if observed is None or at < since:
            pending.append(event)
            if observed is not None:
                last_reading = at
            continue
        refill = last_reset(meter.rule, at)
        pre_refill: int | None = None
        if refill is not None and (last_reading is None or refill > last_reading):
            early = [e for e in pending if e.origin.at < refill]
            pending = [e for e in pending if e.origin.at >= refill]
            state = replay(meters, early, refill - _TICK, start=state)
            if meter.id in state.pools:
                pre_refill = state.balance(meter.id)
        else:
            refill = None
        before = replay(meters, pending, at, start=state)
        pending = []
        if meter.id in before.pools:
            hint = _judge(meter, before, event, observed, refill, pre_refill, tol)
            if hint is not None:
                hints.append(hint)
        state = replay(meters, [event], at, start=before)
        last_reading = at
    return hints


def _judge(
    meter: Meter,
    before: LedgerState,
    event: Event,
    observed: int,
    refill: datetime | None,
    pre_refill: int | None,
    tol: int,
) -> Hint | None:
    at = event.origin.at
    account_wide = isinstance(event, Spend) and event.meter_id is None
    expected = _pool_sum(before, meter, account_wide)
    if not account_wide and meter.mode == "overwrite" and observed > meter.grant + tol:
        return Hint("grant_above_plan", at, observed, meter.grant)
    if observed > expected + tol:
        return Hint("refill_early", at, observed, expected, rule_refill=next_reset(meter.rule, at))
    if isinstance(event, Spend):
        return None  # its cost was derived from this very reading: a drop is just the cost
    if observed < expected - tol:
        if refill is not None and pre_refill is not None:
            pool = before.pools[meter.id]
            without = pre_refill - pool.spent_since_refill
            if pool.last_refill == refill and abs(observed - without) <= tol:
                return Hint("refill_missing", at, observed, expected, rule_refill=refill)
        return Hint("unexplained_drop", at, observed, expected)
    return None
