"""One ledger file, two faces: ``creditfuel ... --json`` and what the tray shows (its
windows over the same services) give the same numbers and the same instants for check,
forecast, history and report.

Each drift the two faces used to have is pinned by a test that fails on the old code:
- the forecast window (CLI 90 days, the tray's "runs dry" alert 8 days): the alert fired
  for one pace and ``forecast`` printed another;
- the price per credit set in Settings was invisible to ``creditfuel report`` (other keys);
- the pre-task check gathered its own look-back, zone and pace in each face;
- durations were floored by the CLI and rounded up by the tray's countdown;
- rule ids had one format per face.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from datetime import UTC, datetime, time, timedelta
from pathlib import Path
from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from desktopapp.cli.main import main
from desktopapp.domain.schedule import Monthly
from desktopapp.services import alerts, estimates, forecast, history, preferences, report
from desktopapp.store.ledger_file import Identity, LedgerFile
from desktopapp.ui.alerts_view import AlertsView
from desktopapp.ui.countdown_text import remaining
from desktopapp.ui.history_window import HistoryWindow
from desktopapp.ui.preflight_dialog import PreflightDialog
from desktopapp.ui.session import Session
from tests.ui.dialog_support import make_session

# Wednesday 25 Nov 09:00:30 in Tokyo: the next refill (1 Dec 09:00) is 5 d 23 h 59 min 30 s
# away, which a floor shows as "5 d 23 h" and the tray's countdown as "6 d 0 h".
NOW = datetime(2026, 11, 25, 0, 0, 30, tzinfo=UTC)
NOW_ARG = "2026-11-25T00:00:30+00:00"  # UTC, so JSON instants compare as text
DAY = timedelta(days=1)
Cap = pytest.CaptureFixture[str]


@pytest.fixture
def ledger(tmp_path: Path) -> Iterator[LedgerFile]:
    """Plus, 10,000 a month from day 1 09:00 Tokyo (refilled 24 days ago). A video a day
    for Acme from 23 to 9 days ago; the last 8 days a chat a day and one 600-credit video
    two days ago; "balance now" 400. An 8-day window sees a burst in a week of chats; the
    four-week reference sees the user's ordinary video days."""
    path = tmp_path / "cf.sqlite3"
    t = LedgerFile.open(path, Identity("dev", "me"))
    t.set_setting("tz", "Asia/Tokyo")
    t.set_setting("lang", "en")
    t.add_meter("Plus", 10_000, Monthly(1, time(9), "Asia/Tokyo"), now=NOW - 60 * DAY)
    for k in range(9, 24):
        t.log_spend("video", credits=300, size=60, project="Acme",
                    at=NOW - k * DAY - timedelta(hours=1), now=NOW)
    for k in range(8):
        t.log_spend("chat", credits=10, at=NOW - k * DAY - timedelta(hours=1), now=NOW)
    t.log_spend("video", credits=600, size=60, project="Beta", outcome="retake",
                at=NOW - 2 * DAY, now=NOW)
    t.observe("Plus", 400, at=NOW - timedelta(minutes=30), now=NOW)
    yield t
    t.close()


def cli(ledger: LedgerFile, capsys: Cap, *args: str) -> str:
    code = main(["--db", str(ledger.path), "--now", NOW_ARG, *args])
    out, err = capsys.readouterr()
    assert code == 0, err
    return out


def cli_json(ledger: LedgerFile, capsys: Cap, *args: str) -> Any:
    return json.loads(cli(ledger, capsys, *args, "--json"))


def tray(qtbot: QtBot, ledger: LedgerFile) -> Session:
    return make_session(ledger, NOW)


