"""Backups, restore, export and import as the app does them (the CLI's desktopapp.cli.safety
does the same steps from a terminal).

No widgets here: the Data tab (desktopapp.ui.settings_data) asks for files and words the
results; these functions call services.backups and services.exchange (what the CLI
calls too) through the session, so every window hears about a change once, and times
come from ``session.now()``.

Each ``start_*`` action runs on the session's worker (desktopapp.ui.data_worker) with its
own connection, never on the UI thread; its follow-up (announcing an import, reopening
after a restore) runs back on the UI thread once it is done.

Errors are raised as ``InvalidInput`` (a problem code, worded for a window by
formatting.describe_error) or ``OSError`` (the disk said no); nothing here shows them.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QStandardPaths

from desktopapp.services import backups as backup_service
from desktopapp.services import exchange
from desktopapp.services.backups import BackupInfo
from desktopapp.services.changes import FILE
from desktopapp.services.exchange import FORMATS, ImportOutcome
from desktopapp.ui.data_worker import DataJobs, JobContext, JobDone
from desktopapp.ui.session import Session

__all__ = ["FORMATS", "ImportOutcome", "backups", "backups_folder", "default_export_path",
           "documents_folder", "jobs", "kind_label", "start_back_up", "start_export",
           "start_import", "start_restore", "with_suffix"]


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


# -- backups --------------------------------------------------------------------------------
def backups(session: Session) -> list[BackupInfo]:
    """This ledger's backups, newest first."""
    return backup_service.listing(session.ledger.path)


def backups_folder(session: Session) -> Path:
    return backup_service.folder(session.ledger.path)


# -- export ---------------------------------------------------------------------------------
def documents_folder() -> Path:
    found = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(found) if found else Path.home()


def default_export_path(session: Session, fmt: str) -> Path:
    """creditfuel-2026-11-25.json in Documents, dated in the user's own zone."""
    return documents_folder() / exchange.default_export_name(session.ledger, session.now(), fmt)


def with_suffix(path: Path, fmt: str) -> Path:
    """A name typed without an ending gets the format's (so the file opens by double-click)."""
    return path if path.suffix else path.with_name(f"{path.name}.{fmt}")


# -- on the worker (what the Data tab uses) ---------------------------------------------------
def jobs(session: Session) -> DataJobs:
    """The session's one runner: one data action at a time, whichever window asked."""
    return DataJobs.of(session)


def start_back_up(session: Session) -> bool:
    """A verified copy, kind "manual" (thinning never removes the newest), made on the
    worker; the result is a ``BackupInfo``. False: another action is under way."""
    path, now = session.ledger.path, session.now()
    return jobs(session).start("backup", lambda _context: backup_service.create(path, now))


def start_restore(session: Session, info: BackupInfo) -> bool:
    """Replace the ledger with ``source`` on the worker: the current data is kept first as
    a "prerestore" backup (the store does that, and refuses a damaged or foreign file
    before touching anything). The tray's connection is reopened on the UI thread once
    the file is replaced (also after a failure: a file moved aside is not the one the
    tray holds any more). The result is a ``RestoreResult``; the subject ``info``."""
    path, now, source = session.ledger.path, session.now(), info.path
    return jobs(session).start(
        "restore", lambda _context: backup_service.restore(path, source, now),
        after=lambda _done: session.reopen(), subject=info,
    )


def start_export(session: Session, target: Path, fmt: str) -> bool:
    """The whole ledger to ``target`` on the worker, through its own connection (the store
    writes a temporary file and renames it: never a half-written export); the result is
    the count of log entries, the subject ``target``; the kind "export-json"/"export-csv"."""
    now = session.now()

    def work(context: JobContext) -> int:
        return exchange.export_to_file(context.open(), now, target, fmt)

    return jobs(session).start(f"export-{fmt}", work, subject=target)


def start_import(session: Session, source: Path) -> bool:
    """Merge a JSON (or CSV) export on the worker: read and checked before anything is
    written, all of it or none in one transaction, a "preimport" backup the way back (as
    the CLI); the windows hear of it on the UI thread. The result is an ``ImportOutcome``."""
    now = session.now()

    def work(context: JobContext) -> ImportOutcome:
        doc = exchange.read_import(source)
        context.check()
        return exchange.import_document(context.open(), now, doc)

    def after(done: JobDone) -> None:
        if done.error is None:
            session.announce(FILE)

    return jobs(session).start("import", work, after=after, subject=source)
