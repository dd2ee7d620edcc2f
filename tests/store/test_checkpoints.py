"""Checkpoints are a cache: balances with them equal a full replay of the whole ledger,
whatever is back-dated, undone, redone or edited in between."""

from __future__ import annotations

import tempfile
import uuid
from datetime import UTC, datetime, time, timedelta
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import desktopapp.store.balances as tracker_mod
from desktopapp.domain.events import Event, Observation, Origin, Spend, Undo
from desktopapp.domain.ledger import LedgerState, replay
from desktopapp.domain.schedule import Daily, Monthly, Rolling
from desktopapp.store import meters_table
from desktopapp.store.codec import to_ms
from desktopapp.store.ledger_file import Identity, LedgerFile

T0 = datetime(2026, 1, 1, 0, 0, tzinfo=UTC)
ME = Identity(device="d", member="m")


def full_replay(t: LedgerFile, now: datetime) -> LedgerState:
    """The reference: every active event up to ``now`` from scratch, no checkpoint."""
    live = {m.id for m in t.meters()}
    events = [
        e
        for e in t.events(until=now)
        if getattr(e, "meter_id", None) is None or getattr(e, "meter_id", None) in live
    ]
    return replay(t.meters(), events, until=now)


def balances(state: LedgerState) -> dict[str, int]:
    """Live pools' balances plus everything lost so far (expired packs may be folded
    into one pool by a checkpoint; what they lost must still add up)."""
    live = {pid: s.balance for pid, s in state.pools.items() if not s.expired}
    live["lost"] = sum(s.lost_total for s in state.pools.values())
    return live


def setup_meters(t: LedgerFile) -> None:
    t.add_meter("daily", 200, Daily(time(9), "Asia/Tokyo"), now=T0)
    t.add_meter("monthly", 10_000, Monthly(31, time(0), "America/New_York"), now=T0)
    t.add_meter("session", 50, Rolling(5), now=T0, mode="carry", cap=80)


ops = st.lists(
    st.one_of(
        st.tuples(st.just("spend"), st.integers(0, 400), st.integers(-200, 30),
                  st.sampled_from([None, "daily", "monthly", "session"])),
        st.tuples(st.just("balance"), st.integers(0, 12_000), st.integers(-50, 10),
                  st.sampled_from(["daily", "monthly"])),
        st.tuples(st.just("undo"), st.just(0), st.just(0), st.just(None)),
        st.tuples(st.just("redo"), st.just(0), st.just(0), st.just(None)),
        st.tuples(st.just("status"), st.just(0), st.integers(-100, 40), st.just(None)),
        st.tuples(st.just("pack"), st.integers(1, 5000), st.integers(-30, 5), st.just(None)),
        st.tuples(st.just("edit"), st.integers(100, 300), st.just(0), st.just(None)),
    ),
    min_size=1,
    max_size=15,
)


Op = tuple[str, int, int, str | None]


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(ops=ops)
def test_checkpointed_state_equals_a_full_replay(ops: list[Op]) -> None:
    old = tracker_mod.CHECKPOINT_AFTER_EVENTS
    tracker_mod.CHECKPOINT_AFTER_EVENTS = 0  # a checkpoint after every replay
    try:
        with tempfile.TemporaryDirectory() as d, LedgerFile.open(Path(d) / "c.db", ME) as t:
            setup_meters(t)
            # Background history so checkpoints have something to cut.
            for i in range(30):
                at = T0 + timedelta(hours=7 * i + 1)
                t.log_spend("chat", credits=5 + i % 7, at=at, now=at)
            clock = T0 + timedelta(days=10)
            for step, (op, n, hours, meter) in enumerate(ops):
                clock += timedelta(hours=3)
                at = clock + timedelta(hours=hours)
                if op == "spend":
                    if meter is None:
                        t.log_spend("slides", credits=n, at=at, now=clock, meter="daily"
                                    if step % 2 else None)
                    else:
                        t.log_spend("video", credits=n, at=at, now=clock, meter=meter)
                elif op == "balance":
                    t.log_spend("research", balance_now=n, meter=meter, at=at, now=clock)
                elif op == "undo":
                    t.undo_last(now=clock)
                elif op == "redo":
                    t.redo_last(now=clock)
                elif op == "pack":
                    t.add_pack(n, expires_at=at + timedelta(hours=1 + n % 40), at=at, now=clock)
                elif op == "edit":
                    t.edit_meter("daily", grant=n, now=clock)
                for when in (clock, at, clock + timedelta(days=2)):
                    got = t.state(when)
                    assert balances(got) == balances(full_replay(t, when)), (op, when)
            assert t.checkpoint_count() >= 1  # the cache really was in play
    finally:
        tracker_mod.CHECKPOINT_AFTER_EVENTS = old