# -- forecast: one window -----------------------------------------------------------------
def test_the_runs_dry_alert_and_creditfuel_forecast_agree(
    qtbot: QtBot, ledger: LedgerFile, capsys: Cap
) -> None:
    (line,) = cli_json(ledger, capsys, "forecast")["meters"]
    assert line["name"] == line["meter"] == "Plus"
    assert line["burn_per_day"] == pytest.approx(95.71, abs=0.01)  # 670 over the last 7 days
    assert line["before_reset"] is True

    view = AlertsView(tray(qtbot, ledger), lambda title, text: None)
    status = ledger.status(NOW)
    shown = [a for a in view.on_status(status) if a.code == "runs_dry"]
    # The old alert read 8 days: a pace of 12.9 a day that lasts past the refill, no alert.
    assert [a.at.isoformat() for a in shown if a.at] == [line["runs_dry_at"]]

    window = HistoryWindow(tray(qtbot, ledger))
    qtbot.addWidget(window)
    assert window.figures is not None
    assert forecast.forecast_json(window.figures.forecasts, ledger.meters()) == {
        "meters": [line]}
    assert "about 96 credits a day" in window.forecast_text.text()


def test_an_alert_reflects_the_log_just_made(ledger: LedgerFile) -> None:
    """The forecast is cached per 15 minutes, but keyed on the ledger's revision: a log in
    the same minute is counted by the very next status update, whoever hears of it first."""
    meter_id = ledger.meters()[0].id
    ledger.observe("Plus", 9_000, at=NOW - timedelta(minutes=10), now=NOW)
    assert "runs_dry" not in {a.code for a in alerts.due(ledger, NOW)}
    ledger.log_spend("video", credits=8_700, size=60, at=NOW, now=NOW)  # 300 left
    later = NOW + timedelta(minutes=1)
    assert "runs_dry" in {a.code for a in alerts.due(ledger, later)}
    ledger.undo_last(now=later)
    dry = forecast.runs_dry(ledger, later)[meter_id]
    assert dry is not None and dry > datetime(2026, 12, 1, tzinfo=UTC)  # after the refill
    assert "runs_dry" not in {a.code for a in alerts.due(ledger, later)}
    assert not [k for k in ledger.get_setting("alerts.fired") if k.startswith("dry:")]


# -- check: one look-back, zone and pace ---------------------------------------------------
def test_the_pre_task_window_and_creditfuel_check_agree(
    qtbot: QtBot, ledger: LedgerFile, capsys: Cap
) -> None:
    cli(ledger, capsys, "rule", "add", "task_cap", "--limit", "250", "--id", "cap")
    from_cli = cli_json(ledger, capsys, "check", "video", "--size", "60", "--project", "Acme")

    dialog = PreflightDialog(tray(qtbot, ledger), "video", 60)
    qtbot.addWidget(dialog)
    dialog.set_project("Acme")
    assert dialog.result_check is not None
    assert estimates.check_json(dialog.result_check, "en") == from_cli
    assert from_cli["next_reset"] == "2026-12-01T00:00:00+00:00"
    assert "task_cap_exceeded" in {r["code"] for r in from_cli["reasons"]}
    # The check's pace is the forecast's pace (the old check and alert used two windows).
    (line,) = forecast.forecast_json(forecast.forecasts(ledger, NOW), ledger.meters())["meters"]
    assert from_cli["burn_per_day"] == line["burn_per_day"]


def test_times_carry_their_zone_and_durations_round_like_the_tooltip(
    qtbot: QtBot, ledger: LedgerFile, capsys: Cap
) -> None:
    out = cli(ledger, capsys, "check", "video")
    reset = datetime(2026, 12, 1, 0, 0, tzinfo=UTC)
    assert remaining(NOW, reset) == "6 d 0 h"  # what the tray's tooltip says
    assert "2026-12-01 09:00 JST" in out and "6 d 0 h" in out

    dialog = PreflightDialog(tray(qtbot, ledger), "video")
    qtbot.addWidget(dialog)
    assert "09:00 JST" in dialog.refill.text() and "6 d 0 h" in dialog.refill.text()

    dry = cli(ledger, capsys, "forecast")
    assert re.search(r"2026-11-29 \d\d:\d\d JST", dry)  # 400 at 95.7 a day: Sunday
    assert "JST" in cli(ledger, capsys, "report")


