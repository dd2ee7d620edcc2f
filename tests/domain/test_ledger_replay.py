"""Balances derived from small inline ledgers; every figure can be checked by hand.

The clock starts at T0 = 2024-05-01 00:00 UTC (a Wednesday); ``h(n)`` is n hours later.
Daily meters reset at 00:00 UTC, monthly ones on the 1st at 00:00 UTC.
"""

from __future__ import annotations

from datetime import UTC, datetime, time, timedelta

import pytest

from desktopapp.domain.events import (
    Correction,
    Event,
    Observation,
    Origin,
    PackPurchase,
    Spend,
    Undo,
)
from desktopapp.domain.ledger import LedgerState, draw_order, replay
from desktopapp.domain.meter import Meter
from desktopapp.domain.schedule import Daily, Monthly, Never
from desktopapp.domain.undo import active_events

T0 = datetime(2024, 5, 1, tzinfo=UTC)


def h(hours: float) -> datetime:
    return T0 + timedelta(hours=hours)


def o(event_id: str, at: datetime) -> Origin:
    return Origin(id=event_id, at=at, device="pc", member="aki")


def spend(
    event_id: str,
    at: datetime,
    credits: int,
    meter: str | None = None,
    balance_after: int | None = None,
) -> Spend:
    return Spend(
        origin=o(event_id, at),
        kind="slides",
        credits=credits,
        meter_id=meter,
        balance_after=balance_after,
    )


def pack(event_id: str, at: datetime, credits: int, expires: datetime | None) -> PackPurchase:
    return PackPurchase(origin=o(event_id, at), credits=credits, expires_at=expires)


def undo(event_id: str, at: datetime, target: str) -> Undo:
    return Undo(origin=o(event_id, at), target_id=target)


DAILY = Meter(id="daily", name="Daily", grant=200, rule=Daily(at=time(0), tz="UTC"), created_at=T0)
MONTHLY = Meter(
    id="monthly", name="Monthly", grant=10_000, rule=Monthly(day=1, at=time(0), tz="UTC"),
    created_at=T0,
)


def run(meters: list[Meter], events: list[Event], until: datetime) -> LedgerState:
    return replay(meters, active_events(events), until)


# -- resets ---------------------------------------------------------------------------------


def test_overwrite_reset_loses_the_leftover() -> None:
    events: list[Event] = [spend("s1", h(10), 150, "daily")]
    assert run([DAILY], events, h(23)).balance("daily") == 50
    after = run([DAILY], events, h(24))
    assert after.balance("daily") == 200  # not 250: the 50 left over is gone
    assert after.pools["daily"].lost_total == 50
    assert after.pools["daily"].last_refill == h(24)
    assert after.pools["daily"].next_refill == h(48)


def test_idle_days_lose_a_whole_grant_each() -> None:
    events: list[Event] = [spend("s1", h(10), 150, "daily")]
    # away for three resets: 50 left over at the first, then 200 unused at each of two
    state = run([DAILY], events, h(72))
    assert state.balance("daily") == 200
    assert state.pools["daily"].lost_total == 50 + 200 + 200
    # the same figure whether the replay stops on the way or not
    assert run([DAILY], events, h(48)).pools["daily"].lost_total == 50 + 200


def test_a_spend_at_the_reset_instant_draws_from_the_new_grant() -> None:
    events: list[Event] = [spend("s1", h(10), 150, "daily"), spend("s2", h(24), 30, "daily")]
    state = run([DAILY], events, h(24))
    assert state.balance("daily") == 170  # 200 - 30, the old 50 was lost first
    assert state.pools["daily"].spent_since_refill == 30


def test_carry_adds_the_grant_up_to_the_cap() -> None:
    meter = Meter(
        id="m", name="Carry", grant=100, rule=Daily(at=time(0), tz="UTC"),
        mode="carry", cap=250, created_at=T0,
    )
    events: list[Event] = [spend("s1", h(5), 30, "m")]
    assert run([meter], events, h(23)).balance("m") == 70
    assert run([meter], events, h(24)).balance("m") == 170  # 70 + 100
    day2 = run([meter], events, h(48))
    assert day2.balance("m") == 250  # 170 + 100 = 270, capped at 250
    assert day2.pools["m"].lost_total == 20
    # three resets passed with no event in between: same figure as one by one
    day3 = run([meter], events, h(72))
    assert day3.balance("m") == 250
    assert day3.pools["m"].lost_total == 20 + 100


def test_carry_without_a_cap_accumulates() -> None:
    meter = Meter(
        id="m", name="Carry", grant=100, rule=Daily(at=time(0), tz="UTC"), mode="carry",
        created_at=T0,
    )
    assert run([meter], [], h(24 * 3)).balance("m") == 400  # 100 + 3 x 100


