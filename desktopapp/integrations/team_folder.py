"""The team folder on disk: what each device appends and how the others read it.

    <folder>/creditfuel-team.json              the team's name (written once, by the lead)
    <folder>/devices/<device-id>/device.json   who this device is (member, lead)
    <folder>/devices/<device-id>/<yyyy-mm>.jsonl  its log, one line per event or change
    <folder>/claims/<key>.json                 "this device sends that report"

A device appends only to its own files and never rewrites a line: each append is one
write followed by fsync, so a file half-carried by a sync engine ends in at most one
torn line, which readers skip until it is complete. Readers take every ``*.jsonl`` under
``devices/``, so the copies sync engines make on a conflict (``2026-11 (1).jsonl``,
``2026-11-DESKTOP-1.jsonl``, ``2026-11 (Ann's conflicted copy 2026-11-28).jsonl``) are
read like any other file; events are merged by id, so nothing counts twice.
The SQLite ledger itself never goes into this folder.
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from desktopapp.integrations import team_lines
from desktopapp.integrations.team_lines import BadLine, NewerFormat, Record

TEAM_FILE = "creditfuel-team.json"
DEVICES = "devices"
CLAIMS = "claims"
DEVICE_FILE = "device.json"


@dataclass(frozen=True)
class Position:
    """How far a file has been read: bytes, and complete lines (for line numbers)."""

    offset: int = 0
    line: int = 0


@dataclass(frozen=True)
class FolderProblem:
    code: str  # a problem code, worded by the faces (team_bad_line, team_newer_format…)
    file: str  # relative to the team folder, "/" separated
    line: int = 0
    detail: str = ""

    def as_dict(self) -> dict[str, Any]:
        return {"code": self.code, "file": self.file, "line": self.line, "detail": self.detail}


@dataclass
class FileRead:
    file: str
    records: list[tuple[Record, Position]] = field(default_factory=list)
    end: Position = Position()
    problems: list[FolderProblem] = field(default_factory=list)
    torn: bool = False


@dataclass(frozen=True)
class DeviceInfo:
    device: str
    member: str
    lead: bool
    fingerprint: str
    joined: str

    def as_dict(self) -> dict[str, Any]:
        return {
            "v": team_lines.FORMAT,
            "device": self.device,
            "member": self.member,
            "lead": self.lead,
            "fingerprint": self.fingerprint,
            "joined": self.joined,
        }


def _write_replacing(path: Path, data: dict[str, Any]) -> None:
    """Small metadata files (never logs): a whole new file moved over the old one."""
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(path.name + ".tmp")
    with open(tmp, "w", encoding="utf-8") as f:
        json.dump(data, f, ensure_ascii=False, indent=1)
        f.flush()
        os.fsync(f.fileno())
    os.replace(tmp, path)


def _read_json(path: Path) -> dict[str, Any] | None:
    try:
        d = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError):
        return None
    return d if isinstance(d, dict) else None


class TeamFolder:
    def __init__(self, root: Path) -> None:
        self.root = Path(root)

    # -- the team -----------------------------------------------------------------------
    def is_team(self) -> bool:
        return (self.root / TEAM_FILE).is_file()

    def team_info(self) -> dict[str, Any] | None:
        return _read_json(self.root / TEAM_FILE)

    def create_team(self, name: str, lead_device: str, created: str) -> None:
        _write_replacing(
            self.root / TEAM_FILE,
            {"v": team_lines.FORMAT, "team": name, "lead": lead_device, "created": created},
        )
        (self.root / DEVICES).mkdir(exist_ok=True)

    # -- devices ------------------------------------------------------------------------
    def device_dir(self, device: str) -> Path:
        return self.root / DEVICES / device

    def write_device(self, info: DeviceInfo) -> None:
        _write_replacing(self.device_dir(info.device) / DEVICE_FILE, info.as_dict())

    def device(self, device: str) -> DeviceInfo | None:
        d = _read_json(self.device_dir(device) / DEVICE_FILE)
        if d is None:
            return None
        return DeviceInfo(
            device=str(d.get("device") or device),
            member=str(d.get("member") or ""),
            lead=bool(d.get("lead")),
            fingerprint=str(d.get("fingerprint") or ""),
            joined=str(d.get("joined") or ""),
        )

    def devices(self) -> list[DeviceInfo]:
        base = self.root / DEVICES
        if not base.is_dir():
            return []
        found = [self.device(p.name) for p in sorted(base.iterdir()) if p.is_dir()]
        return [d for d in found if d is not None]

    # -- logs ---------------------------------------------------------------------------
    def log_path(self, device: str, month: str) -> Path:
        return self.device_dir(device) / f"{month}.jsonl"

    def log_files(self) -> list[str]:
        """Every log file (conflicted copies included), relative, oldest month first."""
        base = self.root / DEVICES
        if not base.is_dir():
            return []
        out = [
            p.relative_to(self.root).as_posix()
            for p in base.glob("*/*.jsonl*")
            if p.is_file() and ".jsonl" in p.name and not p.name.endswith(".tmp")
        ]
        return sorted(out, key=lambda rel: (Path(rel).name, rel))

    def append(self, device: str, month: str, records: list[Record]) -> Path:
        """Append whole lines in one write, then fsync; never rewrites what is there."""
        path = self.log_path(device, month)
        path.parent.mkdir(parents=True, exist_ok=True)
        data = b"".join(team_lines.encode(r) for r in records)
        with open(path, "ab+") as f:
            size = f.seek(0, os.SEEK_END)
            if size == 0:
                data = team_lines.encode(Record(kind="header", device=device)) + data
            else:
                f.seek(size - 1)
                if f.read(1) != b"\n":  # a torn tail from a crash: close it off first
                    data = b"\n" + data
            f.write(data)
            f.flush()
            os.fsync(f.fileno())
        return path

    def read(self, rel: str, start: Position = Position()) -> FileRead:
        """The complete lines of a file from ``start``. A torn last line is left for
        next time; a damaged line is reported (file, line) and skipped; a line from a
        newer app stops the read there (nothing after it is half-read)."""
        out = FileRead(file=rel, end=start)
        path = self.root / rel
        try:
            with open(path, "rb") as f:
                size = f.seek(0, os.SEEK_END)
                if size < start.offset:  # replaced by a shorter copy: read it afresh
                    start = Position()
                f.seek(start.offset)
                data = f.read()
        except OSError as exc:
            out.problems.append(FolderProblem("team_unreadable", rel, 0, str(exc)))
            return out
        offset, line_no, pos = start.offset, start.line, 0
        while pos < len(data):
            nl = data.find(b"\n", pos)
            if nl < 0:
                out.torn = True
                break
            raw = data[pos:nl].strip()
            line_no += 1
            try:
                record = team_lines.decode(raw) if raw else None
            except NewerFormat as exc:
                out.problems.append(
                    FolderProblem("team_newer_format", rel, line_no, str(exc.version))
                )
                break
            except BadLine as exc:
                out.problems.append(FolderProblem("team_bad_line", rel, line_no, str(exc)))
                record = None
            pos = nl + 1
            offset = start.offset + pos
            if record is not None and record.kind != "header":
                out.records.append((record, Position(offset, line_no)))
            out.end = Position(offset, line_no)
        return out

    # -- claims -------------------------------------------------------------------------
    def claim(self, key: str, device: str, at: str) -> bool:
        """True when this device holds the claim ``key`` (made now or earlier by it)."""
        path = self.root / CLAIMS / f"{key}.json"
        path.parent.mkdir(parents=True, exist_ok=True)
        try:
            fd = os.open(path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o644)
        except FileExistsError:
            held = _read_json(path)
            return held is not None and held.get("device") == device
        with os.fdopen(fd, "w", encoding="utf-8") as f:
            json.dump({"v": team_lines.FORMAT, "device": device, "at": at}, f)
            f.flush()
            os.fsync(f.fileno())
        return True

    def claim_holder(self, key: str) -> str | None:
        held = _read_json(self.root / CLAIMS / f"{key}.json")
        return str(held.get("device")) if held else None
