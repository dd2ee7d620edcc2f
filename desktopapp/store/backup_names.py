"""Backup file names: what a name says (database, id, time, kind), a new free one, and
the listing of one database's backups, newest first.

File names: ``<db stem>.<YYYYMMDDTHHMMSSZ>[-n].<kind>.gz`` (``.db``: an uncompressed
copy made by earlier versions; both list and restore); the id a user types is the
timestamp part (``20261125T090000Z``). Kinds: ``daily``, ``manual``, ``premigrate-v<N>``,
``prerestore``, ``preimport`` (an import cannot be undone event by event). The time
comes from the name, not the file's mtime, which copies can change.
"""

from __future__ import annotations

import glob
import re
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from desktopapp.store.backup_folder import backups_dir, ours

_NAME = re.compile(
    r"^(?P<stem>.+)\.(?P<id>\d{8}T\d{6}Z(?:-\d+)?)\."
    r"(?P<kind>daily|manual|prerestore|preimport|premigrate-v\d+)\.(?:db|gz)$"
)
_STAMP = "%Y%m%dT%H%M%SZ"


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    id: str
    created: datetime  # UTC, from the name (the file's mtime can be changed by copies)
    kind: str
    size: int
    # backups this one's thinning removed to stay under the size cap (tell the user)
    thinned_by_cap: tuple[Path, ...] = ()


def parse(path: Path, stem: str) -> BackupInfo | None:
    m = _NAME.match(path.name)
    if m is None or m["stem"] != stem:
        return None
    stamp = m["id"].split("-")[0]
    created = datetime.strptime(stamp, _STAMP).replace(tzinfo=UTC)
    try:
        size = path.stat().st_size
    except OSError:
        return None
    return BackupInfo(path=path, id=m["id"], created=created, kind=m["kind"], size=size)


def made_at(path: Path) -> datetime | None:
    """When a backup was made, from its name alone (it may be deleted already)."""
    m = _NAME.match(path.name)
    return datetime.strptime(m["id"].split("-")[0], _STAMP).replace(tzinfo=UTC) if m else None


def list_backups(db_path: Path) -> list[BackupInfo]:
    """Backups of this database, newest first."""
    folder = backups_dir(db_path)
    if not folder.is_dir() or not ours(folder):
        return []  # another user's folder: nothing in it is offered for a restore
    stem = Path(db_path).stem
    found = [
        info for p in folder.iterdir() if ours(p) and (info := parse(p, stem)) is not None
    ]
    return sorted(found, key=order, reverse=True)


def order(info: BackupInfo) -> tuple[datetime, int]:
    _, _, n = info.id.partition("-")
    return info.created, int(n or 0)


def free_name(folder: Path, stem: str, now: datetime, kind: str) -> Path:
    """A new name that sorts after every backup made in the same second (a freed name
    is never reused: the newcomer must not look older than its neighbours)."""
    stamp = now.astimezone(UTC).strftime(_STAMP)
    taken = [-1]
    for p in folder.glob(f"{glob.escape(stem)}.{stamp}*"):
        m = _NAME.match(p.name)
        if m is not None and m["stem"] == stem and m["id"].split("-")[0] == stamp:
            taken.append(int(m["id"].partition("-")[2] or 0))
    n = max(taken) + 1
    ident = stamp if n == 0 else f"{stamp}-{n}"
    return folder / f"{stem}.{ident}.{kind}.gz"
