"""Burn rate and run-dry forecast per meter.

Burn is computed from Spend credits only. Refills, pack purchases, corrections and
"balance now" figures move balances but are never burn, so a refill can never show up as
negative spending and a correction cannot fake a spike.

How the pace is chosen (the known failure of usage trackers is extrapolating one burst
into a false run-out):
1. The recent window (default 7 days, shorter when the user started logging later) is
   cut into 24-hour bins ending now. A bin above ``BURST_FACTOR`` x the median of the
   non-empty daily bins of the last ``REFERENCE_DAYS`` is capped at that: one heavy
   afternoon is not a pace, while a user who runs one big task every few days keeps all
   of them (their busy days are alike). The median looks back four weeks so that a week
   of cheap chats does not make one ordinary video day look like a burst.
2. The recent pace is then capped by the pace sustained since the meter's last refill
   (when the refill is at least a day old): a heavy end of the previous period does not
   leak into the new one. min() of the two means both must agree before a fast pace is
   projected.
3. With fewer than ``MIN_SPENDS`` spends or ``MIN_DAYS`` days of history the forecast says
   ``not_enough_history`` rather than guess.
"""

from __future__ import annotations

import statistics
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta

from desktopapp.domain.events import Spend
from desktopapp.domain.ledger import LedgerState, PoolState, draw_order
from desktopapp.domain.meter import Meter

WINDOW_DAYS = 7
BURST_FACTOR = 3.0
REFERENCE_DAYS = 28
MIN_SPENDS = 3
MIN_DAYS = 2.0
DAY = timedelta(days=1)
NOT_ENOUGH_HISTORY = "not_enough_history"


@dataclass(frozen=True)
class Burn:
    per_day: float | None  # None: not enough history
    recent: float | None  # capped mean of the recent daily bins
    since_refill: float | None  # None when the refill is under a day old or unknown
    spends: int  # spends the pace rests on
    note: str | None = None  # NOT_ENOUGH_HISTORY


@dataclass(frozen=True)
class Forecast:
    meter_id: str
    name: str
    balance: int
    burn_per_day: float | None
    runs_dry_at: datetime | None  # None: does not run dry at this pace (or unknown)
    before_reset: bool  # runs dry before its next reset (True when it never resets)
    next_reset: datetime | None
    lost_at_reset: int | None  # credits lost at the next reset at this pace
    note: str | None = None


def burn_rate(
    spends: Sequence[Spend],
    *,
    now: datetime,
    last_refill: datetime | None = None,
    window_days: int = WINDOW_DAYS,
) -> Burn:
    """Credits per day from ``spends`` (those of one meter or account, any time order)."""
    past = [s for s in spends if s.origin.at <= now]
    if not past:
        return Burn(None, None, None, 0, NOT_ENOUGH_HISTORY)
    first = min(s.origin.at for s in past)
    if len(past) < MIN_SPENDS or (now - first) < MIN_DAYS * DAY:
        return Burn(None, None, None, len(past), NOT_ENOUGH_HISTORY)

    logged_days = -(-(now - first) // DAY)  # ceil: whole days since logging began
    bins_n = max(1, min(window_days, logged_days))
    ref_n = max(bins_n, min(REFERENCE_DAYS, logged_days))
    bins = [0] * ref_n
    counted = 0
    for s in past:
        index = int((now - s.origin.at) // DAY)
        if index < ref_n:
            bins[index] += s.credits
            if index < bins_n:
                counted += 1
    busy = [b for b in bins if b > 0]
    if busy:
        ceiling = BURST_FACTOR * statistics.median(busy)
        recent = sum(min(b, ceiling) for b in bins[:bins_n]) / bins_n
    else:
        recent = 0.0

    since: float | None = None
    if last_refill is not None:
        # Logging may have begun after the refill: the pace is over the logged span only.
        from_ = max(last_refill, first)
        if now - from_ >= DAY:
            spent = sum(s.credits for s in past if s.origin.at > last_refill)
            since = spent / ((now - from_) / DAY)
    pace = recent if since is None else min(recent, since)
    return Burn(round(pace, 2), round(recent, 2), None if since is None else round(since, 2),
                counted)


def forecast_meter(
    meter: Meter,
    pool: PoolState,
    spends: Sequence[Spend],
    *,
    now: datetime,
    window_days: int = WINDOW_DAYS,
) -> Forecast:
    """Forecast for one meter from the spends drawn from it (see ``attribute``)."""
    burn = burn_rate(spends, now=now, last_refill=pool.last_refill, window_days=window_days)
    nxt = pool.next_refill if pool.next_refill and pool.next_refill > now else None
    rate = burn.per_day
    balance = pool.balance
    dry: datetime | None = None
    if balance <= 0:
        dry = now
    elif rate:
        dry = now + timedelta(days=balance / rate)
    before = dry is not None and (nxt is None or dry < nxt)

    lost: int | None = None
    if nxt is not None and rate is not None:
        left = max(0.0, balance - rate * ((nxt - now) / DAY))
        if meter.mode == "overwrite":
            lost = int(left)
        elif meter.cap is not None:
            lost = max(0, int(left + meter.grant - meter.cap))
        else:
            lost = 0
    return Forecast(
        meter_id=meter.id,
        name=meter.name,
        balance=balance,
        burn_per_day=rate,
        runs_dry_at=dry,
        before_reset=before,
        next_reset=nxt,
        lost_at_reset=lost,
        note=burn.note,
    )


def attribute(
    spends: Sequence[Spend], meters: Sequence[Meter], state: LedgerState
) -> Mapping[str, list[Spend]]:
    """Spends per meter id: the meter named on the spend, else the account's meter drawn
    first now (exact for the usual one-meter account; an approximation when a spend
    spilled over several pools)."""
    by_id = {m.id: m for m in meters}
    first: dict[str, str | None] = {}
    out: dict[str, list[Spend]] = {m.id: [] for m in meters}
    for s in spends:
        if s.meter_id is not None and s.meter_id in by_id:
            out[s.meter_id].append(s)
            continue
        if s.account not in first:
            order = draw_order(meters, state, s.account)
            first[s.account] = next((pid for pid in order if pid in by_id), None)
        target = first[s.account]
        if target is not None:
            out[target].append(s)
    return out


def forecast_all(
    meters: Sequence[Meter],
    state: LedgerState,
    spends: Sequence[Spend],
    *,
    now: datetime,
    window_days: int = WINDOW_DAYS,
) -> tuple[Forecast, ...]:
    """One forecast per meter that has a pool in ``state`` (state advanced to ``now``)."""
    per_meter = attribute(spends, meters, state)
    return tuple(
        forecast_meter(m, state.pools[m.id], per_meter[m.id], now=now, window_days=window_days)
        for m in meters
        if m.id in state.pools
    )
