"""Domain values <-> rows. Instants are INTEGER unix milliseconds UTC in the database."""

from __future__ import annotations

import json
from datetime import UTC, datetime, time, timedelta
from typing import Any, cast

from desktopapp.domain.events import (
    Correction,
    Event,
    Observation,
    Origin,
    Outcome,
    PackPurchase,
    Spend,
    Undo,
)
from desktopapp.domain.ledger import LedgerState, PoolState
from desktopapp.domain.meter import GrantMode, Meter, Pack, Unit
from desktopapp.domain.schedule import (
    Daily,
    Every,
    Monthly,
    Never,
    ResetRule,
    Rolling,
    Weekday,
    Weekly,
)

EPOCH = datetime(1970, 1, 1, tzinfo=UTC)
_MS = timedelta(milliseconds=1)


def to_ms(t: datetime) -> int:
    """Exact integer milliseconds (no float rounding): sub-ms precision is dropped."""
    return (t - EPOCH) // _MS


def from_ms(ms: int) -> datetime:
    return EPOCH + timedelta(milliseconds=ms)


def opt_ms(t: datetime | None) -> int | None:
    return None if t is None else to_ms(t)


def opt_dt(ms: int | None) -> datetime | None:
    return None if ms is None else from_ms(ms)


# -- reset rules ---------------------------------------------------------------------
def rule_to_dict(rule: ResetRule) -> dict[str, Any]:
    if isinstance(rule, Daily):
        return {"family": "daily", "at": rule.at.isoformat("minutes"), "tz": rule.tz}
    if isinstance(rule, Weekly):
        return {
            "family": "weekly",
            "weekday": rule.weekday,
            "at": rule.at.isoformat("minutes"),
            "tz": rule.tz,
        }
    if isinstance(rule, Monthly):
        return {
            "family": "monthly",
            "day": rule.day,
            "at": rule.at.isoformat("minutes"),
            "tz": rule.tz,
        }
    if isinstance(rule, Every):
        return {"family": "every", "hours": rule.hours, "anchor": rule.anchor.isoformat()}
    if isinstance(rule, Rolling):
        return {"family": "rolling", "hours": rule.hours}
    return {"family": "never"}


def rule_from_dict(d: dict[str, Any]) -> ResetRule:
    family = d["family"]
    if family == "daily":
        return Daily(at=time.fromisoformat(d["at"]), tz=d["tz"])
    if family == "weekly":
        return Weekly(
            weekday=cast(Weekday, d["weekday"]), at=time.fromisoformat(d["at"]), tz=d["tz"]
        )
    if family == "monthly":
        return Monthly(day=int(d["day"]), at=time.fromisoformat(d["at"]), tz=d["tz"])
    if family == "every":
        return Every(hours=float(d["hours"]), anchor=datetime.fromisoformat(d["anchor"]))
    if family == "rolling":
        return Rolling(hours=float(d["hours"]))
    return Never()


def rule_to_json(rule: ResetRule) -> str:
    return json.dumps(rule_to_dict(rule), sort_keys=True)


def rule_from_json(text: str) -> ResetRule:
    return rule_from_dict(json.loads(text))


# -- meters ----------------------------------------------------------------------------
def meter_to_row(meter: Meter) -> dict[str, Any]:
    return {
        "id": meter.id,
        "name": meter.name,
        "account": meter.account,
        "grant": meter.grant,
        "rule": rule_to_json(meter.rule),
        "mode": meter.mode,
        "cap": meter.cap,
        "priority": meter.priority,
        "unit": meter.unit,
        "created_ms": to_ms(meter.created_at) if meter.created_at else 0,
    }


def meter_from_row(row: dict[str, Any]) -> Meter:
    return Meter(
        id=row["id"],
        name=row["name"],
        grant=int(row["grant"]),
        rule=rule_from_json(row["rule"]),
        mode=cast(GrantMode, row["mode"]),
        cap=row["cap"],
        priority=row["priority"],
        unit=cast(Unit, row["unit"]),
        account=row["account"],
        created_at=from_ms(row["created_ms"]),
        removed_at=from_ms(row["removed_ms"]) if row.get("removed_ms") is not None else None,
    )


# -- events ------------------------------------------------------------------------------
EVENT_COLUMNS = (
    "id",
    "type",
    "at_ms",
    "recorded_ms",
    "device",
    "member",
    "account",
    "meter_id",
    "kind",
    "credits",
    "balance_after",
    "project",
    "outcome",
    "note",
    "size",
    "target_id",
    "expires_ms",
    "source",  # schema step 0005: where an automatic reading came from
    "replaces",  # schema step 0008: the spend a correction replaces
)
# What the store's SELECTs return: seq first, then EVENT_COLUMNS.
SELECT_COLUMNS = ("seq", *EVENT_COLUMNS)

