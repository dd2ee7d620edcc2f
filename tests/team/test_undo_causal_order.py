"""A redo always resolves after the undo it cancels, even when a clock stamped it
earlier (a PC whose clock is behind, a script's --now going back)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from desktopapp.domain.events import Origin, Spend, Undo
from desktopapp.domain.undo import active_events, in_order

T = datetime(2026, 11, 25, 3, 0, tzinfo=UTC)


def origin(i: str, minutes: int) -> Origin:
    return Origin(i, T + timedelta(minutes=minutes), "pc", "me")


def test_a_redo_stamped_before_its_undo_still_restores_the_log() -> None:
    log = Spend(origin=origin("x", 0), kind="video", credits=300)
    undo = Undo(origin=origin("u", 60), target_id="x")
    redo = Undo(origin=origin("r", 5), target_id="u")  # an hour-behind clock
    for recorded in ([log, undo, redo], [log, redo, undo]):  # merged in either order
        assert active_events(recorded) == [log]
    assert [u.origin.id for u in in_order([redo, undo])] == ["u", "r"]


def test_unrelated_undos_keep_their_time_order() -> None:
    a = Undo(origin=origin("a", 10), target_id="x")
    b = Undo(origin=origin("b", 5), target_id="y")
    assert [u.origin.id for u in in_order([a, b])] == ["b", "a"]
