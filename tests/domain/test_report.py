"""The billing-month report on a small inline month."""

from __future__ import annotations

import itertools
from datetime import UTC, datetime

from desktopapp.domain.costing import Price
from desktopapp.domain.events import Origin, Outcome, Spend
from desktopapp.domain.history import Group, calendar_month
from desktopapp.domain.report import EnvelopeUse, month_report
from desktopapp.domain.rules import Envelope, ProjectCap

_ids = itertools.count()
NOV = calendar_month(2026, 11, "UTC")


def sp(month: int, day: int, kind: str, credits: int, outcome: Outcome = "ok",
       project: str | None = None) -> Spend:
    at = datetime(2026, month, day, 3, tzinfo=UTC)
    return Spend(Origin(f"e{next(_ids)}", at, "d", "m"), kind, credits, outcome=outcome,
                 project=project)


LEDGER = [
    sp(10, 30, "video", 5000),  # October: not in the report
    sp(11, 2, "video", 400, project="Acme"),
    sp(11, 3, "video", 300, "retake", project="Acme"),
    sp(11, 4, "slides", 100, project="Beta"),
    sp(11, 5, "research", 150, "failed"),
    sp(11, 6, "chat", 50),
]


def test_month_totals_by_kind_and_project_with_money() -> None:
    r = month_report(LEDGER, period=NOV, tz="UTC", grant=2000,
                     price=Price(10_000 / 3000, "JPY"))
    assert (r.spent, r.tasks) == (1000, 5)
    assert r.by_kind == (Group("video", 2, 700, 300), Group("research", 1, 150, 150),
                         Group("slides", 1, 100, 0), Group("chat", 1, 50, 0))
    assert [(p.project, p.credits, p.money) for p in r.by_project] == [
        ("Acme", 700, 210.0), (None, 200, 60.0), ("Beta", 100, 30.0)]
    assert (r.waste.wasted, r.waste.share) == (450, 0.45)


def test_envelopes_used_against_their_rules() -> None:
    r = month_report(LEDGER, period=NOV, tz="UTC", grant=2000,
                     rules=[Envelope("vis", "visual", 25), Envelope("dev", "developer", 10)])
    assert r.envelopes == (
        EnvelopeUse("drafting", 150, 7.5),
        EnvelopeUse("research", 150, 7.5),
        EnvelopeUse("visual", 700, 35.0, "vis", 25, 500),
        EnvelopeUse("developer", 0, 0.0, "dev", 10, 200),
    )
    assert r.envelopes[2].over and not r.envelopes[3].over


def test_advice_codes() -> None:
    r = month_report(LEDGER, period=NOV, tz="UTC", grant=2000, packs_bought=2, lost=500,
                     rules=[Envelope("vis", "visual", 25), ProjectCap("acme", 600, "Acme")])
    got = {(a.code, a.rule_id): dict(a.params) for a in r.advice}
    assert got == {
        ("consider_upgrade", None): {"packs": 2, "threshold": 2},
        ("cut_waste", None): {"wasted": 450, "percent": 45, "kind": "video", "kind_wasted": 300},
        ("envelope_over", "vis"): {"group": "visual", "used": 700, "limit": 500, "percent": 25},
        ("project_over_cap", "acme"): {"project": "Acme", "used": 700, "limit": 600},
        ("credits_lost", None): {"lost": 500, "percent": 25},
    }


def test_a_quiet_month_has_no_advice() -> None:
    r = month_report([sp(11, 2, "chat", 5)], period=NOV, tz="UTC", grant=2000, packs_bought=1)
    assert r.advice == ()
