"""The pre-task check: "a 60-second video usually costs you 240-410; you have 380 left,
the refill is Tuesday 09:00, and this breaks the team rule on previews".

Verdict levels, worst wins: ``blocked`` (a typical run does not fit in the balance, or a
rule blocks), ``needs_approval`` (a team rule), ``warn`` (it may not fit, the meter runs
dry before its reset at this pace, or a rule warns), else ``ok``. ``info`` reasons (thin
history, frequent failures, advice) never change the verdict.

The balance is the account's: its credit meters plus live packs, since a spend with no
meter draws from all of them in order.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Literal

from desktopapp.domain.estimate import WINDOW_DAYS, Estimate, estimate
from desktopapp.domain.events import Spend
from desktopapp.domain.forecast import burn_rate
from desktopapp.domain.history import Period, billing_period, period_grant
from desktopapp.domain.kinds import normalize_kind
from desktopapp.domain.ledger import LedgerState
from desktopapp.domain.meter import Meter
from desktopapp.domain.rules import Rule, Situation, Verdict, evaluate, worst
from desktopapp.domain.schedule import Rolling

Outcome = Literal["ok", "warn", "needs_approval", "blocked"]
OFTEN_FAILS_RATE = 0.25
OFTEN_FAILS_MIN = 2


@dataclass(frozen=True)
class BalanceAfter:
    typical: int
    high: int


@dataclass(frozen=True)
class Preflight:
    kind: str
    size: float | None
    project: str | None
    verdict: Outcome
    reasons: tuple[Verdict, ...]
    estimate: Estimate | None
    balance: int | None  # None: no credit meter set up
    balance_after: BalanceAfter | None
    next_reset: datetime | None
    seconds_to_reset: int | None
    runs_dry_before_reset: bool | None  # None: unknown (no meter)
    burn_per_day: float | None


def account_balance(
    meters: Sequence[Meter], state: LedgerState, account: str | None
) -> tuple[int | None, datetime | None]:
    """(credits available now, soonest reset) over the account's credit meters and packs."""
    chosen = [
        m for m in meters if m.unit == "credits" and (account is None or m.account == account)
    ]
    if not chosen:
        return None, None
    total = sum(state.pools[m.id].balance for m in chosen if m.id in state.pools)
    total += sum(
        state.pools[p.id].balance
        for p in state.packs
        if p.id in state.pools
        and not state.pools[p.id].expired
        and (account is None or p.account == account)
    )
    resets = [
        r
        for m in chosen
        if m.id in state.pools
        and (r := state.pools[m.id].next_refill) is not None
        and r > state.as_of
    ]
    return total, min(resets) if resets else None


def full_refill(meters: Sequence[Meter], state: LedgerState, account: str | None) -> int:
    """The most the account can hold once its meters have refilled: each refilling
    meter's grant (carry: on top of what is left, up to the cap), what never refills as
    it is, and the live packs. A task above this does not fit by waiting either."""
    total = 0
    for m in meters:
        if m.unit != "credits" or (account is not None and m.account != account):
            continue
        pool = state.pools.get(m.id)
        left = pool.balance if pool is not None else 0
        if pool is None or (pool.next_refill is None and not isinstance(m.rule, Rolling)):
            total += max(left, 0)
        elif m.mode == "overwrite":
            total += m.grant
        else:
            total += min(max(left, 0) + m.grant, m.cap) if m.cap is not None else (
                max(left, 0) + m.grant
            )
    total += sum(
        max(state.pools[p.id].balance, 0)
        for p in state.packs
        if p.id in state.pools
        and not state.pools[p.id].expired
        and (account is None or p.account == account)
    )
    return total


