"""Files the store reads and writes: only regular ones, new ones private, damaged ones kept.

Every path a user gives (``--db``, an import file, an export target) is checked here
before it is opened: a FIFO would hang the reader forever, a device or a folder is never
a ledger, and a write never goes through a symlink planted where a new file should be.
No other store module is imported here, so every one of them may use it.
"""

from __future__ import annotations

import contextlib
import os
import stat
from datetime import UTC, datetime
from pathlib import Path

from desktopapp.domain.problems import InvalidInput, Problem

COMPANIONS = ("-wal", "-shm", "-journal")
FILE_MODE = 0o600


def refusal(code: str, path: Path | str) -> InvalidInput:
    return InvalidInput(Problem(code, {"path": str(path)}))


def kind_of(path: Path | str) -> str:
    """"missing", "file" or "other" (folder, FIFO, device, socket; a symlink is followed)."""
    try:
        mode = os.stat(path).st_mode
    except FileNotFoundError:
        return "missing"
    except (OSError, ValueError):  # a NUL byte, a loop, a name too long: not usable
        return "other"
    return "file" if stat.S_ISREG(mode) else "other"


def check_input_file(path: Path | str, *, missing: str, not_regular: str) -> None:
    """InvalidInput (the caller's codes) unless ``path`` is an existing regular file."""
    found = kind_of(path)
    if found == "missing":
        raise refusal(missing, path)
    if found != "file":
        raise refusal(not_regular, path)


def check_output_file(path: Path | str, *, not_regular: str) -> None:
    """InvalidInput unless ``path`` is absent or a regular file (it will be replaced)."""
    if kind_of(path) == "other":
        raise refusal(not_regular, path)


def read_regular(path: Path | str, limit: int) -> bytes:
    """Up to ``limit`` + 1 bytes of a regular file, opened without blocking (a file
    swapped for a FIFO after the check fails instead of hanging); OSError if not regular."""
    fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
    try:
        if not stat.S_ISREG(os.fstat(fd).st_mode):
            raise IsADirectoryError(f"not a regular file: {path}")
        chunks: list[bytes] = []
        left = limit + 1
        while left > 0:
            chunk = os.read(fd, min(left, 1 << 20))
            if not chunk:
                break
            chunks.append(chunk)
            left -= len(chunk)
        return b"".join(chunks)
    finally:
        os.close(fd)


def create_private(path: Path | str) -> int:
    """A new file opened for writing, mode 0600 from its first byte, never through a
    symlink (O_EXCL | O_NOFOLLOW); FileExistsError if anything is already there."""
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_NOFOLLOW", 0)
    fd = os.open(path, flags, FILE_MODE)
    with contextlib.suppress(OSError):
        os.fchmod(fd, FILE_MODE)  # the umask cannot widen it, but a odd FS might
    return fd


def move_aside(db_path: Path, *, now: datetime) -> Path:
    """Rename the file (and its WAL/SHM/journal) to ``<name>.corrupt-<time>``; never delete."""
    db_path = Path(db_path)
    # Names a file on disk only; the ledger never sees this value.
    stamp = now.astimezone(UTC)
    base = f"{db_path.name}.corrupt-{stamp.strftime('%Y%m%dT%H%M%SZ')}"
    target = db_path.with_name(base)
    n = 1
    while target.exists():
        target = db_path.with_name(f"{base}-{n}")
        n += 1
    os.replace(db_path, target)
    for suffix in COMPANIONS:
        companion = db_path.with_name(db_path.name + suffix)
        if companion.exists():
            with contextlib.suppress(OSError):
                os.replace(companion, target.with_name(target.name + suffix))
    return target
