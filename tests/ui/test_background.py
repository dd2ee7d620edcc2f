"""Figures that grow with history are computed on a worker on a busy ledger (issue 11).

``LARGE_WINDOW`` is lowered so a few dozen logs make the 90-day window "busy": the code
paths are the ones a million-event ledger takes. Each test checks what a user sees: the
panel's range line and the alerts arrive, the newest answer wins, the UI thread stays free.
"""

from __future__ import annotations

import threading
from datetime import UTC, datetime, time, timedelta

import pytest

from desktopapp.domain.schedule import Daily
from desktopapp.store import catch_up
from desktopapp.ui import background as background_module
from desktopapp.ui import translations
from desktopapp.ui.background import Background
from desktopapp.ui.panel import Panel
from desktopapp.ui.session import Session

NOW = datetime(2026, 11, 24, 3, 0, tzinfo=UTC)


@pytest.fixture
def busy(tracker, qapp, monkeypatch):
    translations.install("en", qapp)
    tracker.set_setting("tz", "Asia/Tokyo")
    start = NOW - timedelta(days=20)
    tracker.add_meter("Genspark daily", 2000, Daily(time(9, 0), "Asia/Tokyo"), now=start)
    for i in range(40):
        at = start + timedelta(hours=12 * i, minutes=5)
        tracker.log_spend("slides", credits=40 + i % 7, at=at, now=at)
    monkeypatch.setattr(catch_up, "LARGE_WINDOW", 5)
    return tracker


def test_the_panel_range_line_comes_from_the_worker_and_keeps_the_last_line(
    busy, qtbot, monkeypatch
) -> None:
    session = Session(busy, lambda: NOW)
    panel = Panel(session)
    qtbot.addWidget(panel)
    panel.refresh()
    assert session.computing  # not computed on the UI thread
    qtbot.waitUntil(lambda: not session.computing, timeout=10_000)
    first = panel.range.text().replace("\u2060", "")
    assert first == "Range: ≈ 46\xa0slide\xa0decks"  # 1,998 left, about 43 a deck
    session.log_spend("slides", credits=450)
    panel.refresh()  # what the tray does after every write
    assert session.computing
    assert panel.range.text().replace("\u2060", "") == first  # kept until the new one
    qtbot.waitUntil(lambda: not session.computing, timeout=10_000)
    from_worker = panel.range.text()
    assert from_worker.replace("\u2060", "") == "Range: ≈ 36\xa0slide\xa0decks"
    monkeypatch.setattr(catch_up, "LARGE_WINDOW", 10_000)  # the same, computed right here
    panel2 = Panel(Session(busy, lambda: NOW))
    qtbot.addWidget(panel2)
    panel2.refresh()
    assert panel2.range.text() == from_worker


def test_an_answer_to_an_older_request_never_overwrites_a_newer_one(busy, qtbot) -> None:
    worker = Background(busy.path)
    release = threading.Event()
    shown: list[str] = []

    def slow(_ledger, _now):
        release.wait(10)
        return "old"

    worker.run("slot", slow, shown.append, NOW)
    worker.run("slot", lambda _ledger, _now: "new", shown.append, NOW)
    release.set()
    qtbot.waitUntil(lambda: not worker.busy, timeout=10_000)
    assert shown == ["new"]


def test_the_worker_thread_ends_when_idle(busy, qtbot, monkeypatch) -> None:
    monkeypatch.setattr(background_module, "IDLE_SECONDS", 0.05)
    worker = Background(busy.path)
    got: list[int] = []
    worker.run("count", lambda ledger, now: len(ledger.meters()), got.append, NOW)
    qtbot.waitUntil(lambda: got == [1], timeout=10_000)
    qtbot.waitUntil(lambda: worker._thread is None, timeout=10_000)
    worker.run("count", lambda ledger, now: len(ledger.meters()), got.append, NOW)
    qtbot.waitUntil(lambda: got == [1, 1], timeout=10_000)  # and starts again


def test_an_error_in_the_worker_reaches_the_app_error_hook(busy, qtbot) -> None:
    worker = Background(busy.path)

    def broken(_ledger, _now):
        raise RuntimeError("a bug in a figure")

    with qtbot.capture_exceptions() as caught:
        worker.run("slot", broken, lambda _r: None, NOW)
        qtbot.waitUntil(lambda: not worker.busy, timeout=10_000)
    seen = [e[1] for e in caught]
    assert [str(e) for e in seen] == ["a bug in a figure"]


def test_alerts_still_arrive_when_their_forecast_is_computed_on_the_worker(
    busy, qtbot
) -> None:
    from desktopapp.ui.alerts_view import AlertsView

    session = Session(busy, lambda: NOW)
    session.log_spend("video", credits=1700)  # 298 of 2,000 left: below the 20 % line
    told: list[tuple[str, str]] = []
    view = AlertsView(session, lambda title, text: told.append((title, text)))
    assert view.on_status(session.status()) == []  # nothing decided on the UI thread
    qtbot.waitUntil(lambda: bool(view.shown), timeout=10_000)
    codes = [a.code for a in view.shown]
    assert any("low" in c for c in codes) and len(told) == len(codes)
