"""Why didn't my credits come back? The facts for one meter (its rule, refills, spent
since the last refill) and the hints from recent balance readings the rule cannot
produce, for the why-dialog. Times stay instants; the dialog shows them in the user's
zone (``zones``) and, when different, in the rule's own zone.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from desktopapp.domain.explain import Explanation, Hint, balance_hints, explain
from desktopapp.domain.meter import Meter
from desktopapp.services.preferences import user_zone
from desktopapp.store.ledger_file import LedgerFile

HINT_DAYS = 35  # covers one monthly cycle of readings


@dataclass(frozen=True)
class Why:
    meter: Meter
    explanation: Explanation
    user_zone: str


def meters(ledger: LedgerFile) -> list[Meter]:
    return ledger.meters()


def hints(ledger: LedgerFile, now: datetime, meter_id: str) -> list[Hint]:
    since = now - timedelta(days=HINT_DAYS)
    start_at = since - timedelta(days=1)
    start = ledger.state(start_at)
    events = ledger.events(since=start_at + timedelta(milliseconds=1), until=now)
    return balance_hints(ledger.meters(), meter_id, events, since=since, start=start)


def why(ledger: LedgerFile, now: datetime, meter_id: str | None) -> Why | None:
    """None: no such meter (or it has no pool yet)."""
    meter = next((m for m in ledger.meters() if m.id == meter_id), None)
    if meter is None:
        return None
    status = next((s for s in ledger.status(now).meters if s.meter_id == meter.id), None)
    if status is None:
        return None
    return Why(meter, explain(meter, status, hints(ledger, now, meter.id)), user_zone(ledger))
