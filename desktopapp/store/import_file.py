"""Importing an export (JSON or CSV): streamed, batched, all or nothing.

Import merges: records are matched by id, so importing a file twice adds nothing the
second time, and another device's export adds only what this file does not have. A
meter of the file with an unknown id but the same name as a live meter here is taken
to be that meter (two laptops that each set up "Genspark daily"); its events are
attached to the local one. Local settings win over the file's.

Size: the file is never held in memory. ``read_import_file`` reads and checks the header
and the small sections (settings, meters, rules); ``import_document`` then walks the
events one record at a time, checks each (desktopapp.domain.validation) and writes them
in batches, all in ONE ``BEGIN IMMEDIATE`` transaction: any bad record, a duplicate id,
a truncated file or a crash rolls everything back, so a bad import changes nothing.
There is no size cap (the app's own export always comes back); hostile files are still
refused: records and sections are bounded in length (``import_json``), counts are
bounded, and at most ``MAX_PROBLEMS`` are reported.

The parts: ``import_json`` and ``import_csv`` read records; ``import_checks`` checks
them into rows (``import_rows``); ``import_sections`` writes the
settings, meters and rules; ``import_events`` writes the event batches. This module opens
the file, holds the transaction and, after it, leaves checkpoints behind (``warm_up``).
"""

from __future__ import annotations

import contextlib
import io
import os
import sqlite3
import stat
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any

from desktopapp.domain import validation as v
from desktopapp.domain.problems import InvalidInput, Problem
from desktopapp.store import balances, checkpoints_table, connection, paths, queries
from desktopapp.store import import_sections as sections
from desktopapp.store.codec import from_ms
from desktopapp.store.handle import Db
from desktopapp.store.import_checks import MeterRefs, checked_events
from desktopapp.store.import_csv import csv_records, is_csv_header
from desktopapp.store.import_events import EventWriter
from desktopapp.store.import_json import SECTIONS, JsonStream, iter_events, read_head, skip_events
from desktopapp.store.import_rows import ms

# Counts no real ledger reaches (a team of ten logging all day for decades stays far
# below): a file claiming more is refused before it can fill the disk.
MAX_EVENTS = 50_000_000
MAX_METERS = 10_000
MAX_RULES = 10_000
MAX_SETTINGS = 1_000
BATCH = 2_000
# SQLite's page cache while importing: 64 MiB wrote a 1M-event import no slower than 128
# (slightly faster, in paired runs) for 70 MiB less peak memory
IMPORT_CACHE_KIB = 64 * 1024
SNIFF_CHARS = 4096
BYTES_PER_EVENT = 300  # about what the app's export takes for one event: a size estimate

Opener = Callable[[], IO[bytes]]
Record = tuple[Any, str | None]  # (event record, the meter's name a CSV row carries)

__all__ = [
    "BATCH",
    "MAX_EVENTS",
    "ImportResult",
    "ImportSource",
    "import_document",
    "import_file",
    "ms",
    "parse_import",
    "read_import_file",
]


@dataclass(frozen=True)
class ImportResult:
    events_added: int = 0
    events_skipped: int = 0  # already here (same id)
    # Of those, ids whose content here differs from the file's: the copy here is kept
    # (the ledger is append-only), and the user is told, with the first few ids.
    events_differing: int = 0
    differing_ids: tuple[str, ...] = ()
    meters_added: int = 0
    meters_matched: int = 0  # same name as a live meter here: merged into it
    rules_added: int = 0
    settings_added: int = 0

    @property
    def changed(self) -> bool:
        return bool(
            self.events_added or self.meters_added or self.rules_added or self.settings_added
        )


def _fail(code: str, **params: str) -> InvalidInput:
    return InvalidInput(Problem(code, dict(params)))


class ImportSource(dict[str, Any]):
    """An import file, checked as far as its header and small sections: those are the
    mapping's items (``format``, ``meters``, ``rules``, ``settings``...); its events are
    read again from the file by ``events()`` when the import writes them."""

    def __init__(
        self, head: Mapping[str, Any], opener: Opener, kind: str, name: str, size: int = 0
    ) -> None:
        super().__init__(head)
        self.opener = opener
        self.kind = kind  # "json" | "csv"
        self.name = name  # the file's path, for messages
        self.size = size  # bytes: how many events to expect, roughly

    def events(self) -> Iterator[Record]:
        with self.opener() as raw:
            text = _text(raw)
            try:
                if self.kind == "csv":
                    yield from csv_records(text)
                else:
                    stream = JsonStream(text)
                    head, has_events = read_head(stream)
                    if has_events:
                        for rec in iter_events(stream, head):
                            yield rec, None
            except UnicodeDecodeError as exc:
                raise _fail("import_not_utf8") from exc


