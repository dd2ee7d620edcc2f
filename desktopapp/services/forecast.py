"""Burn per day and when each meter runs dry: ``creditfuel forecast``, History's "Will it
last until the refill?" and the tray's "runs dry before the refill" alert.

One window for all three: the spends of the pre-task check's look-back (90 days or the
billing month, whichever starts earlier), so the four-week reference median and the pace
since the last refill see the same history whichever face asks.

The alert asks on every status update (a minute tick). ``runs_dry`` keeps its answer per
ledger for ``BUCKET`` while ``ledger.revision()`` stays the same: a pace measured in days
moves slowly, and any write (ours, the CLI's, a restore) changes the revision, so an alert
always reflects the log that triggered it, whoever's change notice arrives first.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import datetime, timedelta
from typing import Any
from weakref import WeakKeyDictionary

from desktopapp.domain.forecast import Forecast, forecast_all
from desktopapp.domain.meter import Meter
from desktopapp.services.estimates import lookback
from desktopapp.services.verdicts import iso
from desktopapp.store.ledger_file import LedgerFile

BUCKET = timedelta(minutes=15)

_Key = tuple[tuple[int, int, int], int]
_cache: WeakKeyDictionary[LedgerFile, tuple[_Key, Mapping[str, datetime | None]]] = (
    WeakKeyDictionary()
)


def forecasts(ledger: LedgerFile, now: datetime) -> tuple[Forecast, ...]:
    """One forecast per meter with a pool, as of ``now``."""
    meters = ledger.meters()
    _, spends = lookback(ledger, now, meters)
    return forecast_all(meters, ledger.state(now), spends, now=now)


def runs_dry(ledger: LedgerFile, now: datetime) -> Mapping[str, datetime | None]:
    """When each meter runs dry at the recent pace (meter id -> instant or None)."""
    key: _Key = (ledger.revision(), int(now.timestamp() // BUCKET.total_seconds()))
    cached = _cache.get(ledger)
    if cached is not None and cached[0] == key:
        return cached[1]
    found = {f.meter_id: f.runs_dry_at for f in forecasts(ledger, now)}
    _cache[ledger] = (key, found)
    return found


def forecast_json(found: Sequence[Forecast], meters: Sequence[Meter]) -> dict[str, Any]:
    """``meter`` is the name as before; ``name`` says the same, as ``status`` names it."""
    by_id = {m.id: m for m in meters}
    return {"meters": [{
        "meter": f.name,
        "name": f.name,
        "meter_id": f.meter_id,
        "account": by_id[f.meter_id].account if f.meter_id in by_id else None,
        "balance": f.balance,
        "burn_per_day": f.burn_per_day,
        "runs_dry_at": iso(f.runs_dry_at),
        "before_reset": f.before_reset,
        "next_reset": iso(f.next_reset),
        "lost_at_reset": f.lost_at_reset,
        "note": f.note,
    } for f in found]}


def report(ledger: LedgerFile, now: datetime) -> dict[str, Any]:
    """``creditfuel forecast --json``."""
    return forecast_json(forecasts(ledger, now), ledger.meters())
