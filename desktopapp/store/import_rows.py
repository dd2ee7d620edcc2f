"""Import records -> database rows: meters, and events in EVENT_COLUMNS order.

An event record becomes a row in one of two ways. ``quick_row`` checks and converts in
one pass the plain shape the app itself writes (UTC instants, every field as expected)
and answers None for anything else; ``event_row`` converts a record that
``validation.check_event`` has accepted. So ``check_event`` alone says what is wrong with
a record, and ``quick_row`` only ever accepts records it would accept too (a test holds
the two to that): a million events of the app's own export cost a few microseconds
each instead of two dozen.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from datetime import UTC, datetime
from typing import Any

from desktopapp.domain import validation as v
from desktopapp.domain.events import OUTCOMES
from desktopapp.domain.limits import EARLIEST, LATEST, MAX_CREDITS, MAX_NAME, MAX_TEXT
from desktopapp.store.codec import EVENT_COLUMNS, to_ms

Row = list[Any]

COL = {c: i for i, c in enumerate(EVENT_COLUMNS)}
METER = COL["meter_id"]
_WIDTH = len(EVENT_COLUMNS)
_MAX_ID = v.MAX_ID
_OUTCOMES = frozenset(OUTCOMES)
_EPOCH = datetime(1970, 1, 1, tzinfo=UTC)
_iso = datetime.fromisoformat


def ms(text: Any) -> int | None:
    t = v.parse_instant(text)
    return None if t is None else to_ms(t)


def meter_row(rec: Mapping[str, Any]) -> list[Any]:
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


# -- the careful way: a record check_event accepted ------------------------------------------


def _checked_ms(text: Any) -> int | None:
    """An instant validation already accepted -> milliseconds (no second range check)."""
    return None if text is None else to_ms(datetime.fromisoformat(text))


def event_row(rec: Mapping[str, Any]) -> Row:
    """A record ``check_event`` accepted -> a row (its meter id as the file has it)."""
    row: Row = [None] * _WIDTH
    col = COL
    t = rec["type"]
    row[col["id"]] = rec["id"]
    row[col["type"]] = t
    row[col["at_ms"]] = _checked_ms(rec["at"])
    row[col["recorded_ms"]] = _checked_ms(rec["recorded_at"])
    row[col["device"]] = rec["device"]
    row[col["member"]] = rec["member"]
    meter = rec.get("meter_id")  # checked for the types that have one
    row[METER] = meter if isinstance(meter, str) else None
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
        if v.is_opt_text(replaces, v.MAX_ID):
            row[col["replaces"]] = replaces
    elif t == "observation":
        row[col["balance_after"]] = rec["balance"]
        source = rec.get("source")
        if v.is_opt_text(source, v.MAX_ID):
            row[col["source"]] = source
    elif t == "pack":
        row[col["account"]] = rec["account"]
        row[col["credits"]] = rec["credits"]
        row[col["expires_ms"]] = _checked_ms(rec.get("expires_at"))
    elif t == "correction":
        row[col["credits"]] = rec["delta"]
    else:
        row[col["target_id"]] = rec["target_id"]
    return row


# -- the quick way: the app's own plain shape, or None ---------------------------------------


class _Unsure(Exception):
    """Not the plain shape: ``check_event`` decides."""


def _utc_ms(text: Any) -> int:
    """``parse_instant`` + ``to_ms`` for an instant written in UTC (``...+00:00``)."""
    if text.__class__ is not str or len(text) > 64 or text[-6:] != "+00:00":
        raise _Unsure
    try:
        t = _iso(text)
    except ValueError:
        raise _Unsure from None
    if t.tzinfo is None or not EARLIEST <= t < LATEST:
        raise _Unsure
    d = t - _EPOCH  # to_ms's (t - EPOCH) // 1 ms, without timedelta's slow division
    return d.days * 86_400_000 + d.seconds * 1000 + d.microseconds // 1000


def _text(value: Any, most: int) -> Any:
    """``is_text(value, most)``: a bounded string without NUL that UTF-8 can hold."""
    if value.__class__ is not str or len(value) > most or "\x00" in value:
        raise _Unsure
    if not value.isascii():
        try:
            value.encode("utf-8")
        except UnicodeEncodeError:
            raise _Unsure from None
    return value


def _name(value: Any, most: int) -> Any:
    """``is_text(value, most, empty=False)``."""
    if not _text(value, most).strip():
        raise _Unsure
    return value


def _opt(value: Any, most: int) -> Any:
    return None if value is None else _text(value, most)


def _credits(value: Any, lo: int = 0) -> Any:
    """``is_int(value, lo)`` (True and False are not numbers here)."""
    if value.__class__ is not int or not lo <= value <= MAX_CREDITS:
        raise _Unsure
    return value


def _size(value: Any) -> Any:
    """``is_number`` or None (NaN and infinities fail the range)."""
    if value is None:
        return None
    if (value.__class__ is not int and value.__class__ is not float) or not (
        0 <= value <= MAX_CREDITS
    ):
        raise _Unsure
    return value


def quick_row(rec: Any) -> Row | None:
    """The row of a record in the plain shape, or None: then ``check_event`` decides."""
    if rec.__class__ is not dict:
        return None
    get = rec.get
    if get("type") == "spend":
        return _quick_spend(get)
    try:
        return _quick_other(get)
    except _Unsure:
        return None


def _quick_spend(get: Any) -> Row | None:
    # Written out rather than through the helpers below: nine in ten records are spends,
    # and a call per field doubles their cost.
    ident, device, member = get("id"), get("device"), get("member")
    account, kind, credits = get("account"), get("kind"), get("credits")
    meter, project, note = get("meter_id"), get("project"), get("note")
    balance, outcome, size = get("balance_after"), get("outcome"), get("size")
    if (
        ident.__class__ is not str
        or device.__class__ is not str
        or member.__class__ is not str
        or account.__class__ is not str
        or kind.__class__ is not str
        or not 0 < len(ident) <= _MAX_ID
        or len(device) > MAX_NAME
        or len(member) > MAX_NAME
        or not 0 < len(account) <= MAX_NAME
        or not 0 < len(kind) <= MAX_NAME
        or ident.isspace()
        or account.isspace()
        or kind.isspace()
        or credits.__class__ is not int
        or not 0 <= credits <= MAX_CREDITS
        or (balance is not None and not (balance.__class__ is int and 0 <= balance <= MAX_CREDITS))
        or outcome.__class__ is not str
        or outcome not in _OUTCOMES
    ):
        return None
    texts = ident + device + member + account + kind
    if meter is not None:
        if meter.__class__ is not str or len(meter) > _MAX_ID:
            return None
        texts += meter
    if project is not None:
        if project.__class__ is not str or len(project) > MAX_NAME:
            return None
        texts += project
    if note is not None:
        if note.__class__ is not str or len(note) > MAX_TEXT:
            return None
        texts += note
    if "\x00" in texts or not (texts.isascii() or _utf8(texts)):
        return None
    try:
        at, recorded, size = _utc_ms(get("at")), _utc_ms(get("recorded_at")), _size(size)
    except _Unsure:
        return None
    replaces = get("replaces")
    if replaces is not None and not v.is_text(replaces, _MAX_ID):
        replaces = None
    return [ident, "spend", at, recorded, device, member, account, meter, kind, credits,
            balance, project, outcome, note, size, None, None, None, replaces]


def _utf8(text: str) -> bool:
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:  # a lone surrogate (JSON can carry one: "\ud800")
        return False
    return True


def _quick_other(get: Any) -> Row | None:
    t = get("type")
    row: Row = [None] * _WIDTH
    row[0] = _name(get("id"), _MAX_ID)
    row[1] = t
    row[2] = _utc_ms(get("at"))
    row[3] = _utc_ms(get("recorded_at"))
    row[4] = _text(get("device"), MAX_NAME)
    row[5] = _text(get("member"), MAX_NAME)
    note = _opt(get("note"), MAX_TEXT)
    if t == "undo":
        if get("meter_id") is not None:  # not checked for an undo: the careful way
            return None
        row[15] = _name(get("target_id"), _MAX_ID)
    elif t == "observation":
        row[7] = _name(get("meter_id"), _MAX_ID)
        row[10] = _credits(get("balance"))
        row[13] = note
        source = get("source")
        if source is not None and v.is_text(source, _MAX_ID):
            row[17] = source
    elif t == "pack":
        if get("meter_id") is not None:
            return None
        row[6] = _name(get("account"), MAX_NAME)
        row[9] = _credits(get("credits"), 1)
        row[13] = note
        expires = get("expires_at")
        row[16] = None if expires is None else _utc_ms(expires)
    elif t == "correction":
        row[7] = _name(get("meter_id"), _MAX_ID)
        row[9] = _credits(get("delta"), -MAX_CREDITS)
        row[13] = note
    else:
        return None
    return row


# The positions quick_row writes to, by name: a test holds them to EVENT_COLUMNS.
QUICK_POSITIONS = {
    "id": 0, "type": 1, "at_ms": 2, "recorded_ms": 3, "device": 4, "member": 5,
    "account": 6, "meter_id": 7, "kind": 8, "credits": 9, "balance_after": 10,
    "project": 11, "outcome": 12, "note": 13, "size": 14, "target_id": 15,
    "expires_ms": 16, "source": 17, "replaces": 18,
}  # fmt: skip
if QUICK_POSITIONS != COL:  # a column added or moved: quick_row must learn it first
    raise ImportError("import_rows.quick_row does not match EVENT_COLUMNS")
