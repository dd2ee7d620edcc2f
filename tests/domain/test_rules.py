"""Team rules: each returns verdicts for a situation, never raises; stored as dicts."""

from __future__ import annotations

import itertools
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from desktopapp.domain.events import Origin, Outcome, Spend
from desktopapp.domain.problems import InvalidInput
from desktopapp.domain.rules import (
    Envelope,
    ProjectCap,
    RepeatApproval,
    Rule,
    Situation,
    TaskCap,
    TopUpAdvice,
    VariantLimit,
    Verdict,
    evaluate,
    make_rule,
    rule_from_dict,
    rule_to_dict,
    worst,
)

NOW = datetime(2026, 11, 25, 9, tzinfo=UTC)
START = datetime(2026, 11, 5, tzinfo=UTC)
_ids = itertools.count()


def sp(kind: str, credits: int, project: str | None = None, outcome: Outcome = "ok",
       days_ago: float = 1) -> Spend:
    return Spend(Origin(f"e{next(_ids)}", NOW - timedelta(days=days_ago), "d", "m"), kind,
                 credits, project=project, outcome=outcome)


def situation(kind: str = "video", typical: int = 300, high: int = 500,
              project: str | None = "Acme", spends: tuple[Spend, ...] = (),
              grant: int | None = 10_000, packs: int = 0) -> Situation:
    return Situation(now=NOW, kind=kind, project=project, typical=typical, high=high,
                     spends=spends, period_start=START, grant=grant, packs_in_period=packs)


def test_task_cap_needs_approval_above_the_cap_and_warns_when_it_may_be() -> None:
    cap = TaskCap("r1", 300)
    assert cap.check(situation(typical=301)) == [
        Verdict("needs_approval", "task_cap_exceeded", "r1", {"limit": 300, "typical": 301})]
    assert cap.check(situation(typical=250, high=400)) == [
        Verdict("warn", "task_cap_may_exceed", "r1", {"limit": 300, "high": 400})]
    assert cap.check(situation(typical=100, high=300)) == []
    assert TaskCap("r2", 10, kinds=("slides",)).check(situation()) == []


def test_first_high_octane_run_per_job_is_free_further_runs_need_approval() -> None:
    rule = RepeatApproval("r1")
    assert rule.check(situation(spends=(sp("video", 300, "Other"),))) == []
    # A failed run (platform error) does not use up the free run.
    assert rule.check(situation(spends=(sp("video", 90, "Acme", "failed"),))) == []
    second = rule.check(situation(spends=(sp("video", 300, "Acme"),)))
    assert second == [Verdict("needs_approval", "repeat_needs_approval", "r1",
                              {"kind": "video", "project": "Acme", "runs": 1, "free_runs": 1})]
    assert rule.check(situation(kind="slides", spends=(sp("slides", 50, "Acme"),))) == []
    # Without a project the job is unknown: say so instead of guessing.
    assert rule.check(situation(project=None))[0].code == "rule_needs_project"


def test_envelope_as_a_share_of_the_months_grant() -> None:
    rule = Envelope("env", "visual", 25)  # 2,500 of 10,000
    month = (sp("video", 2000, days_ago=2), sp("image", 100, days_ago=3),
             sp("slides", 900, days_ago=2), sp("video", 5000, days_ago=40))  # last: before START
    (v,) = rule.check(situation(typical=450, high=800, spends=month))
    assert (v.level, v.code) == ("warn", "envelope_exceeded")
    assert v.params == {"group": "visual", "percent": 25, "limit": 2500, "used": 2100,
                        "typical": 450}
    (w,) = rule.check(situation(typical=300, high=800, spends=month))
    assert w.code == "envelope_may_exceed"
    assert rule.check(situation(typical=100, high=300, spends=month)) == []
    assert rule.check(situation(kind="slides", spends=month)) == []
    assert rule.check(situation(grant=None, spends=month)) == []


