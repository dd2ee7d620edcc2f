"""Backups, restore, export and import as the app does them (the CLI's desktopapp.cli.safety
does the same steps from a terminal).

No widgets here: the Data tab (desktopapp.ui.settings_data) asks for files and words the
results; these functions run the store's operations through the session, so every
window hears about a change once, and times come from ``session.now()``.

Errors are raised as ``InvalidInput`` (a problem code, worded by
desktopapp.messages.describe) or ``OSError`` (the disk said no); nothing here shows them.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from zoneinfo import ZoneInfo

from PySide6.QtCore import QCoreApplication, QStandardPaths, Qt
from PySide6.QtWidgets import QApplication

from desktopapp.domain.problems import InvalidInput, Problem
from desktopapp.store import backup, exchange, queries
from desktopapp.store.backup import BackupInfo, RestoreResult
from desktopapp.store.exchange import ImportResult
from desktopapp.ui.session import Session

FORMATS = ("json", "csv")


def kind_label(kind: str) -> str:
    """A backup's kind for people (the file name holds a code)."""
    if kind.startswith("premigrate"):
        return QCoreApplication.translate("DataTab", "Before an update")
    labels = {
        "daily": QCoreApplication.translate("DataTab", "Daily"),
        "manual": QCoreApplication.translate("DataTab", "Made by you"),
        "prerestore": QCoreApplication.translate("DataTab", "Before a restore"),
        "preimport": QCoreApplication.translate("DataTab", "Before an import"),
    }
    return labels.get(kind, kind)


@contextmanager
def busy() -> Iterator[None]:
    """A wait cursor while a copy runs (a big ledger takes a moment)."""
    QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        yield
    finally:
        QApplication.restoreOverrideCursor()


# -- backups --------------------------------------------------------------------------------
def backups(session: Session) -> list[BackupInfo]:
    """This ledger's backups, newest first."""
    return backup.list_backups(session.tracker.path)


def backups_folder(session: Session) -> Path:
    return backup.backups_dir(session.tracker.path)


def back_up_now(session: Session) -> BackupInfo:
    """A verified copy, kind "manual" (thinning never removes the newest)."""
    with busy():
        return backup.create_backup(session.tracker.path, kind="manual", now=session.now())


def restore(session: Session, source: Path) -> RestoreResult:
    """Replace the ledger with ``source``: the current data is kept first as a
    "prerestore" backup (the store does that, and refuses a damaged or foreign file
    before touching anything). Then the LedgerFile reads the file afresh and every window
    redraws: the restored ledger shows at once.
    """
    path = session.tracker.path
    with busy():
        try:
            return backup.restore(path, source, now=session.now())
        finally:
            # Also after a failure: a restore that moved an unreadable file aside leaves
            # the LedgerFile holding the moved file.
            session.reopen()


# -- export ---------------------------------------------------------------------------------
def documents_folder() -> Path:
    found = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(found) if found else Path.home()


def default_export_path(session: Session, fmt: str) -> Path:
    """creditfuel-2026-11-25.json in Documents, dated in the user's own zone."""
    day = session.now().astimezone(ZoneInfo(session.user_zone())).date()
    return documents_folder() / f"creditfuel-{day.isoformat()}.{fmt}"


def with_suffix(path: Path, fmt: str) -> Path:
    """A name typed without an ending gets the format's (so the file opens by double-click)."""
    return path if path.suffix else path.with_name(f"{path.name}.{fmt}")


def export(session: Session, target: Path, fmt: str) -> int:
    """Write the whole ledger to ``target``; returns how many log entries it holds.

    The store writes a temporary file and renames it: never a half-written export.
    """
    if fmt not in FORMATS:
        raise ValueError(fmt)
    tracker = session.tracker
    try:
        with busy():
            exchange.export_to_file(
                tracker.db, target, fmt=fmt, now=session.now(), tz=session.user_zone()
            )
    except (OSError, ValueError) as exc:  # no such folder, read-only, NUL in the name
        raise InvalidInput(Problem("export_unwritable", {"path": str(target)})) from exc
    return queries.event_count(tracker.db)


# -- import ---------------------------------------------------------------------------------
@dataclass(frozen=True)
class ImportOutcome:
    result: ImportResult
    safety: BackupInfo | None  # the "preimport" backup, kept only when the import wrote


def import_file(session: Session, source: Path) -> ImportOutcome:
    """Merge a JSON (or CSV) export into the ledger: all of it or, on any problem, none.

    As the CLI: the file is read and checked before anything is written, and a
    "preimport" backup is the way back (an import cannot be undone log by log); that
    copy is dropped again when the import added nothing.
    """
    doc = exchange.read_import_file(source)
    tracker = session.tracker
    with busy():
        safety = backup.create_backup(tracker.path, kind="preimport", now=session.now())
        try:
            result = session.mutate(lambda t, _now: exchange.import_document(t.db, doc))
        except BaseException:
            safety.path.unlink(missing_ok=True)
            raise
    if not result.changed:
        safety.path.unlink(missing_ok=True)
        return ImportOutcome(result, None)
    return ImportOutcome(result, safety)
