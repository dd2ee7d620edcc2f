"""Start-up check of the database file: sound, or moved aside with a backup to offer.

A damaged file is never deleted and never "repaired" in place: it is renamed to
``<name>.corrupt-<UTC time>`` (its ``-wal``/``-shm`` companions too, so the evidence stays
whole and a stale WAL cannot be replayed onto a restored file), and the caller is told so,
with the newest backup SQLite still reads as sound. The app asks the user what to do.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Literal

from desktopapp.store.paths import COMPANIONS, kind_of, move_aside
from desktopapp.store.read_only import connect_read_only
from desktopapp.store.startup_check import fast_check

if TYPE_CHECKING:  # the backups API (gzip, tempfile...) loads only for a damaged file
    from desktopapp.store.backup import BackupInfo

CheckStatus = Literal["ok", "missing", "moved_aside"]
__all__ = ["COMPANIONS", "IntegrityResult", "check_at_startup", "move_aside", "quick_check"]


@dataclass(frozen=True)
class IntegrityResult:
    status: CheckStatus
    db_path: Path
    problem: str | None = None  # "db_corrupt" | "db_unreadable" (a code for messages)
    detail: str | None = None  # SQLite's own words, for the log, not for the user
    moved_to: Path | None = None
    newest_backup: BackupInfo | None = None

    @property
    def ok(self) -> bool:
        return self.status != "moved_aside"


def quick_check(db_path: Path) -> tuple[str | None, str | None]:
    """(problem code, detail) for the file, (None, None) when SQLite finds it sound.

    Only a regular file is read (a FIFO would block start-up forever); anything else is
    left for the store to refuse in one plain sentence, never moved aside.
    """
    if kind_of(db_path) != "file":
        return None, None
    try:
        with open(db_path, "rb") as f:
            f.read(1)
    except PermissionError as exc:
        return "db_unreadable", str(exc)
    except OSError as exc:
        return "db_unreadable", str(exc)
    try:
        # Read-only: a plain connection deletes the WAL of a file it cannot read on close.
        conn = connect_read_only(db_path)
    except sqlite3.Error as exc:
        return "db_unreadable", str(exc)
    try:
        rows = conn.execute("PRAGMA quick_check").fetchall()
    except sqlite3.OperationalError as exc:
        if "locked" in str(exc) or "busy" in str(exc):
            # Another process holds a write lock: busy is not damage; let the store wait.
            return None, None
        return "db_corrupt", str(exc)
    except sqlite3.DatabaseError as exc:  # "file is not a database", "malformed" ...
        return "db_corrupt", str(exc)
    finally:
        conn.close()
    if rows != [("ok",)]:
        return "db_corrupt", "; ".join(str(r[0]) for r in rows[:5])
    return None, None


def check_at_startup(db_path: Path, *, now: datetime) -> IntegrityResult:
    """A fast check (header, schema, the core tables' roots: a few pages at any size, so a
    million-event ledger does not hold the icon back); move a damaged file aside and find
    a backup. Damage deeper in history is found by the whole-file check the tray runs on
    its backup worker (``startup_check.full_check``).

    The app calls this before opening the store. (The CLI does not: a ``--db`` that is
    not a SQLite file is refused there, not renamed.)
    """
    db_path = Path(db_path)
    if kind_of(db_path) == "missing":
        return IntegrityResult("missing", db_path)
    if kind_of(db_path) != "file":
        # A FIFO would block start-up forever: left for the store to refuse in plain words.
        return IntegrityResult("ok", db_path)
    problem, detail = fast_check(db_path)
    if problem is None:
        return IntegrityResult("ok", db_path)
    if problem == "db_unreadable":
        # Permissions, a read-only folder, a full disk: the file is not damaged, and
        # renaming it would not help (nor work, in a read-only folder). Opening it says
        # what is wrong in one plain dialog.
        return IntegrityResult("ok", db_path, problem=problem, detail=detail)
    try:
        moved = move_aside(db_path, now=now)
    except OSError as exc:  # cannot rename there: the open says why, nothing is lost
        return IntegrityResult("ok", db_path, problem=problem, detail=f"{detail}; {exc}")
    return IntegrityResult(
        "moved_aside",
        db_path,
        problem=problem,
        detail=detail,
        moved_to=moved,
        newest_backup=_newest_good_backup(db_path),
    )


def _newest_good_backup(db_path: Path) -> BackupInfo | None:
    from desktopapp.store.backup import newest_good_backup

    return newest_good_backup(db_path)
