"""The pre-task warning's words: one sentence per reason code (built-in checks and team
rules alike) and a title per verdict. The figures come from ``services.estimates``."""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QCoreApplication

from desktopapp.domain.rules import Param, Verdict
from desktopapp.ui.formatting import arg, fmt_credits, fmt_int, group_label, kind_label

translate = QCoreApplication.translate  # lupdate reads translate("Context", "text") calls


def _n(params: Mapping[str, Param], key: str) -> str:
    value = params.get(key)
    return fmt_int(value) if isinstance(value, int | float) else str(value or "")


def _c(params: Mapping[str, Param], key: str) -> str:
    value = params.get(key)
    return fmt_credits(value) if isinstance(value, int | float) else str(value or "")


def _templates() -> dict[str, str]:
    """Wording per reason code; %1.. are filled by ``_args`` in the same order."""
    return {
        "no_estimate": translate("Preflight", "No figures for “%1” yet: its cost is unknown."),
        "estimate_from_defaults": translate(
            "Preflight", "You have not logged this kind of task yet: typical figures are used."
        ),
        "estimate_mostly_defaults": translate(
            "Preflight", "Only %1 of your own runs so far: mostly typical figures."
        ),
        "often_fails": translate(
            "Preflight", "%1 runs failed lately (%2%); a failure still costs about %3."
        ),
        "no_meters": translate("Preflight", "No meter is set up, so the balance is unknown."),
        "not_enough_credits": translate(
            "Preflight", "A usual run (%1) costs more than the %2 you have."
        ),
        "refill_too_small": translate(
            "Preflight",
            "Even a full refill (%1) is less than this task needs (%2): waiting will not be "
            "enough. Buy a pack or move to a bigger plan.",
        ),
        "may_not_be_enough": translate(
            "Preflight", "If it runs high (%1) it will not fit in the %2 you have."
        ),
        "runs_dry_before_reset": translate(
            "Preflight", "At your usual pace the credits run out before the next refill."
        ),
        "task_cap_exceeded": translate(
            "Preflight", "Team rule: tasks over %1 need approval; this one usually costs %2."
        ),
        "task_cap_may_exceed": translate(
            "Preflight", "Team rule: tasks over %1 need approval; this one can reach %2."
        ),
        "rule_needs_project": translate(
            "Preflight", "A team rule for %1 counts runs per project: name the project."
        ),
        "repeat_needs_approval": translate(
            "Preflight",
            "Team rule: each project gets %2 %1 run(s) without approval; “%3” already has %4.",
        ),
        "envelope_exceeded": translate(
            "Preflight", "Team budget: %1 may use %2% of the month (%3); %4 used, this adds %5."
        ),
        "project_cap_exceeded": translate(
            "Preflight", "Team budget for “%1”: %2 a month; %3 used, this adds %4."
        ),
        "variant_limit_reached": translate(
            "Preflight", "Team rule for %1: %2 per project; “%3” already has %4."
        ),
        "consider_upgrade": translate(
            "Preflight", "%1 top-up packs this month: a bigger plan is likely cheaper."
        ),
        "rule_error": translate(
            "Preflight", "A team rule could not be checked (its settings look damaged)."
        ),
    }


def _args(v: Verdict) -> list[str]:
    p = v.params
    kind = kind_label(str(p.get("kind") or ""))
    project = str(p.get("project") or "")
    code = v.code.replace("_may_exceed", "_exceeded")
    extra = "high" if v.code.endswith("_may_exceed") else "typical"
    if code == "envelope_exceeded":
        group = group_label(str(p.get("group") or ""))
        return [group, _n(p, "percent"), _c(p, "limit"), _c(p, "used"), _c(p, extra)]
    if code == "project_cap_exceeded":
        return [project, _c(p, "limit"), _c(p, "used"), _c(p, extra)]
    if v.code == "variant_limit_reached":
        label = str(p.get("label") or "")
        limit = label or arg(translate("Preflight", "%1 runs"), _n(p, "limit"))
        return [kind, limit, project, _n(p, "runs")]
    simple: dict[str, list[str]] = {
        "no_estimate": [kind],
        "estimate_mostly_defaults": [_n(p, "samples")],
        "often_fails": [_n(p, "failures"), _n(p, "percent"), _c(p, "failure_typical")],
        "not_enough_credits": [_c(p, "typical"), _c(p, "balance")],
        "refill_too_small": [_c(p, "grant"), _c(p, "need")],
        "may_not_be_enough": [_c(p, "high"), _c(p, "balance")],
        "task_cap_exceeded": [_c(p, "limit"), _c(p, "typical")],
        "task_cap_may_exceed": [_c(p, "limit"), _c(p, "high")],
        "rule_needs_project": [kind],
        "repeat_needs_approval": [kind, _n(p, "free_runs"), project, _n(p, "runs")],
        "consider_upgrade": [_n(p, "packs")],
    }
    return simple.get(v.code, [])


def reason_text(v: Verdict) -> str:
    """One reason in plain words (team rules and built-in checks alike)."""
    templates = _templates()
    template = templates.get(v.code) or templates.get(v.code.replace("_may_exceed", "_exceeded"))
    if template is None:
        return v.code  # a code newer than this window: better shown than hidden
    return arg(template, *_args(v))


def verdict_title(verdict: str) -> str:
    return {
        "ok": translate("Preflight", "Fine to start"),
        "warn": translate("Preflight", "Careful: read this first"),
        "needs_approval": translate("Preflight", "Needs a lead's approval"),
        "blocked": translate("Preflight", "Better not start this now"),
    }.get(verdict, verdict)