def test_project_cap_per_billing_month() -> None:
    rule = ProjectCap("pc", 1000, project="acme")
    month = (sp("video", 800, "Acme"), sp("video", 500, "Beta"))
    (v,) = rule.check(situation(typical=300, spends=month))
    assert v == Verdict("needs_approval", "project_cap_exceeded", "pc",
                        {"project": "Acme", "limit": 1000, "used": 800, "typical": 300})
    assert rule.check(situation(project="Beta", spends=month)) == []
    every = ProjectCap("pc2", 600)
    assert every.check(situation(project="Beta", typical=150, high=190, spends=month))[0].code == (
        "project_cap_exceeded")


def test_variant_limit_per_job() -> None:
    rule = VariantLimit("vl", "slides", 3)
    two = tuple(sp("slides", 50, "Acme") for _ in range(2))
    assert rule.check(situation(kind="slides", spends=two)) == []
    three = (*two, sp("slides", 50, "Acme"), sp("slides", 50, "Acme", "failed"))
    (v,) = rule.check(situation(kind="slides", spends=three))
    assert v.params["runs"] == 3 and v.params["limit"] == 3
    video = VariantLimit("vv", "video", 3, label="1 final + 2 previews", action="warn")
    runs = tuple(sp("video", 200, "Acme") for _ in range(3))
    (w,) = video.check(situation(spends=runs))
    assert w.level == "warn" and w.params["label"] == "1 final + 2 previews"


def test_topup_advice_after_two_packs_in_a_month() -> None:
    rule = TopUpAdvice("tu")
    assert rule.check(situation(packs=1)) == []
    assert rule.check(situation(packs=2)) == [
        Verdict("info", "consider_upgrade", "tu", {"packs": 2, "threshold": 2})]


def test_a_broken_rule_does_not_hide_the_others() -> None:
    class Broken:
        id = "bad"

        def check(self, s: Situation) -> list[Verdict]:
            raise ZeroDivisionError

    rules: list[Any] = [Broken(), TaskCap("cap", 10)]
    out = evaluate(rules, situation())
    assert [v.code for v in out] == ["rule_error", "task_cap_exceeded"]
    assert worst(out) == "needs_approval"
    assert worst([]) is None


ALL: list[Rule] = [
    TaskCap("a", 300, kinds=("video", "developer"), action="blocked"),
    RepeatApproval("b"),
    RepeatApproval("b2", kinds=("video",), free_runs=2, action="warn"),
    Envelope("c", "drafting", 45.0),
    ProjectCap("d", 5000, project="Acme"),
    ProjectCap("d2", 5000),
    VariantLimit("e", "video", 3, label="1 final + 2 previews"),
    TopUpAdvice("f", packs=3),
]


@pytest.mark.parametrize("rule", ALL, ids=lambda r: r.id)
def test_rules_round_trip_through_the_stored_dict(rule: Rule) -> None:
    d = rule_to_dict(rule)
    assert set(d) == {"id", "code", "params"}
    assert rule_from_dict(d) == rule


@settings(max_examples=60, deadline=None)
@given(st.sampled_from(ALL), st.integers(1, 100_000), st.text(min_size=1, max_size=8))
def test_round_trip_property(rule: Rule, n: int, rid: str) -> None:
    changed: Rule = replace(rule, id=rid)
    if isinstance(changed, TaskCap | ProjectCap | VariantLimit):
        changed = replace(changed, limit=n)
    assert rule_from_dict(rule_to_dict(changed)) == changed


def test_cli_strings_are_accepted_and_bad_params_are_all_reported() -> None:
    rule = make_rule("task_cap", "x", {"limit": "300", "kinds": "Video,dev"})
    assert rule == TaskCap("x", 300, kinds=("video", "developer"))
    env = make_rule("envelope", "y", {"group": "visual", "percent": "25%"})
    assert env == Envelope("y", "visual", 25.0)
    with pytest.raises(InvalidInput) as err:
        make_rule("envelope", "z", {"group": "fun", "percent": 150, "action": "shout"})
    assert sorted(p.params["param"] for p in err.value.problems) == ["action", "group",
                                                                     "percent"]
    with pytest.raises(InvalidInput) as err2:
        rule_from_dict({"id": "q", "code": "nonsense", "params": {}})
    assert err2.value.problems[0].code == "rule_unknown_code"
    with pytest.raises(InvalidInput):
        make_rule("task_cap", "x", {"limit": 0})
