"""Balances and refills as of an instant: the tray's icon, tooltip and panel and
``creditfuel status`` ask here.

Every time either face shows is in the user's zone (``preferences.user_zone``) and
labelled with that zone's abbreviation; the JSON keeps exact instants with offsets, so
scripts read the same values whatever the computer's zone or the language.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any
from zoneinfo import ZoneInfo

from desktopapp.domain.status import Status
from desktopapp.services import preferences
from desktopapp.store.ledger_file import LedgerFile


def status(ledger: LedgerFile, now: datetime) -> Status:
    return ledger.status(now)


def total(ledger: LedgerFile, now: datetime) -> int:
    return ledger.status(now).total


def spent_between(ledger: LedgerFile, since: datetime, until: datetime) -> int:
    """Credits logged from ``since`` to ``until`` (the panel's "used today")."""
    return sum(s.credits for s in ledger.spends(since=since, until=until))


def zone_label(at: datetime, zone: str) -> str:
    """'JST', 'CET'...; zones without letters give their offset, like '+09'."""
    return at.astimezone(ZoneInfo(zone)).tzname() or zone


def in_zone(at: datetime, zone: str) -> datetime:
    return at.astimezone(ZoneInfo(zone))


def status_json(ledger: LedgerFile, now: datetime) -> dict[str, Any]:
    """``creditfuel status --json``: a contract for scripts (keys never renamed).

    ``meter`` repeats ``name`` under the key ``forecast`` and ``check`` use; ``zone``
    is the meter's reset zone, ``display_zone`` the zone both faces show times in.
    """
    # Here, not at the top: plain `creditfuel status` and the tray's tooltip never need
    # the readings machinery (its findings, tasks and source readers).
    from desktopapp.services import readings

    st = ledger.status(now)
    observed = readings.observed(ledger)
    return {
        "as_of": st.as_of.isoformat(),
        "display_zone": preferences.user_zone(ledger),
        "meters": [
            {
                "name": m.name,
                "meter": m.name,
                "balance": m.balance,
                "grant": m.grant,
                "mode": m.mode,
                "next_reset": m.next_reset.isoformat() if m.next_reset else None,
                "seconds_to_reset": m.seconds_to_reset,
                "zone": m.zone,
                "unit": m.unit,
                "account": m.account,
                "family": m.family,
                # the last automatic reading {balance, at, source}; null when none
                "observed": observed.get(m.meter_id),
                # below zero: old data the ledger cannot explain (no write leaves a
                # balance below zero now); the faces say "set the balance", never "-110 left"
                "mismatch": m.balance < 0,
            }
            for m in st.meters
        ],
        "packs": [
            {
                "id": p.pack_id,
                "credits": p.credits,
                "credits_left": p.credits_left,
                "expires_at": p.expires_at.isoformat() if p.expires_at else None,
            }
            for p in st.packs
            if not p.expired
        ],
        "total": st.total,
    }
