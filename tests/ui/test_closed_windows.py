"""A window that was closed and deleted is never called again by a later write (its
connection to the session goes with it): no error dialog after Settings is closed."""

from __future__ import annotations

from datetime import UTC, datetime, time, timedelta

import pytest
import shiboken6

from desktopapp.domain.schedule import Daily
from desktopapp.ui.approvals_view import ApprovalsWindow
from desktopapp.ui.session import Session
from desktopapp.ui.settings_team import TeamTab

NOW = datetime(2026, 11, 24, 3, 0, tzinfo=UTC)


@pytest.mark.parametrize("window", [TeamTab, ApprovalsWindow])
def test_a_write_after_the_window_is_deleted_raises_nothing(tracker, qtbot, window) -> None:
    tracker.add_meter("daily", 200, Daily(time(9, 0), "UTC"), now=NOW - timedelta(days=1))
    session = Session(tracker, lambda: NOW)
    shown = window(session)
    shown.show()
    shown.close()
    shiboken6.delete(shown)  # what a closed dialog with WA_DeleteOnClose goes through
    with qtbot.capture_exceptions() as caught:
        session.log_spend("chat", credits=3)
        qtbot.wait(1)
    assert caught == []
