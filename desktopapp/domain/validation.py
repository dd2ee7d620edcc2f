"""Checks for records that come from outside (import files): codes, never sentences.

An import file is untrusted: truncated, hand-edited, from a newer app, or not ours at
all. Every record is checked here BEFORE anything is written, so a bad file changes
nothing. Each check returns ``Problem``s (``import_bad_field`` with section, index and
field; ``import_duplicate_id``; ...); the CLI and the app word them.

Limits are generous for real use and small enough that SQLite and the replay never see
a value they cannot hold (a 64-bit integer, a datetime the schedule can step past).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from desktopapp.domain.events import OUTCOMES
from desktopapp.domain.limits import (
    MAX_CREDITS,
    MAX_HOURS,
    MAX_NAME,
    MIN_HOURS,
)
from desktopapp.domain.problems import InvalidInput, Problem
from desktopapp.domain.schedule import WEEKDAYS

# Single values and settings live in their own modules; their names stay reachable here
# (``validation.is_text``, ``validation.setting_ok``...), where callers have always found them.
from desktopapp.domain.validation_settings import (
    MAX_FIRED,
    MAX_SETTING_JSON,
    SETTING_CHECKS,
    check_setting,
    setting_ok,
)
from desktopapp.domain.validation_values import (
    MAX_ID,
    is_clock_time,
    is_int,
    is_number,
    is_opt_text,
    is_text,
    is_zone,
    parse_instant,
)

__all__ = [
    "EVENT_TYPES",
    "EXPORT_FORMAT",
    "EXPORT_VERSION",
    "MAX_FIRED",
    "MAX_ID",
    "MAX_PROBLEMS",
    "MAX_SETTING_JSON",
    "SETTING_CHECKS",
    "AlreadyLogged",
    "bad",
    "check_event",
    "check_event_id",
    "check_header",
    "check_meter",
    "check_records",
    "check_rule_dict",
    "check_setting",
    "check_team_rule",
    "is_clock_time",
    "is_int",
    "is_number",
    "is_opt_text",
    "is_text",
    "is_zone",
    "parse_instant",
    "setting_ok",
]

EXPORT_FORMAT = "creditfuel-export"
EXPORT_VERSION = 1
EVENT_TYPES = ("spend", "observation", "pack", "correction", "undo")
MAX_PROBLEMS = 20  # enough to fix a file; a garbage file of a million records stops early

Record = Mapping[str, Any]


def bad(section: str, index: int, field: str) -> Problem:
    return Problem("import_bad_field", {"section": section, "index": str(index), "field": field})


# -- records --------------------------------------------------------------------------------


def check_rule_dict(rule: object) -> list[str]:
    """Fields of a reset rule (as stored: ``{"family": ..., ...}``) that are wrong."""
    if not isinstance(rule, Mapping):
        return ["rule"]
    family = rule.get("family")
    wrong: list[str] = []
    if family in ("daily", "weekly", "monthly"):
        if not is_clock_time(rule.get("at")):
            wrong.append("rule.at")
        if not is_zone(rule.get("tz")):
            wrong.append("rule.tz")
        if family == "weekly" and rule.get("weekday") not in WEEKDAYS:
            wrong.append("rule.weekday")
        if family == "monthly" and not is_int(rule.get("day"), 1, 31):
            wrong.append("rule.day")
    elif family in ("every", "rolling"):
        hours = rule.get("hours")
        if not is_number(hours, MIN_HOURS, MAX_HOURS):
            wrong.append("rule.hours")
        if family == "every" and parse_instant(rule.get("anchor")) is None:
            wrong.append("rule.anchor")
    elif family != "never":
        wrong.append("rule.family")
    return wrong


def check_meter(rec: object, index: int) -> list[Problem]:
    section = "meters"
    if not isinstance(rec, Mapping):
        return [bad(section, index, "record")]
    wrong: list[str] = []
    if not is_text(rec.get("id"), MAX_ID, empty=False):
        wrong.append("id")
    if not is_text(rec.get("name"), MAX_NAME, empty=False):
        wrong.append("name")
    if not is_text(rec.get("account"), MAX_NAME, empty=False):
        wrong.append("account")
    if not is_int(rec.get("grant")):
        wrong.append("grant")
    wrong += check_rule_dict(rec.get("rule"))
    if rec.get("mode") not in ("overwrite", "carry"):
        wrong.append("mode")
    if rec.get("cap") is not None and not is_int(rec.get("cap")):
        wrong.append("cap")
    if rec.get("priority") is not None and not is_int(rec.get("priority"), -(10**6), 10**6):
        wrong.append("priority")
    if rec.get("unit") not in ("credits", "minutes"):
        wrong.append("unit")
    if parse_instant(rec.get("created_at")) is None:
        wrong.append("created_at")
    if rec.get("removed_at") is not None and parse_instant(rec.get("removed_at")) is None:
        wrong.append("removed_at")
    return [bad(section, index, f) for f in wrong]


def check_event(rec: object, index: int) -> list[Problem]:
    section = "events"
    if not isinstance(rec, Mapping):
        return [bad(section, index, "record")]
    wrong: list[str] = []
    kind = rec.get("type")
    if not is_text(rec.get("id"), MAX_ID, empty=False):
        wrong.append("id")
    if kind not in EVENT_TYPES:
        return [bad(section, index, f) for f in [*wrong, "type"]]
    for field in ("at", "recorded_at"):
        if parse_instant(rec.get(field)) is None:
            wrong.append(field)
    for field in ("device", "member"):
        if not is_text(rec.get(field), MAX_NAME):
            wrong.append(field)
    if not is_opt_text(rec.get("note")):
        wrong.append("note")
    if kind == "spend":
        if not is_text(rec.get("kind"), MAX_NAME, empty=False):
            wrong.append("kind")
        if not is_int(rec.get("credits")):
            wrong.append("credits")
        if rec.get("balance_after") is not None and not is_int(rec.get("balance_after")):
            wrong.append("balance_after")
        if rec.get("outcome") not in OUTCOMES:
            wrong.append("outcome")
        if not is_opt_text(rec.get("project"), MAX_NAME):
            wrong.append("project")
        if rec.get("size") is not None and not is_number(rec.get("size")):
            wrong.append("size")
        if not is_opt_text(rec.get("meter_id"), MAX_ID):
            wrong.append("meter_id")
        if not is_text(rec.get("account"), MAX_NAME, empty=False):
            wrong.append("account")
    elif kind == "observation":
        if not is_text(rec.get("meter_id"), MAX_ID, empty=False):
            wrong.append("meter_id")
        if not is_int(rec.get("balance")):
            wrong.append("balance")
    elif kind == "pack":
        if not is_int(rec.get("credits"), 1):
            wrong.append("credits")
        if rec.get("expires_at") is not None and parse_instant(rec.get("expires_at")) is None:
            wrong.append("expires_at")
        if not is_text(rec.get("account"), MAX_NAME, empty=False):
            wrong.append("account")
    elif kind == "correction":
        if not is_text(rec.get("meter_id"), MAX_ID, empty=False):
            wrong.append("meter_id")
        if not is_int(rec.get("delta"), -MAX_CREDITS):
            wrong.append("delta")
    elif not is_text(rec.get("target_id"), MAX_ID, empty=False):
        wrong.append("target_id")
    return [bad(section, index, f) for f in wrong]


def check_team_rule(rec: object, index: int) -> list[Problem]:
    section = "rules"
    if not isinstance(rec, Mapping):
        return [bad(section, index, "record")]
    wrong: list[str] = []
    if not is_text(rec.get("id"), MAX_ID, empty=False):
        wrong.append("id")
    if not is_text(rec.get("code"), MAX_NAME, empty=False):
        wrong.append("code")
    params = rec.get("params")
    if not isinstance(params, Mapping) or (
        not wrong and not _team_rule_parses(rec["id"], rec["code"], params)
    ):
        wrong.append("params")
    if parse_instant(rec.get("created_at")) is None:
        wrong.append("created_at")
    if rec.get("removed_at") is not None and parse_instant(rec.get("removed_at")) is None:
        wrong.append("removed_at")
    return [bad(section, index, f) for f in wrong]


def _team_rule_parses(rule_id: str, code: str, params: Mapping[str, Any]) -> bool:
    """The store keeps a rule as its dict form; the app rebuilds it on every pre-flight
    check, so a rule that does not rebuild would break the app long after the import."""
    from desktopapp.domain.rules import rule_from_dict  # a big module; only imports need it

    try:
        rule_from_dict({"id": rule_id, "code": code, "params": params})
    except (InvalidInput, TypeError, ValueError, KeyError, AttributeError):
        return False
    return True


# -- the whole document ------------------------------------------------------------------------


def check_header(doc: object) -> list[Problem]:
    if not isinstance(doc, Mapping) or doc.get("format") != EXPORT_FORMAT:
        return [Problem("import_not_export")]
    version = doc.get("format_version")
    if not isinstance(version, int) or not is_int(version, 1, 10**6):
        return [Problem("import_not_export")]
    if version > EXPORT_VERSION:
        return [Problem("import_newer_format", {"version": str(version)})]
    for section in ("meters", "events", "rules"):
        if not isinstance(doc.get(section, []), list):
            return [
                Problem("import_bad_field", {"section": section, "index": "-", "field": section})
            ]
    if not isinstance(doc.get("settings", {}), Mapping):
        return [
            Problem("import_bad_field", {"section": "settings", "index": "-", "field": "settings"})
        ]
    return []


def check_records(
    meters: list[Any],
    events: list[Any],
    rules: list[Any],
    known_meter_ids: frozenset[str] = frozenset(),
) -> list[Problem]:
    """Every record, ids unique within the file, events pointing at a meter that exists
    in the file or in the database (``known_meter_ids``). Stops after MAX_PROBLEMS."""
    problems: list[Problem] = []

    def full() -> bool:
        return len(problems) >= MAX_PROBLEMS

    for section, records, check in (
        ("meters", meters, check_meter),
        ("rules", rules, check_team_rule),
        ("events", events, check_event),
    ):
        seen: set[str] = set()
        for i, rec in enumerate(records):
            found = check(rec, i)
            problems += found
            if not found:
                ident = rec["id"]
                if ident in seen:
                    problems.append(
                        Problem("import_duplicate_id", {"section": section, "id": ident})
                    )
                seen.add(ident)
            if full():
                return problems[:MAX_PROBLEMS]
    meter_ids = {
        m["id"] for m in meters if isinstance(m, Mapping) and isinstance(m.get("id"), str)
    } | known_meter_ids
    for i, rec in enumerate(events):
        if isinstance(rec, Mapping):
            ref = rec.get("meter_id")
            if isinstance(ref, str) and ref not in meter_ids:
                problems.append(Problem("import_unknown_meter", {"index": str(i), "meter": ref}))
                if full():
                    break
    return problems[:MAX_PROBLEMS]


# -- idempotent writes -----------------------------------------------------------------------


class AlreadyLogged(Exception):
    """A write with a caller-chosen id (``creditfuel log --id``) whose id is already in
    the ledger: a retry of something recorded before, so nothing new was written."""

    def __init__(self, event: object) -> None:
        super().__init__(getattr(getattr(event, "origin", None), "id", ""))
        self.event = event


def check_event_id(value: str | None) -> None:
    """A caller-chosen event id must be a UUID (what ``uuid.uuid4`` gives)."""
    if value is None:
        return
    import uuid  # here: uuid loads platform, which no command that only reads needs

    try:
        ok = isinstance(value, str) and len(value) <= 64 and str(uuid.UUID(value)) == value.lower()
    except ValueError:
        ok = False
    if not ok:
        raise InvalidInput(Problem("bad_event_id", {"value": str(value)[:80]}))
