"""Every log, newest first, a page at a time; fix any of them, delete several, undo.

The ledger window (issue 9) and ``creditfuel log list|edit|delete`` come here.

- A page never loads all history: keyset paging on (instant, write order) through an
  index (store.ledger_pages); pass ``Page.next_before`` as ``before`` for the next.
- An edit is append-only: the old spend is undone and a new one that ``replaces`` it
  is written, in one transaction; the list shows it as ``edited``. Edits travel to
  other devices as the two events they are (merged by id).
- A delete is a tombstone (an undo). Several at once are one transaction.
- Each write returns a ``Batch``; ``undo_batch`` undoes the whole of it in one action
  (an edit's undo brings the old log back), and undoing that undo redoes it.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any, Literal

from desktopapp.domain.events import Correction, Event, Observation, Outcome, PackPurchase, Spend
from desktopapp.domain.limits import problem
from desktopapp.services.log import spend_check
from desktopapp.store import ledger_pages
from desktopapp.store.codec import to_ms
from desktopapp.store.ledger_file import LedgerFile

RowType = Literal["spend", "observation", "pack", "correction"]
MAX_LIMIT = 1000
EDITABLE = ("kind", "credits", "project", "outcome", "note", "size", "at")


@dataclass(frozen=True)
class LedgerRow:
    id: str
    type: RowType
    at: datetime
    member: str
    device: str
    kind: str | None = None
    credits: int | None = None  # a spend's cost, a pack's credits, a correction's delta
    balance: int | None = None  # "balance now" logged with a spend, or a set balance
    meter_id: str | None = None
    meter: str | None = None  # the meter's name (removed meters too); None: the account
    project: str | None = None
    outcome: Outcome | None = None
    note: str | None = None
    size: float | None = None
    account: str | None = None
    source: str | None = None  # an automatic reading's source
    expires_at: datetime | None = None
    edited: bool = False  # a correction of an earlier log
    replaces: str | None = None


@dataclass(frozen=True)
class Page:
    rows: tuple[LedgerRow, ...]
    next_before: str | None  # None: nothing older


@dataclass(frozen=True)
class Batch:
    """What one action wrote; ``undo_batch(batch)`` takes all of it back at once."""

    action: Literal["edit", "delete", "undo"]
    written: tuple[str, ...]  # ids of the events written (undos, the new spend)
    targets: tuple[str, ...]  # the logs acted on
    spend: Spend | None = None  # an edit's new spend


def _names(ledger: LedgerFile) -> dict[str, str]:
    return {m.id: m.name for m in ledger.all_meters()}


def to_row(e: Event, names: dict[str, str]) -> LedgerRow:
    o = e.origin
    base: dict[str, Any] = {"id": o.id, "at": o.at, "member": o.member, "device": o.device}
    if isinstance(e, Spend):
        return LedgerRow(
            type="spend", kind=e.kind, credits=e.credits, balance=e.balance_after,
            meter_id=e.meter_id, meter=names.get(e.meter_id or ""), project=e.project,
            outcome=e.outcome, note=e.note, size=e.size, account=e.account,
            edited=e.replaces is not None, replaces=e.replaces, **base,
        )
    if isinstance(e, Observation):
        return LedgerRow(
            type="observation", balance=e.balance, meter_id=e.meter_id,
            meter=names.get(e.meter_id), note=e.note, source=e.source, **base,
        )
    if isinstance(e, PackPurchase):
        return LedgerRow(
            type="pack", credits=e.credits, account=e.account, note=e.note,
            expires_at=e.expires_at, **base,
        )
    if isinstance(e, Correction):
        return LedgerRow(
            type="correction", credits=e.delta, meter_id=e.meter_id,
            meter=names.get(e.meter_id), note=e.note, **base,
        )
    raise ValueError("undo events are not listed")


def _cursor(text: str | None) -> tuple[int, int] | None:
    if not text:
        return None
    try:
        at_ms, seq = (int(part) for part in text.split(":", 1))
    except ValueError:
        raise problem("bad_cursor", value=text[:40]) from None
    return at_ms, seq


def page(
    ledger: LedgerFile,
    now: datetime,
    *,
    since: datetime | None = None,
    until: datetime | None = None,
    kind: str | None = None,
    project: str | None = None,
    outcome: str | None = None,
    meter: str | None = None,
    member: str | None = None,
    search: str | None = None,
    limit: int = 100,
    before: str | None = None,
) -> Page:
    """Logs in force (undone and replaced ones left out), newest first.

    ``meter``: a meter's name (a removed one's too); ``search``: text in notes;
    ``until`` defaults to no bound (a log dated later than ``now`` still shows)."""
    del now  # the list is what is recorded; kept in the signature like every service
    limit = max(1, min(int(limit), MAX_LIMIT))
    names = _names(ledger)
    meter_ids: tuple[str, ...] | None = None
    unnamed_in: tuple[str, ...] = ()
    if meter is not None:
        meter_ids = tuple(mid for mid, name in names.items() if name == meter)
        if not meter_ids:
            raise problem("unknown_meter", name=meter)
        unnamed_in = _sole_meter_accounts(ledger, meter_ids)
    filters = ledger_pages.Filters(
        since_ms=to_ms(since) if since is not None else None,
        until_ms=to_ms(until) if until is not None else None,
        kind=kind.strip() if kind else None,
        project=project.strip() if project else None,
        outcome=outcome,
        meter_ids=meter_ids,
        unnamed_in=unnamed_in,
        member=member,
        search=search.strip() if search else None,
    )
    found, cursor = ledger.page_logs(filters, before=_cursor(before), limit=limit)
    rows = tuple(to_row(e, names) for _, e in found)
    return Page(rows=rows, next_before=f"{cursor[0]}:{cursor[1]}" if cursor else None)


def _sole_meter_accounts(ledger: LedgerFile, meter_ids: tuple[str, ...]) -> tuple[str, ...]:
    """Accounts where the chosen meter is the only live one: a log naming no meter there
    drew from it, so a filter by that meter shows it too (the usual one-meter ledger)."""
    live = ledger.meters()
    out = []
    for m in live:
        if m.id in meter_ids and sum(1 for o in live if o.account == m.account) == 1:
            out.append(m.account)
    return tuple(out)


def row_json(row: LedgerRow) -> dict[str, Any]:
    """``creditfuel log list --json``, one log (a contract: keys never renamed)."""
    return {
        "id": row.id,
        "type": row.type,
        "at": row.at.isoformat(),
        "kind": row.kind,
        "credits": row.credits,
        "balance": row.balance,
        "meter": row.meter,
        "project": row.project,
        "outcome": row.outcome,
        "note": row.note,
        "size": row.size,
        "member": row.member,
        "account": row.account,
        "source": row.source,
        "expires_at": row.expires_at.isoformat() if row.expires_at else None,
        "edited": row.edited,
        "replaces": row.replaces,
    }


def get(ledger: LedgerFile, event_id: str) -> LedgerRow:
    """One log in force by id (the window's editor opens it); ``unknown_event`` else."""
    return to_row(ledger.log_in_force(event_id), _names(ledger))


def edit(ledger: LedgerFile, now: datetime, event_id: str, **changes: Any) -> Batch:
    """Correct a past spend: any of kind, credits, project, outcome, note, size, at
    (None: unchanged). Checked like a new log (plausibility, bounds); nothing written
    when refused."""
    given = {k: v for k, v in changes.items() if v is not None}
    unknown = set(given) - set(EDITABLE)
    if unknown:
        raise problem("bad_field", field=", ".join(sorted(unknown)))
    old = ledger.log_in_force(event_id)
    at = given.get("at") or old.origin.at
    credits = given.get("credits")
    undo, spend = ledger.replace_spend(
        old.origin.id,
        now=now,
        check=spend_check(credits, None, at=at, now=now),
        **given,
    )
    return Batch(
        action="edit",
        written=(undo.origin.id, spend.origin.id),
        targets=(old.origin.id,),
        spend=spend,
    )


def delete(ledger: LedgerFile, now: datetime, ids: Sequence[str]) -> Batch:
    """Tombstone these logs (any type) in one transaction; already-deleted ones are
    skipped. Refused (``leaves_negative``) when it would leave a balance below zero."""
    if not ids:
        raise problem("no_ids")
    undos = ledger.undo_events(list(ids), now=now)
    return Batch(
        action="delete",
        written=tuple(u.origin.id for u in undos),
        targets=tuple(u.target_id for u in undos),
    )


def undo_batch(ledger: LedgerFile, now: datetime, batch: Batch) -> Batch:
    """Take back everything ``batch`` wrote, in one transaction (undo of an undo: redo)."""
    undos = ledger.undo_events(list(batch.written), now=now, logs_only=False)
    return Batch(
        action="undo",
        written=tuple(u.origin.id for u in undos),
        targets=tuple(u.target_id for u in undos),
    )