# -- opening -------------------------------------------------------------------------------


def _text(raw: IO[bytes]) -> IO[str]:
    return io.TextIOWrapper(raw, encoding="utf-8-sig", newline="")


def _open_regular(path: Path) -> IO[bytes]:
    """The file for reading, refused unless regular (a file swapped for a FIFO after the
    check fails instead of hanging)."""
    fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
    try:
        if not stat.S_ISREG(os.fstat(fd).st_mode):
            raise IsADirectoryError(f"not a regular file: {path}")
        return os.fdopen(fd, "rb")
    except BaseException:
        os.close(fd)
        raise


def read_import_file(path: Path) -> ImportSource:
    """The file as an import source (header and small sections checked); InvalidInput if
    it is missing, unreadable, not UTF-8 or not an export."""
    path = Path(path)
    paths.check_input_file(path, missing="import_missing", not_regular="import_not_regular")

    def opener() -> IO[bytes]:
        try:
            return _open_regular(path)
        except FileNotFoundError as exc:
            raise _fail("import_missing", path=str(path)) from exc
        except (OSError, ValueError) as exc:  # permissions, a folder, a NUL in the name
            raise _fail("import_unreadable", path=str(path)) from exc

    try:
        size = path.stat().st_size
    except OSError:  # gone since the check: opening it says so
        size = 0
    return _source(opener, str(path), size)


def parse_import(data: bytes) -> ImportSource:
    """An import source over bytes already in memory (tests, the clipboard)."""
    return _source(lambda: io.BytesIO(data), "-", len(data))


def _source(opener: Opener, name: str, size: int) -> ImportSource:
    with opener() as raw:
        text = _text(raw)
        try:
            start = text.read(SNIFF_CHARS)
            stripped = start.lstrip()
            if stripped.startswith("{"):
                head = _json_head(text, start)
                kind = "json"
            elif is_csv_header(stripped):
                head = {
                    "format": v.EXPORT_FORMAT,
                    "format_version": v.EXPORT_VERSION,
                    "meters": [],
                    "rules": [],
                    "settings": {},
                }
                kind = "csv"
            else:
                raise _fail("import_not_export")
        except UnicodeDecodeError as exc:
            raise _fail("import_not_utf8") from exc
    problems = v.check_header(head)
    if problems:
        raise InvalidInput(*problems)
    for section, most in (("meters", MAX_METERS), ("rules", MAX_RULES), ("settings", MAX_SETTINGS)):
        if len(head.get(section, ())) > most:
            raise _fail("import_too_large", path=name)
    return ImportSource(head, opener, kind, name, size)


def _json_head(text: IO[str], start: str) -> dict[str, Any]:
    stream = JsonStream(_Prefixed(start, text))
    head, has_events = read_head(stream)
    if has_events and not all(s in head for s in SECTIONS):
        skip_events(stream, head)  # sections written after the events: read them too
    head.pop("events", None)
    return head


class _Prefixed:
    """Text already read, then the rest of the file."""

    def __init__(self, first: str, rest: IO[str]) -> None:
        self.first, self.rest = first, rest

    def read(self, size: int, /) -> str:
        if self.first:
            out, self.first = self.first, ""
            return out
        return self.rest.read(size)


# -- importing ---------------------------------------------------------------------------------


