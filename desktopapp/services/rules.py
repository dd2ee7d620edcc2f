"""Team rules: list, add, remove (``creditfuel rule``, Settings > Team rules).

A rule without a name gets an id in the one shared format (``services.setup.new_rule_id``)
whichever face adds it; an id a rule has, or a removed rule once had, is refused.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Mapping
from datetime import datetime
from typing import Any

from desktopapp.domain.limits import problem
from desktopapp.domain.rules import (
    Envelope,
    ProjectCap,
    RepeatApproval,
    Rule,
    TaskCap,
    VariantLimit,
    make_rule,
    rule_to_dict,
)
from desktopapp.i18n import text
from desktopapp.services.setup import new_rule_id
from desktopapp.services.verdicts import num, params_text
from desktopapp.store.ledger_file import LedgerFile


def listing(ledger: LedgerFile) -> list[Rule]:
    return ledger.rules()


def build(ledger: LedgerFile, code: str, params: Mapping[str, Any],
          rule_id: str | None = None) -> Rule:
    """A checked rule ready to add (nothing written): a bad parameter, an unknown type
    or a taken id is an InvalidInput."""
    code = code.strip().lower().replace("-", "_")
    taken = {r.id for r in ledger.rules()}
    chosen = (rule_id or "").strip()
    if not chosen:
        chosen = new_rule_id(code, taken)
    elif chosen in taken:
        raise problem("rule_id_taken", id=chosen)
    return make_rule(code, chosen, params)


def add(ledger: LedgerFile, now: datetime, rule: Rule) -> Rule:
    try:
        return ledger.add_rule(rule, now=now)
    except sqlite3.IntegrityError:  # an id a removed rule once had
        raise problem("rule_id_taken", id=rule.id) from None


def remove(ledger: LedgerFile, now: datetime, rule_id: str) -> None:
    ledger.remove_rule(rule_id.strip(), now=now)


def rule_text(rule: Rule, lang: str) -> str:
    """One rule in a sentence (CLI lists and the JSON ``text`` field)."""
    action = text(f"level.{rule.action}", lang) if hasattr(rule, "action") else ""
    if isinstance(rule, TaskCap):
        kinds = text("rule.for_kinds", lang, kinds=", ".join(rule.kinds)) if rule.kinds else ""
        return text("rule.task_cap", lang, limit=num(rule.limit), kinds=kinds, action=action)
    if isinstance(rule, RepeatApproval):
        kinds = ", ".join(rule.kinds) if rule.kinds else text("rule.high_octane", lang)
        return text("rule.repeat_approval", lang, kinds=kinds, free_runs=rule.free_runs,
                    action=action)
    if isinstance(rule, Envelope):
        return text("rule.envelope", lang, group=text(f"group.{rule.group}", lang),
                    percent=num(rule.percent), action=action)
    if isinstance(rule, ProjectCap):
        return text("rule.project_cap", lang,
                    project=rule.project or text("rule.every_project", lang),
                    limit=num(rule.limit), action=action)
    if isinstance(rule, VariantLimit):
        return text("rule.variant_limit", lang, kind=rule.kind, limit=rule.limit,
                    label=params_text({"label": rule.label}, lang)["label"], action=action)
    return text("rule.topup_advice", lang, packs=rule.packs)


def rule_json(rule: Rule) -> dict[str, Any]:
    """``rule add --json``: the rule as stored."""
    return dict(rule_to_dict(rule))


def list_json(rules: list[Rule], lang: str) -> dict[str, Any]:
    return {"rules": [{**rule_to_dict(r), "text": rule_text(r, lang)} for r in rules]}