# -- packs ----------------------------------------------------------------------------------


def test_a_pack_expires_and_what_is_left_is_lost() -> None:
    events: list[Event] = [
        pack("p1", h(1), 1_000, expires=h(48)),
        spend("s1", h(2), 300, "p1"),
    ]
    live = run([DAILY], events, h(47))
    assert live.balance("p1") == 700
    assert live.total() == 200 + 700
    gone = run([DAILY], events, h(48))
    assert gone.pools["p1"].expired
    assert gone.balance("p1") == 0
    assert gone.pools["p1"].lost_total == 700
    assert gone.total() == 200


def test_a_pack_logged_after_its_expiry_is_worth_nothing() -> None:
    state = run([DAILY], [pack("p1", h(5), 1_000, expires=h(4))], h(6))
    assert state.pools["p1"].expired
    assert state.total() == 200


# -- draw order -----------------------------------------------------------------------------

PACKS: list[Event] = [
    pack("late", h(1), 500, expires=datetime(2024, 8, 1, tzinfo=UTC)),
    pack("soon", h(1), 500, expires=datetime(2024, 7, 1, tzinfo=UTC)),
    pack("forever", h(1), 500, expires=None),
]


def test_default_draw_order_daily_then_monthly_then_packs_by_earliest_expiry() -> None:
    state = run([MONTHLY, DAILY], PACKS, h(2))
    assert draw_order([MONTHLY, DAILY], state, "default") == [
        "daily",  # lost tomorrow
        "monthly",  # lost on June 1
        "soon",
        "late",
        "forever",
    ]


def test_a_pack_expiring_before_the_monthly_reset_is_spent_before_the_monthly() -> None:
    events = [*PACKS, pack("tonight", h(2), 100, expires=h(20))]
    state = run([MONTHLY, DAILY], events, h(3))
    # credits lost soonest go first: the pack dies at 20:00, the daily grant at midnight
    assert draw_order([MONTHLY, DAILY], state, "default")[:3] == ["tonight", "daily", "monthly"]


def test_an_explicit_priority_wins_over_the_default_order() -> None:
    monthly_first = Meter(
        id="monthly", name="Monthly", grant=10_000, rule=Monthly(day=1, at=time(0), tz="UTC"),
        priority=0, created_at=T0,
    )
    state = run([DAILY, monthly_first], PACKS, h(2))
    assert draw_order([DAILY, monthly_first], state, "default")[:2] == ["monthly", "daily"]


def test_a_spend_spills_over_from_pool_to_pool() -> None:
    events: list[Event] = [
        *PACKS,
        spend("s1", h(3), 150),  # daily 200 -> 50
        spend("s2", h(4), 120),  # daily 50 -> 0, monthly 10,000 -> 9,930
    ]
    state = run([MONTHLY, DAILY], events, h(5))
    assert state.balance("daily") == 0
    assert state.balance("monthly") == 9_930
    assert state.balance("soon") == 500
    assert state.total() == 9_930 + 1_500


def test_spill_over_reaches_the_packs_and_the_rest_overdraws_the_first_pool() -> None:
    events: list[Event] = [
        pack("p1", h(1), 100, expires=None),
        spend("s1", h(2), 350),  # daily 200 -> 0, pack 100 -> 0, 50 uncovered
    ]
    state = run([DAILY], events, h(3))
    assert state.balance("p1") == 0
    # shown as a logging mismatch rather than hidden
    assert state.balance("daily") == -50


def test_a_spend_on_a_named_meter_does_not_touch_the_others() -> None:
    events: list[Event] = [spend("s1", h(2), 500, "monthly")]
    state = run([DAILY, MONTHLY], events, h(3))
    assert (state.balance("daily"), state.balance("monthly")) == (200, 9_500)


def test_accounts_and_minute_meters_are_separate_pools() -> None:
    other = Meter(id="o", name="Other", grant=50, rule=Never(), account="Suno", created_at=T0)
    minutes = Meter(
        id="gpu", name="GPU", grant=198, rule=Never(), unit="minutes", created_at=T0
    )
    events: list[Event] = [spend("s1", h(2), 250)]  # default account: daily only
    state = run([DAILY, other, minutes], events, h(3))
    assert state.balance("daily") == -50
    assert state.balance("o") == 50
    assert state.balance("gpu") == 198
    assert state.total("Suno", [DAILY, other, minutes]) == 50


# -- balance now, observations, corrections -------------------------------------------------


def test_balance_after_is_authoritative_for_the_meter() -> None:
    events: list[Event] = [spend("s1", h(2), 40, "daily", balance_after=120)]
    state = run([DAILY], events, h(3))
    assert state.balance("daily") == 120  # not 200 - 40
    assert state.pools["daily"].spent_since_refill == 40