def chats(count: int, start: datetime, every: timedelta) -> list[Spend]:
    return [
        Spend(
            origin=Origin(id=str(uuid.uuid4()), at=start + i * every, device="d", member="m"),
            kind="chat",
            credits=1,
        )
        for i in range(count)
    ]


def test_a_long_replay_leaves_a_checkpoint_and_backdating_removes_it(tracker: LedgerFile) -> None:
    tracker.add_meter("daily", 200, Daily(time(9), "UTC"), now=T0)
    tracker.append_many(chats(3000, T0, timedelta(minutes=10)), now=T0)
    now = T0 + timedelta(days=30)
    first = tracker.state(now)
    assert tracker.checkpoint_count() == 1
    assert balances(tracker.state(now)) == balances(first)

    # A log dated before the checkpoint changes that past: the checkpoint must go.
    tracker.log_spend("video", credits=150, at=T0 + timedelta(days=20, hours=10), now=now)
    assert tracker.checkpoint_count() == 0
    assert balances(tracker.state(now)) == balances(full_replay(tracker, now))


def test_undo_of_an_old_log_invalidates_checkpoints_after_it(tracker: LedgerFile) -> None:
    m = tracker.add_meter("pool", 1_000_000, Monthly(1, time(0), "UTC"), now=T0)
    tracker.append_many(chats(2500, T0 + timedelta(hours=2), timedelta(minutes=5)), now=T0)
    now = T0 + timedelta(days=20)
    tracker.log_spend("video", credits=500, at=T0 + timedelta(hours=1), now=now)
    before = tracker.state(now).balance(m.id)
    assert tracker.checkpoint_count() == 1
    undone = tracker.undo_last(now=now)
    assert isinstance(undone, Spend) and undone.credits == 500
    assert tracker.checkpoint_count() == 0
    assert tracker.state(now).balance(m.id) == before + 500
    tracker.redo_last(now=now)
    assert tracker.state(now).balance(m.id) == before


def test_meter_edit_applies_to_history_and_drops_checkpoints(tracker: LedgerFile) -> None:
    tracker.add_meter("daily", 200, Daily(time(9), "UTC"), now=T0)
    tracker.append_many(chats(2500, T0, timedelta(minutes=1)), now=T0)
    now = T0 + timedelta(days=3)
    tracker.state(now)
    assert tracker.checkpoint_count() == 1
    tracker.edit_meter("daily", grant=300, now=now)
    assert tracker.checkpoint_count() == 0
    assert tracker.status(now).meters[0].balance == 300


@pytest.mark.parametrize("offset_days", [-400, 0, 400])
def test_status_far_from_the_events_matches_full_replay(
    tracker: LedgerFile, offset_days: int
) -> None:
    tracker.add_meter("daily", 200, Daily(time(9), "Europe/Berlin"), now=T0)
    tracker.observe("daily", 120, at=T0 + timedelta(hours=2), now=T0)
    assert isinstance(tracker.events()[0], Observation)
    when = T0 + timedelta(days=offset_days)
    assert balances(tracker.state(when)) == balances(full_replay(tracker, when))


def test_packs_expired_before_a_checkpoint_still_count_as_lost(tracker: LedgerFile) -> None:
    tracker.add_meter("daily", 200, Daily(time(9), "UTC"), now=T0)
    tracker.add_pack(1_000, expires_at=T0 + timedelta(days=2), at=T0, now=T0)
    tracker.append_many(chats(2500, T0 + timedelta(days=3), timedelta(minutes=1)), now=T0)
    now = T0 + timedelta(days=10)
    full = full_replay(tracker, now)
    cached = tracker.state(now)
    assert tracker.checkpoint_count() == 1
    assert balances(tracker.state(now)) == balances(cached) == balances(full)
    assert balances(full)["lost"] >= 1_000
    assert [p for p in tracker.status(now).packs if not p.expired] == []


