"""Approvals that travel: a request recorded on one PC, decided by the lead on another.

A request and its decision are registers (``approval:<id>``, ``decision:<id>``) shared
through the team folder like meters and rules, so every PC sees the same list. Without a
team they stay on this PC (the user is their own lead). Deciding is the lead's job by
convention among colleagues, not access control.

An approval lets the check pass for the task it was asked for: once (until the
requester logs that kind of task after the decision), or until an instant the lead set.
"""

from __future__ import annotations

import uuid
from datetime import datetime
from typing import Any

from desktopapp.domain.limits import check_text, problem
from desktopapp.services import estimates, team, team_sync
from desktopapp.services.ledger import LedgerFile
from desktopapp.store import connection, team_store
from desktopapp.store.team_store import Register

LEVEL_ORDER = ("ok", "warn", "needs_approval", "blocked")


def _device(ledger: LedgerFile) -> str:
    cfg = team.config(ledger)
    return cfg.device if cfg else ledger.identity.device


def _put(ledger: LedgerFile, key: str, value: dict[str, Any], now: datetime) -> None:
    device = _device(ledger)
    with connection.transaction(ledger.db):
        clock = team_sync.Clock(ledger, device, now)
        team_store.put_register(ledger.db, Register(key, clock.tick(), device, value, True))
        clock.save(ledger)


def is_lead(ledger: LedgerFile) -> bool:
    cfg = team.config(ledger)
    return cfg is None or cfg.lead


def request(
    ledger: LedgerFile,
    kind: str,
    *,
    size: float | None = None,
    project: str | None = None,
    note: str | None = None,
    now: datetime,
) -> dict[str, Any]:
    """Record a request with what the check says about the task (estimate, rules)."""
    kind = kind.strip()
    if not kind:
        raise problem("missing_value", option="KIND")
    check_text(note, "note")
    verdict = estimates.run_check(ledger, now, kind, size, project)
    value = {
        "id": uuid.uuid4().hex[:8],
        "kind": kind,
        "size": size,
        "project": (project or "").strip() or None,
        "note": note or None,
        "estimate": verdict.estimate.typical if verdict.estimate else None,
        "rules": sorted({v.rule_id for v in verdict.reasons if v.rule_id}),
        "verdict": verdict.verdict,
        "member": ledger.identity.member,
        "requested_at": now.isoformat(),
    }
    _put(ledger, f"approval:{value['id']}", value, now)
    return listing(ledger, now, only=str(value["id"]))[0]


def _find(ledger: LedgerFile, ident: str) -> str:
    ident = ident.strip().lower()
    found = [k[len("approval:"):] for k in team_store.registers(ledger.db, "approval:")
             if k[len("approval:"):].startswith(ident)] if ident else []
    if len(found) != 1:
        raise problem("approval_unknown", id=ident)
    return found[0]


def decide(
    ledger: LedgerFile,
    ident: str,
    *,
    approve: bool,
    note: str | None = None,
    until: datetime | None = None,
    now: datetime,
) -> dict[str, Any]:
    """The lead's answer; a later answer replaces an earlier one (last writer wins)."""
    check_text(note, "note")
    if not is_lead(ledger):
        raise problem("approval_lead_only")
    if until is not None and until <= now:
        raise problem("approval_until_past", until=until.isoformat())
    rid = _find(ledger, ident)
    value = {
        "id": rid,
        "decision": "approved" if approve else "declined",
        "note": note or None,
        "by": ledger.identity.member,
        "at": now.isoformat(),
        "until": until.isoformat() if until else None,
    }
    _put(ledger, f"decision:{rid}", value, now)
    return listing(ledger, now, only=rid)[0]


def _used(ledger: LedgerFile, req: dict[str, Any], decided: datetime, now: datetime) -> bool:
    for s in ledger.spends(since=decided, until=now):
        if s.kind == req["kind"] and s.origin.member == req["member"]:
            return True
    return False


def listing(ledger: LedgerFile, now: datetime, only: str | None = None) -> list[dict[str, Any]]:
    """Requests newest first, each with its decision and state: pending, approved,
    declined, used (an approval for one task, spent) or expired (past its end)."""
    requests = team_store.registers(ledger.db, "approval:")
    decisions = team_store.registers(ledger.db, "decision:")
    out: list[dict[str, Any]] = []
    for key, reg in requests.items():
        req = dict(reg.value or {})
        rid = key[len("approval:"):]
        if only is not None and rid != only:
            continue
        dec_reg = decisions.get(f"decision:{rid}")
        dec = dict(dec_reg.value) if dec_reg and dec_reg.value else None
        state = "pending"
        if dec is not None:
            state = dec["decision"]
            if state == "approved":
                until = datetime.fromisoformat(dec["until"]) if dec.get("until") else None
                if until is not None:
                    state = "approved" if now <= until else "expired"
                elif _used(ledger, req, datetime.fromisoformat(dec["at"]), now):
                    state = "used"
        out.append({**req, "id": rid, "state": state, "decision": dec})
    out.sort(key=lambda r: (str(r.get("requested_at")), r["id"]), reverse=True)
    return out


def applying(
    ledger: LedgerFile, now: datetime, kind: str, size: float | None = None,
    project: str | None = None,
) -> dict[str, Any] | None:
    """An approval of this member's that covers this task now, or None."""
    me = ledger.identity.member
    for r in listing(ledger, now):
        if r["state"] != "approved" or r.get("member") != me or r["kind"] != kind.strip():
            continue
        if r.get("project") and r["project"] != ((project or "").strip() or None):
            continue
        if r.get("size") is not None and size is not None and size > r["size"]:
            continue
        return r
    return None


def with_approval(ledger: LedgerFile, now: datetime, check: dict[str, Any]) -> dict[str, Any]:
    """``check --json`` plus ``"approval"`` when one applies (the key is absent when none
    does, so the check's shape stays what the pre-task window shows); with one, reasons
    that needed an approval no longer decide the verdict (the check passes for that task)."""
    found = applying(ledger, now, str(check["kind"]), check.get("size"), check.get("project"))
    if found is None:
        return check
    out = {**check, "approval": found}
    if check["verdict"] == "needs_approval":
        levels = [r.get("level") for r in check.get("reasons", [])]
        rest = [lv for lv in levels if lv in ("warn", "blocked")]
        out["verdict"] = max(rest, key=LEVEL_ORDER.index) if rest else "ok"
    return out


def waiting_for_lead(ledger: LedgerFile, now: datetime) -> list[dict[str, Any]]:
    """What the lead's tray shows and notifies once: requests with no decision yet."""
    return [r for r in listing(ledger, now) if r["state"] == "pending"] if is_lead(ledger) else []


def answered_for_me(ledger: LedgerFile, now: datetime) -> list[dict[str, Any]]:
    """What the requester's tray notifies once: my requests the lead has answered."""
    me = ledger.identity.member
    return [r for r in listing(ledger, now) if r.get("member") == me and r["decision"]]
