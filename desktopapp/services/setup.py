"""Setting up what is tracked: presets, meters, packs and team rules.

Meters named from a preset are named in the user's language; rule ids have one format
whichever face made them (``<prefix>-<4 hex>``, e.g. ``cap-1a2b``).
"""

from __future__ import annotations

import secrets
from datetime import datetime

from desktopapp.domain.meter import Meter
from desktopapp.domain.rules import Rule, rule_from_dict, rule_to_dict
from desktopapp.messages import meter_name
from desktopapp.store.ledger_file import LedgerFile

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
    """Add a preset's meters, named in ``lang`` (the user renames them at will)."""
    return ledger.apply_preset(
        key,
        now=now,
        grant=grant,
        billing_day=billing_day,
        tz=tz,
        name_of=lambda name: meter_name(name, lang),
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
