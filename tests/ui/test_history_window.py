"""Fuel history on a small ledger a reader can add up: the window shows the domain's
numbers, groups by LOCAL day, and exports a CSV Excel in Japan opens safely."""

from __future__ import annotations

import csv
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

from pytestqt.qtbot import QtBot

from desktopapp.domain.estimate import estimate
from desktopapp.store.ledger_file import LedgerFile
from desktopapp.ui.history_window import HistoryWindow
from tests.ui.dialog_support import add_plus, make_session

TOKYO = ZoneInfo("Asia/Tokyo")


def jst(day: int, hour: int, minute: int = 0) -> datetime:
    return datetime(2026, 11, day, hour, minute, tzinfo=TOKYO)


def small_ledger(tracker: LedgerFile, now: datetime) -> None:
    """750 credits, 330 of them wasted; ACME 130 (30 wasted), Beta 620 (300 wasted)."""
    add_plus(tracker, now)
    tracker.set_setting("price.credits_per_unit", 2)
    tracker.set_setting("price.currency", "JPY")
    log = tracker.log_spend
    log("slides", credits=60, project="ACME", size=12, at=jst(23, 10), now=now)
    log("research", credits=40, project="ACME", at=jst(23, 23, 30), now=now)
    # 00:30 in Tokyo on the 24th is still the 23rd in UTC: it belongs to the 24th here.
    log("research", credits=30, project="ACME", outcome="failed", at=jst(24, 0, 30), now=now)
    log("video", credits=300, project="Beta", size=30, outcome="retake", at=jst(25, 11), now=now)
    log("video", credits=320, project="Beta", size=30, at=jst(25, 12), now=now)


def open_window(qtbot: QtBot, tracker: LedgerFile, now: datetime) -> HistoryWindow:
    window = HistoryWindow(make_session(tracker, now))
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def column(table, col: int) -> list[str]:  # type: ignore[no-untyped-def]
    return [table.item(r, col).text() for r in range(table.rowCount())]


def test_summary_chart_and_waste_match_the_ledger(
    qtbot: QtBot, tracker: LedgerFile, now: datetime
) -> None:
    small_ledger(tracker, now)
    window = open_window(qtbot, tracker, now)
    assert window.summary.text() == "750 credits on 5 tasks in 30 days; 330 wasted (44%)."

    data = window.chart.data
    assert data is not None and len(data.days) == 30
    by_day = {d.isoformat(): data.total(i) for i, d in enumerate(data.days)}
    assert by_day["2026-11-23"] == 100  # slides 60 + research 40 (23:30 Tokyo)
    assert by_day["2026-11-24"] == 30  # the 00:30 Tokyo failure, not the UTC day before
    assert by_day["2026-11-25"] == 620
    assert data.credits["video"][-1] == 620 and data.kinds[0] == "video"

    text = window.waste_text.text()
    assert "330 of 750 credits" in text and "44%" in text
    assert "Retake: 300 credits" in text and "Failed: 30 credits" in text


def test_kind_table_shows_the_domain_estimates(
    qtbot: QtBot, tracker: LedgerFile, now: datetime
) -> None:
    small_ledger(tracker, now)
    window = open_window(qtbot, tracker, now)
    table = window.kinds_table
    assert column(table, 0) == ["Video", "Research", "Slides"]
    assert column(table, 2) == ["620", "70", "60"]
    assert column(table, 5) == ["300", "30", "0"]
    spends = tracker.spends(since=jst(1, 0), until=now)
    video = estimate(spends, "video", now=now, window_days=30)
    assert video is not None
    assert table.item(0, 3).text() == str(video.typical)
    assert table.item(0, 4).text() == f"{video.low}–{video.high}"
    assert table.item(0, 6).text() == "mostly typical figures (1 runs)"


def test_projects_in_credits_and_money(qtbot: QtBot, tracker: LedgerFile, now: datetime) -> None:
    small_ledger(tracker, now)
    window = open_window(qtbot, tracker, now)
    table = window.projects_table
    assert column(table, 0) == ["Beta", "ACME"]
    assert column(table, 2) == ["620", "130"]
    assert column(table, 3) == ["300", "30"]
    assert column(table, 4) == ["¥310", "¥65"]  # 2 credits per yen


def test_an_empty_ledger_says_so_honestly(
    qtbot: QtBot, tracker: LedgerFile, now: datetime
) -> None:
    add_plus(tracker, now)
    window = open_window(qtbot, tracker, now)
    assert "Nothing logged" in window.summary.text()
    assert "not enough history yet" in window.forecast_text.text()
    assert window.waste_text.text() == "Not enough history yet."
    assert window.projects_table.rowCount() == 0
    assert "Money appears" in window.money_hint.text()


def test_period_filter_changes_the_figures(
    qtbot: QtBot, tracker: LedgerFile, now: datetime
) -> None:
    small_ledger(tracker, now)
    tracker.log_spend("image", credits=70, at=jst(1, 12) .replace(month=9), now=now)  # Sept 1
    window = open_window(qtbot, tracker, now)
    assert "750 credits" in window.summary.text()
    window.period.setCurrentIndex(window.period.findData("90"))
    assert window.summary.text().startswith("820 credits on 6 tasks in 90 days")
    assert len(window.chart.data.days) == 90  # type: ignore[union-attr]


def test_csv_export_has_a_bom_and_defuses_formulas(
    qtbot: QtBot, tracker: LedgerFile, now: datetime, tmp_path: Path
) -> None:
    add_plus(tracker, now)
    tracker.log_spend("slides", credits=50, project='=HYPERLINK("http://x","y")',
                      note="+81 call", at=jst(25, 10), now=now)
    tracker.log_spend("chat", credits=2, project="@team", note="-draft", at=jst(25, 11), now=now)
    tracker.log_spend("chat", credits=1, project="田中食品", note="\tindented", at=jst(25, 12),
                      now=now)
    window = open_window(qtbot, tracker, now)
    target = window.export_csv(tmp_path / "history.csv")

    raw = target.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(raw.decode("utf-8-sig").splitlines()))
    assert rows[0][:4] == ["Date and time (Asia/Tokyo)", "Task", "Size", "Credits"]
    assert rows[1] == ["2026-11-25 10:00", "Slides", "", "50", "Done",
                       "'=HYPERLINK(\"http://x\",\"y\")", "'+81 call"]
    assert rows[2][5:] == ["'@team", "'-draft"]
    assert rows[3][5:] == ["田中食品", "'\tindented"]
    assert "Saved 3 tasks" in window.message.text()
