"""SQL for the team folder: event stamps, last-writer-wins registers, and the meter and
rule rows a register sets. Tables from schema step 0007 (team_clock, team_registers)."""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Any

from desktopapp.domain.events import Event
from desktopapp.store.codec import (
    EPOCH,
    EVENT_COLUMNS,
    SELECT_COLUMNS,
    event_from_row,
    event_to_row,
)
from desktopapp.store.handle import Db

# recorded_ms is not shared (each ledger records when it got an event): read as absent.
_ROW_COLUMNS = tuple(c if c != "recorded_ms" else "\0" for c in EVENT_COLUMNS)
_SELECT = "SELECT " + ", ".join(f'e."{c}"' for c in SELECT_COLUMNS) + " FROM events e"


@dataclass(frozen=True)
class Register:
    key: str
    hlc: str
    device: str
    value: Any  # JSON value; None: unset / removed
    pending: bool = False


# -- event stamps ------------------------------------------------------------------------
def unstamped_after(db: Db, after_seq: int, limit: int = 10_000) -> list[tuple[int, Event]]:
    """Events written here and not shared yet (no stamp), in recorded order."""
    rows = db.conn.execute(
        _SELECT + " LEFT JOIN team_clock c ON c.event_id = e.id"
        " WHERE e.seq > ? AND c.event_id IS NULL ORDER BY e.seq LIMIT ?",
        [after_seq, limit],
    ).fetchall()
    return [(int(r[0]), event_from_row(r)) for r in rows]


def stamp(db: Db, stamps: Iterable[tuple[str, str]]) -> None:
    db.conn.executemany(
        "INSERT OR IGNORE INTO team_clock (event_id, hlc) VALUES (?, ?)", stamps
    )


def stamp_count(db: Db) -> int:
    return int(db.conn.execute("SELECT COUNT(*) FROM team_clock").fetchone()[0])


def latest_stamp(db: Db) -> str | None:
    row = db.conn.execute(
        "SELECT MAX(h) FROM (SELECT MAX(hlc) AS h FROM team_clock "
        "UNION ALL SELECT MAX(hlc) FROM team_registers)"
    ).fetchone()
    return str(row[0]) if row and row[0] else None


# -- registers ---------------------------------------------------------------------------
def _register(r: tuple[Any, ...]) -> Register:
    return Register(
        key=r[0], hlc=r[1], device=r[2], value=None if r[3] is None else json.loads(r[3]),
        pending=bool(r[4]),
    )


def registers(db: Db, prefix: str = "") -> dict[str, Register]:
    rows = db.conn.execute(
        "SELECT key, hlc, device, value, pending FROM team_registers WHERE key >= ? "
        "AND key < ? ORDER BY key",
        [prefix, prefix + "\U0010ffff"],
    ).fetchall()
    return {r[0]: _register(r) for r in rows}


def register(db: Db, key: str) -> Register | None:
    row = db.conn.execute(
        "SELECT key, hlc, device, value, pending FROM team_registers WHERE key = ?", [key]
    ).fetchone()
    return _register(row) if row else None


def put_register(db: Db, reg: Register) -> None:
    db.execute(
        "INSERT INTO team_registers (key, hlc, device, value, pending) VALUES (?, ?, ?, ?, ?) "
        "ON CONFLICT(key) DO UPDATE SET hlc = excluded.hlc, device = excluded.device, "
        "value = excluded.value, pending = excluded.pending",
        [reg.key, reg.hlc, reg.device, _json(reg.value), int(reg.pending)],
    )


def pending_registers(db: Db) -> list[Register]:
    rows = db.conn.execute(
        "SELECT key, hlc, device, value, pending FROM team_registers WHERE pending = 1 "
        "ORDER BY hlc"
    ).fetchall()
    return [_register(r) for r in rows]


def _json(value: Any) -> str | None:
    return None if value is None else json.dumps(value, ensure_ascii=False, sort_keys=True)


