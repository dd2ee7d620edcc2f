"""A replay that began before a change never leaves its checkpoints behind (issue 11).

The tray replays long histories on a worker thread, and the CLI may replay in another
process, while the user edits a meter. A checkpoint made from the meters as they were
before the edit would keep showing the old figures after it: the epoch keeps it out.
"""

from __future__ import annotations

from datetime import UTC, datetime, time, timedelta

from desktopapp.domain.schedule import Daily
from desktopapp.store import balances, checkpoints_table
from desktopapp.store.codec import state_to_json, to_ms
from desktopapp.store.ledger_file import LedgerFile

NOW = datetime(2026, 11, 24, 3, 0, tzinfo=UTC)


def test_a_checkpoint_from_before_a_meter_edit_is_refused(tracker) -> None:
    tracker.add_meter("daily", 200, Daily(time(9, 0), "Asia/Tokyo"), now=NOW - timedelta(days=3))
    tracker.log_spend("chat", credits=20, at=NOW - timedelta(days=1), now=NOW)
    began = checkpoints_table.checkpoint_epoch(tracker.db)  # a replay starts here, on old config
    state = balances.balances_at(tracker.db, NOW - timedelta(hours=2))
    other = LedgerFile.open(tracker.path)  # the user edits, through another connection
    try:
        other.edit_meter("daily", grant=300, now=NOW)
    finally:
        other.close()
    assert not checkpoints_table.save_checkpoint(
        tracker.db, to_ms(NOW - timedelta(hours=2)), 0, state_to_json(state), epoch=began
    )
    assert tracker.checkpoint_count() == 0
    assert [m.grant for m in tracker.status(NOW).meters] == [300]
    assert tracker.status(NOW).meters[0].balance == 300


def test_a_replay_without_a_change_meanwhile_keeps_its_checkpoint(tracker) -> None:
    tracker.add_meter("daily", 200, Daily(time(9, 0), "Asia/Tokyo"), now=NOW - timedelta(days=3))
    began = checkpoints_table.checkpoint_epoch(tracker.db)
    state = balances.balances_at(tracker.db, NOW - timedelta(hours=2))
    assert checkpoints_table.save_checkpoint(
        tracker.db, to_ms(NOW - timedelta(hours=2)), 0, state_to_json(state), epoch=began
    )
    assert tracker.checkpoint_count() == 1
