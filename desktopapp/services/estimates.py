"""What a task usually costs, and the pre-task check ("will it fit, does it break a
rule"), for the CLI (``estimate``, ``check``), the pre-task warning, the panel's range line
and Settings' table of typical costs.

One look-back for the check (``lookback``): the estimate window (90 days) or the billing
month, whichever starts earlier, in the user's zone; one indexed range query. An estimate
weighs a kind's own newest runs in that window (``runs``, at most ``RUNS_PER_KIND``).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import datetime, timedelta
from typing import Any

from desktopapp.domain.estimate import WINDOW_DAYS, Estimate, estimate
from desktopapp.domain.events import Spend
from desktopapp.domain.fuel_range import FuelRange, candidate_kinds, fuel_range
from desktopapp.domain.history import Period, billing_period
from desktopapp.domain.meter import Meter
from desktopapp.domain.preflight import Preflight, check
from desktopapp.services import verdicts
from desktopapp.services.preferences import user_zone
from desktopapp.store.ledger_file import LedgerFile


def lookback(
    ledger: LedgerFile, now: datetime, meters: Sequence[Meter] | None = None
) -> tuple[Period, list[Spend]]:
    """The billing month (user's zone) and the spends since the estimate window or that
    month began, whichever is earlier."""
    period = billing_period(ledger.meters() if meters is None else meters, now,
                            user_zone(ledger))
    since = min(now - timedelta(days=WINDOW_DAYS), period.start)
    return period, ledger.spends(since=since, until=now)


# An estimate weighs a kind's newest runs in the 90-day window, up to this many: a
# median and a 10-90 % range of 500 runs are as steady as of 5,000, and a busy ledger
# (a team, automatic readings) reads its few hundred, not the window's tens of thousands.
RUNS_PER_KIND = 500


def lookback_is_large(ledger: LedgerFile, now: datetime) -> bool:
    """Whether the figures over the look-back weigh many logs (a bounded count): the
    tray computes them on a worker then. The billing month never starts before the
    90-day window does, so that window bounds every look-back."""
    return ledger.window_is_large(now - timedelta(days=WINDOW_DAYS), now)


def runs(ledger: LedgerFile, now: datetime, kind: str) -> list[Spend]:
    """The kind's runs an estimate weighs: its newest ``RUNS_PER_KIND`` in the window."""
    return ledger.runs_of(kind, since=now - timedelta(days=WINDOW_DAYS), until=now,
                          limit=RUNS_PER_KIND)


def estimate_for(
    ledger: LedgerFile, now: datetime, kind: str, size: float | None = None
) -> Estimate | None:
    """None: a kind nobody knows (not built in, never logged)."""
    return estimate(runs(ledger, now, kind), kind, now=now, size=size)


def own_estimates(
    ledger: LedgerFile, now: datetime, kinds: Iterable[str]
) -> dict[str, Estimate | None]:
    """Settings' "Yours" column: each kind's estimate from the same window."""
    return {k: estimate(runs(ledger, now, k), k, now=now) for k in kinds}


def range_line_figures(
    ledger: LedgerFile, now: datetime, balance: int | None = None
) -> FuelRange:
    """The panel's "Range: ≈ 1 video · 7 slide decks" figures. ``balance``: the total the
    panel already shows (read from the ledger when not given)."""
    total = ledger.status(now).total if balance is None else balance
    kinds = candidate_kinds(ledger.recent_kinds())
    return fuel_range(total, [estimate(runs(ledger, now, k), k, now=now) for k in kinds])


def run_check(
    ledger: LedgerFile,
    now: datetime,
    kind: str,
    size: float | None = None,
    project: str | None = None,
    account: str | None = None,
) -> Preflight:
    meters = ledger.meters()
    period, spends = lookback(ledger, now, meters)
    return check(
        kind,
        size,
        project,
        now=now,
        spends=spends,
        meters=meters,
        state=ledger.state(now),
        rules=ledger.rules(),
        tz=user_zone(ledger),
        account=account,
        period=period,
    )


def estimate_json(e: Estimate) -> dict[str, Any]:
    return {
        "kind": e.kind,
        "size": e.size,
        "typical": e.typical,
        "low": e.low,
        "high": e.high,
        "samples": e.samples,
        "source": e.source,
        "history_weight": e.history_weight,
        "mostly_defaults": e.mostly_defaults,
        "outliers": e.outliers,
        "unsized": e.unsized,
        "failures": e.failures,
        "failure_rate": e.failure_rate,
        "failure_typical": e.failure_typical,
        "window_days": e.window_days,
    }


def check_json(r: Preflight, lang: str) -> dict[str, Any]:
    return {
        "kind": r.kind,
        "size": r.size,
        "project": r.project,
        "verdict": r.verdict,
        "reasons": [verdicts.as_json(v, lang) for v in r.reasons],
        "estimate": estimate_json(r.estimate) if r.estimate else None,
        "balance": r.balance,
        "balance_after": (
            {"typical": r.balance_after.typical, "high": r.balance_after.high}
            if r.balance_after else None
        ),
        "next_reset": verdicts.iso(r.next_reset),
        "seconds_to_reset": r.seconds_to_reset,
        "runs_dry_before_reset": r.runs_dry_before_reset,
        "burn_per_day": r.burn_per_day,
    }
