"""Export and import of the whole ledger: JSON (lossless, mergeable) and CSV (spreadsheets).

JSON holds every event (undo tombstones included), every meter (removed ones too: old
events point at them), team rules and settings, each row's own values, so an export
imported into a fresh file gives the same status, and exporting that file again gives
the same document. ``device_id`` is left out: it names the machine, not the data.

Import merges: records are matched by id, so importing a file twice adds nothing the
second time, and another device's export adds only what this file does not have. A
meter of the file with an unknown id but the same name as a live meter here is taken
to be that meter (two laptops that each set up "Genspark daily"); its events are
attached to the local one. Local settings win over the file's. Every record is
validated (desktopapp.domain.validation) before the first write, and all writes are one
``BEGIN IMMEDIATE`` transaction: a bad or interrupted import changes nothing.

CSV: one row per event, UTF-8 with a BOM (Excel needs it to read Japanese), and cells of
text that a spreadsheet would run as a formula (starting with = + - @ tab CR) prefixed
with ``'`` (OWASP); a text cell that itself starts with ``'`` gets one more, so the
escaping is undone exactly on import. Numbers are written bare so sums work.
"""

from __future__ import annotations

import contextlib
import csv
import io
import json
import os
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import IO, Any
from zoneinfo import ZoneInfo

from desktopapp.domain import validation as v
from desktopapp.domain.problems import InvalidInput, Problem
from desktopapp.domain.undo import cancelled_ids
from desktopapp.store import connection, queries
from desktopapp.store.codec import EVENT_COLUMNS, from_ms, to_ms
from desktopapp.store.handle import Db

MAX_IMPORT_BYTES = 256 * 1024 * 1024
PRIVATE_SETTINGS = frozenset({"device_id"})
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
CSV_COLUMNS = (
    "local_time",
    "id",
    "type",
    "at",
    "recorded_at",
    "device",
    "member",
    "account",
    "meter_id",
    "meter",
    "kind",
    "credits",
    "balance_after",
    "project",
    "outcome",
    "note",
    "size",
    "target_id",
    "expires_at",
    "undone",
)
CSV_NUMBERS = frozenset({"credits", "balance_after", "size"})
_ID_BATCH = 500


@dataclass(frozen=True)
class ImportResult:
    events_added: int = 0
    events_skipped: int = 0  # already here (same id)
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


# -- instants -------------------------------------------------------------------------------


def iso(ms: int | None) -> str | None:
    """Milliseconds -> ISO-8601 UTC with milliseconds (exact both ways)."""
    return None if ms is None else from_ms(ms).isoformat(timespec="milliseconds")


def ms(text: Any) -> int | None:
    t = v.parse_instant(text)
    return None if t is None else to_ms(t)


# -- reading the database ---------------------------------------------------------------------


def _rows(db: Db, sql: str) -> Iterator[dict[str, Any]]:
    cur = db.conn.execute(sql)
    names = [d[0] for d in cur.description]
    for row in cur:
        yield dict(zip(names, row, strict=True))


def meter_records(db: Db) -> list[dict[str, Any]]:
    return [
        {
            "id": r["id"],
            "name": r["name"],
            "account": r["account"],
            "grant": r["grant"],
            "rule": json.loads(r["rule"]),
            "mode": r["mode"],
            "cap": r["cap"],
            "priority": r["priority"],
            "unit": r["unit"],
            "created_at": iso(r["created_ms"]),
            "removed_at": iso(r["removed_ms"]),
        }
        for r in _rows(db, "SELECT * FROM meters ORDER BY created_ms, id")
    ]


def rule_records(db: Db) -> list[dict[str, Any]]:
    return [
        {
            "id": r["id"],
            "code": r["code"],
            "params": json.loads(r["params"]),
            "created_at": iso(r["created_ms"]),
            "removed_at": iso(r["removed_ms"]),
        }
        for r in _rows(db, "SELECT * FROM rules ORDER BY created_ms, id")
    ]


def settings_record(db: Db) -> dict[str, Any]:
    return {
        r["key"]: json.loads(r["value"])
        for r in _rows(db, "SELECT key, value FROM settings ORDER BY key")
        if r["key"] not in PRIVATE_SETTINGS
    }


