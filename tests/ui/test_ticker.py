"""The countdown wakes only when the display changes, recomputes from the wall clock, and
announces a refill once. Driven through the injected clock: nothing sleeps."""

from __future__ import annotations

from datetime import UTC, datetime, time, timedelta

import pytest

from desktopapp.domain.schedule import Daily
from desktopapp.ui.session import Session
from desktopapp.ui.ticker import SLACK_MS, Ticker

RESET = datetime(2026, 11, 24, 0, 0, tzinfo=UTC)  # Tue 09:00 JST


class FakeClock:
    """Wall and monotonic clocks the test moves by hand."""

    def __init__(self, at: datetime) -> None:
        self.wall = at
        self.mono = 1000.0

    def now(self) -> datetime:
        return self.wall

    def monotonic(self) -> float:
        return self.mono

    def advance(self, delta: timedelta) -> None:
        """Time passes normally: both clocks move together."""
        self.wall += delta
        self.mono += delta.total_seconds()

    def jump(self, delta: timedelta) -> None:
        """The wall clock is set (or the machine slept): only the wall clock moves."""
        self.wall += delta


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock(RESET - timedelta(hours=3, minutes=12, seconds=30))


@pytest.fixture
def session(tracker, clock, qapp) -> Session:
    created = RESET - timedelta(days=2)
    tracker.add_meter("Genspark daily", 200, Daily(time(9, 0), "Asia/Tokyo"), now=created)
    return Session(tracker, clock.now)


@pytest.fixture
def ticker(session, clock) -> Ticker:
    t = Ticker(session, clock.monotonic)
    yield t
    t.stop()


def test_arms_for_the_next_minute_boundary_not_every_second(ticker, clock) -> None:
    ticker.start()
    # 3 h 12 min 30 s left, shown rounded up as "3 h 13 min": it changes in 30 s.
    assert ticker.interval_ms == 30_000 + SLACK_MS
    clock.advance(timedelta(seconds=30, milliseconds=SLACK_MS))
    ticker._on_timeout()
    assert ticker.interval_ms == pytest.approx(60_000, abs=SLACK_MS + 1)


def test_arms_for_an_imminent_reset(ticker, clock) -> None:
    clock.wall = RESET - timedelta(milliseconds=400)
    ticker.start()
    assert ticker.interval_ms == 400 + SLACK_MS
    assert ticker.target == RESET


def test_re_arms_after_every_fire(ticker, clock) -> None:
    ticker.start()
    for _ in range(5):
        clock.advance(timedelta(milliseconds=ticker.interval_ms or 0))
        ticker._on_timeout()
        assert ticker.interval_ms is not None and ticker.interval_ms > 0
    assert ticker.fires == 5


def test_one_refilled_notification_across_a_reset(ticker, session, clock, qtbot) -> None:
    ticker.start()
    session.log_spend("video", credits=150)
    assert ticker.status.meters[0].balance == 50
    seen: list[list] = []
    ticker.refilled.connect(seen.append)

    clock.wall = RESET - timedelta(seconds=20)
    ticker._on_timeout()
    assert seen == []
    clock.wall = RESET + timedelta(milliseconds=SLACK_MS)
    ticker._on_timeout()
    assert len(seen) == 1 and seen[0][0].balance == 200
    for minutes in (1, 2, 30):  # later ticks, a log, a redraw: still one notification
        clock.wall = RESET + timedelta(minutes=minutes)
        ticker._on_timeout()
    ticker.recompute()
    assert len(seen) == 1


def test_clock_set_back_and_forward_again_does_not_repeat_the_refill(ticker, clock) -> None:
    clock.wall = RESET + timedelta(minutes=1)
    ticker.start()
    seen: list[list] = []
    ticker.refilled.connect(seen.append)
    clock.jump(timedelta(minutes=-10))
    ticker._on_timeout()
    clock.jump(timedelta(minutes=10))
    ticker._on_timeout()
    assert seen == []


def test_sleep_across_a_reset_refills_once_on_resume(ticker, clock) -> None:
    ticker.start()
    seen: list[list] = []
    ticker.refilled.connect(seen.append)
    clock.jump(timedelta(hours=8))  # asleep: the monotonic clock stood still
    ticker.check_clock()  # logind / WM_POWERBROADCAST on resume
    assert len(seen) == 1
    assert ticker.status.as_of == clock.wall


def test_drift_check_catches_a_wall_clock_jump_and_recomputes(ticker, clock) -> None:
    ticker.start()
    jumps: list[bool] = []
    ticker.clock_jumped.connect(lambda: jumps.append(True))
    clock.advance(timedelta(seconds=30))
    ticker._on_timeout()
    assert jumps == []  # normal passage of time
    clock.jump(timedelta(hours=2))  # the user set the clock forward
    clock.advance(timedelta(seconds=60))
    ticker._on_timeout()
    assert jumps == [True]
    assert ticker.status.as_of == clock.wall
    left = ticker.status.meters[0].seconds_to_reset
    assert left == int((RESET - clock.wall).total_seconds())


def test_a_log_recomputes_at_once(ticker, session) -> None:
    ticker.start()
    updates: list[object] = []
    ticker.updated.connect(updates.append)
    session.log_spend("slides", credits=60)
    assert len(updates) == 1 and ticker.status.meters[0].balance == 140


def test_a_pack_expiring_at_odd_seconds_adds_no_wake_up_per_minute(ticker, session, clock) -> None:
    odd = clock.now() + timedelta(days=20, seconds=41)
    session.mutate(lambda t, now: t.add_pack(10_000, expires_at=odd, at=now, now=now))
    clock.wall = RESET - timedelta(hours=2)  # on a whole minute
    ticker.recompute()
    assert ticker.target == RESET - timedelta(hours=2) + timedelta(minutes=1)
    clock.wall = odd - timedelta(seconds=10)  # but its expiry itself is a change
    ticker.recompute()
    assert ticker.target == odd


def test_a_refill_days_away_wakes_hourly_and_reads_in_days(tracker, clock, qapp) -> None:
    from desktopapp.domain.schedule import Monthly
    from desktopapp.ui.countdown_text import remaining

    tracker.add_meter("Genspark monthly", 10_000, Monthly(5, time(9, 0), "Asia/Tokyo"),
                      now=RESET - timedelta(days=2))
    t = Ticker(Session(tracker, clock.now), clock.monotonic)
    try:
        t.start()
        assert 60_000 < (t.interval_ms or 0) <= 3_600_000 + SLACK_MS
        m = t.status.meters[0]
        assert remaining(clock.now(), m.next_reset).endswith(" h")
        assert " d " in remaining(clock.now(), m.next_reset)
    finally:
        t.stop()


def test_used_today_restarts_at_the_users_midnight_even_between_hourly_ticks(
    tracker, qapp
) -> None:
    from desktopapp.domain.schedule import Monthly

    tokyo_2330 = datetime(2026, 11, 24, 14, 30, 20, tzinfo=UTC)  # 23:30:20 JST
    clock = FakeClock(tokyo_2330)
    tracker.add_meter("Genspark monthly", 10_000, Monthly(5, time(9, 0), "Asia/Tokyo"),
                      now=tokyo_2330 - timedelta(days=2))
    tracker.set_setting("tz", "Asia/Tokyo")
    t = Ticker(Session(tracker, clock.now), clock.monotonic)
    try:
        t.start()
        assert t.target == datetime(2026, 11, 24, 15, 0, tzinfo=UTC)  # 00:00 JST
    finally:
        t.stop()