# -- checkpoints kept through edits (issue 11) ------------------------------------------


def reference(t: LedgerFile, now: datetime) -> LedgerState:
    """Every meter ever made (removed ones count until their removal) and every active
    event, replayed from scratch: what the store must give with or without checkpoints."""
    return replay(meters_table.all_meters(t.db), t.events(until=now), until=now)


edit_ops = st.lists(
    st.one_of(
        st.tuples(st.just("spend"), st.integers(0, 400), st.integers(-200, 30)),
        st.tuples(st.just("undo"), st.just(0), st.just(0)),
        st.tuples(st.just("redo"), st.just(0), st.just(0)),
        st.tuples(st.just("pack"), st.integers(1, 5000), st.integers(-30, 5)),
        st.tuples(st.just("add"), st.integers(0, 300), st.integers(0, 1)),
        st.tuples(st.just("edit_new"), st.integers(1, 300), st.integers(0, 1)),
        st.tuples(st.just("edit_old"), st.integers(1, 300), st.just(0)),
        st.tuples(st.just("remove"), st.just(0), st.integers(0, 1)),
        st.tuples(st.just("import"), st.integers(1, 6), st.integers(-300, 10)),
    ),
    min_size=1,
    max_size=12,
)


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(ops=edit_ops)
def test_checkpoints_kept_through_meter_edits_and_imports_equal_a_full_replay(
    ops: list[tuple[str, int, int]],
) -> None:
    saved = (tracker_mod.CHECKPOINT_AFTER_EVENTS, tracker_mod.CHECKPOINT_EVERY)
    # a checkpoint after every replay and every few events on the way
    tracker_mod.CHECKPOINT_AFTER_EVENTS, tracker_mod.CHECKPOINT_EVERY = 0, 7
    try:
        with tempfile.TemporaryDirectory() as d, LedgerFile.open(Path(d) / "c.db", ME) as t:
            setup_meters(t)
            for i in range(40):
                at = T0 + timedelta(hours=5 * i + 1)
                t.log_spend("chat", credits=5 + i % 7, at=at, now=at)
            clock = T0 + timedelta(days=10)
            t.state(clock)  # checkpoints all along the history
            names: list[str] = []
            for step, (op, n, hours) in enumerate(ops):
                clock += timedelta(hours=3)
                at = clock + timedelta(hours=hours)
                if op == "spend":
                    t.log_spend("slides", credits=n, at=at, now=clock)
                elif op == "undo":
                    t.undo_last(now=clock)
                elif op == "redo":
                    t.redo_last(now=clock)
                elif op == "pack":
                    t.add_pack(n, expires_at=at + timedelta(hours=1 + n % 40), at=at, now=clock)
                elif op == "add":
                    name = f"new{step}"
                    rule = Rolling(5) if hours else Daily(time(6), "Asia/Tokyo")
                    t.add_meter(name, 100 + n, rule, now=clock, priority=-1,
                                balance=n if n % 2 else None)
                    names.append(name)
                elif op == "edit_new" and names:
                    t.edit_meter(names[-1], grant=n, priority=None if hours else -2, now=clock)
                elif op == "edit_old":
                    t.edit_meter("daily", grant=n, now=clock)
                elif op == "remove" and names:
                    t.remove_meter(names.pop(0 if hours else -1), now=clock)
                elif op == "import":
                    found = t.events(until=clock)
                    batch: list[Event] = list(chats(n, at, timedelta(minutes=37)))
                    if found:  # an undo of an older log arrives with the import
                        batch.append(Undo(origin=Origin(id=str(uuid.uuid4()), at=clock,
                                                        device="x", member="x"),
                                          target_id=found[len(found) // 2].origin.id))
                    t.append_many(batch, now=clock)
                for when in (clock, at, clock + timedelta(days=2)):
                    got = t.state(when)
                    assert balances(got) == balances(reference(t, when)), (op, when)
            assert t.checkpoint_count() >= 1
    finally:
        tracker_mod.CHECKPOINT_AFTER_EVENTS, tracker_mod.CHECKPOINT_EVERY = saved


def checkpoint_instants(t: LedgerFile) -> list[int]:
    return [r[0] for r in t.db.conn.execute("SELECT at_ms FROM checkpoints ORDER BY at_ms")]


def long_history(t: LedgerFile, count: int = 9_000) -> datetime:
    t.add_meter("daily", 200, Daily(time(9), "UTC"), now=T0)
    t.append_many(chats(count, T0, timedelta(minutes=5)), now=T0)
    return T0 + timedelta(minutes=5 * count + 60)


def test_a_long_replay_leaves_checkpoints_on_its_way(
    tracker: LedgerFile, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(tracker_mod, "CHECKPOINT_EVERY", 2_000)
    now = long_history(tracker)
    tracker.state(now)
    every = [T0 + timedelta(minutes=5 * (n - 1)) for n in (4_000, 6_000, 8_000)]
    ladder = [now - timedelta(hours=1) - step for step in tracker_mod.CHECKPOINT_LADDER]
    # after 4,000, 6,000 and 8,000 logs (2,000 is not yet "long"), a few days before now
    # (where back-dated logs land) and near now
    long_by = T0 + timedelta(minutes=5 * 2_000)  # a shorter replay saves nothing
    expected = [to_ms(c) - 1 for c in every] + [to_ms(c) for c in ladder if c > long_by]
    expected.append(to_ms(now - timedelta(hours=1)))
    assert checkpoint_instants(tracker) == sorted(expected)


def test_a_back_dated_log_keeps_the_checkpoints_before_it(
    tracker: LedgerFile, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(tracker_mod, "CHECKPOINT_EVERY", 2_000)
    now = long_history(tracker)
    tracker.state(now)
    middle = T0 + timedelta(days=16)  # after the 4,000th log (day ~13.9)
    before = [c for c in checkpoint_instants(tracker) if c < to_ms(middle)]
    tracker.log_spend("video", credits=150, at=middle, now=now)
    assert checkpoint_instants(tracker) == before and len(before) == 1
    assert balances(tracker.state(now)) == balances(reference(tracker, now))


def test_a_meter_added_now_keeps_every_checkpoint(tracker: LedgerFile) -> None:
    now = long_history(tracker, 3_000)
    tracker.state(now)
    before = checkpoint_instants(tracker)
    tracker.add_meter("extra", 50, Rolling(5), now=now)
    assert checkpoint_instants(tracker) == before
    assert balances(tracker.state(now)) == balances(reference(tracker, now))


def test_editing_a_new_meter_keeps_checkpoints_from_before_its_creation(
    tracker: LedgerFile,
) -> None:
    now = long_history(tracker, 3_000)
    tracker.state(now)
    before = checkpoint_instants(tracker)
    later = now + timedelta(days=1)
    tracker.add_meter("extra", 50, Rolling(5), now=later)
    tracker.log_spend("chat", credits=10, meter="extra", at=later, now=later)
    tracker.edit_meter("extra", grant=80, now=later)
    assert checkpoint_instants(tracker) == before
    assert tracker.status(later).meters[-1].balance == 70
    assert balances(tracker.state(later)) == balances(reference(tracker, later))


def test_removing_a_meter_keeps_checkpoints_from_before_the_removal(
    tracker: LedgerFile,
) -> None:
    now = long_history(tracker, 3_000)
    tracker.add_meter("extra", 50, Rolling(5), now=T0)
    tracker.state(now)
    before = checkpoint_instants(tracker)
    tracker.remove_meter("extra", now=now)
    assert checkpoint_instants(tracker) == before
    assert balances(tracker.state(now)) == balances(reference(tracker, now))


def test_an_import_keeps_checkpoints_before_its_earliest_event(tracker: LedgerFile) -> None:
    now = long_history(tracker, 3_000)
    tracker.state(now)
    assert checkpoint_instants(tracker)
    tracker.append_many(chats(5, now - timedelta(minutes=30), timedelta(minutes=1)), now=now)
    assert checkpoint_instants(tracker)  # all before the imported stretch
    assert balances(tracker.state(now)) == balances(reference(tracker, now))
