"""Why-dialog facts and mismatch hints on small hand-made ledgers (readers check the sums)."""

from __future__ import annotations

from datetime import UTC, datetime, time

from desktopapp.domain.events import Event, Observation, Origin, Spend
from desktopapp.domain.explain import balance_hints, explain, refill_outcome
from desktopapp.domain.ledger import replay
from desktopapp.domain.meter import Meter
from desktopapp.domain.schedule import Daily, Monthly
from desktopapp.domain.status import build_status

T0 = datetime(2026, 11, 1, 0, 0, tzinfo=UTC)


def at(day: int, hour: int, minute: int = 0) -> datetime:
    return datetime(2026, 11, day, hour, minute, tzinfo=UTC)


def origin(n: int, when: datetime) -> Origin:
    return Origin(id=f"e{n}", at=when, device="d", member="m")


def free(zone: str = "Asia/Tokyo", grant: int = 200, hour: int = 9) -> Meter:
    return Meter(
        id="free", name="Genspark Free", grant=grant, rule=Daily(time(hour), zone),
        account="Genspark", created_at=T0,
    )


def spend(n: int, when: datetime, credits: int, balance_after: int | None = None) -> Spend:
    return Spend(
        origin=origin(n, when), kind="slides", credits=credits, meter_id="free",
        balance_after=balance_after, account="Genspark",
    )


def seen(n: int, when: datetime, balance: int) -> Observation:
    return Observation(origin=origin(n, when), meter_id="free", balance=balance)


def hints(meter: Meter, events: list[Event], since: datetime = T0):
    return balance_hints([meter], meter.id, events, since=since)


def test_readings_that_match_the_rule_give_no_hint() -> None:
    # 200 - 30 = 170 observed; then a spend logged as "balance now 120" (cost 50).
    events: list[Event] = [
        spend(1, at(1, 2), 30),
        seen(2, at(1, 3), 170),
        spend(3, at(1, 4), 50, balance_after=120),
    ]
    assert hints(free(), events) == []


def test_a_few_unlogged_chats_are_not_a_mismatch() -> None:
    # Expected 170, observed 160: 10 credits of unlogged chat is within a quarter grant.
    assert hints(free(), [spend(1, at(1, 2), 30), seen(2, at(1, 3), 160)]) == []


def test_credits_back_before_the_rule_says_is_refill_early() -> None:
    # Rule: 09:00 UTC. The platform really refills at 09:00 JST = 00:00 UTC.
    meter = free(zone="UTC")
    events: list[Event] = [spend(1, at(2, 10), 150), seen(2, at(3, 2), 200)]
    [hint] = hints(meter, events)
    assert hint.code == "refill_early"
    assert (hint.observed, hint.expected) == (200, 50)
    assert hint.rule_refill == at(3, 9)  # the refill the rule was still waiting for


def test_rule_refilled_but_balance_did_not_is_refill_missing() -> None:
    # Rule: 09:00 JST = 00:00 UTC. The platform really refills at 09:00 UTC.
    events: list[Event] = [spend(1, at(2, 3), 150), seen(2, at(3, 5), 50)]
    [hint] = hints(free(), events)
    assert hint.code == "refill_missing"
    assert (hint.observed, hint.expected) == (50, 200)
    assert hint.rule_refill == at(3, 0)


def test_refill_missing_counts_what_was_spent_since_the_rule_refill() -> None:
    # Before the rule's refill: 50 left. After it, 20 logged. Without the refill: 30.
    events: list[Event] = [spend(1, at(2, 3), 150), spend(2, at(3, 1), 20), seen(3, at(3, 5), 30)]
    [hint] = hints(free(), events)
    assert (hint.code, hint.expected) == ("refill_missing", 180)


def test_a_balance_above_the_grant_means_a_bigger_plan() -> None:
    [hint] = hints(free(grant=100), [seen(1, at(2, 1), 200)])
    assert (hint.code, hint.observed, hint.expected) == ("grant_above_plan", 200, 100)


def test_a_drop_with_no_refill_to_blame_is_unexplained() -> None:
    # 200 at the start of the day, nothing logged, 20 left: background jobs or unlogged work.
    [hint] = hints(free(), [seen(1, at(1, 5), 200), seen(2, at(1, 8), 20)])
    assert (hint.code, hint.observed, hint.expected) == ("unexplained_drop", 20, 200)


def test_balance_now_above_the_prediction_is_flagged_on_spends_too() -> None:
    meter = free(zone="UTC")
    events: list[Event] = [spend(1, at(2, 10), 150), spend(2, at(3, 2), 10, balance_after=190)]
    [hint] = hints(meter, events)
    assert (hint.code, hint.observed, hint.expected) == ("refill_early", 190, 50)


def test_readings_before_since_are_replayed_but_not_judged() -> None:
    events: list[Event] = [seen(1, at(1, 5), 200), seen(2, at(1, 8), 20), seen(3, at(1, 9), 20)]
    assert hints(free(), events, since=at(1, 8, 30)) == []


def test_monthly_billing_day_too_early_shows_as_refill_missing() -> None:
    # Rule: the 3rd; the real billing day is the 5th.
    meter = Meter(
        id="free", name="Plus", grant=10_000, rule=Monthly(3, time(0), "UTC"),
        account="Genspark", created_at=datetime(2026, 10, 10, tzinfo=UTC),
    )
    events: list[Event] = [
        spend(1, datetime(2026, 10, 20, tzinfo=UTC), 9_000),
        seen(2, at(4, 12), 1_000),
    ]
    [hint] = hints(meter, events)
    assert (hint.code, hint.rule_refill) == ("refill_missing", at(3, 0))


def test_overwrite_explanation_says_the_leftover_is_lost() -> None:
    meter = free()
    events: list[Event] = [spend(1, at(1, 2), 30)]
    now = at(1, 6)
    status = build_status([meter], replay([meter], events, now), now).meters[0]
    why = explain(meter, status)
    assert (why.family, why.mode, why.rule_zone) == ("daily", "overwrite", "Asia/Tokyo")
    assert why.next_refill == at(2, 0)
    assert why.last_refill == at(1, 0)
    assert (why.balance, why.spent_since_refill) == (170, 30)
    assert (why.balance_after_refill, why.lost_at_refill) == (200, 170)


def test_carry_with_a_cap_loses_only_the_overflow() -> None:
    meter = Meter(
        id="c", name="Carry", grant=100, rule=Daily(time(0), "UTC"), mode="carry", cap=250
    )
    assert refill_outcome(meter, 170) == (250, 20)
    assert refill_outcome(meter, 100) == (200, 0)
    assert refill_outcome(free(), -5) == (200, 0)
