"""Set a meter's balance: "I have N credits now" is an observation, never a task.

The welcome wizard, the panel's per-meter action, Settings and ``creditfuel balance
set`` all come here. Refused (InvalidInput, nothing written): more than the meter can
hold (``balance_above_capacity``), no meter named while there are several
(``balance_needs_meter``), a time in the future or before the meter existed, a
back-dated balance that would leave it below zero now under later logs
(``leaves_negative``).
"""

from __future__ import annotations

from datetime import datetime

from desktopapp.domain import plausibility
from desktopapp.domain.events import Event
from desktopapp.domain.limits import problem
from desktopapp.domain.meter import Meter
from desktopapp.domain.problems import Problem
from desktopapp.store.ledger_file import LedgerFile


def meter_for_balance(ledger: LedgerFile, meter: str | None) -> Meter:
    """The meter named, or the only one; ``balance_needs_meter`` with several."""
    if meter is not None:
        return ledger.meter(meter)
    live = ledger.meters()
    if not live:
        raise problem("no_meters")
    if len(live) > 1:
        raise problem("balance_needs_meter")
    return live[0]


def set_balance(
    ledger: LedgerFile,
    now: datetime,
    balance: int,
    meter: str | None = None,
    at: datetime | None = None,
    event_id: str | None = None,
) -> Event:
    """The meter's balance is ``balance`` from ``at`` (default ``now``) on.

    ``event_id``: a UUID the caller chose; a retry raises AlreadyLogged."""
    when = at or now
    target = meter_for_balance(ledger, meter)

    def check(m: Meter) -> list[Problem]:
        return plausibility.check_set_balance(balance, m, at=when, now=now)

    return ledger.observe(
        target.name, balance, at=when, now=now, event_id=event_id, check=check
    )
