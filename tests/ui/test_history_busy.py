"""Fuel history on a busy ledger (issue 11): its figures come from a worker, the window
says it is working them out meanwhile, and what arrives is what a small ledger shows.

``LARGE_WINDOW`` is lowered so the few logs of ``small_ledger`` make the 90-day window
"busy": the code paths are the ones a million-event ledger takes.
"""

from __future__ import annotations

import threading
from datetime import datetime

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from desktopapp.store import catch_up
from desktopapp.store.ledger_file import LedgerFile
from desktopapp.ui.history_window import HistoryWindow
from tests.ui.dialog_support import make_session
from tests.ui.test_history_window import column, jst, open_window, small_ledger

WAITING = "Working out your figures…"


def seen(window: HistoryWindow) -> tuple[object, ...]:
    """Everything the window shows of its figures."""
    chart = window.chart.data
    return (
        window.summary.text(),
        window.forecast_text.text(),
        window.waste_text.text(),
        window.money_hint.text(),
        None if chart is None else (chart.days, chart.kinds, chart.credits),
        [column(window.kinds_table, c) for c in range(window.kinds_table.columnCount())],
        [column(window.projects_table, c) for c in range(window.projects_table.columnCount())],
    )


def synchronous(qtbot: QtBot, tracker: LedgerFile, now: datetime, period: str,
                monkeypatch: pytest.MonkeyPatch) -> tuple[object, ...]:
    """What the small-ledger path shows for ``period``, computed right here."""
    monkeypatch.setattr(catch_up, "LARGE_WINDOW", 10_000)
    window = open_window(qtbot, tracker, now)
    window.period.setCurrentIndex(window.period.findData(period))
    found = seen(window)
    window.close()
    monkeypatch.setattr(catch_up, "LARGE_WINDOW", 2)
    return found


@pytest.fixture
def busy(tracker: LedgerFile, now: datetime, monkeypatch: pytest.MonkeyPatch) -> LedgerFile:
    small_ledger(tracker, now)
    tracker.log_spend("image", credits=70, at=jst(1, 12).replace(month=9), now=now)
    monkeypatch.setattr(catch_up, "LARGE_WINDOW", 2)
    return tracker


def test_the_figures_arrive_from_the_worker_and_equal_the_small_ledger_ones(
    qtbot: QtBot, busy: LedgerFile, now: datetime, monkeypatch: pytest.MonkeyPatch
) -> None:
    expected = synchronous(qtbot, busy, now, "30", monkeypatch)
    window = open_window(qtbot, busy, now)
    assert window.session.computing  # not computed on the UI thread
    assert window.summary.text() == WAITING
    assert window.kinds_table.rowCount() == 0 and not window.export_button.isEnabled()
    qtbot.waitUntil(lambda: not window.session.computing, timeout=10_000)
    assert seen(window) == expected
    assert window.summary.text() == "750 credits on 5 tasks in 30 days; 330 wasted (44%)."
    assert window.export_button.isEnabled()


def test_another_period_never_shows_the_last_periods_figures_meanwhile(
    qtbot: QtBot, busy: LedgerFile, now: datetime, monkeypatch: pytest.MonkeyPatch
) -> None:
    expected = synchronous(qtbot, busy, now, "90", monkeypatch)
    window = open_window(qtbot, busy, now)
    qtbot.waitUntil(lambda: not window.session.computing, timeout=10_000)
    window.period.setFocus()
    qtbot.keyClick(window.period, Qt.Key.Key_Down)  # keyboard: the next period, 90 days
    assert window.period.currentData() == "90"
    assert window.summary.text() == WAITING
    assert window.kinds_table.rowCount() == 0 and window.waste_text.text() == ""
    assert window.figures is None  # an export now never writes the 30 days as the 90
    qtbot.waitUntil(lambda: not window.session.computing, timeout=10_000)
    assert seen(window) == expected
    assert window.summary.text().startswith("820 credits on 6 tasks in 90 days")
    assert window.period.hasFocus()  # the keyboard stays where the user left it


def test_after_a_log_the_last_figures_stay_until_the_new_ones_arrive(
    qtbot: QtBot, busy: LedgerFile, now: datetime, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = open_window(qtbot, busy, now)
    qtbot.waitUntil(lambda: not window.session.computing, timeout=10_000)
    before = column(window.kinds_table, 2)
    window.session.log_spend("slides", credits=100, at=jst(25, 8))
    assert window.summary.text() == WAITING
    assert column(window.kinds_table, 2) == before  # the last figures, not a blank window
    qtbot.waitUntil(lambda: not window.session.computing, timeout=10_000)
    assert column(window.kinds_table, 2) == ["620", "160", "70"]
    assert seen(window) == synchronous(qtbot, busy, now, "30", monkeypatch)


def test_switching_back_to_a_period_already_worked_out_is_immediate(
    qtbot: QtBot, busy: LedgerFile, now: datetime
) -> None:
    window = open_window(qtbot, busy, now)
    qtbot.waitUntil(lambda: not window.session.computing, timeout=10_000)
    # The worker's first open of the file counts as a change of it (its revision moves),
    # so the periods are worked out once more with the worker's connection open.
    shown: dict[str, tuple[object, ...]] = {}
    for period in ("90", "30"):
        window.period.setCurrentIndex(window.period.findData(period))
        qtbot.waitUntil(lambda: not window.session.computing, timeout=10_000)
        shown[period] = seen(window)
    window.period.setCurrentIndex(window.period.findData("90"))
    assert not window.session.computing  # kept for this ledger revision
    assert seen(window) == shown["90"]


def test_a_window_closed_before_its_figures_arrive_takes_no_harm(
    qtbot: QtBot, busy: LedgerFile, now: datetime, monkeypatch: pytest.MonkeyPatch
) -> None:
    from shiboken6 import delete

    from desktopapp.services import history

    release = threading.Event()
    real = history.figures

    def held(*args: object) -> object:  # the worker's answer waits for the window to go
        release.wait(10)
        return real(*args)  # type: ignore[arg-type]

    monkeypatch.setattr(history, "figures", held)
    window = HistoryWindow(make_session(busy, now))
    session = window.session
    assert session.computing
    delete(window)
    with qtbot.capture_exceptions() as caught:
        release.set()
        qtbot.waitUntil(lambda: not session.computing, timeout=10_000)
    assert caught == []
