"""The store's replay (rows read as steps, undos resolved once, checkpoints left on the
way) gives what the replay it replaced gives on the whole decoded history: two accounts,
meters created late and removed, packs that expire, "balance now", corrections, undo and
redo chains, and logs on the instant a checkpoint is cut.

If they disagreed, the figures after an import or a meter edit (which drop checkpoints)
would differ from the ones before it with nothing logged.
"""

from __future__ import annotations

import tempfile
from collections.abc import Iterator
from datetime import UTC, datetime, time, timedelta
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import desktopapp.store.balances as balances_mod
from desktopapp.domain.events import (
    Correction,
    Event,
    Observation,
    Origin,
    PackPurchase,
    Spend,
    Undo,
)
from desktopapp.domain.ledger import LedgerState
from desktopapp.domain.schedule import Daily, Every, Rolling
from desktopapp.domain.undo import active_events
from desktopapp.store import checkpoints_table, meters_table, queries
from desktopapp.store.balances import balances_at, compact
from desktopapp.store.codec import to_ms
from desktopapp.store.ledger_file import Identity, LedgerFile
from tests.domain.ledger_reference import reference_replay

T0 = datetime(2026, 3, 1, tzinfo=UTC)
ME = Identity(device="d", member="m")


def reference(t: LedgerFile, now: datetime) -> LedgerState:
    """Every event up to ``now`` decoded, undos applied, replayed from scratch the old way."""
    events = queries.events_between(t.db, after_ms=None, until_ms=to_ms(now))
    return reference_replay(meters_table.all_meters(t.db), active_events(events), until=now)


@st.composite
def histories(draw: st.DrawFn) -> list[tuple[str, int, int, int]]:
    # (what, minutes after the previous one, a number, a pick)
    return draw(st.lists(st.tuples(
        st.sampled_from(["spend", "spend", "spend", "seen", "fix", "pack", "undo", "undo"]),
        st.integers(0, 9 * 60), st.integers(-20, 400), st.integers(0, 99),
    ), min_size=1, max_size=60))


def build(t: LedgerFile, ops: list[tuple[str, int, int, int]]) -> datetime:
    daily = t.add_meter("daily", 200, Daily(time(9), "Asia/Tokyo"), now=T0)
    team = t.add_meter("team", 500, Every(30, T0), mode="carry", cap=700, account="team",
                       now=T0)
    late = t.add_meter("session", 50, Rolling(5), now=T0 + timedelta(days=1))
    named = [daily.id, team.id, late.id, None, None]
    events: list[Event] = []
    at = T0
    for i, (what, gap, n, pick) in enumerate(ops):
        at += timedelta(minutes=gap)
        o = Origin(id=f"e{i:03}", at=at, device="d", member="m")
        meter = named[pick % len(named)]
        account = ("default", "team", "")[pick % 3]
        if what == "spend":
            events.append(Spend(origin=o, kind="chat", credits=max(n, 0), meter_id=meter,
                                account=account, balance_after=n if pick < 15 else None))
        elif what == "seen":
            events.append(Observation(origin=o, meter_id=meter or daily.id, balance=n))
        elif what == "fix":
            events.append(Correction(origin=o, meter_id=meter or team.id, delta=n // 10))
        elif what == "pack":
            events.append(PackPurchase(origin=o, credits=abs(n) + 1, account=account,
                                       expires_at=at + timedelta(hours=pick)))
        elif events:  # undo anything before, an undo too (a redo), mostly the latest
            target = events[-1 - pick % len(events)] if pick < 70 else events[-1]
            events.append(Undo(origin=o, target_id=target.origin.id))
    t.append_many(events, now=at)
    if ops[0][3] % 2:
        t.remove_meter("session", now=T0 + timedelta(days=2))
    return at


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(ops=histories(), every=st.integers(1, 9))
def test_a_cold_replay_through_checkpoints_equals_the_old_full_replay(
    ops: list[tuple[str, int, int, int]], every: int
) -> None:
    saved = (balances_mod.CHECKPOINT_AFTER_EVENTS, balances_mod.CHECKPOINT_EVERY)
    balances_mod.CHECKPOINT_AFTER_EVENTS, balances_mod.CHECKPOINT_EVERY = 0, every
    try:
        with tempfile.TemporaryDirectory() as d, LedgerFile.open(Path(d) / "r.db", ME) as t:
            end = build(t, ops)
            for now in (end + timedelta(days=3), end, T0 + timedelta(hours=20)):
                checkpoints_table.delete_all_checkpoints(t.db)
                cold = balances_at(t.db, now)
                # expired packs may be folded into one pool at a checkpoint: fold both
                assert compact(cold) == compact(reference(t, now)), now
                # ... and from the checkpoints that replay left, the same again
                assert compact(balances_at(t.db, now)) == compact(cold), now
    finally:
        balances_mod.CHECKPOINT_AFTER_EVENTS, balances_mod.CHECKPOINT_EVERY = saved


def test_a_replay_overtaken_by_a_meter_edit_leaves_no_checkpoint(
    tracker: LedgerFile, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The tray replays on a worker while the user may edit a meter through another
    connection: what the replay saves after the edit would hold the old grant."""
    tracker.add_meter("daily", 200, Daily(time(9), "Asia/Tokyo"), now=T0)
    spends = [Spend(origin=Origin(id=f"s{i}", at=T0 + timedelta(minutes=30 * i), device="d",
                                  member="m"), kind="chat", credits=1) for i in range(600)]
    tracker.append_many(spends, now=T0 + timedelta(days=13))
    now = T0 + timedelta(days=13)
    monkeypatch.setattr(balances_mod, "CHECKPOINT_AFTER_EVENTS", 10)
    monkeypatch.setattr(balances_mod, "CHECKPOINT_EVERY", 50)
    steps = balances_mod.balances_rows.iter_steps

    def edited_midway(db: object, **kw: Any) -> Iterator[list[Any]]:
        for n, chunk in enumerate(steps(db, **{**kw, "chunk": 100})):  # type: ignore[arg-type]
            if n == 2:
                with LedgerFile.open(tracker.path, ME) as other:
                    other.edit_meter("daily", grant=300, now=now)
            yield chunk

    monkeypatch.setattr(balances_mod.balances_rows, "iter_steps", edited_midway)
    balances_at(tracker.db, now)
    assert tracker.checkpoint_count() == 0
    monkeypatch.setattr(balances_mod.balances_rows, "iter_steps", steps)
    assert balances_at(tracker.db, now).pools[tracker.meter("daily").id].balance == 300
    assert tracker.checkpoint_count() > 0  # a replay with no change meanwhile keeps them
