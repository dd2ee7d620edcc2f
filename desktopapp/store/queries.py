"""Every SQL statement of the app. Functions take the sqlite-utils Db and plain values."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from datetime import datetime
from typing import Any

from desktopapp.domain.events import Event, Spend
from desktopapp.store.codec import (
    EVENT_COLUMNS,
    SELECT_COLUMNS,
    event_from_row,
    event_to_row,
    to_ms,
)
from desktopapp.store.handle import Db

USER_LOG_TYPES = ("spend", "observation", "pack", "correction")
_SELECT = "SELECT " + ", ".join(f'"{c}"' for c in SELECT_COLUMNS) + " FROM events"
_INSERT = (
    "INSERT INTO events ("
    + ", ".join(EVENT_COLUMNS)
    + ") VALUES ("
    + ", ".join("?" for _ in EVENT_COLUMNS)
    + ")"
)


# -- events ------------------------------------------------------------------------------
def insert_event(db: Db, event: Event, recorded: datetime) -> int:
    cur = db.execute(_INSERT, event_to_row(event, recorded))
    if isinstance(event, Spend):
        for column, value in (("kind", event.kind), ("project", event.project)):
            if value is not None:
                db.execute(_NOTE_RECENT, [column, value, to_ms(event.origin.at)])
    return int(cur.lastrowid or 0)


def insert_event_rows(db: Db, rows: Iterable[tuple[Any, ...] | list[Any]]) -> None:
    """Bulk insert of rows already in EVENT_COLUMNS order (imports, merges, benchmarks).
    The batch's recent kinds and projects are read through the rowid range it was
    written to (``NOT INDEXED``; through events_type_at, a batch grouped every spend of
    history: 32 s of a 1M-event import)."""
    before = max_seq(db)
    db.conn.executemany(_INSERT, rows)
    for column in ("kind", "project"):
        db.execute(
            f"INSERT INTO recent_values (col, value, last_ms) "
            f"SELECT '{column}', {column}, MAX(at_ms) FROM events NOT INDEXED "
            f"WHERE seq > ? AND type = 'spend' AND {column} IS NOT NULL GROUP BY {column} "
            + _RECENT_CONFLICT,
            [before],
        )


# Where Quick log finds the kinds and projects used, newest first (schema step 0006).
_RECENT_CONFLICT = (
    "ON CONFLICT (col, value) DO UPDATE SET last_ms = excluded.last_ms "
    "WHERE excluded.last_ms > recent_values.last_ms"
)
_NOTE_RECENT = "INSERT INTO recent_values (col, value, last_ms) VALUES (?, ?, ?) " + (
    _RECENT_CONFLICT
)


def event_by_id(db: Db, event_id: str) -> Event | None:
    row = db.conn.execute(_SELECT + " WHERE id = ?", [event_id]).fetchone()
    return event_from_row(row) if row else None


def iter_event_chunks(
    db: Db,
    *,
    after_ms: int | None,
    until_ms: int,
    types: tuple[str, ...] | None = None,
    chunk: int = 20_000,
) -> Iterator[list[Event]]:
    """Events with after_ms < at_ms <= until_ms in time order, in lists of ``chunk``."""
    where = ["at_ms <= ?"]
    params: list[Any] = [until_ms]
    if after_ms is not None:
        where.append("at_ms > ?")
        params.append(after_ms)
    if types is not None:
        where.append("type IN (" + ", ".join("?" for _ in types) + ")")
        params.extend(types)
    cur = db.conn.execute(
        _SELECT + " WHERE " + " AND ".join(where) + " ORDER BY at_ms, seq", params
    )
    while True:
        rows = cur.fetchmany(chunk)
        if not rows:
            return
        yield [event_from_row(r) for r in rows]


def events_between(
    db: Db, *, after_ms: int | None, until_ms: int, types: tuple[str, ...] | None = None
) -> list[Event]:
    out: list[Event] = []
    for part in iter_event_chunks(db, after_ms=after_ms, until_ms=until_ms, types=types):
        out.extend(part)
    return out


def undos_until(db: Db, until_ms: int) -> list[Event]:
    """Undo tombstones dated up to until_ms, oldest first (ties: written first first)."""
    rows = db.conn.execute(
        _SELECT + " WHERE type = 'undo' AND at_ms <= ? ORDER BY at_ms, seq", [until_ms]
    ).fetchall()
    return [event_from_row(r) for r in rows]


def undos_after_checkpoint(db: Db, checkpoint_ms: int, until_ms: int) -> list[Event]:
    """The undos a replay from a checkpoint needs: those dated after it, those aimed at
    an event dated after it (whenever written), and every undo of one of those (chains).

    Undos aimed at the checkpoint's own past are already in it; leaving them out keeps a
    status on a long history as cheap as on a short one (each part is an index lookup).
    """
    rows = db.conn.execute(
        """
        WITH RECURSIVE relevant(id) AS (
            SELECT id FROM events
             WHERE type = 'undo' AND at_ms > :cp AND at_ms <= :until
            UNION
            SELECT u.id FROM events e CROSS JOIN events u  -- e first: few recent events
                ON u.target_id = e.id AND u.type = 'undo'
             WHERE e.at_ms > :cp AND e.at_ms <= :until
            UNION
            SELECT u.id FROM relevant r JOIN events u ON u.target_id = r.id AND u.type = 'undo'
        )
        """
        + _SELECT
        + " WHERE id IN (SELECT id FROM relevant) AND at_ms <= :until ORDER BY at_ms, seq",
        {"cp": checkpoint_ms, "until": until_ms},
    ).fetchall()
    return [event_from_row(r) for r in rows]


def min_at_after_seq(db: Db, after_seq: int) -> int | None:
    """The earliest instant among events written after ``after_seq`` (an import's)."""
    row = db.conn.execute("SELECT MIN(at_ms) FROM events WHERE seq > ?", [after_seq]).fetchone()
    return None if row[0] is None else int(row[0])


def undos_after_seq(db: Db, after_seq: int) -> list[Event]:
    rows = db.conn.execute(
        _SELECT + " WHERE seq > ? AND type = 'undo' ORDER BY seq", [after_seq]
    ).fetchall()
    return [event_from_row(r) for r in rows]


def undos_aimed_at(db: Db, ids: Iterable[str]) -> list[Event]:
    """Every undo aimed at one of ``ids``, and every undo of those (redo chains), in
    recorded order: what ``in_force``/``active_events`` need to tell which of those
    events stand, read through the target index whatever the size of history (where
    reading every undo ever made). Ids go in batches of 500 (SQLite's
    parameter limit). INDEXED BY: the planner took events_type_at and read every undo
    (36 ms for 50 ids at 1M events, 0.8 ms through the target index)."""
    wanted = list(ids)
    out: list[Event] = []
    for i in range(0, len(wanted), 500):
        part = wanted[i : i + 500]
        marks = ", ".join("?" for _ in part)
        rows = db.conn.execute(
            f"""
            WITH RECURSIVE chain(id) AS (
                SELECT id FROM events INDEXED BY events_undo_target
                 WHERE type = 'undo' AND target_id IN ({marks})
                UNION
                SELECT u.id FROM chain c JOIN events u ON u.target_id = c.id AND u.type = 'undo'
            )
            """
            + _SELECT
            + " WHERE id IN (SELECT id FROM chain) ORDER BY seq",
            part,
        ).fetchall()
        out.extend(event_from_row(r) for r in rows)
    return out


def user_logs_newest_first(
    db: Db, limit: int = 200, before_seq: int | None = None
) -> list[Event]:
    """Spends, observations, packs and corrections, most recently written first."""
    params: list[Any] = list(USER_LOG_TYPES)
    extra = ""
    if before_seq is not None:
        extra = " AND seq < ?"
        params.append(before_seq)
    params.append(limit)
    # NOT INDEXED: not through events_type_at (which sorted every log of history by
    # seq), but a backwards walk of the table itself that stops at ``limit`` matches.
    rows = db.conn.execute(
        _SELECT
        + " NOT INDEXED WHERE type IN (?, ?, ?, ?)"
        + extra
        + " ORDER BY seq DESC LIMIT ?",
        params,
    ).fetchall()
    return [event_from_row(r) for r in rows]


def seq_of(db: Db, event_id: str) -> int | None:
    row = db.conn.execute("SELECT seq FROM events WHERE id = ?", [event_id]).fetchone()
    return int(row[0]) if row else None


def max_seq(db: Db) -> int:
    row = db.conn.execute("SELECT COALESCE(MAX(seq), 0) FROM events").fetchone()
    return int(row[0])


def event_count(db: Db) -> int:
    return int(db.conn.execute("SELECT COUNT(*) FROM events").fetchone()[0])


def distinct_recent(db: Db, column: str, limit: int | None = None) -> list[str]:
    """Distinct values of ``project`` or ``kind`` on spends, most recently used first.

    Read from ``recent_values`` (schema step 0006, kept by the two insert functions
    above): as fast on a million spends as on ten."""
    if column not in ("project", "kind"):
        raise ValueError(column)
    rows = db.conn.execute(
        "SELECT value FROM recent_values WHERE col = ? ORDER BY last_ms DESC, value LIMIT ?",
        [column, -1 if limit is None else limit],
    ).fetchall()
    return [r[0] for r in rows]


# -- other processes -----------------------------------------------------------------------
def data_version(db: Db) -> int:
    """Changes when another connection commits (PRAGMA data_version)."""
    return int(db.conn.execute("PRAGMA data_version").fetchone()[0])


# -- team folder (issue 13) ----------------------------------------------------------------
def existing_event_ids(db: Db, ids: Iterable[str]) -> set[str]:
    """Which of these event ids the ledger already holds (a merge adds each only once)."""
    wanted = list(ids)
    found: set[str] = set()
    for i in range(0, len(wanted), 500):  # SQLite's bound-parameter limit
        part = wanted[i : i + 500]
        marks = ", ".join("?" for _ in part)
        rows = db.conn.execute(f"SELECT id FROM events WHERE id IN ({marks})", part)
        found.update(r[0] for r in rows)
    return found


# -- corrections, restores, the ledger list (issue 9) --------------------------------------
def has_events_after(db: Db, at_ms: int) -> bool:
    """Is anything recorded later than ``at_ms``? (events_at: one index probe)"""
    row = db.conn.execute("SELECT 1 FROM events WHERE at_ms > ? LIMIT 1", [at_ms]).fetchone()
    return row is not None


def spends_replacing(db: Db, target_id: str) -> list[Event]:
    """Every correction of that log, in recorded order (events_replaces)."""
    rows = db.conn.execute(
        _SELECT + " WHERE replaces = ? AND type = 'spend' ORDER BY seq", [target_id]
    ).fetchall()
    return [event_from_row(r) for r in rows]


def count_logs_capped(db: Db, *, after_ms: int | None, until_ms: int, cap: int) -> int:
    """How many non-undo events fall in (after_ms, until_ms], counted up to ``cap``: its
    cost is bounded whatever the size of history."""
    row = db.conn.execute(
        "SELECT COUNT(*) FROM (SELECT 1 FROM events WHERE at_ms > ? AND at_ms <= ? "
        "AND type != 'undo' LIMIT ?)",
        [-(2**62) if after_ms is None else after_ms, until_ms, cap],
    ).fetchone()
    return int(row[0])


def latest_at_ms(db: Db) -> int | None:
    """The instant of the newest event (events_at: one index probe)."""
    row = db.conn.execute("SELECT MAX(at_ms) FROM events").fetchone()
    return int(row[0]) if row and row[0] is not None else None


def newest_first(
    db: Db,
    kind: str,
    *,
    since_ms: int | None = None,
    until_ms: int | None = None,
    before: tuple[int, int] | None = None,
    limit: int = 200,
) -> list[tuple[int, Event]]:
    """(seq, event) of one type by instant, newest first (ties: latest recorded first),
    a page at a time after ``before`` = (at_ms, seq) of the previous page's last:
    through events_type_at, so the newest are found without reading all of history."""
    where, params = ["type = ?"], list[Any]([kind])
    if since_ms is not None:
        where.append("at_ms >= ?")
        params.append(since_ms)
    if until_ms is not None:
        where.append("at_ms <= ?")
        params.append(until_ms)
    if before is not None:
        where.append("(at_ms < ? OR (at_ms = ? AND seq < ?))")
        params += [before[0], before[0], before[1]]
    rows = db.conn.execute(
        _SELECT + f" WHERE {' AND '.join(where)} ORDER BY at_ms DESC, seq DESC LIMIT ?",
        [*params, limit],
    ).fetchall()
    return [(int(r[0]), event_from_row(r)) for r in rows]


def seqs_of(db: Db, ids: Iterable[str]) -> dict[str, int]:
    """Recorded order (seq) of each event id given, in one read per 500 ids."""
    wanted = list(ids)
    out: dict[str, int] = {}
    for i in range(0, len(wanted), 500):
        part = wanted[i : i + 500]
        marks = ", ".join("?" for _ in part)
        rows = db.conn.execute(f"SELECT id, seq FROM events WHERE id IN ({marks})", part)
        out.update((str(r[0]), int(r[1])) for r in rows)
    return out


def spends_of_kind_newest_first(
    db: Db, kind: str, *, since_ms: int, until_ms: int, limit: int
) -> list[Event]:
    """One stored kind's spends in [since_ms, until_ms], newest first, at most ``limit``:
    a backwards walk of events_kind_at that stops at ``limit``."""
    rows = db.conn.execute(
        _SELECT + " INDEXED BY events_kind_at WHERE type = 'spend' AND kind = ? "
        "AND at_ms >= ? AND at_ms <= ? ORDER BY at_ms DESC LIMIT ?",
        [kind, since_ms, until_ms, limit],
    ).fetchall()
    return [event_from_row(r) for r in rows]
