"""Solo stays solo: without a team folder nothing is shared, nothing is read from a
folder, and the chat library is never even loaded."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

SCRIPT = """
import sys
from desktopapp.cli.main import main
db = sys.argv[1]
args = ["--db", db, "--now", "2026-11-25T12:00:00+09:00", "--lang", "en"]
assert main([*args, "meter", "add", "plus", "--grant", "100", "--reset", "daily",
             "--at", "00:00", "--tz", "UTC"]) == 0
assert main([*args, "log", "chat", "--credits", "5"]) == 0
assert main([*args, "approval", "request", "video"]) == 0
assert main([*args, "report"]) == 0
assert main([*args, "team", "status"]) == 0
print("LOADED", sorted(m for m in sys.modules if m.split(".")[0] in ("apprise", "requests")))
"""


def test_a_solo_ledger_shares_nothing_and_loads_no_chat_library(tmp_path: Path) -> None:
    db = tmp_path / "solo.sqlite3"
    proc = subprocess.run([sys.executable, "-c", SCRIPT, str(db)], capture_output=True,
                          text=True, cwd=ROOT, timeout=120)
    assert proc.returncode == 0, proc.stderr
    assert "LOADED []" in proc.stdout
    assert "not in a team" in proc.stdout
    assert [p.name for p in tmp_path.iterdir() if not p.name.startswith("solo.sqlite3")] == []
