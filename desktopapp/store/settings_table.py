"""The settings and team-rules tables: small key/value and rule rows (JSON values)."""

from __future__ import annotations

import json
from typing import Any

from desktopapp.store.handle import Db


def get_setting(db: Db, key: str) -> tuple[bool, Any]:
    row = db.conn.execute("SELECT value FROM settings WHERE key = ?", [key]).fetchone()
    return (True, json.loads(row[0])) if row else (False, None)


def set_setting(db: Db, key: str, value: Any) -> None:
    db.execute(
        "INSERT INTO settings (key, value) VALUES (?, ?) "
        "ON CONFLICT(key) DO UPDATE SET value = excluded.value",
        [key, json.dumps(value, ensure_ascii=False)],
    )


def live_rules(db: Db) -> list[dict[str, Any]]:
    rows = db.conn.execute(
        "SELECT id, code, params, created_ms FROM rules WHERE removed_ms IS NULL "
        "ORDER BY created_ms, id"
    ).fetchall()
    found: list[dict[str, Any]] = []
    for r in rows:
        try:
            params = json.loads(r[2])
        except (TypeError, ValueError):  # a hand-edited row: left out, the rest still work
            continue
        found.append({"id": r[0], "code": r[1], "params": params, "created_ms": r[3]})
    return found


def insert_rule(db: Db, rule_id: str, code: str, params: Any, created_ms: int) -> None:
    db.execute(
        "INSERT INTO rules (id, code, params, created_ms) VALUES (?, ?, ?, ?)",
        [rule_id, code, json.dumps(params, ensure_ascii=False, sort_keys=True), created_ms],
    )


def mark_rule_removed(db: Db, rule_id: str, at_ms: int) -> int:
    cur = db.execute(
        "UPDATE rules SET removed_ms = ? WHERE id = ? AND removed_ms IS NULL", [at_ms, rule_id]
    )
    return int(cur.rowcount)
