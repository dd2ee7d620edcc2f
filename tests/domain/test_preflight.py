"""Pre-flight check on an inline ledger: 14 one-minute videos, "balance now 380"."""

from __future__ import annotations

import itertools
from datetime import UTC, datetime, time, timedelta

from desktopapp.domain.events import Event, Observation, Origin, PackPurchase, Spend
from desktopapp.domain.ledger import replay
from desktopapp.domain.meter import Meter
from desktopapp.domain.preflight import BalanceAfter, Preflight, check
from desktopapp.domain.rules import Envelope, RepeatApproval, Rule, TaskCap, TopUpAdvice
from desktopapp.domain.schedule import Monthly

NOW = datetime(2026, 11, 25, 9, tzinfo=UTC)  # a Wednesday
DAY = timedelta(days=1)
_ids = itertools.count()
PLUS = Meter("plus", "Plus", 10_000, Monthly(1, time(9), "UTC"), created_at=NOW - 60 * DAY)
COSTS = [240, 250, 260, 270, 280, 290, 300, 310, 320, 330, 340, 350, 360, 410]


def o(at: datetime) -> Origin:
    return Origin(f"e{next(_ids)}", at, "dev", "me")


def ledger(balance_now: int, extra: list[Event] | None = None) -> tuple[list[Event], list[Spend]]:
    spends = [
        Spend(o(NOW - (14 - i) * DAY - timedelta(hours=2)), "video", c, size=60,
              project="Acme" if i == 13 else None)
        for i, c in enumerate(COSTS)
    ]
    events: list[Event] = [*spends, *(extra or [])]
    events.append(Observation(o(NOW - timedelta(hours=1)), "plus", balance_now))
    events.sort(key=lambda e: e.origin.at)
    return events, spends


def run(balance_now: int, kind: str = "video", size: float | None = 60,
        project: str | None = "Acme", rules: list[Rule] | None = None,
        extra: list[Event] | None = None) -> Preflight:
    events, spends = ledger(balance_now, extra)
    state = replay([PLUS], events, NOW)
    return check(kind, size, project, now=NOW, spends=spends, meters=[PLUS], state=state,
                 rules=rules or [])


def test_the_articles_question_answered_with_the_users_own_numbers() -> None:
    r = run(380, rules=[RepeatApproval("one-video-per-job")])
    # 14 own videos at 60 s: p10 position 1.5 -> 245, median 305, p90 position 13.5 -> 385.
    e = r.estimate
    assert e is not None
    assert (e.low, e.typical, e.high, e.samples, e.source) == (245, 305, 385, 14, "history")
    assert r.balance == 380
    assert r.balance_after == BalanceAfter(75, -5)
    assert r.seconds_to_reset == 6 * 86400  # Tue 1 Dec 09:00
    assert r.runs_dry_before_reset is True
    codes = [(v.level, v.code, v.rule_id) for v in r.reasons]
    assert codes == [
        ("warn", "may_not_be_enough", None),
        ("needs_approval", "repeat_needs_approval", "one-video-per-job"),
    ]
    assert r.verdict == "needs_approval"


def test_a_typical_run_that_does_not_fit_is_blocked() -> None:
    r = run(200)
    assert r.verdict == "blocked"
    assert r.reasons[0].params == {"balance": 200, "typical": 305}


def test_plenty_of_credits_and_no_rules_is_ok() -> None:
    r = run(9000)
    assert r.verdict == "ok"
    assert r.reasons == ()
    assert r.runs_dry_before_reset is False


def test_runs_dry_at_the_current_pace_warns() -> None:
    # 1,500 left, 305 for this video, then ~300 a day for six days: dry before Tuesday.
    r = run(1500)
    assert r.runs_dry_before_reset is True
    assert [v.code for v in r.reasons] == ["runs_dry_before_reset"]
    assert r.verdict == "warn"


def test_thin_history_is_said_but_does_not_change_the_verdict() -> None:
    r = run(9000, kind="research", size=None)
    assert [(v.level, v.code) for v in r.reasons] == [
        ("info", "estimate_from_defaults")]
    assert r.verdict == "ok"


def test_unknown_kind_warns_that_there_is_no_estimate() -> None:
    r = run(9000, kind="podcast", size=None)
    assert r.estimate is None and r.verdict == "warn"


def test_rules_see_the_billing_month_and_its_packs() -> None:
    packs: list[Event] = [PackPurchase(o(NOW - 3 * DAY), 10_000),
                          PackPurchase(o(NOW - 2 * DAY), 10_000)]
    rules: list[Rule] = [TaskCap("cap", 300), Envelope("vis", "visual", 30), TopUpAdvice("tu")]
    r = run(9000, rules=rules, extra=packs)
    got = {v.code: v for v in r.reasons}
    assert got["task_cap_exceeded"].level == "needs_approval"
    # This billing month began 1 Nov 09:00: the 14 videos from 11 Nov on are all in it.
    assert got["envelope_exceeded"].params["used"] == sum(COSTS)
    assert got["envelope_exceeded"].params["limit"] == 3000
    assert got["consider_upgrade"].params["packs"] == 2
    # The packs are spendable too.
    assert r.balance == 29_000


def test_no_meter_set_up() -> None:
    r = check("video", 60, None, now=NOW, spends=[], meters=[], state=replay([], [], NOW))
    assert r.balance is None and r.runs_dry_before_reset is None
    assert [v.code for v in r.reasons] == ["estimate_from_defaults", "no_meters"]
    assert r.verdict == "ok"
