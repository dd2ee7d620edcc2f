"""What a reading can reveal: a silent drain, a refill the rule did not predict, a plan
that suggests another preset. Each is a ``Finding`` (a code and parameters) that both
faces word; none repeats on every read (a drain is told once per episode).
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any

from desktopapp.domain.meter import Meter
from desktopapp.domain.presets import PRESETS, DailyAt, MonthlyOnBilling
from desktopapp.services import preferences
from desktopapp.services import readings_state as rs
from desktopapp.services import readings_tasks as tasks_mod
from desktopapp.services.refill_learning import RefillFinding, learn
from desktopapp.store.codec import rule_to_dict
from desktopapp.store.ledger_file import LedgerFile

# Failure states reported as findings (offline is quiet: it is retried, not told).
FAILURE_FINDINGS = frozenset(
    {"key_refused", "rate_limited", "unexpected_answer", "key_missing",
     "secrets_unavailable", "command_failed"}
)
DRAIN_SETTING = "readings.drain_threshold"
DRAIN_DEFAULT = 100  # credits gone with no task started before it is called a drain
DRAIN_QUIET = timedelta(hours=2)  # no further drop for this long ends an episode
PLAN_PRESETS = {"free": "genspark-free", "plus": "genspark-plus", "pro": "genspark-pro"}


@dataclass(frozen=True)
class Finding:
    code: str
    params: dict[str, Any] = field(default_factory=dict)


def drain_threshold(ledger: LedgerFile) -> int:
    value = ledger.get_setting(DRAIN_SETTING, DRAIN_DEFAULT)
    return value if isinstance(value, int) and value > 0 else DRAIN_DEFAULT


def on_drop(
    ledger: LedgerFile,
    meter: Meter,
    st: rs.SourceState,
    prev: int,
    prev_seen: datetime,
    value: int,
    now: datetime,
) -> list[Finding]:
    """A lower balance. With no task running it may be a silent drain: told once per
    episode, when the credits gone since it began pass the threshold."""
    st.drop_at = now
    if tasks_mod.running(ledger, now, meter.id):
        st.drain_start, st.drain_from, st.drain_told = None, None, False
        return []
    if st.drain_start is None:
        st.drain_start, st.drain_from, st.drain_told = prev_seen, prev, False
    gone = (st.drain_from or prev) - value
    if st.drain_told or gone < drain_threshold(ledger):
        return []
    st.drain_told = True
    hours = max((now - st.drain_start).total_seconds() / 3600, 0.1)
    return [
        Finding(
            "silent_drain",
            {
                "meter": meter.name,
                "credits": gone,
                "hours": round(hours, 1),
                "since": st.drain_start.isoformat(),
            },
        )
    ]


def on_rise(
    ledger: LedgerFile,
    meter: Meter,
    st: rs.SourceState,
    prev: int,
    prev_seen: datetime,
    value: int,
    now: datetime,
) -> list[Finding]:
    """The balance came back (a refill, a pack, a refund): keep the window for learning
    the real refill time; say so when the meter's rule disagrees."""
    st.settled, st.settled_at = value, now
    rs.add_refill_window(ledger, meter.id, rs.Window(prev_seen, now, prev, value))
    found = learned(ledger, meter)
    if found is None or not found.mismatch:
        st.refill_told = None
        return []
    finding = mismatch_finding(found, meter)
    proposal = json.dumps([finding.params["proposed_rule"], finding.params["proposed_grant"]],
                          sort_keys=True)
    if proposal == st.refill_told:  # said at an earlier refill; the why dialog keeps it
        return []
    st.refill_told = proposal
    return [finding]


def learned(ledger: LedgerFile, meter: Meter) -> RefillFinding | None:
    windows = rs.refill_windows(ledger, meter.id)
    return learn(meter, windows, preferences.user_zone(ledger))


def mismatch_finding(found: RefillFinding, meter: Meter) -> Finding:
    return Finding(
        "refill_mismatch",
        {
            "meter": found.meter,
            "rule": rule_to_dict(meter.rule),
            "grant": meter.grant,
            "refills_seen": found.windows,
            "rule_explains": found.rule_hits,
            "proposed_rule": rule_to_dict(found.proposed_rule) if found.proposed_rule else None,
            "proposed_grant": found.proposed_grant,
        },
    )


def preset_for_plan(plan: str | None) -> str | None:
    words = (plan or "").lower().replace("_", " ").split()
    for word, key in PLAN_PRESETS.items():
        if word in words or (plan or "").lower() == word:
            return key
    return None


def on_plan(meter: Meter, st: rs.SourceState, plan: str | None) -> list[Finding]:
    """The platform's plan name, when it suggests another preset than the meter looks
    like (told once per plan name)."""
    st.plan = plan or st.plan
    key = preset_for_plan(plan)
    if key is None or plan == st.plan_told:
        return []
    st.plan_told = plan
    template = PRESETS[key].meters[0].rule_template
    family = "daily" if isinstance(template, DailyAt) else (
        "monthly" if isinstance(template, MonthlyOnBilling) else None
    )
    if family is None or family == meter.rule.family:
        return []
    return [Finding("plan_preset", {"meter": meter.name, "plan": plan, "preset": key})]
