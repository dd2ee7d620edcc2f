"""Every query a window runs is bounded by what it shows, not by the size of history
(issue 11): checked on the query plans SQLite picks, never by timing."""

from __future__ import annotations

import sqlite3
import uuid
from collections.abc import Callable
from datetime import UTC, datetime, time, timedelta
from pathlib import Path

from sqlite_utils import Database

from desktopapp.domain.events import Origin, Spend
from desktopapp.domain.schedule import Daily
from desktopapp.store import queries
from desktopapp.store.ledger_file import Identity, LedgerFile
from desktopapp.store.schema import STEP_NAMES, migrations

T0 = datetime(2026, 3, 1, 9, 0, tzinfo=UTC)
ME = Identity(device="d", member="m")


def spend(at: datetime, kind: str, project: str | None) -> Spend:
    return Spend(
        origin=Origin(id=str(uuid.uuid4()), at=at, device="d", member="m"),
        kind=kind,
        credits=1,
        project=project,
    )


def grouped(db: sqlite3.Connection, column: str) -> list[str]:
    """What the old query answered by grouping every spend of history."""
    rows = db.execute(
        f"SELECT {column} FROM events WHERE type = 'spend' AND {column} IS NOT NULL "
        f"GROUP BY {column} ORDER BY MAX(at_ms) DESC, {column}"
    ).fetchall()
    return [r[0] for r in rows]


def plan(db: sqlite3.Connection, sql: str, params: list[object]) -> str:
    return " | ".join(str(r[3]) for r in db.execute("EXPLAIN QUERY PLAN " + sql, params))


def test_recent_kinds_and_projects_follow_logs_imports_and_back_dated_ones(
    tracker: LedgerFile,
) -> None:
    tracker.add_meter("daily", 200, Daily(time(9), "UTC"), now=T0)
    tracker.log_spend("chat", credits=1, project="acme", at=T0, now=T0)
    tracker.log_spend("slides", credits=1, at=T0 + timedelta(hours=1), now=T0)
    tracker.append_many(
        [
            spend(T0 + timedelta(hours=2), "video", "zeta"),
            spend(T0 - timedelta(days=3), "research", "old-client"),  # back-dated
            spend(T0 + timedelta(hours=3), "chat", "acme"),
        ],
        now=T0,
    )
    assert tracker.recent_kinds() == ["chat", "video", "slides", "research"]
    assert tracker.projects() == ["acme", "zeta", "old-client"]
    assert tracker.recent_kinds() == grouped(tracker.db.conn, "kind")
    assert tracker.projects() == grouped(tracker.db.conn, "project")
    assert queries.distinct_recent(tracker.db, "kind", limit=2) == ["chat", "video"]


def test_a_file_from_before_the_summary_gets_it_filled_when_migrated(tmp_path: Path) -> None:
    path = tmp_path / "old.sqlite3"
    old = Database(path)
    migrations.apply(old, stop_before="0006_recent_values")
    for i, (kind, project) in enumerate([("chat", "a"), ("image", None), ("chat", "b")]):
        old.execute(
            "INSERT INTO events (id, type, at_ms, recorded_ms, device, member, kind, credits, "
            "project) VALUES (?, 'spend', ?, 0, 'd', 'm', ?, 1, ?)",
            [f"e{i}", 1_000 * (i + 1), kind, project],
        )
    old.execute("PRAGMA user_version = 5")
    old.conn.commit()
    old.close()
    with LedgerFile.open(path, ME) as t:
        assert "0006_recent_values" in STEP_NAMES
        assert t.recent_kinds() == ["chat", "image"]
        assert t.projects() == ["b", "a"]


def traced(tracker: LedgerFile, run: Callable[[], object]) -> str:
    """The SQL (values bound) of the one SELECT ``run`` makes on the ledger."""
    seen: list[str] = []
    tracker.db.conn.set_trace_callback(seen.append)
    try:
        run()
    finally:
        tracker.db.conn.set_trace_callback(None)
    selects = [s for s in seen if s.lstrip().upper().startswith(("SELECT", "WITH"))]
    assert len(selects) == 1, seen
    return selects[0]


def test_recent_values_read_the_summary_not_the_events(tracker: LedgerFile) -> None:
    got = plan(tracker.db.conn, traced(tracker, tracker.recent_kinds), [])
    # a search of the small summary by column (sorting its few hundred rows), never events
    assert "SEARCH recent_values" in got and "events" not in got


def test_the_last_user_log_walks_back_the_table_without_sorting(tracker: LedgerFile) -> None:
    tracker.add_meter("daily", 200, Daily(time(9), "UTC"), now=T0)
    tracker.append_many([spend(T0 + timedelta(minutes=i), "chat", None) for i in range(50)],
                        now=T0)
    tracker.db.conn.execute("ANALYZE")  # the planner sees a big, mostly-spend table
    for before in (None, 40):

        def page(b: int | None = before) -> object:
            return queries.user_logs_newest_first(tracker.db, limit=200, before_seq=b)

        sql = traced(tracker, page)
        got = plan(tracker.db.conn, sql, [])
        assert "TEMP B-TREE" not in got  # no sort of history
        assert "INDEX" not in got  # the table itself, newest rowid first
    newest = queries.user_logs_newest_first(tracker.db, limit=3)
    assert [e.origin.at for e in newest] == [T0 + timedelta(minutes=m) for m in (49, 48, 47)]


def test_a_spends_window_reads_indexes_only(tracker: LedgerFile) -> None:
    tracker.add_meter("daily", 200, Daily(time(9), "UTC"), now=T0)
    tracker.append_many([spend(T0 + timedelta(hours=i), "chat", None) for i in range(50)],
                        now=T0)
    seen: list[str] = []
    tracker.db.conn.set_trace_callback(seen.append)
    try:
        tracker.spends(since=T0 + timedelta(days=1), until=T0 + timedelta(days=2))
    finally:
        tracker.db.conn.set_trace_callback(None)
    plans = [plan(tracker.db.conn, s, []) for s in seen if "SELECT" in s.upper()]
    assert plans and any("events_type_at" in p for p in plans)
    for p in plans:  # every step a search through an index, never a walk of history
        steps = [step for step in p.split(" | ") if "events" in step or " e" in step]
        assert all("SCAN" not in step or "INDEX" in step for step in steps), p


def test_the_undos_of_a_page_are_read_through_the_target_index(tracker: LedgerFile) -> None:
    tracker.add_meter("daily", 200, Daily(time(9), "UTC"), now=T0)
    logs = [tracker.log_spend("chat", credits=1, at=T0 + timedelta(minutes=i), now=T0)
            for i in range(6)]
    tracker.undo_last(now=T0)  # undoes logs[5]
    tracker.undo_last(now=T0)  # logs[4]
    tracker.redo_last(now=T0)  # brings logs[4] back: an undo of an undo
    page = [e.origin.id for e in logs[3:]]
    found = queries.undos_aimed_at(tracker.db, page)
    assert len(found) == 3  # both undos and the redo, oldest first
    assert queries.undos_aimed_at(tracker.db, [logs[0].origin.id]) == []
    from desktopapp.domain.undo import active_events

    alive = {e.origin.id for e in active_events([*logs[3:], *found])}
    assert alive == {logs[3].origin.id, logs[4].origin.id}
    sql = traced(tracker, lambda: queries.undos_aimed_at(tracker.db, page))
    assert "events_undo_target" in plan(tracker.db.conn, sql, [])
