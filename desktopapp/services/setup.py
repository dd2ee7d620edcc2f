"""Setting up what is tracked: presets, meters, packs and team rules.

Meters named from a preset are named in the user's language; rule ids have one format
whichever face made them (``<prefix>-<4 hex>``, e.g. ``cap-1a2b``).

Accounts: a pack belongs to an account and a spend with no meter draws from one, so a
ledger that has one account never needs to be told which. A meter or preset added
without an account to a ledger that has one joins it (the README's "meter add Free"
then "preset apply genspark-plus" is one person's one plan, not two accounts); with
several accounts, the face asks.
"""

from __future__ import annotations

import secrets
from datetime import datetime
from typing import Any

from desktopapp.domain.events import Event
from desktopapp.domain.limits import problem
from desktopapp.domain.meter import GrantMode, Meter, Unit
from desktopapp.domain.presets import PRESETS, Preset
from desktopapp.domain.rules import Rule, rule_from_dict, rule_to_dict
from desktopapp.domain.schedule import ResetRule
from desktopapp.i18n import meter_name
from desktopapp.store.codec import rule_to_dict as reset_rule_to_dict
from desktopapp.store.ledger_file import LedgerFile

DEFAULT_ACCOUNT = "default"  # what a meter made without naming its account is in

RULE_ID_PREFIX = {
    "task_cap": "cap",
    "repeat_approval": "repeat",
    "envelope": "envelope",
    "project_cap": "project-cap",
    "variant_limit": "variants",
    "topup_advice": "topup",
}


def apply_preset(
    ledger: LedgerFile,
    key: str,
    *,
    now: datetime,
    lang: str,
    grant: int | None = None,
    billing_day: int | None = None,
    tz: str | None = None,
) -> list[Meter]:
    """Add a preset's meters, named in ``lang`` (the user renames them at will).

    Into a ledger whose meters are all in the account nobody named, the preset's meters
    join that account: one platform stays one account."""
    accounts = {m.account for m in ledger.meters()}
    joined = DEFAULT_ACCOUNT if accounts == {DEFAULT_ACCOUNT} else None
    return ledger.apply_preset(
        key,
        now=now,
        grant=grant,
        billing_day=billing_day,
        tz=tz,
        name_of=lambda name: meter_name(name, lang),
        account=joined,
    )


def new_rule_id(code: str, taken: set[str]) -> str:
    prefix = RULE_ID_PREFIX.get(code, "rule")
    while True:
        rule_id = f"{prefix}-{secrets.token_hex(2)}"
        if rule_id not in taken:
            return rule_id


def add_rule(ledger: LedgerFile, rule: Rule, *, now: datetime) -> Rule:
    """Store a team rule; one without an id gets one in the shared format."""
    d = dict(rule_to_dict(rule))
    if not d.get("id"):
        d["id"] = new_rule_id(str(d["code"]), {r.id for r in ledger.rules()})
        rule = rule_from_dict(d)
    return ledger.add_rule(rule, now=now)


# -- meters ---------------------------------------------------------------------------------
def meters(ledger: LedgerFile) -> list[Meter]:
    """Live meters in draw/display order."""
    return ledger.meters()


def meter(ledger: LedgerFile, name: str) -> Meter:
    """InvalidInput("unknown_meter") when there is none by that name."""
    return ledger.meter(name)


def account_for_new_meter(ledger: LedgerFile, account: str | None) -> str:
    """The account a new meter goes in: as given, else the ledger's only account."""
    if account and account.strip():
        return account.strip()
    accounts = {m.account for m in ledger.meters()}
    return accounts.pop() if len(accounts) == 1 else DEFAULT_ACCOUNT


def add_meter(
    ledger: LedgerFile,
    now: datetime,
    name: str,
    grant: int,
    rule: ResetRule,
    *,
    mode: GrantMode = "overwrite",
    cap: int | None = None,
    priority: int | None = None,
    unit: Unit = "credits",
    account: str | None = None,
    balance: int | None = None,
) -> Meter:
    return ledger.add_meter(
        name,
        grant,
        rule,
        mode=mode,
        cap=cap,
        priority=priority,
        unit=unit,
        account=account_for_new_meter(ledger, account),
        balance=balance,
        now=now,
    )


def edit_meter(ledger: LedgerFile, now: datetime, name: str, **changes: Any) -> Meter:
    """Change a meter's config (``name=`` renames it); applies to its whole history."""
    return ledger.edit_meter(name, now=now, **changes)


def remove_meter(ledger: LedgerFile, now: datetime, name: str) -> Meter:
    """Soft removal: its past logs stay where they were. Returns the meter, so the face
    can undo it (``restore_meter``)."""
    return ledger.remove_meter(name, now=now)


def restore_meter(ledger: LedgerFile, now: datetime, meter_id: str) -> Meter:
    """Undo a removal: the meter is live again, its history as if never removed.
    InvalidInput("meter_exists") when a live meter took its name since."""
    return ledger.restore_meter(meter_id, now=now)


def restore_meter_named(ledger: LedgerFile, now: datetime, name: str) -> Meter:
    """``creditfuel meter restore NAME``: the most recently removed meter of that name."""
    removed = [m for m in ledger.all_meters() if m.name == name and m.removed_at is not None]
    if not removed:
        raise problem("unknown_meter", name=name)
    latest = max(removed, key=lambda m: m.removed_at or now)
    return ledger.restore_meter(latest.id, now=now)


def meter_json(m: Meter) -> dict[str, Any]:
    """``creditfuel meter list --json``, one meter."""
    return {
        "id": m.id,
        "name": m.name,
        "account": m.account,
        "grant": m.grant,
        "unit": m.unit,
        "mode": m.mode,
        "cap": m.cap,
        "priority": m.priority,
        "rule": reset_rule_to_dict(m.rule),
    }


# -- packs ----------------------------------------------------------------------------------
def add_pack(
    ledger: LedgerFile,
    now: datetime,
    credits: int,
    *,
    expires_at: datetime | None = None,
    meter: str | None = None,
    account: str | None = None,
    note: str | None = None,
    at: datetime | None = None,
    event_id: str | None = None,
) -> Event:
    """A purchased pack, in ``account``, else ``meter``'s account, else the ledger's one
    account (InvalidInput("meter_required") when there are several). ``event_id``: see
    ``services.log.log_spend`` (a retry raises AlreadyLogged)."""
    if not account and meter:
        account = ledger.meter(meter).account
    return ledger.add_pack(
        credits,
        expires_at=expires_at,
        account=account or None,
        note=note,
        at=at or now,
        now=now,
        event_id=event_id,
    )


# -- presets --------------------------------------------------------------------------------
def presets() -> list[Preset]:
    return list(PRESETS.values())


def preset_json(p: Preset) -> dict[str, Any]:
    """``creditfuel preset list --json``, one preset."""
    return {
        "key": p.key,
        "platform": p.platform,
        "plan": p.plan,
        "source": p.source,
        "checked_on": p.checked_on.isoformat(),
        "verified": bool(p.verified),
        "asks": list(p.asks),
        "meters": [
            {"name": m.name, "grant": m.grant, "mode": m.mode, "unit": m.unit} for m in p.meters
        ],
    }


# -- rules ----------------------------------------------------------------------------------
def rules(ledger: LedgerFile) -> list[Rule]:
    return ledger.rules()


def remove_rule(ledger: LedgerFile, now: datetime, rule_id: str) -> None:
    ledger.remove_rule(rule_id.strip(), now=now)