def event_record(r: Mapping[str, Any]) -> dict[str, Any]:
    """One events row -> the export's record (only the fields its type uses)."""
    rec: dict[str, Any] = {
        "id": r["id"],
        "type": r["type"],
        "at": iso(r["at_ms"]),
        "recorded_at": iso(r["recorded_ms"]),
        "device": r["device"],
        "member": r["member"],
    }
    t = r["type"]
    if t == "spend":
        rec.update(
            account=r["account"] or "default",
            meter_id=r["meter_id"],
            kind=r["kind"],
            credits=r["credits"],
            balance_after=r["balance_after"],
            project=r["project"],
            outcome=r["outcome"] or "ok",
            note=r["note"],
            size=r["size"],
        )
    elif t == "observation":
        rec.update(meter_id=r["meter_id"], balance=r["balance_after"], note=r["note"])
    elif t == "pack":
        rec.update(
            account=r["account"] or "default",
            credits=r["credits"],
            expires_at=iso(r["expires_ms"]),
            note=r["note"],
        )
    elif t == "correction":
        rec.update(meter_id=r["meter_id"], delta=r["credits"], note=r["note"])
    else:
        rec.update(target_id=r["target_id"])
    return rec


def event_rows(db: Db) -> Iterator[dict[str, Any]]:
    """Events in the order they were written here (undo/redo depend on that order)."""
    return _rows(db, "SELECT * FROM events ORDER BY seq")


def schema_version(db: Db) -> int:
    return int(db.conn.execute("PRAGMA user_version").fetchone()[0])


# -- JSON export ---------------------------------------------------------------------------------


def _dump(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, sort_keys=True, allow_nan=False)


def json_chunks(db: Db, *, now: datetime) -> Iterator[str]:
    """The export document as text pieces (streamed: a big ledger is never one string).

    One event per line keeps the file diffable and readable in an editor.
    """
    head = {
        "format": v.EXPORT_FORMAT,
        "format_version": v.EXPORT_VERSION,
        "schema_version": schema_version(db),
        "exported_at": now.astimezone(UTC).isoformat(timespec="milliseconds"),
    }
    yield "{\n"
    for key, value in head.items():
        yield f"{_dump(key)}: {_dump(value)},\n"
    yield f'"settings": {_dump(settings_record(db))},\n'
    for name, records in (("meters", meter_records(db)), ("rules", rule_records(db))):
        yield f'"{name}": [\n'
        yield ",\n".join(_dump(r) for r in records)
        yield "\n],\n"
    yield '"events": [\n'
    first = True
    for row in event_rows(db):
        yield ("" if first else ",\n") + _dump(event_record(row))
        first = False
    yield "\n]\n}\n"


@contextlib.contextmanager
def _snapshot(db: Db) -> Iterator[None]:
    """A read transaction: one consistent view while the tray may be writing, without
    holding the write lock (which BEGIN IMMEDIATE would) for the length of an export."""
    if db.conn.in_transaction:
        yield
        return
    db.conn.execute("BEGIN")
    try:
        yield
    finally:
        db.conn.execute("COMMIT")


def export_json(db: Db, out: IO[bytes], *, now: datetime) -> None:
    with _snapshot(db):
        for chunk in json_chunks(db, now=now):
            out.write(chunk.encode("utf-8"))


# -- CSV export ----------------------------------------------------------------------------------


def escape_cell(text: str) -> str:
    """Stop a spreadsheet from running a cell as a formula; reversible by unescape_cell."""
    if text.startswith(FORMULA_START) or text.startswith("'"):
        return "'" + text
    return text


def unescape_cell(text: str) -> str:
    return text[1:] if text.startswith("'") else text


def _cancelled_ids(db: Db) -> set[str]:
    """Ids an undo in force cancels, resolved by the one resolver (desktopapp.domain.undo):
    by instant, then in the order recorded, never by random id."""
    rows = _rows(
        db, "SELECT id, target_id FROM events WHERE type = 'undo' ORDER BY at_ms, seq"
    )
    return cancelled_ids((r["id"], r["target_id"]) for r in rows)


def csv_rows(db: Db, *, tz: str) -> Iterator[list[str]]:
    zone = ZoneInfo(tz)
    names = {r["id"]: r["name"] for r in _rows(db, "SELECT id, name FROM meters")}
    cancelled = _cancelled_ids(db)
    yield list(CSV_COLUMNS)
    for r in event_rows(db):
        cells: dict[str, Any] = {
            "local_time": from_ms(r["at_ms"]).astimezone(zone).strftime("%Y-%m-%d %H:%M:%S"),
            "at": iso(r["at_ms"]),
            "recorded_at": iso(r["recorded_ms"]),
            "expires_at": iso(r["expires_ms"]),
            "meter": names.get(r["meter_id"]) if r["meter_id"] else None,
            "undone": "yes" if r["id"] in cancelled else "",
        }
        for col in CSV_COLUMNS:
            if col not in cells:
                cells[col] = r.get(col)
        row = []
        for col in CSV_COLUMNS:
            value = cells[col]
            if value is None:
                row.append("")
            elif col in CSV_NUMBERS:
                row.append(repr(value) if isinstance(value, float) else str(value))
            else:
                row.append(escape_cell(str(value)))
        yield row


