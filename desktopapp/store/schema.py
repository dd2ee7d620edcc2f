"""Schema history. Each step runs in its own transaction (sqlite-utils ``Migrations``).

Never edit a step that has shipped: add a new one and bump ``SCHEMA_VERSION``. The
version is also written to ``PRAGMA user_version`` so an older app can refuse a file
made by a newer one before touching it.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

from sqlite_utils import Database, Migrations

from desktopapp.store.version import SCHEMA_VERSION

_F = TypeVar("_F", bound=Callable[[Database], None])

MIGRATION_SET = "creditfuel"
migrations = Migrations(MIGRATION_SET)
STEP_NAMES: list[str] = []  # every step this app knows, to spot files from a newer app


def step(name: str) -> Callable[[_F], _F]:
    STEP_NAMES.append(name)
    return migrations(name=name)


def _set_version(db: Database, version: int) -> None:
    db.execute(f"PRAGMA user_version = {int(version)}")


@step("0001_meters_events_settings")
def m0001(db: Database) -> None:
    db.executescript(
        """
        CREATE TABLE meters (
            id TEXT PRIMARY KEY,
            name TEXT NOT NULL,
            account TEXT NOT NULL DEFAULT 'default',
            "grant" INTEGER NOT NULL,
            rule TEXT NOT NULL,            -- JSON, see store.codec.rule_to_json
            mode TEXT NOT NULL DEFAULT 'overwrite',
            cap INTEGER,
            priority INTEGER,
            unit TEXT NOT NULL DEFAULT 'credits',
            created_ms INTEGER NOT NULL,
            removed_ms INTEGER
        );
        -- names are unique among live meters only (a removed name can be reused)
        CREATE UNIQUE INDEX meters_live_name ON meters(name) WHERE removed_ms IS NULL;

        CREATE TABLE events (
            seq INTEGER PRIMARY KEY AUTOINCREMENT,
            id TEXT NOT NULL UNIQUE,
            type TEXT NOT NULL,
            at_ms INTEGER NOT NULL,
            recorded_ms INTEGER NOT NULL,
            device TEXT NOT NULL,
            member TEXT NOT NULL,
            account TEXT,
            meter_id TEXT REFERENCES meters(id),
            kind TEXT,
            credits INTEGER,
            balance_after INTEGER,
            project TEXT,
            outcome TEXT,
            note TEXT,
            size REAL,
            target_id TEXT,
            expires_ms INTEGER
        );

        CREATE TABLE settings (
            key TEXT PRIMARY KEY,
            value TEXT NOT NULL             -- JSON
        );
        """
    )
    _set_version(db, 1)


@step("0002_append_only_and_indexes")
def m0002(db: Database) -> None:
    db.executescript(
        """
        CREATE TRIGGER events_no_update BEFORE UPDATE ON events
        BEGIN SELECT RAISE(ABORT, 'events are append-only'); END;
        CREATE TRIGGER events_no_delete BEFORE DELETE ON events
        BEGIN SELECT RAISE(ABORT, 'events are append-only'); END;

        CREATE INDEX events_at ON events(at_ms);
        CREATE INDEX events_type_at ON events(type, at_ms);
        CREATE INDEX events_meter_at ON events(meter_id, at_ms);
        CREATE INDEX events_project ON events(project);
        """
    )
    _set_version(db, 2)


@step("0003_checkpoints_rules")
def m0003(db: Database) -> None:
    db.executescript(
        """
        -- derived cache of the replayed ledger, always safe to delete
        CREATE TABLE checkpoints (
            at_ms INTEGER PRIMARY KEY,
            upto_seq INTEGER NOT NULL,
            state TEXT NOT NULL             -- JSON, see store.codec.state_to_json
        );

        CREATE TABLE rules (
            id TEXT PRIMARY KEY,
            code TEXT NOT NULL,
            params TEXT NOT NULL,           -- JSON
            created_ms INTEGER NOT NULL,
            removed_ms INTEGER
        );
        """
    )
    _set_version(db, 3)


@step("0004_undo_target_index")
def m0004(db: Database) -> None:
    # A replay from a checkpoint asks "which undos aim at these recent events?": an
    # index on the target keeps that independent of how many undos history holds.
    db.execute("CREATE INDEX events_undo_target ON events(target_id) WHERE type = 'undo'")
    _set_version(db, 4)


@step("0005_observation_source")
def m0005(db: Database) -> None:
    # Which source made an automatic reading (e.g. "genspark"); NULL for typed balances.
    # A new nullable column: older rows and older exports stay valid as they are.
    db.execute("ALTER TABLE events ADD COLUMN source TEXT")
    _set_version(db, 5)


@step("0006_recent_values")
def m0006(db: Database) -> None:
    # Quick log lists the kinds and projects used, most recent first, on every open and
    # save: grouping a million spends for that took half a second each. This small table
    # holds one row per distinct value and its latest instant; the store's two insert
    # paths (queries.insert_event / insert_event_rows) keep it. Not a trigger: one per
    # row doubled the cost of a bulk import, where one set-based upsert after the batch
    # costs next to nothing. No index: it holds a few hundred rows.
    for sql in (
        """CREATE TABLE IF NOT EXISTS recent_values (
               col TEXT NOT NULL,              -- 'kind' | 'project'
               value TEXT NOT NULL,
               last_ms INTEGER NOT NULL,
               PRIMARY KEY (col, value)
           ) WITHOUT ROWID""",
        # files migrated by a development build of this step had these
        "DROP TRIGGER IF EXISTS events_recent_values",
        "DROP INDEX IF EXISTS recent_values_by_time",
        """INSERT INTO recent_values (col, value, last_ms)
           SELECT 'kind', kind, MAX(at_ms) FROM events
            WHERE type = 'spend' AND kind IS NOT NULL GROUP BY kind
           ON CONFLICT (col, value) DO NOTHING""",
        """INSERT INTO recent_values (col, value, last_ms)
           SELECT 'project', project, MAX(at_ms) FROM events
            WHERE type = 'spend' AND project IS NOT NULL GROUP BY project
           ON CONFLICT (col, value) DO NOTHING""",
    ):
        db.execute(sql)
    _set_version(db, 6)


@step("0007_team_clock")
def m0007(db: Database) -> None:
    # The team folder (issue 13). Events stay append-only and untouched: the hybrid-clock
    # stamp each one got when it was shared (or read from another device) lives beside
    # them, keyed by event id; "not stamped yet" is what still has to be written out.
    # Meters, rules, shared settings and approvals travel as last-writer-wins registers.
    for sql in (
        """CREATE TABLE team_clock (
               event_id TEXT PRIMARY KEY,
               hlc TEXT NOT NULL
           ) WITHOUT ROWID""",
        """CREATE TABLE team_registers (
               key TEXT PRIMARY KEY,           -- 'meter:<id>', 'rule:<id>', 'setting:<key>'...
               hlc TEXT NOT NULL,
               device TEXT NOT NULL,
               value TEXT,                     -- JSON; NULL: unset
               pending INTEGER NOT NULL DEFAULT 0  -- 1: written here, not yet shared
           ) WITHOUT ROWID""",
    ):
        db.execute(sql)
    _set_version(db, 7)


@step("0008_replaces_and_ledger_list")
def m0008(db: Database) -> None:
    # Issue 9: a corrected log is a new spend that names the one it replaces (the old
    # one is undone in the same transaction): the link shows "edited" in lists and
    # travels with the event (team lines carry every column). The ledger window pages
    # newest first by (at_ms, seq) on events_at; filtering by kind walks this index.
    for sql in (
        "ALTER TABLE events ADD COLUMN replaces TEXT",
        "CREATE INDEX events_kind_at ON events(kind, at_ms) WHERE type = 'spend'",
        # two devices that correct the same log: their corrections are found to settle
        "CREATE INDEX events_replaces ON events(replaces) WHERE replaces IS NOT NULL",
    ):
        db.execute(sql)
    _set_version(db, 8)


@step("0009_checkpoint_epoch")
def m0009(db: Database) -> None:
    # Issue 11: a long replay runs on a worker (or in another process) while the user
    # edits. Every invalidation bumps this counter; a replay saves its checkpoints only
    # if it is unchanged since the replay began, so a checkpoint made from the meters
    # as they were before an edit can never outlive that edit.
    for sql in (
        """CREATE TABLE checkpoint_epoch (
               only INTEGER PRIMARY KEY CHECK (only = 0),
               n INTEGER NOT NULL
           )""",
        "INSERT INTO checkpoint_epoch (only, n) VALUES (0, 0)",
    ):
        db.execute(sql)
    _set_version(db, 9)


def file_version(path: Path) -> int:
    """``PRAGMA user_version`` of a database file, read without changing it."""
    conn = sqlite3.connect(f"file:{Path(path)}?mode=ro", uri=True)
    try:
        return int(conn.execute("PRAGMA user_version").fetchone()[0])
    finally:
        conn.close()


def is_newer_than_app(path: Path) -> bool:
    """True for a file written by a newer CreditFuel (this app must not touch it)."""
    return file_version(path) > SCHEMA_VERSION
