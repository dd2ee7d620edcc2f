"""The JSON export: the whole ledger, lossless and mergeable, written as a stream.

JSON holds every event (undo tombstones included), every meter (removed ones too: old
events point at them), team rules and settings, each row's own values, so an export
imported into a fresh file gives the same status, and exporting that file again gives
the same document. ``device_id`` is left out: it names the machine, not the data.

Layout (format_version 1, as every earlier version wrote it): the small sections first,
then ``"events"`` last with one event per line, so a reader can stream the events
(``desktopapp.store.import_json``) and a person can read or diff the file.
"""

from __future__ import annotations

import contextlib
import json
from collections.abc import Iterator, Mapping
from datetime import UTC, datetime
from typing import IO, Any

from desktopapp.domain import validation as v
from desktopapp.store.codec import from_ms
from desktopapp.store.handle import Db

PRIVATE_SETTINGS = frozenset({"device_id"})


def iso(ms: int | None) -> str | None:
    """Milliseconds -> ISO-8601 UTC with milliseconds (exact both ways)."""
    return None if ms is None else from_ms(ms).isoformat(timespec="milliseconds")


def rows(db: Db, sql: str) -> Iterator[dict[str, Any]]:
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
        for r in rows(db, "SELECT * FROM meters ORDER BY created_ms, id")
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
        for r in rows(db, "SELECT * FROM rules ORDER BY created_ms, id")
    ]


def settings_record(db: Db) -> dict[str, Any]:
    return {
        r["key"]: json.loads(r["value"])
        for r in rows(db, "SELECT key, value FROM settings ORDER BY key")
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
        if r.get("replaces") is not None:  # a corrected log names the one it replaces
            rec["replaces"] = r["replaces"]
    elif t == "observation":
        rec.update(meter_id=r["meter_id"], balance=r["balance_after"], note=r["note"])
        if r.get("source") is not None:  # an automatic reading says where it came from
            rec["source"] = r["source"]
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
    return rows(db, "SELECT * FROM events ORDER BY seq")


def schema_version(db: Db) -> int:
    return int(db.conn.execute("PRAGMA user_version").fetchone()[0])


def dump(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, sort_keys=True, allow_nan=False)


def json_chunks(db: Db, *, now: datetime) -> Iterator[str]:
    """The export document as text pieces (streamed: a big ledger is never one string)."""
    head = {
        "format": v.EXPORT_FORMAT,
        "format_version": v.EXPORT_VERSION,
        "schema_version": schema_version(db),
        "exported_at": now.astimezone(UTC).isoformat(timespec="milliseconds"),
    }
    yield "{\n"
    for key, value in head.items():
        yield f"{dump(key)}: {dump(value)},\n"
    yield f'"settings": {dump(settings_record(db))},\n'
    for name, records in (("meters", meter_records(db)), ("rules", rule_records(db))):
        yield f'"{name}": [\n'
        yield ",\n".join(dump(r) for r in records)
        yield "\n],\n"
    yield '"events": [\n'
    first = True
    batch: list[str] = []
    for row in event_rows(db):
        batch.append(("" if first else ",\n") + dump(event_record(row)))
        first = False
        if len(batch) >= 1_000:  # fewer, larger writes
            yield "".join(batch)
            batch.clear()
    yield "".join(batch)
    yield "\n]\n}\n"


@contextlib.contextmanager
def snapshot(db: Db) -> Iterator[None]:
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
    with snapshot(db):
        for chunk in json_chunks(db, now=now):
            out.write(chunk.encode("utf-8"))