# -- meter and rule rows, whole ----------------------------------------------------------
def meter_rows(db: Db) -> Iterator[dict[str, Any]]:
    yield from db.query("SELECT * FROM meters ORDER BY id")


def put_meter_row(db: Db, row: dict[str, Any]) -> None:
    cols = [c for c in row if c != "id"]
    exists = db.conn.execute("SELECT 1 FROM meters WHERE id = ?", [row["id"]]).fetchone()
    if exists:
        sets = ", ".join(f'"{c}" = ?' for c in cols)
        db.execute(f"UPDATE meters SET {sets} WHERE id = ?", [*(row[c] for c in cols), row["id"]])
    else:
        names = ", ".join(f'"{c}"' for c in row)
        marks = ", ".join("?" for _ in row)
        db.execute(f"INSERT INTO meters ({names}) VALUES ({marks})", list(row.values()))


def live_meter_named(db: Db, name: str) -> str | None:
    row = db.conn.execute(
        "SELECT id FROM meters WHERE removed_ms IS NULL AND name = ?", [name]
    ).fetchone()
    return str(row[0]) if row else None


def meter_ids(db: Db) -> set[str]:
    return {r[0] for r in db.conn.execute("SELECT id FROM meters")}


def rule_rows(db: Db) -> Iterator[dict[str, Any]]:
    for r in db.conn.execute(
        "SELECT id, code, params, created_ms, removed_ms FROM rules ORDER BY id"
    ):
        yield {
            "id": r[0], "code": r[1], "params": json.loads(r[2]), "created_ms": r[3],
            "removed_ms": r[4],
        }


def put_rule_row(db: Db, row: dict[str, Any]) -> None:
    db.execute(
        "INSERT INTO rules (id, code, params, created_ms, removed_ms) VALUES (?, ?, ?, ?, ?) "
        "ON CONFLICT(id) DO UPDATE SET code = excluded.code, params = excluded.params, "
        "created_ms = excluded.created_ms, removed_ms = excluded.removed_ms",
        [
            row["id"], row["code"], json.dumps(row["params"], ensure_ascii=False, sort_keys=True),
            row["created_ms"], row.get("removed_ms"),
        ],
    )


# -- events as plain dicts (one line of a device's log) ------------------------------------
def event_to_dict(event: Event) -> dict[str, Any]:
    """The event's columns, empty ones left out (a line stays short and a newer app's
    extra columns read as absent)."""
    row = event_to_row(event, EPOCH)
    pairs = zip(EVENT_COLUMNS, row, strict=True)
    return {c: v for c, v in pairs if v is not None and c != "recorded_ms"}


def event_from_dict(d: dict[str, Any]) -> Event:
    """KeyError/TypeError/ValueError for a dict that is no event."""
    if not isinstance(d.get("id"), str) or not isinstance(d.get("at_ms"), int):
        raise ValueError("id/at_ms")
    if d.get("type") not in ("spend", "observation", "pack", "correction", "undo"):
        raise ValueError("type")
    get = d.get
    return event_from_row((0, *[get(c) for c in _ROW_COLUMNS]))


def logs_per_device(db: Db) -> dict[str, int]:
    """How many logs (undos left out) each device made, as this ledger holds them."""
    rows = db.conn.execute(
        "SELECT device, COUNT(*) FROM events WHERE type != 'undo' GROUP BY device"
    )
    return {str(r[0]): int(r[1]) for r in rows}


def forget_team(db: Db) -> None:
    """Joining another team folder: every event and change is to be shared there afresh
    (events stay; only the marks of what was shared or read go)."""
    db.execute("DELETE FROM team_clock")
    db.execute("DELETE FROM team_registers")


def stamped(db: Db, event_id: str) -> bool:
    """Whether an event went through the team folder (shared from here or merged)."""
    row = db.conn.execute("SELECT 1 FROM team_clock WHERE event_id = ?", [event_id])
    return row.fetchone() is not None
