"""The tray and a CLI script write the same file at once: nobody sees "database is locked"
and every log lands exactly once."""

from __future__ import annotations

import subprocess
import sys
from datetime import UTC, datetime, time, timedelta
from pathlib import Path

from desktopapp.domain.schedule import Daily
from desktopapp.store.ledger_file import LedgerFile

T0 = datetime(2026, 11, 25, 0, 0, tzinfo=UTC)
CLI_LOGS = 300

# A script's loop: one `creditfuel log` process per task, as a user's shell script does.
# In-process main() calls keep the test quick; each call opens its own connection.
WRITER = """
import sys
from desktopapp.cli.main import main
for i in range(int(sys.argv[2])):
    code = main(["--db", sys.argv[1], "--now", "2026-11-25T01:00:00+00:00",
                 "log", "chat", "--credits", "1", "--note", f"cli-{i}"])
    if code != 0:
        sys.exit(f"log {i} exited {code}")
"""


def test_a_cli_loop_and_the_tray_write_together_without_locking(tmp_path: Path) -> None:
    path = tmp_path / "shared.sqlite3"
    with LedgerFile.open(path) as tray:
        tray.add_meter("free", 100_000, Daily(at=time(9), tz="Asia/Tokyo"), now=T0)
        cli = subprocess.Popen(
            [sys.executable, "-c", WRITER, str(path), str(CLI_LOGS)],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
            text=True,
        )
        while not any(e.note == "cli-0" for e in tray.events()):  # type: ignore[union-attr]
            assert cli.poll() is None, cli.stderr.read() if cli.stderr else ""
        seen_balances = []
        tray_logs = 0
        while cli.poll() is None:  # the tray logs and redraws for as long as the script runs
            at = T0 + timedelta(minutes=30, seconds=tray_logs)
            tray.log_spend("slides", credits=10, note=f"tray-{tray_logs}", at=at, now=at)
            tray_logs += 1
            seen_balances.append(tray.status(at + timedelta(hours=1)).total)
        _, err = cli.communicate(timeout=120)
        assert cli.returncode == 0, err
        notes = [e.note for e in tray.events()]  # type: ignore[union-attr]
    assert sorted(n for n in notes if n and n.startswith("cli-")) == sorted(
        f"cli-{i}" for i in range(CLI_LOGS)
    )
    assert sorted(n for n in notes if n and n.startswith("tray-")) == sorted(
        f"tray-{i}" for i in range(tray_logs)
    )
    assert tray_logs > 10  # the two really wrote at the same time
    # Balances only ever go down while both write: no log was lost and counted again.
    assert seen_balances == sorted(seen_balances, reverse=True)
    with LedgerFile.open(path) as again:
        final = again.status(T0 + timedelta(hours=2)).total
    assert final == 100_000 - CLI_LOGS * 1 - tray_logs * 10
