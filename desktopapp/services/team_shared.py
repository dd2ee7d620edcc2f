"""Meters, rules and shared settings travel as last-writer-wins registers.

Each register is keyed (``meter:<id>``, ``rule:<id>``, ``setting:<key>``) and carries the
hybrid-clock stamp of its last change; every device keeps the value with the greatest
stamp, so all of them end up with the same meters, rules and plan whatever order the
files arrive in. Rules and the plan (price, currency) are set by the lead: changes to
them from other devices are not taken up. That is a convention among colleagues who
trust each other, not access control: anyone who can write to the folder could forge a
line.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

from desktopapp.domain.rules import rule_from_dict
from desktopapp.store import checkpoints_table, settings_table, team_store
from desktopapp.store.handle import Db
from desktopapp.store.team_store import Register

SHARED_SETTINGS = (
    "price.currency", "price.per_credit", "report.schedule", "report.lang", "report.billing_day",
)
LEAD_ONLY = ("rule:", "setting:", "decision:")


def _plain(value: Any) -> Any:
    """The value as it reads back from JSON (so a row and a register compare equal)."""
    return json.loads(json.dumps(value, ensure_ascii=False, sort_keys=True))


def local_values(db: Db) -> dict[str, Any]:
    """What this ledger holds now, per register key."""
    out: dict[str, Any] = {}
    for row in team_store.meter_rows(db):
        out[f"meter:{row['id']}"] = _plain(row)
    for rule in team_store.rule_rows(db):
        out[f"rule:{rule['id']}"] = _plain(rule)
    for key in SHARED_SETTINGS:
        found, value = settings_table.get_setting(db, key)
        if found and value is not None:
            out[f"setting:{key}"] = _plain(value)
    return out


def local_changes(db: Db, *, lead: bool) -> tuple[list[tuple[str, Any]], int]:
    """(changes to share, how many were held back because only the lead sets them)."""
    regs = team_store.registers(db)
    changes: list[tuple[str, Any]] = []
    held = 0
    for key, value in local_values(db).items():
        reg = regs.get(key)
        if reg is not None and reg.value == value:
            continue
        if key.startswith(LEAD_ONLY) and not lead:
            held += 1
            continue
        changes.append((key, value))
    return changes, held


def apply(db: Db, key: str, value: Any) -> str | None:
    """Set this ledger's row for a register won by another device; a problem code when
    the value cannot be used here (a newer app's rule, say)."""
    kind, _, ident = key.partition(":")
    if kind == "meter" and isinstance(value, dict):
        _apply_meter(db, ident, dict(value))
        # a meter's config applies to its whole history
        checkpoints_table.delete_all_checkpoints(db)
        return None
    if kind == "rule" and isinstance(value, dict):
        try:
            rule_from_dict({"id": ident, "code": value["code"], "params": value["params"]})
        except Exception:  # a rule code this app does not know (a newer app's)
            return "team_bad_rule"
        team_store.put_rule_row(db, {**value, "id": ident})
        return None
    if kind == "setting" and ident in SHARED_SETTINGS:
        settings_table.set_setting(db, ident, value)
        return None
    return "team_unknown_change"


def _apply_meter(db: Db, meter_id: str, row: dict[str, Any]) -> None:
    row["id"] = meter_id
    if row.get("removed_ms") is None:
        other = team_store.live_meter_named(db, str(row.get("name")))
        if other is not None and other != meter_id:
            # Two devices made a meter of the same name: both stay; the one with the
            # greater id is told apart by a suffix, the same choice on every device.
            if meter_id > other:
                row["name"] = _apart(row["name"], meter_id)
            else:
                mine = next(r for r in team_store.meter_rows(db) if r["id"] == other)
                team_store.put_meter_row(db, {**mine, "name": _apart(mine["name"], other)})
    team_store.put_meter_row(db, row)


def _apart(name: str, meter_id: str) -> str:
    return f"{name} ({meter_id[:4]})"


def merge_registers(
    db: Db,
    incoming: dict[str, Register],
    is_lead: Callable[[str], bool],
) -> tuple[int, list[tuple[str, str]]]:
    """Take every incoming register newer than ours; (applied, [(problem, key)])."""
    regs = team_store.registers(db)
    applied = 0
    problems: list[tuple[str, str]] = []
    for key in sorted(incoming):
        new = incoming[key]
        cur = regs.get(key)
        if cur is not None and cur.hlc >= new.hlc:
            continue
        if key.startswith(LEAD_ONLY) and not is_lead(new.device):
            continue  # set by a member: the lead's value stands (see the module text)
        if not key.startswith(("meter:", "rule:", "setting:")):
            team_store.put_register(db, new)  # approvals and such: the register is all
            applied += 1
            continue
        code = apply(db, key, new.value)
        if code is not None:
            problems.append((code, key))
            continue
        team_store.put_register(db, new)
        applied += 1
    return applied, problems
