"""The queries of a replay (store.balances): rows shaped as the replay's steps, so a
million events are read without building an event object for each.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Any, cast

from desktopapp.domain.ledger_engine import Step
from desktopapp.store.handle import Db

# Columns in ``ledger_engine.Step`` order. Instants in microseconds (the replay's unit);
# "what" as a small number (SPEND, OBSERVATION, CORRECTION, PACK); an empty, missing or
# "default" account as NULL (codec.event_from_row reads the first two as the default
# one); a pack's id and expiry where a spend has its meter and balance after. Fewer,
# smaller values per row: a million rows cost a second less to read.
_STEPS = """
SELECT seq, at_ms * 1000,
       CASE type WHEN 'spend' THEN 0 WHEN 'observation' THEN 1 WHEN 'correction' THEN 2
                 ELSE 3 END,
       NULLIF(NULLIF(account, ''), 'default'),
       CASE type WHEN 'pack' THEN id ELSE meter_id END,
       CASE type WHEN 'observation' THEN balance_after ELSE credits END,
       CASE type WHEN 'spend' THEN balance_after WHEN 'pack' THEN expires_ms * 1000 END
  FROM events
"""
# ``+type``: not through the (type, at_ms) index, whose rows come out of four ranges and
# must be sorted again (a temporary B-tree of every log); the at_ms index is already in
# (at_ms, seq) order.
_LOGS = "+type IN ('spend', 'observation', 'pack', 'correction')"


def iter_steps(
    db: Db, *, after_ms: int | None, until_ms: int, chunk: int = 50_000
) -> Iterator[list[Step]]:
    """Logs (no undos) with after_ms < at_ms <= until_ms as replay steps, in time order
    (ties in the order written), in lists of ``chunk``."""
    where = ["at_ms <= ?", _LOGS]
    params: list[Any] = [until_ms]
    if after_ms is not None:
        where.append("at_ms > ?")
        params.append(after_ms)
    cur = db.conn.execute(_STEPS + " WHERE " + " AND ".join(where) + " ORDER BY at_ms, seq",
                          params)
    while True:
        rows = cur.fetchmany(chunk)
        if not rows:
            return
        yield cast(list[Step], rows)


def seqs_of(db: Db, ids: Iterable[str]) -> set[int]:
    """The sequence numbers of the events with these ids (500 ids a query: SQLite's
    parameter limit)."""
    wanted = list(ids)
    out: set[int] = set()
    for i in range(0, len(wanted), 500):
        part = wanted[i : i + 500]
        marks = ", ".join("?" for _ in part)
        rows = db.conn.execute(f"SELECT seq FROM events WHERE id IN ({marks})", part)
        out.update(int(r[0]) for r in rows)
    return out


def undo_roots(db: Db, after_seq: int | None = None) -> list[tuple[int, int]]:
    """(undo instant, root instant) of every undo (written after ``after_seq`` when
    given) whose chain ends at a log: undo of undo of X -> X, as balances.root_target
    walks it, in one query rather than one per link. A chain that loops or ends at a
    missing event gives nothing."""
    rows = db.conn.execute(
        """
        WITH RECURSIVE walk(undo_at, cur) AS (
            SELECT at_ms, target_id FROM events WHERE type = 'undo' AND seq > ?
            UNION
            SELECT w.undo_at, e.target_id FROM walk w JOIN events e
                ON e.id = w.cur AND e.type = 'undo'
        )
        SELECT w.undo_at, e.at_ms FROM walk w JOIN events e ON e.id = w.cur
         WHERE e.type != 'undo'
        """,
        [-1 if after_seq is None else after_seq],
    ).fetchall()
    return [(int(r[0]), int(r[1])) for r in rows]


def logs_more_than(db: Db, *, after_ms: int | None, until_ms: int, count: int) -> bool:
    """Whether more than ``count`` logs (undos aside) fall in (after_ms, until_ms]:
    counts no further than that."""
    row = db.conn.execute(
        "SELECT COUNT(*) FROM (SELECT 1 FROM events WHERE at_ms > ? AND at_ms <= ? "
        "AND type != 'undo' LIMIT ?)",
        [-(2**62) if after_ms is None else after_ms, until_ms, count + 1],
    ).fetchone()
    return int(row[0]) > count


def instants_every(db: Db, *, after_ms: int | None, until_ms: int, every: int) -> list[int]:
    """The instant of every ``every``-th event in (after_ms, until_ms], time order: where
    a long replay leaves checkpoints. Steps ``every`` entries of the at_ms index from
    the last one found (a numbering of the whole range sorted it all)."""
    found: list[int] = []
    row = db.conn.execute(
        "SELECT at_ms, seq FROM events WHERE at_ms > ? AND at_ms <= ? "
        "ORDER BY at_ms, seq LIMIT 1 OFFSET ?",
        [-(2**62) if after_ms is None else after_ms, until_ms, every - 1],
    ).fetchone()
    while row is not None:
        found.append(int(row[0]))
        row = db.conn.execute(
            "SELECT at_ms, seq FROM events WHERE (at_ms, seq) > (?, ?) AND at_ms <= ? "
            "ORDER BY at_ms, seq LIMIT 1 OFFSET ?",
            [row[0], row[1], until_ms, every - 1],
        ).fetchone()
    return found
