"""The team folder: create, join, leave, status and sync (issue 13).

Without a team folder none of this runs and nothing leaves the computer. With one, each
device appends its own events and changes to ``devices/<device-id>/<yyyy-mm>.jsonl`` in
a folder the team already syncs (OneDrive, Google Drive, Dropbox, a NAS share) and merges
the other devices' files into its own SQLite ledger, which never goes into that folder.
"""

from __future__ import annotations

import os
import uuid
import zlib
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any, Literal, overload

from desktopapp.domain import hlc
from desktopapp.domain.limits import problem
from desktopapp.integrations import team_lines
from desktopapp.integrations.team_folder import DeviceInfo, FolderProblem, TeamFolder
from desktopapp.services import team_sync
from desktopapp.services.ledger import Identity, LedgerFile
from desktopapp.services.team_sync import SyncReport
from desktopapp.store import connection, team_store
from desktopapp.store.codec import from_ms

SETTING = "team"
LAST_FOLDER = "team.last_folder"  # the folder this ledger last shared with
MAX_NAME = 80


@dataclass(frozen=True)
class TeamConfig:
    folder: Path
    device: str
    member: str
    lead: bool


def config(ledger: LedgerFile) -> TeamConfig | None:
    """This ledger's team, or None when it is solo."""
    d = ledger.get_setting(SETTING)
    if not isinstance(d, dict) or not d.get("folder"):
        return None
    return TeamConfig(
        folder=Path(d["folder"]),
        device=str(d.get("device") or ledger.identity.device),
        member=str(d.get("member") or ledger.identity.member),
        lead=bool(d.get("lead")),
    )


def fingerprint(ledger: LedgerFile) -> str:
    """Which computer and file this is, so a copied ledger (same device id) is caught.
    Hashed: the folder is shared and needs neither the computer's name nor the path."""
    import socket  # only in a team: every CLI command imports this module

    where = f"{socket.gethostname()}|{os.path.abspath(ledger.path)}"
    return f"{zlib.crc32(where.encode('utf-8')):08x}"


def _check_name(name: str) -> str:
    name = name.strip()
    if not name or len(name) > MAX_NAME or "\n" in name:
        raise problem("team_bad_name", value=name[:MAX_NAME])
    return name


def _usable_folder(folder: Path | str) -> Path:
    try:
        path = Path(folder).expanduser()
        is_folder = path.is_dir()
    except (OSError, ValueError, RuntimeError):  # a name too long, a NUL, "~nosuchuser"
        is_folder = False
    if not is_folder:
        raise problem("team_folder_missing", path=str(folder)[:300])
    if not os.access(path, os.W_OK):
        raise problem("team_folder_read_only", path=str(path))
    return path.resolve()


@overload
def create(ledger: LedgerFile, folder: Path | str, name: str, *, now: datetime,
           team: str = "", sync: Literal[True] = True) -> SyncReport: ...
@overload
def create(ledger: LedgerFile, folder: Path | str, name: str, *, now: datetime,
           team: str = "", sync: Literal[False]) -> None: ...
def create(
    ledger: LedgerFile, folder: Path | str, name: str, *, now: datetime, team: str = "",
    sync: bool = True,
) -> SyncReport | None:
    """Make ``folder`` a team folder with this device as the lead, then share
    (``sync=False``: the tray's worker shares and merges; nothing of it here)."""
    if config(ledger) is not None:
        raise problem("team_already")
    path = _usable_folder(folder)
    tf = TeamFolder(path)
    if tf.is_team():
        raise problem("team_exists", path=str(path))
    member = _check_name(name)
    tf.create_team(team.strip() or member, ledger.identity.device, now.isoformat())
    return _join(ledger, tf, member, lead=True, now=now, then_sync=sync)


@overload
def join(ledger: LedgerFile, folder: Path | str, name: str, *, now: datetime,
         lead: bool = False, sync: Literal[True] = True) -> SyncReport: ...
@overload
def join(ledger: LedgerFile, folder: Path | str, name: str, *, now: datetime,
         lead: bool = False, sync: Literal[False]) -> None: ...
def join(
    ledger: LedgerFile, folder: Path | str, name: str, *, now: datetime, lead: bool = False,
    sync: bool = True,
) -> SyncReport | None:
    """Join the team whose folder this is (a member; ``lead``: a second lead), then sync
    (``sync=False``: only the settings; a big team's merge is for the tray's worker)."""
    if config(ledger) is not None:
        raise problem("team_already")
    path = _usable_folder(folder)
    tf = TeamFolder(path)
    if not tf.is_team():
        raise problem("team_not_a_team_folder", path=str(path))
    info = tf.team_info() or {}
    version = info.get("v")
    if isinstance(version, int) and version > team_lines.FORMAT:
        raise problem("team_newer_format", file=str(path), line=0)
    return _join(ledger, tf, _check_name(name), lead=lead, now=now, then_sync=sync)


def _join(
    ledger: LedgerFile, tf: TeamFolder, member: str, *, lead: bool, now: datetime,
    then_sync: bool,
) -> SyncReport | None:
    device = ledger.identity.device
    with connection.transaction(ledger.db):
        if ledger.get_setting(LAST_FOLDER) not in (None, str(tf.root)):
            # Another team than before: share this ledger there from scratch.
            team_store.forget_team(ledger.db)
            for key in (team_sync.EXPORTED, team_sync.READ, team_sync.SEEN,
                        team_sync.PROBLEMS, team_sync.CLOCK):
                ledger.set_setting(key, None)
        ledger.set_setting(LAST_FOLDER, str(tf.root))
        ledger.set_setting("member", member)
        ledger.set_setting(
            SETTING,
            {"folder": str(tf.root), "device": device, "member": member, "lead": lead,
             "joined": now.isoformat()},
        )
    ledger.identity = Identity(device=device, member=member)
    return sync(ledger, now=now) if then_sync else None