EVENT_TYPES: dict[type, str] = {
    Spend: "spend",
    Observation: "observation",
    PackPurchase: "pack",
    Correction: "correction",
    Undo: "undo",
}


def event_to_row(event: Event, recorded: datetime) -> tuple[Any, ...]:
    """A tuple in EVENT_COLUMNS order (tuples keep bulk inserts fast)."""
    o = event.origin
    row: dict[str, Any] = {
        "id": o.id,
        "type": EVENT_TYPES[type(event)],
        "at_ms": to_ms(o.at),
        "recorded_ms": to_ms(recorded),
        "device": o.device,
        "member": o.member,
    }
    if isinstance(event, Spend):
        row.update(
            account=event.account,
            meter_id=event.meter_id,
            kind=event.kind,
            credits=event.credits,
            balance_after=event.balance_after,
            project=event.project,
            outcome=event.outcome,
            note=event.note,
            size=event.size,
            replaces=event.replaces,
        )
    elif isinstance(event, Observation):
        row.update(
            meter_id=event.meter_id,
            balance_after=event.balance,
            note=event.note,
            source=event.source,
        )
    elif isinstance(event, PackPurchase):
        row.update(
            account=event.account,
            credits=event.credits,
            expires_ms=opt_ms(event.expires_at),
            note=event.note,
        )
    elif isinstance(event, Correction):
        row.update(meter_id=event.meter_id, credits=event.delta, note=event.note)
    else:
        row.update(target_id=event.target_id)
    return tuple(row.get(c) for c in EVENT_COLUMNS)


def event_from_row(r: tuple[Any, ...]) -> Event:
    """``r`` in SELECT_COLUMNS order."""
    (
        _seq,
        id_,
        type_,
        at_ms,
        _recorded,
        device,
        member,
        account,
        meter_id,
        kind,
        credits,
        balance_after,
        project,
        outcome,
        note,
        size,
        target_id,
        expires_ms,
        *rest,
    ) = r
    source = rest[0] if rest else None  # rows from before schema step 0005 lack it
    replaces = rest[1] if len(rest) > 1 else None  # and before 0008 this one
    origin = Origin(id=id_, at=EPOCH + timedelta(milliseconds=at_ms), device=device, member=member)
    if type_ == "spend":
        return Spend(
            origin=origin,
            kind=kind,
            credits=credits,
            meter_id=meter_id,
            project=project,
            outcome=cast(Outcome, outcome or "ok"),
            note=note,
            size=size,
            balance_after=balance_after,
            account=account or "default",
            replaces=replaces,
        )
    if type_ == "observation":
        return Observation(
            origin=origin, meter_id=meter_id, balance=balance_after, note=note, source=source
        )
    if type_ == "pack":
        return PackPurchase(
            origin=origin,
            credits=credits,
            expires_at=opt_dt(expires_ms),
            account=account or "default",
            note=note,
        )
    if type_ == "correction":
        return Correction(origin=origin, meter_id=meter_id, delta=credits, note=note)
    if type_ == "undo":
        return Undo(origin=origin, target_id=target_id)
    raise ValueError(f"unknown event type {type_!r}")


# -- checkpoints -------------------------------------------------------------------------
def state_to_json(state: LedgerState) -> str:
    pools = {
        pid: [
            s.balance,
            opt_ms(s.last_refill),
            opt_ms(s.next_refill),
            opt_ms(s.window_start),
            s.spent_since_refill,
            s.lost_total,
            s.expired,
        ]
        for pid, s in state.pools.items()
    }
    packs = [
        [p.id, p.credits, to_ms(p.bought_at), opt_ms(p.expires_at), p.account]
        for p in state.packs
    ]
    return json.dumps({"as_of": to_ms(state.as_of), "pools": pools, "packs": packs})


def state_from_json(text: str) -> LedgerState:
    d = json.loads(text)
    pools = {
        pid: PoolState(
            pool_id=pid,
            balance=v[0],
            last_refill=opt_dt(v[1]),
            next_refill=opt_dt(v[2]),
            window_start=opt_dt(v[3]),
            spent_since_refill=v[4],
            lost_total=v[5],
            expired=bool(v[6]),
        )
        for pid, v in d["pools"].items()
    }
    packs = tuple(
        Pack(id=p[0], credits=p[1], bought_at=from_ms(p[2]), expires_at=opt_dt(p[3]), account=p[4])
        for p in d["packs"]
    )
    return LedgerState(as_of=from_ms(d["as_of"]), pools=pools, packs=packs)