def check(
    kind: str,
    size: float | None = None,
    project: str | None = None,
    *,
    now: datetime,
    spends: Sequence[Spend],
    meters: Sequence[Meter],
    state: LedgerState,
    rules: Sequence[Rule] = (),
    tz: str = "UTC",
    account: str | None = None,
    window_days: int = WINDOW_DAYS,
    period: Period | None = None,
) -> Preflight:
    """Check a task before running it. ``spends``: active spends covering at least the
    estimate window and the billing month; ``state``: the ledger state at ``now``."""
    code = normalize_kind(kind)
    est = estimate(spends, code, now=now, size=size, window_days=window_days)
    reasons: list[Verdict] = []
    typical = est.typical if est else 0
    high = est.high if est else 0
    if est is None:
        reasons.append(Verdict("warn", "no_estimate", None, {"kind": code}))
    elif est.source == "defaults":
        reasons.append(Verdict("info", "estimate_from_defaults", None,
                               {"kind": code, "unsized": est.unsized}))
    elif est.mostly_defaults:
        reasons.append(Verdict("info", "estimate_mostly_defaults", None,
                               {"kind": code, "samples": est.samples}))
    if est and est.failures >= OFTEN_FAILS_MIN and (est.failure_rate or 0) >= OFTEN_FAILS_RATE:
        reasons.append(Verdict("info", "often_fails", None, {
            "kind": code,
            "failures": est.failures,
            "percent": round((est.failure_rate or 0) * 100),
            "failure_typical": est.failure_typical,
        }))

    chosen = [m for m in meters if account is None or m.account == account]
    balance, nxt = account_balance(meters, state, account)
    seconds = int((nxt - now).total_seconds()) if nxt else None
    after: BalanceAfter | None = None
    dry: bool | None = None
    pace: float | None = None
    if balance is None:
        reasons.append(Verdict("info", "no_meters"))
    else:
        after = BalanceAfter(balance - typical, balance - high)
        ids = {m.id for m in chosen}
        accounts = {m.account for m in chosen}
        mine = [
            s for s in spends
            if (s.meter_id in ids) or (s.meter_id is None and s.account in accounts)
        ]
        refills = [
            r for m in chosen if m.id in state.pools and (r := state.pools[m.id].last_refill)
        ]
        last = max(refills) if refills else None
        pace = burn_rate(mine, now=now, last_refill=last).per_day
        dry = after.typical <= 0
        if not dry and pace and nxt is not None:
            dry = after.typical - pace * ((nxt - now) / timedelta(days=1)) <= 0
        refilled = full_refill(chosen, state, account)
        if est is not None and typical > balance and typical > refilled:
            # waiting is no advice when even the next refill cannot cover it
            reasons.append(Verdict("blocked", "refill_too_small", None,
                                   {"grant": refilled, "need": typical}))
        elif est is not None and typical > balance:
            reasons.append(Verdict("blocked", "not_enough_credits", None,
                                   {"balance": balance, "typical": typical}))
        elif est is not None and high > balance:
            reasons.append(Verdict("warn", "may_not_be_enough", None,
                                   {"balance": balance, "high": high}))
        elif dry:
            reasons.append(Verdict("warn", "runs_dry_before_reset", None, {
                "balance_after": after.typical,
                "burn_per_day": pace,
                "seconds_to_reset": seconds,
            }))

    bill = period or billing_period(meters, now, tz)
    situation = Situation(
        now=now,
        kind=code,
        project=project,
        typical=typical,
        high=high,
        spends=tuple(spends),
        period_start=bill.start,
        grant=period_grant(chosen, bill) or None,
        packs_in_period=sum(1 for p in state.packs if bill.start <= p.bought_at <= now),
        size=size,
    )
    reasons.extend(evaluate(rules, situation))
    level = worst([r for r in reasons if r.level != "info"])
    verdict: Outcome = "ok" if level is None or level == "info" else level
    return Preflight(
        kind=code,
        size=est.size if est else size,
        project=project,
        verdict=verdict,
        reasons=tuple(reasons),
        estimate=est,
        balance=balance,
        balance_after=after,
        next_reset=nxt,
        seconds_to_reset=seconds,
        runs_dry_before_reset=dry,
        burn_per_day=pace,
    )