def leave(ledger: LedgerFile) -> bool:
    """Stop sharing. This ledger keeps everything; the device's files stay in the folder
    so the others keep what it logged. False when it was solo already."""
    if config(ledger) is None:
        return False
    ledger.set_setting(SETTING, None)
    return True


def _tell_apart(ledger: LedgerFile, cfg: TeamConfig, tf: TeamFolder, now: datetime
                ) -> tuple[TeamConfig, list[FolderProblem]]:
    """Write this device's card; a card of the same id from another computer means this
    ledger was copied: this one takes a new device id (the other keeps its own)."""
    mine = fingerprint(ledger)
    card = tf.device(cfg.device)
    found: list[FolderProblem] = []
    if card is not None and card.fingerprint != mine:
        new_id = str(uuid.uuid4())
        found.append(FolderProblem("team_device_clash", f"devices/{cfg.device}", 0, new_id))
        d = dict(ledger.get_setting(SETTING) or {})
        d["device"] = new_id
        with connection.transaction(ledger.db):
            ledger.set_setting("device_id", new_id)
            ledger.set_setting(SETTING, d)
        ledger.identity = Identity(device=new_id, member=ledger.identity.member)
        cfg = TeamConfig(cfg.folder, new_id, cfg.member, cfg.lead)
        card = None
    wanted = DeviceInfo(cfg.device, cfg.member, cfg.lead, mine, now.isoformat())
    if card is None or (card.member, card.lead) != (cfg.member, cfg.lead):
        tf.write_device(
            wanted if card is None else DeviceInfo(cfg.device, cfg.member, cfg.lead, mine,
                                                   card.joined)
        )
    return cfg, found


def leads(tf: TeamFolder) -> set[str]:
    found = {d.device for d in tf.devices() if d.lead}
    info = tf.team_info() or {}
    if info.get("lead"):
        found.add(str(info["lead"]))
    return found


def sync(ledger: LedgerFile, *, now: datetime) -> SyncReport:
    """Write what is pending from this device, merge what is new from the others."""
    cfg = config(ledger)
    if cfg is None:
        raise problem("team_not_set")
    if not cfg.folder.is_dir():
        raise problem("team_folder_missing", path=str(cfg.folder))
    tf = TeamFolder(cfg.folder)
    cfg, clash = _tell_apart(ledger, cfg, tf, now)
    written, held = team_sync.share_pending(ledger, tf, cfg.device, lead=cfg.lead, now=now)
    report = team_sync.merge_new(ledger, tf, cfg.device, leads(tf), now=now)
    report.written, report.held_back = written, held
    report.problems = [*clash, *report.problems]
    team_sync.remember_problems(ledger, report.problems, tf, now)
    return report


def after_write(ledger: LedgerFile, *, now: datetime) -> int:
    """The hook every write path calls (the CLI on exit, the tray after a save): write
    this device's pending lines to its file; solo ledgers return at once. Lines written."""
    cfg = config(ledger)
    if cfg is None or not cfg.folder.is_dir():
        return 0
    tf = TeamFolder(cfg.folder)
    cfg, _ = _tell_apart(ledger, cfg, tf, now)
    written, _held = team_sync.share_pending(ledger, tf, cfg.device, lead=cfg.lead, now=now)
    return written


def status(ledger: LedgerFile) -> dict[str, Any] | None:
    """Members, devices, last seen, problems found in the folder (JSON shape for
    ``team status --json`` and Settings → Team). None when solo."""
    cfg = config(ledger)
    if cfg is None:
        return None
    tf = TeamFolder(cfg.folder)
    present = cfg.folder.is_dir()
    info = (tf.team_info() or {}) if present else {}
    # Kept up by each sync (no re-reading of the folder here: a big team's files are
    # tens of megabytes and Settings asks on every open).
    seen: dict[str, int] = {}
    for device, stamp in (ledger.get_setting(team_sync.SEEN) or {}).items():
        try:
            seen[device] = hlc.decode(stamp).wall
        except hlc.BadStamp:
            continue
    counts = team_store.logs_per_device(ledger.db)
    problems: list[dict[str, Any]] = list(ledger.get_setting(team_sync.PROBLEMS) or [])
    devices: list[dict[str, Any]] = []
    for card in tf.devices() if present else []:
        last = seen.get(card.device)
        devices.append({
            "device": card.device,
            "member": card.member,
            "lead": card.lead,
            "this_device": card.device == cfg.device,
            "last_seen": from_ms(last).isoformat() if last else None,
            "logs": counts.get(card.device, 0),
        })
    members: dict[str, dict[str, Any]] = {}
    for d in devices:
        m = members.setdefault(d["member"], {"member": d["member"], "lead": False, "devices": []})
        m["lead"] = m["lead"] or d["lead"]
        m["devices"].append(d["device"])
    if not present:
        problems.append({"code": "team_folder_missing", "file": str(cfg.folder), "line": 0,
                         "detail": ""})
    return {
        "team": info.get("team"),
        "folder": str(cfg.folder),
        "device": cfg.device,
        "member": cfg.member,
        "lead": cfg.lead,
        "last_sync": ledger.get_setting(team_sync.LAST_SYNC),
        "members": sorted(members.values(), key=lambda m: m["member"]),
        "devices": devices,
        "problems": problems,
    }
