"""Writing an import's events: rows in batches, inside the import's one transaction.

Into a ledger that held no events when the import began (a new machine, a restore), a
batch is written as it is: only an id the file itself repeats can clash, SQLite's
``UNIQUE`` finds it and the batch is then looked at to name it (the import stops there,
so nothing written needs undoing apart from the whole transaction). Into a ledger with
events, a batch goes the careful way: its ids looked up, those already here skipped (and
compared: an id here with other content is reported), an id the file repeats is a
problem. Memory stays flat: the database, not a set, knows which ids were seen. (A
savepoint per batch, to try the plain way first there too, cost more than the lookups:
SQLite then copies every page a batch touches.)

A big import into a small ledger drops the events table's secondary indexes first and
builds them again at the end (sorting once beats updating seven indexes per row); the
transaction keeps that all or nothing too: a rollback brings the indexes back.
"""

from __future__ import annotations

import sqlite3
from typing import Any

from desktopapp.domain.problems import Problem
from desktopapp.store import queries
from desktopapp.store.handle import Db
from desktopapp.store.import_rows import COL, Row

_ID_BATCH = 500
# Dropping and rebuilding the indexes pays off once an import brings at least this many
# events, and at least as many as the ledger already holds.
BULK_EVENTS = 50_000

# What an event says (not where or when it was recorded, nor which meter row it maps to
# here: a meter merged by name has another id): an id already here with other content
# means two different events claim one id.
_CONTENT = ("type", "at_ms", "kind", "credits", "balance_after", "project", "outcome",
            "target_id", "expires_ms", "size")


def _content(row: Row) -> tuple[Any, ...]:
    return tuple(row[COL[c]] for c in _CONTENT)


class EventWriter:
    """Batches of checked rows in; ``problems`` collects duplicates (and the caller's)."""

    def __init__(self, db: Db, base_seq: int, expected: int) -> None:
        self.db = db
        self.base_seq = base_seq  # rows above it were written by this import
        self.problems: list[Problem] = []
        self.added = 0
        self.skipped = 0
        self.differing: list[str] = []
        # (name, CREATE statement) of the indexes dropped for a bulk import
        self.dropped: list[tuple[str, str]] = []
        self.bulk = expected >= max(BULK_EVENTS, base_seq)

    def write(self, batch: list[Row]) -> None:
        if not batch:
            return
        if self.bulk:
            self.bulk = False
            self.dropped = _drop_secondary_indexes(self.db)
        if self.base_seq == 0:
            self._into_empty(batch)
        else:
            self._careful(batch)

    def finish(self) -> None:
        """The indexes back, before the transaction commits (unless it will not)."""
        if not self.problems:
            for _, create in self.dropped:
                self.db.conn.execute(create)
            self.dropped = []

    def _into_empty(self, batch: list[Row]) -> None:
        before = queries.max_seq(self.db)
        try:
            queries.insert_event_rows(self.db, batch)
        except sqlite3.IntegrityError:
            self._name_repeats(batch, before)
            if not self.problems:
                raise  # not an id: let it surface as it is
            return
        self.added += len(batch)

    def _name_repeats(self, batch: list[Row], before: int) -> None:
        """The ids of the batch the file already had (earlier batches wrote them up to
        seq ``before``; part of this one may be written too: those are not repeats)."""
        here, _ = _seqs_of(self.db, [row[0] for row in batch])
        seen: set[str] = set()
        for row in batch:
            ident = row[0]
            seq = here.get(ident)
            if ident in seen or (seq is not None and seq <= before):
                self.problems.append(
                    Problem("import_duplicate_id", {"section": "events", "id": ident})
                )
            seen.add(ident)

    def _careful(self, batch: list[Row]) -> None:
        ids = [row[0] for row in batch]
        here, content = _seqs_of(self.db, ids)
        seen: set[str] = set()
        rows: list[Row] = []
        for row in batch:
            ident = row[0]
            seq = here.get(ident)
            if ident in seen or (seq is not None and seq > self.base_seq):
                self.problems.append(
                    Problem("import_duplicate_id", {"section": "events", "id": ident})
                )
                continue
            seen.add(ident)
            if seq is not None:
                self.skipped += 1
                if content[ident] != _content(row):
                    self.differing.append(ident)
                continue
            rows.append(row)
        if not self.problems:
            queries.insert_event_rows(self.db, rows)
            self.added += len(rows)


def _seqs_of(db: Db, ids: list[str]) -> tuple[dict[str, int], dict[str, tuple[Any, ...]]]:
    found: dict[str, int] = {}
    content: dict[str, tuple[Any, ...]] = {}
    cols = ", ".join(_CONTENT)
    for start in range(0, len(ids), _ID_BATCH):
        part = ids[start : start + _ID_BATCH]
        marks = ", ".join("?" for _ in part)
        for ident, seq, *values in db.conn.execute(
            f"SELECT id, seq, {cols} FROM events WHERE id IN ({marks})", part
        ):
            found[ident] = int(seq)
            content[ident] = tuple(values)
    return found, content


def _drop_secondary_indexes(db: Db) -> list[tuple[str, str]]:
    """Drop the events table's own indexes (not the one behind ``id UNIQUE``, which finds
    ids already here); their CREATE statements, as the schema wrote them, to rebuild."""
    found = [
        (str(name), str(sql))
        for name, sql in db.conn.execute(
            "SELECT name, sql FROM sqlite_master "
            "WHERE type = 'index' AND tbl_name = 'events' AND sql IS NOT NULL ORDER BY name"
        )
    ]
    for name, _ in found:
        db.conn.execute(f'DROP INDEX "{name}"')
    return found
