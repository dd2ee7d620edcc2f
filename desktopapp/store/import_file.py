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
"""

from __future__ import annotations

import csv
import io
import json
import os
import stat
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import IO, Any

from desktopapp.domain import validation as v
from desktopapp.domain.problems import InvalidInput, Problem
from desktopapp.store import balances, connection, paths, queries
from desktopapp.store.codec import EVENT_COLUMNS, to_ms
from desktopapp.store.export_csv import CSV_COLUMNS, unescape_cell
from desktopapp.store.export_json import PRIVATE_SETTINGS, dump
from desktopapp.store.handle import Db
from desktopapp.store.import_json import SECTIONS, JsonStream, iter_events, read_head, skip_events

# Counts no real ledger reaches (a team of ten logging all day for decades stays far
# below): a file claiming more is refused before it can fill the disk.
MAX_EVENTS = 50_000_000
MAX_METERS = 10_000
MAX_RULES = 10_000
MAX_SETTINGS = 1_000
BATCH = 2_000
IMPORT_CACHE_KIB = 128 * 1024  # SQLite's page cache while importing (peak RSS target 250 MiB)
_ID_BATCH = 500
SNIFF_CHARS = 4096

Opener = Callable[[], IO[bytes]]
Record = tuple[Any, str | None]  # (event record, the meter's name a CSV row carries)


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

    def __init__(self, head: Mapping[str, Any], opener: Opener, kind: str, name: str) -> None:
        super().__init__(head)
        self.opener = opener
        self.kind = kind  # "json" | "csv"
        self.name = name  # the file's path, for messages

    def events(self) -> Iterator[Record]:
        with self.opener() as raw:
            text = _text(raw)
            try:
                if self.kind == "csv":
                    yield from _csv_records(text)
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

    return _source(opener, str(path))


def parse_import(data: bytes) -> ImportSource:
    """An import source over bytes already in memory (tests, the clipboard)."""
    return _source(lambda: io.BytesIO(data), "-")


def _source(opener: Opener, name: str) -> ImportSource:
    with opener() as raw:
        text = _text(raw)
        try:
            start = text.read(SNIFF_CHARS)
            stripped = start.lstrip()
            if stripped.startswith("{"):
                head = _json_head(text, start)
                kind = "json"
            elif _is_csv_header(stripped):
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
    return ImportSource(head, opener, kind, name)


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


def _is_csv_header(text: str) -> bool:
    first_line = text.split("\n", 1)[0].strip().strip("\r")
    return first_line.split(",")[:3] == list(CSV_COLUMNS[:3])


# -- CSV rows ------------------------------------------------------------------------------


def _csv_records(text: IO[str]) -> Iterator[Record]:
    reader = csv.DictReader(text)
    try:
        for row in reader:
            if None in row or any(value is None for value in row.values()):
                # a row with missing/extra cells
                raise _fail("import_bad_csv", line=str(reader.line_num))
            yield _csv_event(row), unescape_cell(row.get("meter") or "") or None
    except csv.Error as exc:  # a cell longer than csv.field_size_limit, a stray quote
        raise _fail("import_bad_csv", line=str(reader.line_num)) from exc


def _csv_number(text: str) -> Any:
    if text == "":
        return None
    try:
        return int(text)
    except ValueError:
        pass
    try:
        return float(text)
    except ValueError:
        return text  # validation reports the field


def _csv_event(row: Mapping[str, str]) -> dict[str, Any]:
    def text(col: str) -> str | None:
        value = row.get(col) or ""
        return unescape_cell(value) if value != "" else None

    rec: dict[str, Any] = {
        "id": text("id"),
        "type": text("type"),
        "at": text("at"),
        "recorded_at": text("recorded_at"),
        "device": text("device") or "",
        "member": text("member") or "",
        "note": text("note"),
    }
    t = rec["type"]
    credits = _csv_number(row.get("credits", ""))
    if t == "spend":
        rec.update(
            account=text("account"),
            meter_id=text("meter_id"),
            kind=text("kind"),
            credits=credits,
            balance_after=_csv_number(row.get("balance_after", "")),
            project=text("project"),
            outcome=text("outcome"),
            size=_csv_number(row.get("size", "")),
        )
    elif t == "observation":
        rec.update(meter_id=text("meter_id"), balance=_csv_number(row.get("balance_after", "")))
    elif t == "pack":
        rec.update(account=text("account"), credits=credits, expires_at=text("expires_at"))
    elif t == "correction":
        rec.update(meter_id=text("meter_id"), delta=credits)
    else:
        rec = {k: rec[k] for k in ("id", "type", "at", "recorded_at", "device", "member")}
        rec["target_id"] = text("target_id")
    return rec


# -- rows for the database -------------------------------------------------------------------


def ms(text: Any) -> int | None:
    t = v.parse_instant(text)
    return None if t is None else to_ms(t)


def _meter_row(rec: Mapping[str, Any]) -> list[Any]:
    return [
        rec["id"],
        rec["name"].strip(),
        rec["account"],
        rec["grant"],
        json.dumps(rec["rule"], sort_keys=True),
        rec["mode"],
        rec.get("cap"),
        rec.get("priority"),
        rec["unit"],
        ms(rec["created_at"]),
        ms(rec.get("removed_at")),
    ]


_COL = {c: i for i, c in enumerate(EVENT_COLUMNS)}


def _checked_ms(text: Any) -> int | None:
    """An instant validation already accepted -> milliseconds (no second range check)."""
    return None if text is None else to_ms(datetime.fromisoformat(text))


def _event_row(rec: Mapping[str, Any], meter_id: str | None) -> tuple[Any, ...]:
    """A checked record -> a row in EVENT_COLUMNS order (built by index: a million of
    these is most of an import's time)."""
    row: list[Any] = [None] * len(EVENT_COLUMNS)
    col = _COL
    t = rec["type"]
    row[col["id"]] = rec["id"]
    row[col["type"]] = t
    row[col["at_ms"]] = _checked_ms(rec["at"])
    row[col["recorded_ms"]] = _checked_ms(rec["recorded_at"])
    row[col["device"]] = rec["device"]
    row[col["member"]] = rec["member"]
    row[col["meter_id"]] = meter_id
    if t != "undo":
        row[col["note"]] = rec.get("note")
    if t == "spend":
        row[col["account"]] = rec["account"]
        row[col["kind"]] = rec["kind"]
        row[col["credits"]] = rec["credits"]
        row[col["balance_after"]] = rec.get("balance_after")
        row[col["project"]] = rec.get("project")
        row[col["outcome"]] = rec["outcome"]
        row[col["size"]] = rec.get("size")
        replaces = rec.get("replaces")
        if "replaces" in col and v.is_opt_text(replaces, v.MAX_ID):
            row[col["replaces"]] = replaces
    elif t == "observation":
        row[col["balance_after"]] = rec["balance"]
        source = rec.get("source")
        if "source" in col and v.is_opt_text(source, v.MAX_ID):
            row[col["source"]] = source
    elif t == "pack":
        row[col["account"]] = rec["account"]
        row[col["credits"]] = rec["credits"]
        row[col["expires_ms"]] = _checked_ms(rec.get("expires_at"))
    elif t == "correction":
        row[col["credits"]] = rec["delta"]
    else:
        row[col["target_id"]] = rec["target_id"]
    return tuple(row)


# -- importing ---------------------------------------------------------------------------------


def import_document(db: Db, doc: Mapping[str, Any]) -> ImportResult:
    """Merge an import source (or a parsed export document) into the database: all of
    it, or (InvalidInput) none of it."""
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
    else:
        file_name = "-"
        events = ((e, None) for e in doc.get("events", []))
        found = doc.get("meter_names")
        names = found if isinstance(found, Mapping) else {}
    cache = int(db.conn.execute("PRAGMA cache_size").fetchone()[0])
    # A big import inserts ids all over the id index: with SQLite's default 2 MiB cache
    # it rewrites the same pages again and again (a third of the time at 300k events).
    db.conn.execute(f"PRAGMA cache_size = -{IMPORT_CACHE_KIB}")
    try:
        return _import(db, meters, rules, settings, events, names, file_name)
    finally:
        db.conn.execute(f"PRAGMA cache_size = {cache}")


def _import(
    db: Db,
    meters: list[Any],
    rules: list[Any],
    settings: Mapping[str, Any],
    events: Iterator[Record],
    names: Mapping[str, Any],
    file_name: str,
) -> ImportResult:
    with connection.transaction(db):  # reads and writes under one lock: nothing slips between
        local = list(db.query("SELECT id, name, removed_ms FROM meters"))
        local_ids = frozenset(r["id"] for r in local)
        live_by_name = {r["name"]: r["id"] for r in local if r["removed_ms"] is None}
        problems = v.check_records(meters, [], rules, local_ids)
        problems += _setting_problems(settings)
        if not problems:
            problems += _name_clashes(meters)
        if problems:
            raise InvalidInput(*problems[: v.MAX_PROBLEMS])
        base_seq = queries.max_seq(db)
        mapping, meters_added, matched = _write_meters(db, meters, local_ids, live_by_name)
        rules_added = _write_rules(db, rules)
        settings_added = _write_settings(db, settings)
        known = set(local_ids) | {m["id"] for m in meters}
        writer = _EventWriter(db, base_seq)
        for i, (rec, name) in enumerate(events):
            if i >= MAX_EVENTS:
                raise _fail("import_too_large", path=file_name)
            found_problems = v.check_event(rec, i)
            if not found_problems:
                ref = rec.get("meter_id")
                if isinstance(ref, str) and ref not in known and ref not in mapping:
                    name = name if name is not None else names.get(ref)
                    if isinstance(name, str) and name in live_by_name:
                        mapping[ref] = live_by_name[name]  # a CSV row names its meter
                    else:
                        found_problems.append(
                            Problem("import_unknown_meter", {"index": str(i), "meter": ref})
                        )
            writer.problems += found_problems
            if len(writer.problems) >= v.MAX_PROBLEMS:
                break
            if not writer.problems:
                ref = rec.get("meter_id")
                writer.add(rec, mapping.get(ref, ref) if ref is not None else None)
        writer.flush()
        if writer.problems:  # the transaction rolls back everything written so far
            raise InvalidInput(*writer.problems[: v.MAX_PROBLEMS])
        if writer.added:
            balances.invalidate_for_new_events(db, base_seq)
        for rec in meters:
            if rec["id"] not in local_ids and rec["id"] not in mapping:
                queries.delete_checkpoints_from(db, ms(rec["created_at"]) or 0)
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


class _EventWriter:
    """Checked records in, batches of rows out; ids already here are skipped, an id the
    file itself repeats is a problem (found through the database: memory stays flat)."""

    def __init__(self, db: Db, base_seq: int) -> None:
        self.db = db
        self.base_seq = base_seq  # rows above it were written by this import
        self.batch: list[tuple[Mapping[str, Any], str | None]] = []
        self.problems: list[Problem] = []
        self.added = 0
        self.skipped = 0
        self.differing: list[str] = []

    def add(self, rec: Mapping[str, Any], meter_id: str | None) -> None:
        self.batch.append((rec, meter_id))
        if len(self.batch) >= BATCH:
            self.flush()

    def flush(self) -> None:
        batch, self.batch = self.batch, []
        if not batch or self.problems:
            return
        ids = [rec["id"] for rec, _ in batch]
        here, content = _seqs_of(self.db, ids)
        seen: set[str] = set()
        rows: list[tuple[Any, ...]] = []
        for rec, meter_id in batch:
            ident = rec["id"]
            seq = here.get(ident)
            if ident in seen or (seq is not None and seq > self.base_seq):
                self.problems.append(
                    Problem("import_duplicate_id", {"section": "events", "id": ident})
                )
                continue
            seen.add(ident)
            row = _event_row(rec, meter_id)
            if seq is not None:
                self.skipped += 1
                if content[ident] != _content(row):
                    self.differing.append(ident)
                continue
            rows.append(row)
        if not self.problems:
            queries.insert_event_rows(self.db, rows)
            self.added += len(rows)


# What an event says (not where or when it was recorded, nor which meter row it maps to
# here: a meter merged by name has another id): an id already here with other content
# means two different events claim one id.
_CONTENT = ("type", "at_ms", "kind", "credits", "balance_after", "project", "outcome",
            "target_id", "expires_ms", "size")


def _content(row: tuple[Any, ...]) -> tuple[Any, ...]:
    return tuple(row[_COL[c]] for c in _CONTENT)


def _seqs_of(
    db: Db, ids: list[str]
) -> tuple[dict[str, int], dict[str, tuple[Any, ...]]]:
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


def _known_ids(db: Db, table: str, ids: list[str]) -> set[str]:
    known: set[str] = set()
    for start in range(0, len(ids), _ID_BATCH):
        part = ids[start : start + _ID_BATCH]
        marks = ", ".join("?" for _ in part)
        known.update(
            r[0] for r in db.conn.execute(f"SELECT id FROM {table} WHERE id IN ({marks})", part)
        )
    return known


def _setting_problems(settings: Mapping[str, Any]) -> list[Problem]:
    problems: list[Problem] = []
    for key, value in settings.items():
        try:
            size = len(dump(value))
        except (TypeError, ValueError):
            size = v.MAX_SETTING_JSON + 1
        problems += v.check_setting(key, size, value)
    return problems


def _name_clashes(meters: list[Any]) -> list[Problem]:
    """Two live meters of the file with one name cannot both exist here."""
    seen: set[str] = set()
    problems: list[Problem] = []
    for rec in meters:
        if rec.get("removed_at") is None:
            name = rec["name"].strip()
            if name in seen:
                problems.append(Problem("import_duplicate_name", {"name": name}))
            seen.add(name)
    return problems


def _write_meters(
    db: Db, meters: list[Any], local_ids: frozenset[str], live_by_name: dict[str, str]
) -> tuple[dict[str, str], int, int]:
    mapping: dict[str, str] = {}
    added = matched = 0
    for rec in meters:
        if rec["id"] in local_ids:
            continue
        name = rec["name"].strip()
        if rec.get("removed_at") is None and name in live_by_name:
            mapping[rec["id"]] = live_by_name[name]
            matched += 1
            continue
        db.conn.execute(
            'INSERT INTO meters (id, name, account, "grant", rule, mode, cap, priority, unit, '
            "created_ms, removed_ms) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            _meter_row(rec),
        )
        added += 1
    return mapping, added, matched


def _write_rules(db: Db, rules: list[Any]) -> int:
    known = _known_ids(db, "rules", [r["id"] for r in rules])
    added = 0
    for rec in rules:
        if rec["id"] in known:
            continue
        db.conn.execute(
            "INSERT INTO rules (id, code, params, created_ms, removed_ms) VALUES (?, ?, ?, ?, ?)",
            [
                rec["id"],
                rec["code"],
                json.dumps(rec["params"], ensure_ascii=False, sort_keys=True),
                ms(rec["created_at"]),
                ms(rec.get("removed_at")),
            ],
        )
        added += 1
    return added


def _write_settings(db: Db, settings: Mapping[str, Any]) -> int:
    added = 0
    for key, value in settings.items():
        if key in PRIVATE_SETTINGS or queries.get_setting(db, key)[0]:
            continue
        queries.set_setting(db, key, value)
        added += 1
    return added


def import_file(db: Db, path: Path) -> ImportResult:
    return import_document(db, read_import_file(path))
