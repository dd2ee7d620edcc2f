""""Why didn't my credits come back?": what the readings learned about a meter's real
refill, in words, and the one-click fix (the rule and grant that fit what was seen)."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime

from desktopapp.domain.limits import problem
from desktopapp.domain.meter import Meter
from desktopapp.services import readings_findings as rf
from desktopapp.services import readings_words as words
from desktopapp.services.refill_learning import RefillFinding
from desktopapp.store.ledger_file import LedgerFile


def learned(ledger: LedgerFile, meter_name: str) -> RefillFinding | None:
    """The disagreement the readings found for this meter (None: none, or too few
    refills seen yet)."""
    meter = ledger.meter(meter_name)
    found = rf.learned(ledger, meter)
    return found if found is not None and found.mismatch else None


def explanation(ledger: LedgerFile, meter_name: str, lang: str) -> str | None:
    meter = ledger.meter(meter_name)
    found = learned(ledger, meter_name)
    if found is None:
        return None
    return words.finding_text(rf.mismatch_finding(found, meter), lang)


def apply_fix(ledger: LedgerFile, meter_name: str, *, now: datetime) -> Meter:
    """Change the meter's rule and grant to what the readings saw (the user clicked
    "Use this"); InvalidInput("refill_nothing_to_fix") when there is nothing to change."""
    found = learned(ledger, meter_name)
    if found is None:
        raise problem("refill_nothing_to_fix", meter=meter_name)
    changes: dict[str, object] = {}
    if found.proposed_rule is not None:
        changes["rule"] = found.proposed_rule
    if found.proposed_grant is not None:
        changes["grant"] = found.proposed_grant
    updated = ledger.edit_meter(meter_name, now=now, **changes)
    return replace(updated)
