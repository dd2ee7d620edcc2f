"""The small sections of an import: settings, meters and rules (checked, then written).

A meter of the file with an unknown id but the same name as a live meter here is taken
to be that meter (two laptops that each set up "Genspark daily"); the returned mapping
sends the file's id to the local one. Local settings win over the file's.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any

from desktopapp.domain import validation as v
from desktopapp.domain.problems import Problem
from desktopapp.store import settings_table
from desktopapp.store.export_json import PRIVATE_SETTINGS, dump
from desktopapp.store.handle import Db
from desktopapp.store.import_rows import meter_row, ms

_ID_BATCH = 500


def _known_ids(db: Db, table: str, ids: list[str]) -> set[str]:
    known: set[str] = set()
    for start in range(0, len(ids), _ID_BATCH):
        part = ids[start : start + _ID_BATCH]
        marks = ", ".join("?" for _ in part)
        known.update(
            r[0] for r in db.conn.execute(f"SELECT id FROM {table} WHERE id IN ({marks})", part)
        )
    return known


def setting_problems(settings: Mapping[str, Any]) -> list[Problem]:
    problems: list[Problem] = []
    for key, value in settings.items():
        try:
            size = len(dump(value))
        except (TypeError, ValueError):
            size = v.MAX_SETTING_JSON + 1
        problems += v.check_setting(key, size, value)
    return problems


def name_clashes(meters: list[Any]) -> list[Problem]:
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


def write_meters(
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
            meter_row(rec),
        )
        added += 1
    return mapping, added, matched


def write_rules(db: Db, rules: list[Any]) -> int:
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


def write_settings(db: Db, settings: Mapping[str, Any]) -> int:
    added = 0
    for key, value in settings.items():
        if key in PRIVATE_SETTINGS or settings_table.get_setting(db, key)[0]:
            continue
        settings_table.set_setting(db, key, value)
        added += 1
    return added
