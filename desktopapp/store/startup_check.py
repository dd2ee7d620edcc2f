"""Checking the database file at start-up without reading all of it.

``PRAGMA quick_check`` reads every page: 271 MB and seconds on a million events, before
the tray icon could show. At start-up the app needs to know only that the file is a
SQLite database whose header, schema and table roots read back, which a few pages tell
(``fast_check``, milliseconds at any size). The whole-file check (``full_check``) runs
later, on a worker thread, next to the daily backup: the backup itself reads every page
of the live file through the backup API and runs ``integrity_check`` on its copy, so a
damaged page shows up there within a day.

Both return ``(problem code, detail)`` like ``integrity.quick_check``: ``(None, None)``
when sound, ``"db_unreadable"`` or ``"db_corrupt"`` otherwise; a busy file (another
process writing) is not damage.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from desktopapp.store.read_only import connect_read_only

SQLITE_HEADER = b"SQLite format 3\x00"
HEADER_BYTES = 100
# The tables every CreditFuel file has from its first schema step on.
CORE_TABLES = ("events", "meters", "settings")
# Cheap reads that walk each core table's root and rightmost pages.
PROBES = (
    "SELECT max(seq) FROM events",
    "SELECT count(*) FROM (SELECT 1 FROM meters LIMIT 1000)",
    "SELECT count(*) FROM (SELECT 1 FROM settings LIMIT 1000)",
)

Result = tuple[str | None, str | None]


def _header_problem(db_path: Path) -> Result:
    try:
        with open(db_path, "rb") as f:
            head = f.read(HEADER_BYTES)
    except OSError as exc:
        return "db_unreadable", str(exc)
    if not head:
        return None, None  # an empty file is a new database
    if len(head) < HEADER_BYTES or head[:16] != SQLITE_HEADER:
        return "db_corrupt", "not a SQLite header"
    page_size = int.from_bytes(head[16:18], "big")
    page_size = 65536 if page_size == 1 else page_size
    if page_size < 512 or page_size & (page_size - 1):
        return "db_corrupt", f"page size {page_size}"
    return None, None


def _busy(exc: sqlite3.Error) -> bool:
    return "locked" in str(exc) or "busy" in str(exc)


def fast_check(db_path: Path) -> Result:
    """Header, schema and the core tables' roots: a few pages whatever the file size."""
    db_path = Path(db_path)
    problem = _header_problem(db_path)
    if problem != (None, None) or db_path.stat().st_size == 0:
        return problem
    try:
        conn = connect_read_only(db_path)
    except sqlite3.Error as exc:
        return "db_unreadable", str(exc)
    try:
        names = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        version = int(conn.execute("PRAGMA user_version").fetchone()[0])
        if version > 0:
            missing = [t for t in CORE_TABLES if t not in names]
            if missing:
                return "db_corrupt", "missing tables: " + ", ".join(missing)
            for sql in PROBES:
                conn.execute(sql).fetchall()
    except sqlite3.OperationalError as exc:
        return (None, None) if _busy(exc) else ("db_corrupt", str(exc))
    except sqlite3.DatabaseError as exc:  # "file is not a database", "malformed" ...
        return "db_corrupt", str(exc)
    finally:
        conn.close()
    return None, None


def full_check(db_path: Path) -> Result:
    """Every page (``PRAGMA quick_check``): for a worker thread, never before the icon."""
    db_path = Path(db_path)
    problem = _header_problem(db_path)
    if problem != (None, None):
        return problem
    try:
        conn = connect_read_only(db_path)
    except sqlite3.Error as exc:
        return "db_unreadable", str(exc)
    try:
        rows = conn.execute("PRAGMA quick_check").fetchall()
    except sqlite3.OperationalError as exc:
        return (None, None) if _busy(exc) else ("db_corrupt", str(exc))
    except sqlite3.DatabaseError as exc:
        return "db_corrupt", str(exc)
    finally:
        conn.close()
    if rows != [("ok",)]:
        return "db_corrupt", "; ".join(str(r[0]) for r in rows[:5])
    return None, None