def export_csv(db: Db, out: IO[bytes], *, tz: str) -> None:
    text = io.TextIOWrapper(out, encoding="utf-8-sig", newline="", write_through=True)
    try:
        writer = csv.writer(text, lineterminator="\r\n")
        with _snapshot(db):
            for row in csv_rows(db, tz=tz):
                writer.writerow(row)
        text.flush()
    finally:
        text.detach()  # leave ``out`` open for the caller


def export_to_file(db: Db, path: Path, *, fmt: str, now: datetime, tz: str = "UTC") -> Path:
    """Write the export next to its final name, then rename: never a half-written file.

    Exports hold the whole ledger: created 0600 like the database.
    """
    path = Path(path)
    tmp = path.with_name(f".{path.name}.tmp")
    with contextlib.suppress(FileNotFoundError):
        tmp.unlink()
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    try:
        with os.fdopen(fd, "wb") as out:
            if fmt == "json":
                export_json(db, out, now=now)
            else:
                export_csv(db, out, tz=tz)
            out.flush()
            os.fsync(out.fileno())
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            tmp.unlink()
        raise
    return path


# -- reading an import file ---------------------------------------------------------------------


def read_import_file(path: Path) -> dict[str, Any]:
    """The file as an export document (CSV rows become its events); InvalidInput if not."""
    path = Path(path)
    try:
        if path.stat().st_size > MAX_IMPORT_BYTES:
            raise _fail("import_too_large", path=str(path))
        data = path.read_bytes()
    except FileNotFoundError as exc:
        raise _fail("import_missing", path=str(path)) from exc
    except InvalidInput:
        raise
    except (OSError, ValueError) as exc:  # a folder, permissions, a NUL byte in the name
        raise _fail("import_unreadable", path=str(path)) from exc
    return parse_import(data)


def parse_import(data: bytes) -> dict[str, Any]:
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise _fail("import_not_utf8") from exc
    stripped = text.lstrip()
    if stripped.startswith("{"):
        return _parse_json(stripped)
    first_line = stripped.split("\n", 1)[0].strip().strip("\r")
    if first_line.split(",")[:3] == list(CSV_COLUMNS[:3]):
        return _parse_csv(stripped)
    raise _fail("import_not_export")


def _parse_json(text: str) -> dict[str, Any]:
    try:
        doc = json.loads(text, parse_constant=_no_constant)
    except json.JSONDecodeError as exc:
        raise _fail("import_bad_json", line=str(exc.lineno)) from exc
    except (ValueError, RecursionError) as exc:  # 5000-digit ints, [[[[...]]]]
        raise _fail("import_bad_json", line="?") from exc
    problems = v.check_header(doc)
    if problems:
        raise InvalidInput(*problems)
    assert isinstance(doc, dict)
    return doc


def _no_constant(name: str) -> Any:
    raise ValueError(f"{name} is not a number")  # NaN / Infinity are not JSON


def _parse_csv(text: str) -> dict[str, Any]:
    try:
        rows = list(csv.DictReader(io.StringIO(text, newline="")))
    except csv.Error as exc:
        raise _fail("import_bad_csv", line="?") from exc
    events: list[Any] = []
    for i, row in enumerate(rows):
        if None in row or any(value is None for value in row.values()):
            raise _fail("import_bad_csv", line=str(i + 2))  # a row with missing/extra cells
        events.append(_csv_event(row))
    return {
        "format": v.EXPORT_FORMAT,
        "format_version": v.EXPORT_VERSION,
        "meters": [],
        "rules": [],
        "settings": {},
        "events": events,
        "meter_names": {
            row["meter_id"]: unescape_cell(row["meter"])
            for row in rows
            if row.get("meter_id") and row.get("meter")
        },
    }


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


# -- importing ------------------------------------------------------------------------------------


def _known_ids(db: Db, table: str, ids: list[str]) -> set[str]:
    known: set[str] = set()
    for start in range(0, len(ids), _ID_BATCH):
        part = ids[start : start + _ID_BATCH]
        marks = ", ".join("?" for _ in part)
        known.update(
            r[0] for r in db.conn.execute(f"SELECT id FROM {table} WHERE id IN ({marks})", part)
        )
    return known


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


