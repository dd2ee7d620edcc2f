"""The meters table: live and removed meters, read and written (the only SQL on it)."""

from __future__ import annotations

from typing import Any

from desktopapp.domain import limits
from desktopapp.domain.meter import Meter
from desktopapp.domain.problems import InvalidInput
from desktopapp.store.codec import meter_from_row, meter_to_row
from desktopapp.store.handle import Db

_METER_ORDER = "ORDER BY (priority IS NULL), priority, created_ms, name"


def _usable(row: dict[str, Any]) -> Meter | None:
    """The meter, or None when its row cannot be used (a rule the schedule cannot step,
    a zone that does not exist: written by an older version or a hand edit). Such a
    meter is left out of every figure and listed by ``unusable_meters`` for the user to
    fix or remove: one bad row never stops the rest of the app."""
    try:
        meter = meter_from_row(row)
        limits.check_meter_fields(
            meter.name, meter.grant, meter.rule, meter.mode, meter.cap, meter.unit
        )
    except (InvalidInput, ValueError, TypeError, KeyError, OverflowError):
        return None
    return meter


def live_meters(db: Db) -> list[Meter]:
    rows = db.query(f"SELECT * FROM meters WHERE removed_ms IS NULL {_METER_ORDER}")
    return [m for r in rows if (m := _usable(r)) is not None]


def all_meters(db: Db) -> list[Meter]:
    """Live and removed meters: the replay needs removed ones up to their removal."""
    rows = db.query(f"SELECT * FROM meters {_METER_ORDER}")
    return [m for r in rows if (m := _usable(r)) is not None]


def unusable_meters(db: Db) -> list[tuple[str, str]]:
    """(id, name) of live meters whose stored row cannot be used (see ``_usable``)."""
    rows = db.query(f"SELECT * FROM meters WHERE removed_ms IS NULL {_METER_ORDER}")
    return [(str(r["id"]), str(r["name"])) for r in rows if _usable(r) is None]


def live_meter_by_name(db: Db, name: str) -> Meter | None:
    """By name, usable or not: a meter whose rule cannot be used can still be edited
    (a rule that cannot even be read comes back as ``Never``) or removed."""
    rows = list(
        db.query("SELECT * FROM meters WHERE removed_ms IS NULL AND name = ?", [name])
    )
    if not rows:
        return None
    try:
        return meter_from_row(rows[0])
    except (ValueError, TypeError, KeyError, OverflowError):
        return meter_from_row({**rows[0], "rule": '{"family": "never"}'})


def insert_meter(db: Db, meter: Meter) -> None:
    row = meter_to_row(meter)
    cols = list(row)
    db.execute(
        "INSERT INTO meters ("
        + ", ".join(f'"{c}"' for c in cols)
        + ") VALUES ("
        + ", ".join("?" for _ in cols)
        + ")",
        [row[c] for c in cols],
    )


def update_meter(db: Db, meter: Meter) -> None:
    row = meter_to_row(meter)
    row.pop("created_ms")
    meter_id = row.pop("id")
    sets = ", ".join(f'"{c}" = ?' for c in row)
    db.execute(f"UPDATE meters SET {sets} WHERE id = ?", [*row.values(), meter_id])


def mark_meter_removed(db: Db, meter_id: str, at_ms: int) -> None:
    db.execute("UPDATE meters SET removed_ms = ? WHERE id = ?", [at_ms, meter_id])


def meter_by_id(db: Db, meter_id: str) -> Meter | None:
    """Live or removed (``removed_at`` set), usable or not (an unreadable rule: Never)."""
    rows = list(db.query("SELECT * FROM meters WHERE id = ?", [meter_id]))
    if not rows:
        return None
    try:
        return meter_from_row(rows[0])
    except (ValueError, TypeError, KeyError, OverflowError):
        return meter_from_row({**rows[0], "rule": '{"family": "never"}'})


def mark_meter_restored(db: Db, meter_id: str) -> None:
    db.execute("UPDATE meters SET removed_ms = NULL WHERE id = ?", [meter_id])
