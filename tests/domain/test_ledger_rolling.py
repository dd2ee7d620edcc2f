"""Rolling windows (Claude-style 5-hour sessions): opened by the first spend, refilled when
they close; no open window means full."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

from desktopapp.domain.events import Event, Observation, Origin, Spend
from desktopapp.domain.ledger import LedgerState, replay
from desktopapp.domain.meter import Meter
from desktopapp.domain.schedule import Rolling
from desktopapp.domain.status import build_status

T0 = datetime(2024, 5, 1, tzinfo=UTC)
SESSION = Meter(id="s", name="Session", grant=100, rule=Rolling(hours=5), created_at=T0)


def h(hours: float) -> datetime:
    return T0 + timedelta(hours=hours)


def spend(event_id: str, at: datetime, credits: int) -> Spend:
    origin = Origin(id=event_id, at=at, device="pc", member="aki")
    return Spend(origin=origin, kind="chat", credits=credits, meter_id="s")


def run(events: list[Event], until: datetime, meter: Meter = SESSION) -> LedgerState:
    return replay([meter], events, until)


def test_an_idle_window_is_full_and_has_no_countdown() -> None:
    state = run([], h(30))
    pool = state.pools["s"]
    assert (pool.balance, pool.window_start, pool.next_refill) == (100, None, None)
    row = build_status([SESSION], state, h(30)).meters[0]
    assert row.idle_window and row.next_reset is None and row.seconds_to_reset is None


def test_the_first_spend_opens_the_window_and_later_spends_do_not_move_it() -> None:
    events: list[Event] = [spend("a", h(10), 30), spend("b", h(12), 20)]
    state = run(events, h(13))
    pool = state.pools["s"]
    assert pool.balance == 50
    assert pool.window_start == h(10)
    assert pool.next_refill == h(15)  # 10:00 + 5 h, not 12:00 + 5 h
    row = build_status([SESSION], state, h(13)).meters[0]
    assert not row.idle_window and row.seconds_to_reset == 2 * 3600


def test_the_window_refills_when_it_closes_and_goes_idle() -> None:
    events: list[Event] = [spend("a", h(10), 30)]
    assert run(events, h(15) - timedelta(seconds=1)).balance("s") == 70
    closed = run(events, h(15)).pools["s"]
    assert (closed.balance, closed.window_start, closed.next_refill) == (100, None, None)
    assert closed.last_refill == h(15)
    assert closed.lost_total == 70  # overwrite: the unused 70 did not carry


def test_a_spend_after_the_window_closed_opens_a_new_one() -> None:
    events: list[Event] = [spend("a", h(10), 30), spend("b", h(17), 10)]
    pool = run(events, h(18)).pools["s"]
    assert pool.balance == 90
    assert pool.window_start == h(17)
    assert pool.next_refill == h(22)


def test_a_spend_at_the_closing_instant_opens_the_next_window() -> None:
    events: list[Event] = [spend("a", h(10), 30), spend("b", h(15), 10)]
    pool = run(events, h(16)).pools["s"]
    assert pool.balance == 90  # refill to 100 first, then 10
    assert pool.window_start == h(15)


def test_the_window_is_five_hours_of_elapsed_time_across_dst() -> None:
    # New York springs forward at 02:00 on 2024-03-10. A session opened at 00:30 local
    # closes 5 elapsed hours later: 06:30 EDT, not 05:30.
    ny = ZoneInfo("America/New_York")
    opened = datetime(2024, 3, 10, 0, 30, tzinfo=ny)
    meter = Meter(id="s", name="S", grant=100, rule=Rolling(hours=5), created_at=opened)
    state = run([spend("a", opened, 40)], datetime(2024, 3, 10, 5, 45, tzinfo=ny), meter)
    pool = state.pools["s"]
    assert pool.balance == 60  # still open at 05:45 EDT (4 h 15 min elapsed)
    assert pool.next_refill == opened.astimezone(UTC) + timedelta(hours=5)
    assert pool.next_refill.astimezone(ny) == datetime(2024, 3, 10, 6, 30, tzinfo=ny)
    refilled = run([spend("a", opened, 40)], datetime(2024, 3, 10, 6, 30, tzinfo=ny), meter)
    assert refilled.balance("s") == 100


def test_a_balance_seen_below_full_on_an_idle_window_opens_it() -> None:
    # The user reads "30 % left" with nothing logged: a session is running, so the meter
    # cannot stay "full, starts on first use"; it closes at the latest 5 h from now.
    events: list[Event] = [
        Observation(origin=Origin("o", h(10), "pc", "aki"), meter_id="s", balance=30)
    ]
    pool = run(events, h(11)).pools["s"]
    assert (pool.balance, pool.window_start, pool.next_refill) == (30, h(10), h(15))
    assert run(events, h(15)).balance("s") == 100


def test_a_full_balance_seen_keeps_the_window_idle() -> None:
    events: list[Event] = [
        Observation(origin=Origin("o", h(10), "pc", "aki"), meter_id="s", balance=100)
    ]
    assert run(events, h(11)).pools["s"].window_start is None
