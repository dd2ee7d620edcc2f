"""benchmarks/ui_scale.py still drives every action to its end on the real app objects.

The benchmark's figures are not judged here (speed targets live in the benchmark, never
in timed tests); what is checked is that each action it reports reached the state the
user waits for (the dialog shown, the log counted, the panel painted...), so the script
does not rot silently while the windows change under it.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

ACTIONS = (
    "open Quick log", "save one Quick log", "Undo last log", "save, panel + History open",
    "open the panel", "open the panel (painted)", "panel minute refresh", "open History",
    "open the Ledger window",
    "meter edit: first status", "meter edit: true figure",
)


def test_every_action_of_the_ui_benchmark_completes_on_an_empty_ledger(tmp_path: Path) -> None:
    proc = subprocess.run(
        [sys.executable, str(ROOT / "benchmarks" / "ui_scale.py"), "--sizes", "0",
         "--runs", "1", "--edit-runs", "1", "--timeout", "60", "--ledgers", str(tmp_path)],
        capture_output=True, text=True, timeout=600, cwd=ROOT,
    )
    output = proc.stdout + proc.stderr
    assert proc.returncode == 0, output
    rows = {line[:46].strip(): line[46:] for line in proc.stdout.splitlines()}
    for action in ACTIONS:
        assert action in rows, output
        assert "timeout" not in rows[action] and "!" not in rows[action], output
    assert "ERROR" not in proc.stdout, output
    assert (tmp_path / "scale-0.sqlite3").exists()  # built once, kept for the next run
