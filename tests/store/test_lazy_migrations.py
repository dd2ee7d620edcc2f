"""Opening a current file must not pay for the migration machinery (tray start-up)."""

import subprocess
import sys
from pathlib import Path

from sqlite_utils import Database

from desktopapp.store import SCHEMA_VERSION, connect
from desktopapp.store.schema import migrations


def test_the_version_constant_is_what_the_last_step_writes(tmp_path: Path) -> None:
    from desktopapp.store.schema import STEP_NAMES

    assert len(STEP_NAMES) == SCHEMA_VERSION  # the fast open path counts steps
    db = Database(tmp_path / "steps.sqlite3")
    migrations.apply(db)
    assert db.conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION


def test_a_current_file_opens_without_importing_sqlite_utils(tmp_path: Path) -> None:
    path = tmp_path / "current.sqlite3"
    connect(path).close()  # creates and migrates (imports sqlite-utils in this process)
    probe = (
        "import sys\n"
        "from pathlib import Path\n"
        "from desktopapp.store import connect\n"
        f"db = connect(Path({str(path)!r}))\n"
        "print(sorted(r['name'] for r in db.query('SELECT name FROM meters')))\n"
        "print('sqlite_utils' in sys.modules)\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, check=True
    ).stdout.split("\n")
    assert out[0] == "[]"
    assert out[1] == "False"


def test_a_fresh_file_still_gets_every_step(tmp_path: Path) -> None:
    db = connect(tmp_path / "fresh.sqlite3")
    try:
        assert {"meters", "events", "settings", "checkpoints", "rules"} <= set(db.table_names())
    finally:
        db.close()
