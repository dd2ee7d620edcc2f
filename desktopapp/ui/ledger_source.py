"""What the ledger window asks of the services, in the window's terms: the pages of a
query, the filter's lists, an edit, a delete, an undo, the balances line.

The one place that knows ``services.ledger_list``'s signatures: the window, the model
and the exports only see ``LedgerRow``, ``FetchPage`` and ``Batch``.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import Any

from PySide6.QtCore import QCoreApplication

from desktopapp.services import ledger_list, ledger_window_data, log
from desktopapp.services.ledger import LedgerFile
from desktopapp.services.ledger_list import Batch, LedgerRow
from desktopapp.ui.formatting import arg, fmt_credits, fmt_int, kind_label, outcome_label
from desktopapp.ui.ledger_edit import EditValues
from desktopapp.ui.ledger_filters import Choice, LedgerQuery
from desktopapp.ui.ledger_model import FetchPage
from desktopapp.ui.session import Session

__all__ = ["Batch", "balances_line", "choices", "delete", "edit", "fetch", "undo"]


def fetch(ledger: LedgerFile, query: LedgerQuery, now: datetime) -> FetchPage:
    """The query's pages on ``ledger``, newest first (the cursor is the service's)."""
    since = query.since(now)

    def page(cursor: object | None, limit: int) -> tuple[Sequence[LedgerRow], object | None]:
        found = ledger_list.page(
            ledger, now, since=since, kind=query.kind, project=query.project,
            outcome=query.outcome, meter=query.meter, member=query.member,
            search=query.text, limit=limit, before=cursor if isinstance(cursor, str) else None,
        )
        return found.rows, found.next_before

    return page


def choices(ledger: LedgerFile, members: Sequence[str]) -> dict[str, Any]:
    """The filter's lists: kinds and projects most recent first, meters by name (the
    service filters on the name), the members given (``members(ledger)``)."""
    meters = sorted(set(log.meter_names(ledger).values()), key=str.casefold)
    return {
        "kinds": kinds(ledger),
        "projects": projects(ledger),
        "meters": [Choice(name, name) for name in meters],
        "members": [Choice(m, m) for m in members],
    }


def kinds(ledger: LedgerFile) -> list[str]:
    return log.recent_kinds(ledger)


def projects(ledger: LedgerFile) -> list[str]:
    return log.projects(ledger)


def members(ledger: LedgerFile) -> list[str]:
    return ledger_window_data.members(ledger)


def edit_values(row: LedgerRow) -> EditValues:
    return EditValues(
        at=row.at, kind=row.kind, credits=row.credits, project=row.project,
        outcome=row.outcome, note=row.note, size=row.size,
    )


def edit(ledger: LedgerFile, now: datetime, row: LedgerRow, changes: dict[str, Any]) -> Batch:
    return ledger_list.edit(ledger, now, row.id, **changes)


def delete(ledger: LedgerFile, now: datetime, ids: Sequence[str]) -> Batch:
    return ledger_list.delete(ledger, now, list(ids))


def undo(ledger: LedgerFile, now: datetime, batch: Batch) -> Batch:
    return ledger_list.undo_batch(ledger, now, batch)


def summary(row: LedgerRow) -> str:
    """'Video · 300 credits · Acme', what a log was, for the question and the note."""
    if row.type == "spend":
        parts = [kind_label(row.kind or ""), fmt_credits(row.credits or 0)]
        if row.project:
            parts.append(row.project)
        if row.outcome and row.outcome != "ok":
            parts.append(outcome_label(row.outcome))
        return " · ".join(parts)
    if row.type == "observation":
        return arg(QCoreApplication.translate("LedgerWindow", "balance %1 on %2"),
                   fmt_int(row.balance or 0), row.meter or "?")
    if row.type == "pack":
        return arg(QCoreApplication.translate("LedgerWindow", "pack of %1"),
                   fmt_credits(row.credits or 0))
    return arg(QCoreApplication.translate("LedgerWindow", "correction %1 on %2"),
               f"{row.credits or 0:+,}", row.meter or "?")


def balances_line(session: Session) -> str:
    """'Balance now: Genspark Free 140 / 200 · Genspark Plus 9,000 / 10,000'."""
    status = session.status()
    if not status.meters:
        return ""
    parts = [
        arg(QCoreApplication.translate("LedgerWindow", "%1 %2 / %3"), m.name,
            fmt_int(m.balance), fmt_int(m.grant))
        for m in status.meters
    ]
    return arg(QCoreApplication.translate("LedgerWindow", "Balance now: %1"), " · ".join(parts))
