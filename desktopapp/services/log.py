"""Logging finished tasks, and undoing them: the Quick log, the tray menu and
``creditfuel log|undo|redo`` all come here.

Undo is by event id where the face knows which log it means (Quick log's inline Undo
undoes its own log even when a CLI log came after it); the menu's and the CLI's Undo
take the newest log. Each returns the event it undid, so the face can say what.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from desktopapp.domain.events import Event, Outcome, Spend
from desktopapp.store.ledger_file import LedgerFile

RECENT_DAYS = 60  # how far back "repeat last" looks


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

    ``event_id`` (a UUID the caller chose): a retry with the same id raises
    ``AlreadyLogged`` (desktopapp.domain.validation) and writes nothing."""
    return ledger.log_spend(
        kind,
        credits=credits,
        balance_now=balance_now,
        meter=meter,
        project=project,
        outcome=outcome,
        note=note,
        size=size,
        at=at or now,
        now=now,
        event_id=event_id,
    )


def undo_event(ledger: LedgerFile, now: datetime, event_id: str) -> Event | None:
    """Undo that log; None when it is undone already."""
    return ledger.undo_event(event_id, now=now)


def undo_last(ledger: LedgerFile, now: datetime) -> Event | None:
    """Undo the newest log still in force (whichever face made it); None: nothing left."""
    return ledger.undo_last(now=now)


def redo_last(ledger: LedgerFile, now: datetime) -> Event | None:
    """Bring back what the newest undo removed; None: nothing to redo."""
    return ledger.redo_last(now=now)


def recent_kinds(ledger: LedgerFile) -> list[str]:
    """Kinds logged, most recently used first (the kind completer)."""
    return ledger.recent_kinds()


def projects(ledger: LedgerFile) -> list[str]:
    """Projects logged, most recently used first (the project completer)."""
    return ledger.projects()


def last_spend(ledger: LedgerFile, now: datetime) -> Spend | None:
    """The newest spend of the last ``RECENT_DAYS`` ("repeat last")."""
    spends = ledger.spends(since=now - timedelta(days=RECENT_DAYS), until=now)
    return spends[-1] if spends else None


def meter_names(ledger: LedgerFile) -> dict[str, str]:
    """Meter id -> name (removed meters left out), to say which meter a log touched."""
    return {m.id: m.name for m in ledger.meters()}
