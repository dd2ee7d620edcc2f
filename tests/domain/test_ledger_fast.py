"""The fast replay (steps, pools changed in place, instants in microseconds) gives exactly
what the replay it replaced gave, on random histories: meters of every rule created and
removed mid-way, two accounts, priorities, packs that expire, "balance now", corrections,
instants with microseconds and in other zones, and resuming from a mid-way state.

If they ever disagreed, a user's balances would change with nothing logged.
"""

from __future__ import annotations

from datetime import UTC, datetime, time, timedelta
from zoneinfo import ZoneInfo

from hypothesis import given, settings
from hypothesis import strategies as st

from desktopapp.domain.events import (
    Correction,
    Event,
    Observation,
    Origin,
    PackPurchase,
    Spend,
)
from desktopapp.domain.ledger import draw_order, replay
from desktopapp.domain.meter import Meter
from desktopapp.domain.schedule import Daily, Every, Monthly, Never, Rolling, Weekly
from tests.domain.ledger_reference import reference_replay

T0 = datetime(2024, 3, 28, 22, 30, tzinfo=UTC)  # DST changes in Europe on the 31st
ZONES = [UTC, ZoneInfo("Asia/Tokyo"), ZoneInfo("America/New_York")]
RULES = [
    Daily(at=time(9), tz="Asia/Tokyo"),
    Weekly(weekday="mon", at=time(2, 30), tz="Europe/Berlin"),
    Monthly(day=31, at=time(0), tz="America/New_York"),
    Every(hours=7.5, anchor=T0 + timedelta(microseconds=123)),
    Rolling(hours=5),
    Rolling(hours=0.25),
    Never(),
]
IDS = ["m0", "m1", "m2", "m3"]


@st.composite
def meters(draw: st.DrawFn) -> list[Meter]:
    out = []
    for i, mid in enumerate(IDS[: draw(st.integers(1, len(IDS)))]):
        created = T0 + timedelta(hours=draw(st.integers(-5, 60)))
        removed = draw(st.none() | st.integers(1, 200))
        out.append(Meter(
            id=mid, name=draw(st.sampled_from(["A", "B"])) + str(i),
            grant=draw(st.integers(0, 500)), rule=draw(st.sampled_from(RULES)),
            mode=draw(st.sampled_from(["overwrite", "carry"])),
            cap=draw(st.none() | st.integers(0, 800)),
            priority=draw(st.none() | st.integers(0, 3)),
            unit=draw(st.sampled_from(["credits", "credits", "minutes"])),
            account=draw(st.sampled_from(["default", "default", "team"])),
            created_at=created,
            removed_at=None if removed is None else created + timedelta(hours=removed),
        ))
    return out


@st.composite
def histories(draw: st.DrawFn) -> list[Event]:
    events: list[Event] = []
    t = T0
    for i in range(draw(st.integers(0, 60))):
        t += timedelta(minutes=draw(st.integers(0, 12 * 60)),
                       microseconds=draw(st.integers(0, 999_999)))
        at = t.astimezone(draw(st.sampled_from(ZONES)))
        o = Origin(id=f"e{i:03}", at=at, device="pc", member="aki")
        what = draw(st.sampled_from(["spend", "spend", "spend", "seen", "fix", "pack"]))
        meter = draw(st.sampled_from([None, None, *IDS, "gone"]))
        account = draw(st.sampled_from(["default", "team"]))
        if what == "spend":
            events.append(Spend(origin=o, kind="chat", credits=draw(st.integers(0, 300)),
                                meter_id=meter, account=account,
                                balance_after=draw(st.none() | st.integers(-20, 400))))
        elif what == "seen":
            events.append(Observation(origin=o, meter_id=meter or "m0",
                                      balance=draw(st.integers(-10, 600))))
        elif what == "fix":
            events.append(Correction(origin=o, meter_id=meter or "m1",
                                     delta=draw(st.integers(-50, 50))))
        else:
            expires = draw(st.none() | st.integers(-10, 5 * 24 * 60))
            events.append(PackPurchase(
                origin=o, credits=draw(st.integers(1, 900)), account=account,
                expires_at=None if expires is None else at + timedelta(minutes=expires)))
    return events


@settings(max_examples=200, deadline=None)
@given(ms=meters(), events=histories(), cut=st.integers(0, 60),
       later=st.integers(0, 30 * 24 * 60))
def test_the_fast_replay_equals_the_reference_whole_and_resumed(
    ms: list[Meter], events: list[Event], cut: int, later: int
) -> None:
    end = (events[-1].origin.at if events else T0) + timedelta(minutes=later)
    assert replay(ms, events, until=end) == reference_replay(ms, events, until=end)
    # resumed from a mid-way state (what a checkpoint is), both ways
    head, tail = events[:cut], events[cut:]
    mid_at = head[-1].origin.at if head else T0
    mid = reference_replay(ms, head, until=mid_at)
    assert replay(ms, head, until=mid_at) == mid
    assert replay(ms, tail, until=end, start=mid) == reference_replay(ms, tail, until=end,
                                                                       start=mid)
    # a stop before the last events ignores them
    if events:
        stop = events[len(events) // 2].origin.at
        assert replay(ms, events, until=stop) == reference_replay(ms, events, until=stop)
    for account in ("default", "team"):
        state = replay(ms, events, until=end)
        expected = reference_replay(ms, [], until=end, start=state)
        assert draw_order(ms, state, account) == [
            pid for pid in _reference_order(ms, expected, account)]


def _reference_order(ms: list[Meter], state: object, account: str) -> list[str]:
    from tests.domain.ledger_reference import _Replay

    assert hasattr(state, "pools")
    return _Replay(ms, state).draw_order(account)  # type: ignore[arg-type]