def _event_row(rec: Mapping[str, Any], meter_id: str | None) -> tuple[Any, ...]:
    t = rec["type"]
    row: dict[str, Any] = {
        "id": rec["id"],
        "type": t,
        "at_ms": ms(rec["at"]),
        "recorded_ms": ms(rec["recorded_at"]),
        "device": rec["device"],
        "member": rec["member"],
        "note": rec.get("note"),
        "meter_id": meter_id,
    }
    if t == "spend":
        row.update(
            account=rec["account"],
            kind=rec["kind"],
            credits=rec["credits"],
            balance_after=rec.get("balance_after"),
            project=rec.get("project"),
            outcome=rec["outcome"],
            size=rec.get("size"),
        )
    elif t == "observation":
        row["balance_after"] = rec["balance"]
    elif t == "pack":
        row.update(
            account=rec["account"], credits=rec["credits"], expires_ms=ms(rec.get("expires_at"))
        )
    elif t == "correction":
        row["credits"] = rec["delta"]
    else:
        row.pop("note")
        row["target_id"] = rec["target_id"]
    return tuple(row.get(c) for c in EVENT_COLUMNS)


def import_document(db: Db, doc: Mapping[str, Any]) -> ImportResult:
    """Merge a parsed export into the database: all of it, or (InvalidInput) none of it."""
    problems = v.check_header(doc)
    if problems:
        raise InvalidInput(*problems)
    meters: list[Any] = list(doc.get("meters", []))
    events: list[Any] = list(doc.get("events", []))
    rules: list[Any] = list(doc.get("rules", []))
    settings: Mapping[str, Any] = doc.get("settings", {})
    with connection.transaction(db):  # reads and writes under one lock: nothing slips between
        local = list(_rows(db, "SELECT id, name, removed_ms FROM meters"))
        local_ids = frozenset(r["id"] for r in local)
        live_by_name = {r["name"]: r["id"] for r in local if r["removed_ms"] is None}
        # CSV rows carry the meter's name: a meter id unknown here maps by that name.
        names = doc.get("meter_names")
        by_name = {
            mid: live_by_name[name]
            for mid, name in (names.items() if isinstance(names, Mapping) else ())
            if mid not in local_ids and isinstance(name, str) and name in live_by_name
        }
        problems = v.check_records(meters, events, rules, local_ids | frozenset(by_name))
        problems += _setting_problems(settings)
        if not problems:
            problems += _name_clashes(meters)
        if problems:
            raise InvalidInput(*problems[: v.MAX_PROBLEMS])
        result = _write(db, meters, events, rules, settings, local_ids, live_by_name, by_name)
        if result.events_added or result.meters_added:
            queries.delete_all_checkpoints(db)  # history changed anywhere in the past
    return result


def _setting_problems(settings: Mapping[str, Any]) -> list[Problem]:
    problems: list[Problem] = []
    for key, value in settings.items():
        try:
            size = len(_dump(value))
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


def _write(
    db: Db,
    meters: list[Any],
    events: list[Any],
    rules: list[Any],
    settings: Mapping[str, Any],
    local_ids: frozenset[str],
    live_by_name: dict[str, str],
    by_name: Mapping[str, str],
) -> ImportResult:
    mapping: dict[str, str] = dict(by_name)
    meters_added = matched = 0
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
        meters_added += 1

    known_rules = _known_ids(db, "rules", [r["id"] for r in rules])
    rules_added = 0
    for rec in rules:
        if rec["id"] in known_rules:
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
        rules_added += 1

    settings_added = 0
    for key, value in settings.items():
        if key in PRIVATE_SETTINGS or queries.get_setting(db, key)[0]:
            continue
        queries.set_setting(db, key, value)
        settings_added += 1

    known_events = _known_ids(db, "events", [e["id"] for e in events])
    fresh = [e for e in events if e["id"] not in known_events]
    queries.insert_event_rows(db, _rows_for(fresh, mapping))
    return ImportResult(
        events_added=len(fresh),
        events_skipped=len(events) - len(fresh),
        meters_added=meters_added,
        meters_matched=matched,
        rules_added=rules_added,
        settings_added=settings_added,
    )


def _rows_for(
    events: Iterable[Mapping[str, Any]], mapping: Mapping[str, str]
) -> Iterator[tuple[Any, ...]]:
    for rec in events:
        ref = rec.get("meter_id")
        yield _event_row(rec, mapping.get(ref, ref) if ref is not None else None)


def import_file(db: Db, path: Path) -> ImportResult:
    return import_document(db, read_import_file(path))
