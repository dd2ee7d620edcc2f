"""The backups folder and how a file gets into it: private, ours, durable.

Backups live in ``<data dir>/backups`` (0700), files 0600: a ledger of a team's work is
nobody else's business on a shared machine. A folder or file someone else made (or a
symlink) is never trusted: its owner could read our copies or swap a backup for a ledger
of their own. A rename into the folder is only trusted once both the file and the folder
have been fsynced.
"""

from __future__ import annotations

import contextlib
import os
from pathlib import Path

from desktopapp.domain.problems import InvalidInput, Problem

BACKUP_DIR_NAME = "backups"
DIR_MODE = 0o700
FILE_MODE = 0o600


class BackupError(InvalidInput):
    """A backup operation that could not be done; ``problem`` is worded by the caller
    (an InvalidInput like the store's errors, so the CLI and the app word it the same)."""

    def __init__(self, code: str, **params: str) -> None:
        self.problem = Problem(code, dict(params))
        super().__init__(self.problem)


def backups_dir(db_path: Path) -> Path:
    return Path(db_path).parent / BACKUP_DIR_NAME


def ours(path: Path) -> bool:
    """Made by this user and not a symlink (always true where there are no uids)."""
    if not hasattr(os, "getuid"):
        return True
    try:
        st = os.lstat(path)
    except OSError:
        return False
    return not os.path.islink(path) and st.st_uid == os.getuid()


def ensure_private_dir(path: Path) -> None:
    path.mkdir(mode=DIR_MODE, parents=True, exist_ok=True)
    if not ours(path):
        raise BackupError("backup_folder_not_ours", path=str(path))
    # mkdir's mode is filtered by the umask and ignored for an existing folder.
    with contextlib.suppress(OSError):
        os.chmod(path, DIR_MODE)


def fsync_dir(path: Path) -> None:
    # Makes a rename durable on POSIX; Windows cannot open folders, and needs no such step.
    try:
        fd = os.open(path, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def private_empty_file(path: Path) -> None:
    """Create ``path`` empty with 0600 from the first byte (SQLite treats it as new)."""
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, FILE_MODE)
    os.close(fd)
    with contextlib.suppress(OSError):
        os.chmod(path, FILE_MODE)