# -- history: local days in the user's zone -----------------------------------------------
def test_history_window_and_creditfuel_history_agree(
    qtbot: QtBot, ledger: LedgerFile, capsys: Cap
) -> None:
    h = cli_json(ledger, capsys, "history", "--days", "30")
    window = HistoryWindow(tray(qtbot, ledger))
    qtbot.addWidget(window)
    f = window.figures
    assert f is not None and f.tz == h["tz"] == "Asia/Tokyo"
    assert f.since.isoformat() == h["since"]
    data = window.chart.data
    assert data is not None
    per_day = {d.isoformat(): data.total(i) for i, d in enumerate(data.days)}
    assert per_day == {g["key"]: g["credits"] for g in h["groups"]}
    assert sum(s.credits for s in f.spends) == h["total"]["credits"] == 5_180
    assert f.waste.total.wasted == h["total"]["wasted"] == 600
    assert history.table_json(history.table(ledger, NOW, 30)) == h


def test_both_faces_use_the_users_zone_when_none_was_chosen(
    qtbot: QtBot, ledger: LedgerFile, capsys: Cap
) -> None:
    session = tray(qtbot, ledger)
    ledger.set_setting("tz", None)
    h = cli_json(ledger, capsys, "history", "--days", "7")
    assert h["tz"] == preferences.user_zone(ledger)
    assert history.figures(ledger, session.now(), "30", "en").tz == h["tz"]


# -- report: the price set in Settings ------------------------------------------------------
def test_report_costs_at_the_price_set_in_settings(
    qtbot: QtBot, ledger: LedgerFile, capsys: Cap
) -> None:
    preferences.set_value(ledger, "price_per_credit", "0.3")  # Settings / config set
    preferences.set_value(ledger, "currency", "JPY")
    r = cli_json(ledger, capsys, "report")
    assert r["currency"] == "JPY"
    assert r["credits_per_unit"] == pytest.approx(1 / 0.3)
    money = {p["project"]: p["money"] for p in r["by_project"]}
    assert money["Acme"] == 1_350  # 4,500 credits at 0.3 yen

    window = HistoryWindow(tray(qtbot, ledger))
    qtbot.addWidget(window)
    window.period.setCurrentIndex(window.period.findData("billing"))
    f = window.figures
    assert f is not None and f.since.isoformat() == r["period"]["start"]
    assert {p.project: p.money for p in f.projects} == money
    # Flags still override for one run.
    r2 = cli_json(ledger, capsys, "report", "--credits-per-unit", "2", "--currency", "usd")
    assert (r2["credits_per_unit"], r2["currency"]) == (2.0, "USD")


def test_a_price_saved_by_an_older_settings_window_still_counts(
    ledger: LedgerFile, capsys: Cap
) -> None:
    ledger.set_setting("price.credits_per_unit", 2)  # the key the old Settings wrote
    r = cli_json(ledger, capsys, "report")
    assert r["credits_per_unit"] == pytest.approx(2.0)
    built, price = report.build(ledger, NOW, "en")
    assert report.report_json(built, price, "en") == r


# -- rules: one id format ---------------------------------------------------------------------
def test_rule_ids_have_one_format_whichever_face_adds_them(
    qtbot: QtBot, ledger: LedgerFile, capsys: Cap
) -> None:
    from desktopapp.ui.settings_rules import RulesTab

    added = cli_json(ledger, capsys, "rule", "add", "task_cap", "--limit", "500")
    tab = RulesTab(tray(qtbot, ledger))
    qtbot.addWidget(tab)
    tab.type.setCurrentIndex(tab.type.findData("task_cap"))
    tab.add_rule()
    ids = [r["id"] for r in cli_json(ledger, capsys, "rule", "list")["rules"]]
    assert added["id"] in ids and len(ids) == 2
    assert all(re.fullmatch(r"cap-[0-9a-f]{4}", i) for i in ids), ids
