"""Plan lifecycle: which plan the meters are, and switching plan (Settings > Plan and
``creditfuel plan show|switch``).

A switch replaces the account's meters at one instant: the old ones are removed then,
the new preset's meters start then (history, estimates, packs and rules stay, so a
cost learned on Free still counts on Pro). The plan shown is read from the meters
(``current_plan``), never from a separate setting, so it follows any change to them.
``undo_switch`` takes a switch back in one action (Settings' Cancel, an Undo).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from desktopapp.domain.limits import problem
from desktopapp.domain.meter import Meter
from desktopapp.domain.presets import PRESETS, Preset, instantiate
from desktopapp.domain.problems import Problem
from desktopapp.i18n import meter_name
from desktopapp.services import preferences
from desktopapp.services.setup import DEFAULT_ACCOUNT
from desktopapp.store.ledger_file import LedgerFile


@dataclass(frozen=True)
class Plan:
    preset: Preset | None  # None: the meters match no preset (made by hand, edited)
    account: str
    meters: tuple[Meter, ...]


@dataclass(frozen=True)
class Switch:
    preset: str
    account: str
    at: datetime
    removed: tuple[Meter, ...]
    made: tuple[Meter, ...]
    # worth telling, not refusing: e.g. "pack_may_strand" (a downgrade with a live pack)
    findings: tuple[Problem, ...] = ()


def _names(spec_name: str) -> set[str]:
    return {spec_name, meter_name(spec_name, "en"), meter_name(spec_name, "ja")}


# Matching compares reset families, not instants: any fixed anchor will do (and no
# service reads the clock).
_ANCHOR = datetime(2026, 1, 1, tzinfo=UTC)


def matches(preset: Preset, meters: list[Meter], *, strict: bool) -> bool:
    """Do these meters look like the preset's? Each preset meter pairs with one meter
    of the same reset family and the same grant (``strict``) or name (in en or ja)."""
    if len(meters) != len(preset.meters):
        return False
    specs = instantiate(preset, tz="UTC", anchor=_ANCHOR)
    left = list(meters)
    for spec in specs:
        pick = next(
            (
                m
                for m in left
                if type(m.rule) is type(spec.rule)
                and m.mode == spec.mode
                and (m.grant == spec.grant if strict else m.name in _names(spec.name))
            ),
            None,
        )
        if pick is None:
            return False
        left.remove(pick)
    return True


def plan_of(meters: list[Meter]) -> Preset | None:
    for strict in (True, False):
        found = [p for p in PRESETS.values() if matches(p, meters, strict=strict)]
        if len(found) == 1:
            return found[0]
    return None


def current_plan(
    ledger: LedgerFile, now: datetime | None = None, account: str | None = None
) -> Plan:
    """The plan the live meters of ``account`` (default: the only account) are.
    ``now`` is accepted like every service's, and not needed: meters are config."""
    del now
    live = ledger.meters()
    accounts = sorted({m.account for m in live})
    if account is None:
        account = accounts[0] if len(accounts) == 1 else DEFAULT_ACCOUNT
    mine = [m for m in live if m.account == account]
    return Plan(preset=plan_of(mine) if mine else None, account=account, meters=tuple(mine))


def plans(ledger: LedgerFile, now: datetime) -> list[Plan]:
    """One per account (the Settings tab and ``plan show`` with several accounts)."""
    accounts = sorted({m.account for m in ledger.meters()})
    return [current_plan(ledger, now, a) for a in accounts]


def _target_account(ledger: LedgerFile, now: datetime, preset: Preset, account: str | None) -> str:
    if account and account.strip():
        return account.strip()
    accounts = sorted({m.account for m in ledger.meters()})
    if not accounts:
        return DEFAULT_ACCOUNT
    if len(accounts) == 1:
        return accounts[0]
    same = [
        a for a in accounts
        if (p := current_plan(ledger, now, a).preset) is not None and p.platform == preset.platform
    ]
    if len(same) == 1:
        return same[0]
    if preset.platform in accounts:
        return preset.platform
    raise problem("plan_needs_account", accounts=", ".join(accounts))


def _live_pack_credits(ledger: LedgerFile, now: datetime, account: str) -> int:
    return sum(
        p.credits_left
        for p in ledger.status(now).packs
        if p.account == account and not p.expired and p.credits_left > 0
    )


def switch(
    ledger: LedgerFile,
    now: datetime,
    preset: str,
    billing_day: int | None = None,
    balance: int | None = None,
    at: datetime | None = None,
    lang: str = "en",
    *,
    account: str | None = None,
    grant: int | None = None,
    tz: str | None = None,
) -> Switch:
    """Switch the account's plan to ``preset`` at ``at`` (default ``now``); meters named
    in ``lang``. ``balance``: what the new plan's first meter holds then (else full).
    Refused: an unknown preset, a time in the future or before the old meters existed,
    a balance above the new meter's capacity, or one left below zero by later logs."""
    found = PRESETS.get(preset)
    if found is None:
        raise problem("unknown_preset", name=preset)
    when = at or now
    target = _target_account(ledger, now, found, account)
    old_plan = current_plan(ledger, now, target)
    old_grant = sum(m.grant for m in old_plan.meters)
    removed, made = ledger.switch_plan(
        preset,
        at=when,
        now=now,
        account=target,
        name_of=lambda name: meter_name(name, lang),
        billing_day=billing_day,
        grant=grant,
        tz=tz or preferences.user_zone(ledger),
        balance=balance,
    )
    findings: list[Problem] = []
    new_grant = sum(m.grant for m in made)
    stranded = _live_pack_credits(ledger, now, target)
    if stranded > 0 and new_grant < old_grant:
        findings.append(Problem("pack_may_strand", {"credits": f"{stranded:,}"}))
    return Switch(
        preset=preset,
        account=target,
        at=when,
        removed=tuple(removed),
        made=tuple(made),
        findings=tuple(findings),
    )


def undo_switch(ledger: LedgerFile, now: datetime, done: Switch) -> None:
    """Take a switch back: its meters as if never added, the old ones live again."""
    ledger.unswitch_plan(done.removed, done.made, now=now)


def restore_meter(ledger: LedgerFile, now: datetime, meter_id: str) -> Meter:
    """Undo "Remove meter" (``services.setup.remove_meter`` returns the meter)."""
    return ledger.restore_meter(meter_id, now=now)


def plan_json(plan: Plan) -> dict[str, Any]:
    """``creditfuel plan show --json``, one account."""
    return {
        "account": plan.account,
        "preset": plan.preset.key if plan.preset else None,
        "platform": plan.preset.platform if plan.preset else None,
        "plan": plan.preset.plan if plan.preset else None,
        "meters": [{"name": m.name, "grant": m.grant, "id": m.id} for m in plan.meters],
    }


def switch_json(done: Switch) -> dict[str, Any]:
    return {
        "preset": done.preset,
        "account": done.account,
        "at": done.at.isoformat(),
        "removed": [m.name for m in done.removed],
        "made": [{"name": m.name, "grant": m.grant, "id": m.id} for m in done.made],
        "findings": [{"code": f.code, **f.params} for f in done.findings],
    }
