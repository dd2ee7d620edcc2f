"""The tray always finishes starting, whatever an older version, an import or a hand edit
left in the file; a storage fault during a write is one plain message, never a traceback."""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from datetime import UTC, datetime
from pathlib import Path

import pytest

from desktopapp.domain.problems import InvalidInput
from desktopapp.domain.schedule import Daily, Every
from desktopapp.store.ledger_file import Identity, LedgerFile

ROOT = Path(__file__).resolve().parents[2]
T = datetime(2026, 11, 25, 9, tzinfo=UTC)
ME = Identity(device="d1", member="tester")


def bad_ledger(path: Path) -> None:
    from datetime import time as clock

    with LedgerFile.open(path, ME) as led:
        led.add_meter("good", 100, Daily(at=clock(9), tz="Asia/Tokyo"), now=T)
        led.add_meter("tiny", 100, Every(hours=5, anchor=T), now=T)
        led.log_spend("chat", credits=3, meter="good", at=T, now=T)
    conn = sqlite3.connect(path)
    with conn:
        conn.execute(
            "UPDATE meters SET rule = ? WHERE name = 'tiny'",
            ['{"family": "every", "hours": 1e-12, "anchor": "2026-11-01T00:00:00+00:00"}'],
        )
        for key, value in (("tz", "Bogus/Zone"), ("alerts.fired", 5), ("lang", 7)):
            conn.execute("INSERT OR REPLACE INTO settings (key, value) VALUES (?, ?)",
                         [key, json.dumps(value)])
    conn.close()


@pytest.mark.skipif(sys.platform == "win32", reason="signals")
def test_the_tray_finishes_starting_on_a_file_with_bad_rows(tmp_path: Path) -> None:
    db = tmp_path / "ledger.sqlite3"
    bad_ledger(db)
    ready = tmp_path / "ready"
    run = tmp_path / "run"
    run.mkdir(mode=0o700)
    env = dict(
        os.environ,
        QT_QPA_PLATFORM="offscreen",
        CREDITFUEL_READY_FILE=str(ready),
        CREDITFUEL_NOW="2026-11-25T10:00:00+00:00",
        XDG_RUNTIME_DIR=str(run),
        XDG_CONFIG_HOME=str(tmp_path / "config"),
        XDG_DATA_HOME=str(tmp_path / "data"),
        XDG_CACHE_HOME=str(tmp_path / "cache"),
        PYTHONPATH=str(ROOT),
    )
    env.pop("CREDITFUEL_QUIT_WHEN_READY", None)
    proc = subprocess.Popen([sys.executable, "-m", "desktopapp", "--db", str(db)], cwd=ROOT,
                            env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        deadline = time.monotonic() + 60
        while not ready.exists() and proc.poll() is None and time.monotonic() < deadline:
            time.sleep(0.1)
        assert ready.exists(), "the tray never became ready"
        time.sleep(3)  # the rest of the start: timer, alerts, tooltip, watcher, menus
        assert proc.poll() is None, "the tray quit"
    finally:
        proc.send_signal(signal.SIGTERM)
        try:
            _out, err = proc.communicate(timeout=20)
        except subprocess.TimeoutExpired:
            proc.kill()
            _out, err = proc.communicate()
    assert "Traceback" not in err, err


def test_a_storage_fault_during_a_window_write_is_one_plain_problem(
    qapp: object, tmp_path: Path
) -> None:
    from desktopapp.services import log
    from desktopapp.ui.session import Session

    db = tmp_path / "ledger.sqlite3"
    with LedgerFile.open(db, ME) as led:
        led.add_meter("a", 100, Every(hours=5, anchor=T), now=T)
        session = Session(led, lambda: T)
        holder = sqlite3.connect(db, isolation_level=None, timeout=0)
        holder.execute("BEGIN EXCLUSIVE")  # another program holds the file
        try:
            with pytest.raises(InvalidInput) as refused:
                session.mutate(lambda ledger, now: log.log_spend(ledger, now, "chat", credits=1))
        finally:
            holder.execute("ROLLBACK")
            holder.close()
        assert [p.code for p in refused.value.problems] == ["db_busy"]


def test_the_panel_names_what_it_cannot_use_and_shows_the_rest(
    qapp: object, tmp_path: Path
) -> None:
    from desktopapp.ui.panel import Panel
    from desktopapp.ui.session import Session

    db = tmp_path / "ledger.sqlite3"
    bad_ledger(db)
    with LedgerFile.open(db, ME) as led:
        panel = Panel(Session(led, lambda: T))
        panel.refresh()
        shown = panel.problems.text()
        assert "tiny" in shown and "tz" in shown and "alerts.fired" in shown
        assert not panel.problems.isHidden()
        assert sum(1 for c in panel._cards if not c.isHidden()) == 1  # "good" still shown
        panel.problems.linkActivated.emit("remove:tiny")  # the link the line offers
        assert led.meter_problems() == []
        assert "tiny" not in panel.problems.text()
        panel.close()
