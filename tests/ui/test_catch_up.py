"""A long replay never runs on the tray's UI thread (issue 11).

After a change that reaches far back (here: a meter edited over its whole life), the tray
keeps showing the last known figures, marked "updating", while a worker thread replays
the history and leaves checkpoints; then the real figures appear. The thresholds are
lowered so a history of a few hundred logs counts as "long": the code paths are the
ones a million-event ledger takes.
"""

from __future__ import annotations

from datetime import UTC, datetime, time, timedelta

import pytest

from desktopapp.domain.schedule import Daily
from desktopapp.store import balances, catch_up
from desktopapp.ui import translations
from desktopapp.ui.quick_log import QuickLogDialog
from desktopapp.ui.session import Session
from desktopapp.ui.ticker import Ticker
from desktopapp.ui.tray import TrayController

NOW = datetime(2026, 11, 24, 3, 0, tzinfo=UTC)  # 12:00 JST
DAYS = 12
PER_DAY = 12
CREDITS = 5


@pytest.fixture
def history(tracker, qapp, monkeypatch):
    """A daily meter with a log every two hours for twelve days, and no checkpoint."""
    translations.install("en", qapp)
    tracker.set_setting("tz", "Asia/Tokyo")
    start = NOW - timedelta(days=DAYS)
    tracker.add_meter("Genspark daily", 200, Daily(time(9, 0), "Asia/Tokyo"), now=start)
    for i in range(DAYS * PER_DAY):
        at = start + timedelta(hours=2 * i, minutes=1)
        tracker.log_spend("chat", credits=CREDITS, at=at, now=at)
    monkeypatch.setattr(catch_up, "LONG_REPLAY", 50)
    monkeypatch.setattr(balances, "CHECKPOINT_AFTER_EVENTS", 10)
    tracker.edit_meter("Genspark daily", grant=300, now=NOW)  # its whole life again
    assert catch_up.logs_to_replay(tracker.db, NOW) > 50
    return tracker


def spent_today() -> int:
    """Logs since today's 09:00 JST refill (00:00 UTC): the one at 01:01 UTC."""
    return CREDITS


@pytest.fixture
def tray(history, qtbot):
    session = Session(history, lambda: NOW)
    ticker = Ticker(session, lambda: 0.0)
    ticker.start()
    controller = TrayController(session, ticker)
    controller.show()
    controller.settle()
    yield controller
    session.wait_caught_up(10)
    ticker.stop()
    controller.close()


def test_the_tray_says_updating_then_shows_the_replayed_figures(tray, qtbot) -> None:
    session = tray.session
    assert session.updating
    assert tray.icon.toolTip() == "CreditFuel: updating the figures…"
    qtbot.waitUntil(lambda: not session.updating, timeout=10_000)
    qtbot.waitUntil(lambda: "updating" not in tray.icon.toolTip(), timeout=10_000)
    assert tray.icon.toolTip().startswith(
        f"Genspark daily, {300 - spent_today()}/300, refills in"
    )
    assert session.ledger.checkpoint_count() > 0  # the worker left them behind
    assert not catch_up.is_long(session.ledger.db, NOW)


def test_the_last_known_figures_stay_while_a_later_edit_is_replayed(tray, qtbot) -> None:
    session = tray.session
    qtbot.waitUntil(lambda: "updating" not in tray.icon.toolTip(), timeout=10_000)
    session.mutate(lambda ledger, now: ledger.edit_meter("Genspark daily", grant=400, now=now))
    shown = tray.icon.toolTip()
    assert shown.startswith("CreditFuel: updating the figures…\nGenspark daily, 295/300")
    qtbot.waitUntil(lambda: "updating" not in tray.icon.toolTip(), timeout=10_000)
    assert tray.icon.toolTip().startswith("Genspark daily, 395/400")


def test_a_replay_started_before_a_write_does_not_have_the_last_word(
    history, qtbot
) -> None:
    session = Session(history, lambda: NOW)
    assert session.status().updating
    # A write while the worker replays: what it started from is no longer the file.
    session.mutate(lambda ledger, now: ledger.edit_meter("Genspark daily", grant=500, now=now))
    qtbot.waitUntil(lambda: not session.updating and not session.status().updating,
                    timeout=10_000)
    figures = session.status()
    assert [(m.balance, m.grant) for m in figures.meters] == [(500 - spent_today(), 500)]


def test_quick_log_saves_once_the_figures_are_up_to_date(tray, qtbot) -> None:
    session = tray.session
    assert session.updating
    dialog = QuickLogDialog(session)
    qtbot.addWidget(dialog)
    dialog.kind.setCurrentText("chat")
    dialog.amount.setText("7")
    assert dialog.save() is None  # not refused: it waits for the replay its check needs
    assert "as soon as the figures are up to date" in dialog.message.text()
    qtbot.waitUntil(lambda: f"{300 - spent_today() - 7}/300" in tray.icon.toolTip(),
                    timeout=10_000)
    logged = session.ledger.spends(since=NOW - timedelta(minutes=1), until=NOW)
    assert [(s.kind, s.credits) for s in logged] == [("chat", 7)]  # saved exactly once


def test_a_file_that_keeps_no_checkpoint_is_not_replayed_forever(history, qtbot,
                                                                  monkeypatch) -> None:
    # Checkpoints are only a cache: with none kept (a read-only file), the replay that
    # finished without a write since is the last one; the next status is computed here.
    monkeypatch.setattr(balances, "CHECKPOINT_AFTER_EVENTS", 10**9)
    session = Session(history, lambda: NOW)
    assert session.status().updating
    qtbot.waitUntil(lambda: not session.updating, timeout=10_000)
    figures = session.status()
    assert not figures.updating and not session.updating
    assert [(m.balance, m.grant) for m in figures.meters] == [(300 - spent_today(), 300)]


def test_a_quick_log_during_an_import_waits_for_it_and_then_lands(tracker, qapp, qtbot) -> None:
    translations.install("en", qapp)
    tracker.add_meter("Genspark daily", 200, Daily(time(9, 0), "Asia/Tokyo"),
                      now=NOW - timedelta(days=2))
    session = Session(tracker, lambda: NOW)
    session.status()
    session.hold_writes()  # what Settings > Data does while an import rewrites the file
    assert session.status().updating  # the last known figures, marked
    dialog = QuickLogDialog(session)
    qtbot.addWidget(dialog)
    dialog.kind.setCurrentText("chat")
    dialog.amount.setText("7")
    assert dialog.save() is None
    assert tracker.spends(since=NOW - timedelta(minutes=1), until=NOW) == []
    session.release_writes()
    logged = tracker.spends(since=NOW - timedelta(minutes=1), until=NOW)
    assert [(s.kind, s.credits) for s in logged] == [("chat", 7)]
    assert not session.status().updating


def test_the_panel_shows_no_range_from_figures_it_does_not_have_yet(history, qtbot) -> None:
    from desktopapp.ui.panel import Panel

    session = Session(history, lambda: NOW)
    panel = Panel(session)
    qtbot.addWidget(panel)
    panel.refresh()  # nothing known yet: the replay has just started on its worker
    assert session.updating and panel.updating.isVisibleTo(panel)
    assert not panel.range.isVisibleTo(panel)  # never "≈ 0 videos" from a total of 0
    qtbot.waitUntil(lambda: not session.updating, timeout=10_000)
    panel.refresh()
    assert not panel.updating.isVisibleTo(panel)
    assert panel.range.isVisibleTo(panel) and panel.range.text().startswith("Range")
