"""The ledger window's export worker (ui/ledger_export.py) as the app meets it: the event
loop keeps turning while it writes, quitting mid-way leaves no half file, and a bug in it
reaches the app's error hook instead of dying in the thread.

Real SQLite files in tmp_path; the rows come from the window's own query code.
"""

from __future__ import annotations

import csv
import uuid
from datetime import datetime, timedelta
from pathlib import Path

from PySide6.QtCore import QTimer
from pytestqt.qtbot import QtBot

from desktopapp.domain.events import Origin, Spend
from desktopapp.store.ledger_file import LedgerFile
from desktopapp.ui import ledger_source
from desktopapp.ui.ledger_export import ExportDone, Exporter
from desktopapp.ui.ledger_filters import LedgerQuery

EVENTS = 6_000
WAIT_MS = 60_000


def out_folder(tmp_path: Path) -> Path:
    folder = tmp_path / "exports"
    folder.mkdir()
    return folder


def fill(tracker: LedgerFile, now: datetime, count: int = EVENTS) -> None:
    tracker.append_many(
        (Spend(origin=Origin(str(uuid.uuid4()), now - timedelta(minutes=i + 1), "d", "m"),
               kind="chat", credits=1 + i % 7, project=f"p{i % 5}") for i in range(count)),
        now=now,
    )


def start(exporter: Exporter, tracker: LedgerFile, now: datetime, target: Path,
          fmt: str = "csv") -> None:
    query = LedgerQuery()
    exporter.start(tracker.path, lambda ledger: ledger_source.fetch(ledger, query, now),
                   target, fmt, "Asia/Tokyo", "Ledger")


def test_a_big_export_keeps_the_loop_turning_and_holds_every_row(
    qtbot: QtBot, tracker: LedgerFile, now: datetime, tmp_path: Path
) -> None:
    fill(tracker, now)
    exporter = Exporter()
    fires: list[int] = []
    timer = QTimer()
    timer.setInterval(1)
    timer.timeout.connect(lambda: fires.append(1))
    timer.start()
    target = out_folder(tmp_path) / "all.csv"
    try:
        with qtbot.waitSignal(exporter.finished, timeout=WAIT_MS) as got:
            start(exporter, tracker, now, target)
            assert exporter.busy()
            began = len(fires)
    finally:
        timer.stop()
    done = got.args[0]
    assert isinstance(done, ExportDone) and done.error is None and done.rows == EVENTS
    assert len(fires) - began > 3
    rows = list(csv.reader(target.read_text(encoding="utf-8-sig").splitlines()))
    assert len(rows) == EVENTS + 1  # the header and every row, not only a loaded page
    assert sorted(p.name for p in target.parent.iterdir()) == ["all.csv"]


def test_quitting_mid_export_leaves_the_target_as_it_was(
    qtbot: QtBot, tracker: LedgerFile, now: datetime, tmp_path: Path
) -> None:
    fill(tracker, now, 4 * EVENTS)
    target = out_folder(tmp_path) / "all.csv"
    target.write_text("the export from yesterday\n", encoding="utf-8")
    exporter = Exporter()
    landed: list[object] = []
    exporter.finished.connect(landed.append)
    start(exporter, tracker, now, target)
    exporter.stop()  # what the app's aboutToQuit calls
    assert not exporter.busy() or exporter._thread is None  # the worker has ended
    text = target.read_text(encoding="utf-8-sig")
    # Stopped mid-way: yesterday's file untouched; or it had just finished: every row.
    assert text == "the export from yesterday\n" or len(text.splitlines()) == 4 * EVENTS + 1
    assert sorted(p.name for p in target.parent.iterdir()) == ["all.csv"]  # no .part left


def test_a_bug_in_the_export_reaches_the_error_hook(
    qtbot: QtBot, tracker: LedgerFile, now: datetime, tmp_path: Path
) -> None:
    def broken(_ledger: LedgerFile) -> object:
        raise ZeroDivisionError("a bug in the query")

    exporter = Exporter()
    folder = out_folder(tmp_path)
    with qtbot.captureExceptions() as caught, \
            qtbot.waitSignal(exporter.finished, timeout=WAIT_MS) as got:
        exporter.start(tracker.path, broken, folder / "x.xlsx", "xlsx",  # type: ignore[arg-type]
                       "Asia/Tokyo", "Ledger")
    assert isinstance(got.args[0].error, ZeroDivisionError) and got.args[0].unexpected
    assert [type(e[1]) for e in caught] == [ZeroDivisionError]
    assert list(folder.iterdir()) == []