def import_document(db: Db, doc: Mapping[str, Any]) -> ImportResult:
    """Merge an import source (or a parsed export document) into the database: all of
    it, or (InvalidInput) none of it. Then the replay is brought up to the newest event,
    leaving checkpoints behind: the first status after a big import is short."""
    problems = v.check_header(doc)
    if problems:
        raise InvalidInput(*problems)
    meters: list[Any] = list(doc.get("meters", []))
    rules: list[Any] = list(doc.get("rules", []))
    settings: Mapping[str, Any] = doc.get("settings", {})
    if isinstance(doc, ImportSource):
        events: Iterator[Record] = doc.events()
        names: Mapping[str, Any] = {}
        file_name = doc.name
        expected = doc.size // BYTES_PER_EVENT
    else:
        file_name = "-"
        listed = doc.get("events", [])
        events = ((e, None) for e in listed)
        expected = len(listed)
        found = doc.get("meter_names")
        names = found if isinstance(found, Mapping) else {}
    cache = int(db.conn.execute("PRAGMA cache_size").fetchone()[0])
    threads = int(db.conn.execute("PRAGMA threads").fetchone()[0])
    # A big import inserts ids all over the id index: with SQLite's default 2 MiB cache
    # it rewrites the same pages again and again (a third of the time at 300k events).
    db.conn.execute(f"PRAGMA cache_size = -{IMPORT_CACHE_KIB}")
    db.conn.execute("PRAGMA threads = 2")  # rebuilding indexes sorts on two cores
    try:
        result = _import(db, meters, rules, settings, events, names, file_name, expected)
    finally:
        db.conn.execute(f"PRAGMA cache_size = {cache}")
        db.conn.execute(f"PRAGMA threads = {threads}")
    if result.events_added or result.meters_added:
        warm_up(db)
    return result


def warm_up(db: Db) -> None:
    """Replay up to the newest event: that saves checkpoints on the way (every
    ``balances.CHECKPOINT_EVERY`` logs and just before the end), so whatever asks for
    the figures next (the tray, ``status``) replays from there, not from the start. A
    cache only: a busy or read-only file just leaves it to the next status."""
    try:
        latest = queries.latest_at_ms(db)
        if latest is not None:
            balances.balances_at(db, from_ms(latest))
    except sqlite3.DatabaseError:  # the import is in: never report it failed for a cache
        pass


def _import(
    db: Db,
    meters: list[Any],
    rules: list[Any],
    settings: Mapping[str, Any],
    events: Iterator[Record],
    names: Mapping[str, Any],
    file_name: str,
    expected: int,
) -> ImportResult:
    with connection.transaction(db):  # reads and writes under one lock: nothing slips between
        local = list(db.query("SELECT id, name, removed_ms FROM meters"))
        local_ids = frozenset(r["id"] for r in local)
        live_by_name = {r["name"]: r["id"] for r in local if r["removed_ms"] is None}
        problems = v.check_records(meters, [], rules, local_ids)
        problems += sections.setting_problems(settings)
        if not problems:
            problems += sections.name_clashes(meters)
        if problems:
            raise InvalidInput(*problems[: v.MAX_PROBLEMS])
        base_seq = queries.max_seq(db)
        mapping, meters_added, matched = sections.write_meters(db, meters, local_ids, live_by_name)
        rules_added = sections.write_rules(db, rules)
        settings_added = sections.write_settings(db, settings)
        refs = MeterRefs(set(local_ids) | {m["id"] for m in meters}, mapping, live_by_name, names)
        writer = EventWriter(db, base_seq, expected)
        found = writer.problems  # the records' problems join the writer's: one list, one cap
        messages = checked_events(
            events, refs, batch=BATCH, most=MAX_EVENTS,
            too_many=_fail("import_too_large", path=file_name),
        )
        with contextlib.closing(messages) as checked:
            for kind, payload in checked:
                if kind == "problems":
                    found += payload
                elif not found:
                    writer.write(payload)
                if len(found) >= v.MAX_PROBLEMS:
                    break
        writer.finish()
        if found:  # the transaction rolls back everything written so far
            raise InvalidInput(*found[: v.MAX_PROBLEMS])
        if writer.added and checkpoints_table.checkpoint_count(db):
            balances.invalidate_for_new_events(db, base_seq)
        elif writer.added:  # none to drop (and no undo roots to look up), but a replay
            checkpoints_table.delete_all_checkpoints(db)  # running now began before: bump the epoch
        for rec in meters:
            if rec["id"] not in local_ids and rec["id"] not in mapping:
                checkpoints_table.delete_checkpoints_from(db, ms(rec["created_at"]) or 0)
    return ImportResult(
        events_added=writer.added,
        events_skipped=writer.skipped,
        events_differing=len(writer.differing),
        differing_ids=tuple(writer.differing[:5]),
        meters_added=meters_added,
        meters_matched=matched,
        rules_added=rules_added,
        settings_added=settings_added,
    )


def import_file(db: Db, path: Path) -> ImportResult:
    return import_document(db, read_import_file(path))
