"""The app's side of readings, on real parts (a loopback Genspark, a real ledger file,
the test keyring): the reader reads off the UI thread, the offer logs with one click
without taking the focus, Settings > Sources keeps the key only in the keyring, the
panel says how old the reading is, and the why dialog offers the learned fix."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import suppress
from datetime import UTC, datetime, time, timedelta
from pathlib import Path

import pytest
from loopback import Script, Server, genspark
from PySide6.QtCore import Qt

from desktopapp.domain.events import Spend
from desktopapp.domain.schedule import Daily
from desktopapp.platform import secrets
from desktopapp.services import readings, readings_state, readings_tasks, sources
from desktopapp.ui import translations
from desktopapp.ui.panel import Panel
from desktopapp.ui.reader import Reader, mark_started
from desktopapp.ui.reading_offers import OfferWindow
from desktopapp.ui.session import Session
from desktopapp.ui.settings_sources import SourcesTab
from desktopapp.ui.why_dialog import WhyDialog

NOW = datetime(2026, 11, 25, 3, 0, tzinfo=UTC)
KEY = "gsk-WINDOW-SECRET-9a8b7c6d"


@pytest.fixture(autouse=True)
def no_proxy(monkeypatch: pytest.MonkeyPatch) -> None:
    for var in ("HTTP_PROXY", "http_proxy", "NO_PROXY", "no_proxy"):
        monkeypatch.delenv(var, raising=False)


@pytest.fixture
def server() -> Iterator[Server]:
    with genspark() as s:
        s.script = Script(body={"plan": "free", "credit_balance": 180})
        yield s


class Clock:
    def __init__(self) -> None:
        self.at = NOW

    def __call__(self) -> datetime:
        return self.at


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
def session(tracker, qapp, clock: Clock) -> Iterator[Session]:
    translations.install("en", qapp)
    tracker.set_setting("tz", "Asia/Tokyo")
    tracker.add_meter("Genspark daily", 200, Daily(time(0, 0), "Asia/Tokyo"),
                      now=NOW - timedelta(days=10))
    yield Session(tracker, clock)
    with suppress(secrets.SecretsUnavailable):
        secrets.delete_secret(sources.key_name("genspark"))


@pytest.fixture
def reader(session: Session, qtbot) -> Iterator[Reader]:
    r = Reader(session)
    r.start()
    yield r
    r.wait_idle()
    r.stop()


def test_the_reader_reads_off_the_ui_thread_and_records(
    session: Session, reader: Reader, server: Server, qtbot, monkeypatch: pytest.MonkeyPatch
) -> None:
    sources.add_genspark(session.ledger, KEY, base_url=server.base_url)
    threads: list[str] = []
    real_fetch = readings.fetch

    def spy(cfg, at):  # type: ignore[no-untyped-def]
        threads.append(threading.current_thread().name)
        return real_fetch(cfg, at)

    monkeypatch.setattr(readings, "fetch", spy)
    with qtbot.waitSignal(reader.reported, timeout=5000) as got:
        assert reader.read_now()
    assert threads == ["creditfuel-reading"]
    report = got.args[0]
    assert report.reading.balance == 180 and report.recorded is not None
    assert session.status().total == 180
    # nothing more to do for an hour: the timer is armed for it, no polling
    assert reader._timer.isActive()
    assert 59 * 60_000 <= reader._timer.remainingTime() <= 61 * 60_000  # coarse timer


def test_the_panel_shows_the_age_and_asks_for_quick_readings(
    session: Session, reader: Reader, server: Server, qtbot, clock: Clock
) -> None:
    sources.add_genspark(session.ledger, KEY, base_url=server.base_url)
    readings.read_now(session.ledger, None, NOW)
    clock.at = NOW + timedelta(minutes=12)
    panel = Panel(session)
    qtbot.addWidget(panel)
    panel.refresh()
    assert "read 12 min ago" in panel.readings.age.text()
    assert panel.readings.usage.isHidden()  # the loopback has no usage page to link to
    panel.show()
    assert reader.panel_open
    panel.hide()
    assert not reader.panel_open


def test_an_offer_logs_with_one_click_without_taking_the_focus(
    session: Session, server: Server, qtbot, clock: Clock
) -> None:
    sources.add_genspark(session.ledger, KEY, base_url=server.base_url)
    ledger = session.ledger
    server.script = Script(body={"credit_balance": 200})
    readings.read_now(ledger, None, NOW)
    mark_started(session, "video", 60.0, "Acme")
    server.script = Script(body={"credit_balance": 40})
    readings.read_now(ledger, None, NOW + timedelta(minutes=5))
    report = readings.read_now(ledger, None, NOW + timedelta(minutes=10))
    assert [o.credits for o in report.offers] == [160]
    window = OfferWindow(session)
    qtbot.addWidget(window)
    window.on_report(report)
    assert window.isVisible()
    assert window.testAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating)
    assert window.message.text() == "Video done: 160 credits"
    clock.at = NOW + timedelta(minutes=11)
    qtbot.mouseClick(window.outcome_buttons["ok"], Qt.MouseButton.LeftButton)
    spends = [e for e in ledger.events() if isinstance(e, Spend)]
    logged = [(s.kind, s.credits, s.project, s.size) for s in spends]
    assert logged == [("video", 160, "Acme", 60.0)]
    assert readings_tasks.pending(ledger) == [] and not window.isVisible()
    assert session.status().total == 40  # the reading stands; the log explains it


def test_sources_tab_keeps_the_key_only_in_the_keyring(
    session: Session, reader: Reader, server: Server, qtbot, db_path: Path,
    monkeypatch: pytest.MonkeyPatch
) -> None:
    tab = SourcesTab(session)
    qtbot.addWidget(tab)
    assert tab.key.echoMode() == tab.key.EchoMode.Password
    tab.key.setText(KEY)
    orig = sources.add_genspark

    def to_loopback(ledger, key, **kw):  # type: ignore[no-untyped-def]
        return orig(ledger, key, **{**kw, "base_url": server.base_url})

    monkeypatch.setattr(sources, "add_genspark", to_loopback)  # never the real Genspark
    with qtbot.waitSignal(reader.reported, timeout=5000):
        qtbot.mouseClick(tab.connect_button, Qt.MouseButton.LeftButton)
    assert tab.key.text() == ""
    assert secrets.get_secret(sources.key_name("genspark")) == KEY
    tab.refresh()
    assert tab.table.rowCount() == 1 and tab.table.item(0, 2).text() == "180"
    reader.wait_idle()
    for path in db_path.parent.iterdir():
        assert KEY.encode() not in path.read_bytes(), path


def test_the_why_dialog_offers_the_learned_refill_time(
    session: Session, qtbot, clock: Clock
) -> None:
    ledger = session.ledger
    meter = ledger.meter("Genspark daily")
    sources.add_command(ledger, "genspark", ["unused"])
    for day in range(4):  # refills seen between 08:30 and 09:30 JST, not at 00:00
        end = datetime(2026, 11, 20 + day, 0, 30, tzinfo=UTC)
        readings_state.add_refill_window(
            ledger, meter.id, readings_state.Window(end - timedelta(hours=1), end, 12, 200))
    dialog = WhyDialog(session)
    qtbot.addWidget(dialog)
    dialog.refresh()
    assert not dialog.learned.isHidden()
    assert "09:00 JST each day" in dialog.learned.text.text()
    qtbot.mouseClick(dialog.learned.fix, Qt.MouseButton.LeftButton)
    assert ledger.meter("Genspark daily").rule == Daily(time(9, 0), "Asia/Tokyo")
