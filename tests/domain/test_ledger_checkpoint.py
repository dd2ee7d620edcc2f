"""A replay resumed from a saved mid-way state equals a replay of the whole history.

The store keeps such checkpoints so a status never sums the whole ledger; if the two ever
disagreed, balances would jump when a checkpoint is taken or dropped.
"""

from __future__ import annotations

from datetime import UTC, datetime, time, timedelta

from hypothesis import given, settings
from hypothesis import strategies as st

from desktopapp.domain.events import (
    Correction,
    Event,
    Observation,
    Origin,
    PackPurchase,
    Spend,
    Undo,
)
from desktopapp.domain.ledger import replay
from desktopapp.domain.meter import Meter
from desktopapp.domain.schedule import Daily, Every, Monthly, Rolling
from desktopapp.domain.undo import active_events

# Late March 2024: Berlin and London change clocks on the 31st, New York already did.
T0 = datetime(2024, 3, 25, 21, 0, tzinfo=UTC)
METERS = [
    Meter(id="daily", name="Daily", grant=200, rule=Daily(at=time(0), tz="Europe/Berlin"),
          created_at=T0),
    Meter(id="monthly", name="Monthly", grant=1_000,
          rule=Monthly(day=31, at=time(2, 30), tz="America/New_York"), mode="carry", cap=1_500,
          created_at=T0),
    Meter(id="session", name="Session", grant=100, rule=Rolling(hours=5), created_at=T0),
    Meter(id="every", name="Every", grant=50, rule=Every(hours=8, anchor=T0), mode="carry",
          created_at=T0 + timedelta(days=3)),
]
POOLS = ["daily", "monthly", "session", "every", None]


@st.composite
def ledgers(draw: st.DrawFn) -> list[Event]:
    gaps = draw(st.lists(st.integers(1, 3 * 24 * 60), min_size=1, max_size=40))
    events: list[Event] = []
    t = T0
    for i, gap in enumerate(gaps):
        t = t + timedelta(minutes=gap)
        o = Origin(id=f"e{i}", at=t, device="pc", member="aki")
        kind = draw(st.sampled_from(["spend", "spend", "spend", "seen", "fix", "pack", "undo"]))
        if kind == "spend":
            events.append(
                Spend(
                    origin=o,
                    kind="slides",
                    credits=draw(st.integers(0, 400)),
                    meter_id=draw(st.sampled_from(POOLS)),
                    balance_after=draw(st.none() | st.integers(0, 300)),
                )
            )
        elif kind == "seen":
            pool = draw(st.sampled_from(["daily", "monthly", "session", "every"]))
            events.append(Observation(origin=o, meter_id=pool, balance=draw(st.integers(0, 300))))
        elif kind == "fix":
            pool = draw(st.sampled_from(["daily", "monthly", "session"]))
            events.append(Correction(origin=o, meter_id=pool, delta=draw(st.integers(-50, 50))))
        elif kind == "pack":
            expires = draw(st.none() | st.integers(1, 10 * 24 * 60))
            events.append(
                PackPurchase(
                    origin=o,
                    credits=draw(st.integers(1, 2_000)),
                    expires_at=None if expires is None else t + timedelta(minutes=expires),
                )
            )
        elif events:
            target = draw(st.sampled_from([e.origin.id for e in events]))
            events.append(Undo(origin=o, target_id=target))
    if not events:
        events.append(Spend(origin=Origin("first", T0, "pc", "aki"), kind="chat", credits=1))
    return events


@settings(max_examples=200, deadline=None)
@given(ledgers(), st.data())
def test_resuming_from_a_checkpoint_equals_the_full_replay(
    events: list[Event], data: st.DataObject
) -> None:
    active = active_events(events)
    end = events[-1].origin.at + timedelta(days=data.draw(st.integers(0, 40)))
    full = replay(METERS, active, end)

    # Resume through one or more checkpoints taken between (or exactly at) events.
    cuts = sorted(data.draw(st.lists(st.integers(0, len(active)), max_size=3)))
    state = None
    done = 0
    for cut in cuts:
        if cut <= done:
            continue
        last_in = active[cut - 1].origin.at
        nxt = active[cut].origin.at if cut < len(active) else end
        # exactly at the last included event, or somewhere before the next one
        at = last_in + (nxt - last_in) * data.draw(st.sampled_from([0, 0.5, 0.999]))
        state = replay(METERS, active[done:cut], at, start=state)
        done = cut
    resumed = replay(METERS, active[done:], end, start=state)
    assert resumed == full


@settings(max_examples=100, deadline=None)
@given(ledgers())
def test_refills_never_count_as_spend(events: list[Event]) -> None:
    """What a pool says was spent since its refill is never more than was logged on it
    since then, whatever resets, packs and observations happened."""
    active = active_events(events)
    end = events[-1].origin.at
    state = replay(METERS, active, end)
    for pid, pool in state.pools.items():
        assert pool.spent_since_refill >= 0
        assert pool.lost_total >= 0
        if pid in {"daily", "monthly", "session", "every"}:
            since = pool.last_refill or T0
            logged = sum(
                e.credits
                for e in active
                if isinstance(e, Spend) and e.origin.at >= since
            )
            assert pool.spent_since_refill <= logged
