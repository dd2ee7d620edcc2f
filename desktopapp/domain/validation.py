"""Checks for records that come from outside (import files): codes, never sentences.

An import file is untrusted: truncated, hand-edited, from a newer app, or not ours at
all. Every record is checked here BEFORE anything is written, so a bad file changes
nothing. Each check returns ``Problem``s (``import_bad_field`` with section, index and
field; ``import_duplicate_id``; ...); the CLI and the app word them.

Limits are generous for real use and small enough that SQLite and the replay never see
a value they cannot hold (a 64-bit integer, a datetime the schedule can step past).
"""

from __future__ import annotations

import math
import uuid
from collections.abc import Mapping
from datetime import UTC, datetime, time
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from desktopapp.domain.events import OUTCOMES
from desktopapp.domain.limits import (
    EARLIEST,
    LATEST,
    MAX_CREDITS,
    MAX_HOURS,
    MAX_NAME,
    MAX_TEXT,
    MIN_HOURS,
)
from desktopapp.domain.problems import InvalidInput, Problem
from desktopapp.domain.schedule import WEEKDAYS

EXPORT_FORMAT = "creditfuel-export"
EXPORT_VERSION = 1
EVENT_TYPES = ("spend", "observation", "pack", "correction", "undo")
MAX_ID = 200
MAX_SETTING_JSON = 100_000
MAX_PROBLEMS = 20  # enough to fix a file; a garbage file of a million records stops early

Record = Mapping[str, Any]


def bad(section: str, index: int, field: str) -> Problem:
    return Problem("import_bad_field", {"section": section, "index": str(index), "field": field})


# -- single values ----------------------------------------------------------------------


def is_int(value: object, lo: int = 0, hi: int = MAX_CREDITS) -> bool:
    return isinstance(value, int) and not isinstance(value, bool) and lo <= value <= hi


def is_number(value: object, lo: float = 0.0, hi: float = float(MAX_CREDITS)) -> bool:
    if isinstance(value, bool) or not isinstance(value, int | float):
        return False
    return math.isfinite(value) and lo <= value <= hi


def is_text(value: object, max_len: int = MAX_TEXT, *, empty: bool = True) -> bool:
    """A string SQLite and every screen can hold: bounded, no NUL, no lone surrogates."""
    if not isinstance(value, str) or len(value) > max_len or "\x00" in value:
        return False
    if not empty and not value.strip():
        return False
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def is_opt_text(value: object, max_len: int = MAX_TEXT) -> bool:
    return value is None or is_text(value, max_len)


def parse_instant(value: object) -> datetime | None:
    """An ISO-8601 instant WITH an offset, within the years the app handles; else None."""
    if not isinstance(value, str) or len(value) > 64:
        return None
    try:
        t = datetime.fromisoformat(value)
    except ValueError:
        return None
    if t.utcoffset() is None:
        return None
    try:
        t = t.astimezone(UTC)
    except (OverflowError, ValueError):
        return None
    return t if EARLIEST <= t < LATEST else None


def is_zone(value: object) -> bool:
    if not is_text(value, 64, empty=False):
        return False
    assert isinstance(value, str)
    try:
        ZoneInfo(value)
    except (ZoneInfoNotFoundError, ValueError, OSError):
        return False
    return True


def is_clock_time(value: object) -> bool:
    if not isinstance(value, str) or len(value) > 8:
        return False
    try:
        time.fromisoformat(value)
    except ValueError:
        return False
    return True


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


# -- settings --------------------------------------------------------------------------------
# Every key the app reads, with what its value must be. A value that fails here is never
# stored (imports, `config set`, windows) and never used when read (an older version or a
# hand edit may have stored it): the reader falls back to its default and the problem is
# listed for the user to fix. ``None`` (JSON null) always means "not set". Keys not listed
# are kept as they are: nothing reads them, so they cannot break anything.
MAX_FIRED = 10_000


def _is_fraction(value: object) -> bool:
    return is_number(value, 0.0, 1.0)


def _is_price(value: object) -> bool:
    return is_number(value, 0.0, 1e9) and value != 0


def _is_fired(value: object) -> bool:
    return isinstance(value, list) and len(value) <= MAX_FIRED and all(
        is_text(k, MAX_TEXT, empty=False) for k in value
    )


def _is_currency(value: object) -> bool:
    return isinstance(value, str) and len(value) == 3 and value.isascii() and value.isalpha()


SETTING_CHECKS: dict[str, Any] = {
    "tz": is_zone,
    "lang": lambda v: v in ("ja", "en"),
    "price.currency": _is_currency,
    "currency": _is_currency,
    "price.per_credit": _is_price,
    "price.credits_per_unit": _is_price,
    "plan_price": _is_price,
    "alerts.fired": _is_fired,
    "alerts.paused": lambda v: isinstance(v, bool),
    "alerts.low_fraction": _is_fraction,
    "alerts.vanish_min_fraction": _is_fraction,
    "alerts.vanish_hours": lambda v: is_number(v, 0.0, 24.0 * 31),
    "alerts.pack_days": lambda v: is_number(v, 0.0, 366.0),
    "gauge.amber_below": _is_fraction,
    "gauge.red_below": _is_fraction,
    "device_id": lambda v: is_text(v, MAX_ID, empty=False),
    "member": lambda v: is_text(v, MAX_NAME),
}


def setting_ok(key: str, value: object) -> bool:
    """Whether the app can use ``value`` for ``key`` (unknown keys: always)."""
    check = SETTING_CHECKS.get(key)
    if value is None or check is None:
        return True
    try:
        return bool(check(value))
    except (TypeError, ValueError):  # an unhashable value for a membership test
        return False


def check_setting(key: object, size: int, value: object = None) -> list[Problem]:
    """``size``: length of the value's JSON text (measured by the caller); ``value``: the
    value itself, checked when the key is one the app reads."""
    if not is_text(key, MAX_NAME, empty=False):
        return [Problem("import_bad_setting", {"key": str(key)[:40]})]
    assert isinstance(key, str)
    if size > MAX_SETTING_JSON or not setting_ok(key, value):
        return [Problem("import_bad_setting", {"key": key})]
    return []


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
    try:
        ok = isinstance(value, str) and len(value) <= 64 and str(uuid.UUID(value)) == value.lower()
    except ValueError:
        ok = False
    if not ok:
        raise InvalidInput(Problem("bad_event_id", {"value": str(value)[:80]}))