def test_balance_after_without_a_meter_sets_the_account_total() -> None:
    events: list[Event] = [spend("s1", h(2), 300, balance_after=9_850)]
    state = run([DAILY, MONTHLY], events, h(3))
    assert state.total() == 9_850


def test_an_observation_sets_the_balance_until_the_next_reset() -> None:
    events: list[Event] = [Observation(origin=o("b1", h(9)), meter_id="daily", balance=37)]
    assert run([DAILY], events, h(10)).balance("daily") == 37
    assert run([DAILY], events, h(10)).pools["daily"].spent_since_refill == 0
    assert run([DAILY], events, h(24)).balance("daily") == 200


def test_a_correction_adds_its_delta() -> None:
    events: list[Event] = [
        spend("s1", h(2), 80, "daily"),
        Correction(origin=o("c1", h(3)), meter_id="daily", delta=+30),  # a refund
        Correction(origin=o("c2", h(4)), meter_id="daily", delta=-5),
    ]
    assert run([DAILY], events, h(5)).balance("daily") == 200 - 80 + 30 - 5


def test_refills_and_purchases_never_count_as_spend() -> None:
    events: list[Event] = [
        spend("s1", h(20), 180, "daily"),  # 20 left at 20:00
        pack("p1", h(22), 500, expires=None),
    ]
    # next morning the user reads "150" on the platform: the task cost 50, because the
    # replay already refilled to 200 at midnight (not 20 -> 150 = "-130 credits")
    before = run([DAILY], events, h(34))
    assert before.balance("daily") == 200
    assert before.pools["daily"].spent_since_refill == 0
    cost = before.balance("daily") - 150
    events.append(spend("s2", h(34), cost, "daily", balance_after=150))
    after = run([DAILY], events, h(35))
    assert after.balance("daily") == 150
    assert after.pools["daily"].spent_since_refill == 50
    assert after.pools["p1"].spent_since_refill == 0


# -- undo and redo --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("tail", "balance"),
    [
        ([], 150),
        ([undo("u1", h(3), "s1")], 200),  # undo
        ([undo("u1", h(3), "s1"), undo("u2", h(4), "u1")], 150),  # redo
        ([undo("u1", h(3), "s1"), undo("u2", h(4), "u1"), undo("u3", h(5), "u2")], 200),
        ([undo("u1", h(3), "s1"), undo("u1b", h(4), "s1"), undo("u3", h(5), "u1b")], 200),
        ([undo("u1", h(3), "nope")], 150),  # an unknown target changes nothing
    ],
)
def test_undo_and_redo_chains(tail: list[Event], balance: int) -> None:
    events: list[Event] = [spend("s1", h(2), 50, "daily"), *tail]
    assert run([DAILY], events, h(6)).balance("daily") == balance


def test_an_undone_pack_purchase_is_not_there() -> None:
    events: list[Event] = [pack("p1", h(1), 500, expires=None), undo("u1", h(2), "p1")]
    state = run([DAILY], events, h(3))
    assert "p1" not in state.pools
    assert state.total() == 200


# -- meters that come and go ----------------------------------------------------------------


def test_a_spend_on_a_meter_that_is_no_longer_tracked_drains_nothing_else() -> None:
    # The store passes live meters only: a removed meter's history must not move the
    # balances of the meters that remain.
    events: list[Event] = [spend("s1", h(2), 80, "removed-meter")]
    state = run([DAILY, MONTHLY], events, h(3))
    assert (state.balance("daily"), state.balance("monthly")) == (200, 10_000)


def test_a_back_dated_spend_does_not_draw_from_a_meter_created_later() -> None:
    later = Meter(
        id="later", name="Later", grant=1_000, rule=Never(), priority=0, created_at=h(10)
    )
    events: list[Event] = [spend("s1", h(2), 80)]
    state = run([DAILY, later], events, h(11))
    assert state.balance("later") == 1_000  # a new meter starts full
    assert state.balance("daily") == 120


def test_events_naming_a_meter_before_it_was_created_leave_it_alone() -> None:
    later = Meter(id="later", name="Later", grant=1_000, rule=Never(), created_at=h(10))
    events: list[Event] = [
        spend("s1", h(2), 80, "later"),
        Observation(origin=o("b1", h(3)), meter_id="later", balance=5),
        Correction(origin=o("c1", h(4)), meter_id="later", delta=-5),
        Observation(origin=o("b2", h(10)), meter_id="later", balance=900),  # given at creation
        spend("s2", h(11), 100, "later"),
    ]
    assert run([later], events, h(12)).balance("later") == 800
