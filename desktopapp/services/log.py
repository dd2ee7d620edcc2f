"""Logging finished tasks, and undoing them: the Quick log, the tray menu and
``creditfuel log|undo|redo`` all come here.

Undo is by event id where the face knows which log it means (Quick log's inline Undo
undoes its own log even when a CLI log came after it); the menu's and the CLI's Undo
take the newest log. Each returns the event it undid, so the face can say what.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, timedelta

from desktopapp.domain import plausibility
from desktopapp.domain.events import Event, Outcome, Spend
from desktopapp.domain.plausibility import Expected
from desktopapp.domain.problems import Problem
from desktopapp.store.ledger_file import LedgerFile

RECENT_DAYS = 60  # how far back "repeat last" looks
SpendCheck = Callable[[Expected], list[Problem]]


def log_spend(
    ledger: LedgerFile,
    now: datetime,
    kind: str,
    *,
    credits: int | None = None,
    balance_now: int | None = None,
    meter: str | None = None,
    project: str | None = None,
    outcome: Outcome = "ok",
    note: str | None = None,
    size: float | None = None,
    at: datetime | None = None,
    event_id: str | None = None,
) -> Spend:
    """One finished task; ``at`` defaults to ``now``. InvalidInput on bad fields.

    Impossible entries are refused (InvalidInput, nothing written), each code naming
    the fix (domain.plausibility): a spend above what it can draw from
    (``spend_exceeds_balance``: set the balance first), a "balance now" with several
    pools and no meter (``balance_needs_meter``), above the meter's capacity or not
    below what the ledger expects (``balance_not_lower``: set the balance instead), a
    log in the future or before its meter existed, a back-dated log that would leave a
    balance below zero now (``leaves_negative``). There is no override: the gauge
    never shows negative fuel as fact.

    ``event_id`` (a UUID the caller chose): a retry with the same id raises
    ``AlreadyLogged`` (desktopapp.domain.validation) and writes nothing."""
    when = at or now
    return ledger.log_spend(
        kind,
        credits=credits,
        balance_now=balance_now,
        meter=meter,
        project=project,
        outcome=outcome,
        note=note,
        size=size,
        at=when,
        now=now,
        event_id=event_id,
        check=spend_check(credits, balance_now, at=when, now=now),
    )


def spend_check(
    credits: int | None, balance_now: int | None, *, at: datetime, now: datetime
) -> SpendCheck:
    """The plausibility rule a spend write runs inside its transaction."""

    def check(expected: Expected) -> list[Problem]:
        if expected.pools == 0 and expected.meter is None:
            if balance_now is not None:
                return [Problem("no_meters")]  # a balance of nothing: set a meter up first
            return plausibility.check_when(at, now, None)  # nothing tracked to keep true
        return plausibility.check_spend(credits, balance_now, expected, at=at, now=now)

    return check


def expected_before(ledger: LedgerFile, at: datetime, meter: str | None = None) -> Expected:
    """What the ledger expects just before ``at`` (Quick log shows it next to the
    field): the meter's balance, or the account's pools' sum and how many there are."""
    return ledger.expected_before(at, meter)


def undo_event(ledger: LedgerFile, now: datetime, event_id: str) -> Event | None:
    """Undo that log; None when it is undone already. Refused (``leaves_negative``)
    when it would leave a balance below zero (an undone set balance under later logs)."""
    return ledger.undo_event(event_id, now=now, guard=True)


def undo_last(ledger: LedgerFile, now: datetime) -> Event | None:
    """Undo the newest log still in force (whichever face made it); None: nothing left."""
    return ledger.undo_last(now=now, guard=True)


def redo_last(ledger: LedgerFile, now: datetime) -> Event | None:
    """Bring back what the newest undo removed; None: nothing to redo."""
    return ledger.redo_last(now=now, guard=True)


def recent_kinds(ledger: LedgerFile) -> list[str]:
    """Kinds logged, most recently used first (the kind completer)."""
    return ledger.recent_kinds()


def projects(ledger: LedgerFile) -> list[str]:
    """Projects logged, most recently used first (the project completer)."""
    return ledger.projects()


def last_spend(ledger: LedgerFile, now: datetime) -> Spend | None:
    """The newest spend of the last ``RECENT_DAYS`` ("repeat last")."""
    return ledger.last_spend(since=now - timedelta(days=RECENT_DAYS), until=now)


def meter_names(ledger: LedgerFile) -> dict[str, str]:
    """Meter id -> name (removed meters left out), to say which meter a log touched."""
    return {m.id: m.name for m in ledger.meters()}
