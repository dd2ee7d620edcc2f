"""Undo tombstones: what a user sees after undo, redo and undo again."""

from datetime import UTC, datetime

from desktopapp.domain.events import Origin, Spend, Undo
from desktopapp.domain.undo import active_events

T0 = datetime(2026, 11, 25, 0, 0, tzinfo=UTC)
SAME = datetime(2026, 11, 25, 1, 0, tzinfo=UTC)


def origin(event_id: str, at: datetime = SAME) -> Origin:
    return Origin(id=event_id, at=at, device="pc", member="aiko")


def test_undo_then_redo_in_the_same_millisecond_brings_the_log_back() -> None:
    spend = Spend(origin=origin("spend", T0), kind="video", credits=300)
    # ids sort against the recorded order on purpose: the redo ("a...") sorts before the
    # undo ("z..."), as random UUIDs do half of the time.
    undo = Undo(origin=origin("zz-undo"), target_id="spend")
    redo = Undo(origin=origin("aa-redo"), target_id="zz-undo")
    assert active_events([spend, undo, redo]) == [spend]


def test_undo_redo_undo_in_the_same_instant_leaves_the_log_undone() -> None:
    spend = Spend(origin=origin("spend", T0), kind="video", credits=300)
    undo = Undo(origin=origin("b-undo"), target_id="spend")
    redo = Undo(origin=origin("c-redo"), target_id="b-undo")
    undo_again = Undo(origin=origin("a-undo2"), target_id="spend")
    assert active_events([spend, undo, redo, undo_again]) == []
