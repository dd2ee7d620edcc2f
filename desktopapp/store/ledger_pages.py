"""The ledger list's SQL: logs newest first, a page at a time (issue 9's ledger window).

Keyset paging on ``(at_ms, seq)`` walks the ``events_at`` index backwards from the
cursor (``events_kind_at`` when one kind is asked for) and stops after the page: a
page costs the same on ten years of history as on a week. Undone logs are dropped
page by page through their undo chains (``events_undo_target``).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from desktopapp.domain.events import Event, Spend, Undo
from desktopapp.domain.undo import active_events, cancelled_ids, in_force, in_order
from desktopapp.store import queries
from desktopapp.store.codec import SELECT_COLUMNS, event_from_row, to_ms
from desktopapp.store.handle import Db

_COLS = ", ".join(f'"{c}"' for c in SELECT_COLUMNS)
LIST_TYPES = ("spend", "observation", "pack", "correction")


@dataclass(frozen=True)
class Filters:
    since_ms: int | None = None
    until_ms: int | None = None
    kind: str | None = None
    project: str | None = None
    outcome: str | None = None
    meter_ids: tuple[str, ...] | None = None
    # With a meter filter: also the logs that name no meter in these accounts (the
    # meter is its account's only one, so they drew from it).
    unnamed_in: tuple[str, ...] = ()
    member: str | None = None
    search: str | None = None  # in notes, case-insensitive for ASCII (SQLite LIKE)


def _where(f: Filters, before: tuple[int, int] | None) -> tuple[str, list[Any]]:
    parts: list[str] = []
    params: list[Any] = []
    if f.kind is not None:
        # the literal type lets SQLite use the partial index events_kind_at
        parts.append("type = 'spend' AND kind = ?")
        params.append(f.kind)
    else:
        parts.append("type IN (" + ", ".join(f"'{t}'" for t in LIST_TYPES) + ")")
    if f.since_ms is not None:
        parts.append("at_ms >= ?")
        params.append(f.since_ms)
    if f.until_ms is not None:
        parts.append("at_ms <= ?")
        params.append(f.until_ms)
    if before is not None:
        parts.append("at_ms <= ? AND (at_ms < ? OR seq < ?)")
        params.extend([before[0], before[0], before[1]])
    if f.project is not None:
        parts.append("project = ?")
        params.append(f.project)
    if f.outcome is not None:
        parts.append("type = 'spend' AND outcome = ?")
        params.append(f.outcome)
    if f.meter_ids is not None:
        named = "meter_id IN (" + ", ".join("?" for _ in f.meter_ids) + ")"
        params.extend(f.meter_ids)
        if f.unnamed_in:
            accounts = ", ".join("?" for _ in f.unnamed_in)
            named = f"({named} OR (meter_id IS NULL AND account IN ({accounts})))"
            params.extend(f.unnamed_in)
        parts.append(named)
    if f.member is not None:
        parts.append("member = ?")
        params.append(f.member)
    if f.search:
        escaped = f.search.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
        parts.append("note LIKE ? ESCAPE '\\'")
        params.append(f"%{escaped}%")
    return " AND ".join(parts), params


def page_sql(f: Filters, before: tuple[int, int] | None, limit: int) -> tuple[str, list[Any]]:
    where, params = _where(f, before)
    # Named, not left to the planner: without statistics it may pick events_type_at
    # and sort every spend of history to return a hundred.
    index = "events_kind_at" if f.kind is not None else "events_at"
    return (
        f"SELECT {_COLS} FROM events INDEXED BY {index} WHERE {where} "
        "ORDER BY at_ms DESC, seq DESC LIMIT ?",
        [*params, limit],
    )


def page(
    db: Db, f: Filters, *, before: tuple[int, int] | None, limit: int
) -> tuple[list[tuple[int, Event]], tuple[int, int] | None]:
    """Up to ``limit`` logs in force, newest first, older than ``before``; and the
    cursor for the next page (None: nothing older)."""
    found: list[tuple[int, Event]] = []
    cursor = before
    batch = max(limit, 50)
    while len(found) < limit:
        sql, params = page_sql(f, cursor, batch)
        rows = db.conn.execute(sql, params).fetchall()
        if not rows:
            return found, None
        events = [(int(r[0]), int(r[3]), event_from_row(r)) for r in rows]  # seq, at_ms
        chain = in_order(queries.undos_aimed_at(db, [e.origin.id for _, _, e in events]))
        gone = cancelled_ids([(u.origin.id, u.target_id) for u in chain if isinstance(u, Undo)])
        for seq, at_ms, e in events:
            cursor = (at_ms, seq)
            if e.origin.id not in gone:
                found.append((seq, e))
                if len(found) == limit:
                    return found, cursor
        if len(rows) < batch:
            return found, None
    return found, cursor



def newest_spend(db: Db, *, since: datetime, until: datetime) -> Spend | None:
    """The newest spend in force dated in [since, until] (Quick log's "repeat last"): a
    backwards walk of the type/instant index, a page at a time, reading only the undos
    aimed at that page: as fast on years of history as on a day."""
    before: tuple[int, int] | None = None
    while True:
        rows = queries.newest_first(
            db, "spend", since_ms=to_ms(since), until_ms=to_ms(until), before=before, limit=50
        )
        if not rows:
            return None
        page = [e for _, e in rows]
        undos = in_force(queries.undos_aimed_at(db, [e.origin.id for e in page]))
        alive = {e.origin.id for e in active_events([*reversed(page), *undos])}
        for e in page:
            if e.origin.id in alive and isinstance(e, Spend):
                return e
        before = (to_ms(rows[-1][1].origin.at), rows[-1][0])
