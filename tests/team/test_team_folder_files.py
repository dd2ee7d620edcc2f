"""What sync engines do to files, handled: conflicted copies, torn and damaged lines,
a newer format, a copied ledger, deleted files."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from tests.team.team_helpers import SETUP, Device, device, views

CONFLICT_NAMES = [
    "2026-11 (Ben's conflicted copy 2026-11-28).jsonl",  # Dropbox
    "2026-11-DESKTOP-7Q2K.jsonl",  # OneDrive
    "2026-11 (1).jsonl",  # Google Drive
    "2026-11 (conflicted copy 2026-11-28 103000).jsonl",  # Nextcloud
]


def two(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> tuple[Path, Device, Device]:
    folder = tmp_path / "Dropbox" / "team"
    folder.mkdir(parents=True)
    ann = device(tmp_path, capsys, "ann")
    ann.ok("meter", "add", "plus", "--grant", "10000", "--reset", "monthly", "--day", "31",
           "--at", "00:00", "--tz", "Asia/Tokyo", "--balance", "5000", now=SETUP)
    ann.ok("team", "create", str(folder), "--name", "Ann")
    ben = device(tmp_path, capsys, "ben")
    ben.ok("team", "join", str(folder), "--name", "Ben")
    return folder, ann, ben


def log_file(folder: Path, who: Device) -> Path:
    dev = json.loads(who.ok("team", "status", "--json"))["device"]
    return folder / "devices" / dev / "2026-11.jsonl"


def balance(d: Device) -> int:
    return {m["name"]: m for m in views(d)[0]["meters"]}["plus"]["balance"]  # type: ignore[no-any-return]


@pytest.mark.parametrize("copy_name", CONFLICT_NAMES)
def test_conflicted_copies_are_read_and_add_nothing_twice(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], copy_name: str
) -> None:
    folder, ann, ben = two(tmp_path, capsys)
    ben.ok("log", "video", "--credits", "100", "--at", "2026-11-25T10:00:00+09:00")
    path = log_file(folder, ben)
    before = path.read_bytes()
    ben.ok("log", "image", "--credits", "7", "--at", "2026-11-25T10:05:00+09:00")
    # The engine kept the older file under the real name and the newer as a copy.
    shutil.copyfile(path, path.with_name(copy_name))
    path.write_bytes(before)
    ann.ok("sync")
    ann.ok("sync")
    assert balance(ann) == 5000 - 100 - 7
    ben.ok("sync")
    assert views(ann) == views(ben)


def test_a_torn_last_line_waits_until_it_is_complete(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder, ann, ben = two(tmp_path, capsys)
    ben.ok("log", "video", "--credits", "100", "--at", "2026-11-25T10:00:00+09:00")
    path = log_file(folder, ben)
    whole = path.read_bytes()
    ben.ok("log", "image", "--credits", "7", "--at", "2026-11-25T10:05:00+09:00")
    tail = path.read_bytes()[len(whole):]
    path.write_bytes(whole + tail[:25])  # half carried over by the sync engine
    report = json.loads(ann.ok("sync", "--json"))
    assert report["problems"] == []
    assert balance(ann) == 5000 - 100
    path.write_bytes(whole + tail)
    ann.ok("sync")
    assert balance(ann) == 5000 - 100 - 7


def test_a_damaged_line_is_reported_with_file_and_line_and_skipped(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder, ann, ben = two(tmp_path, capsys)
    for credits in ("100", "7", "3"):
        ben.ok("log", "image", "--credits", credits, "--at", "2026-11-25T10:00:00+09:00")
    path = log_file(folder, ben)
    lines = path.read_bytes().split(b"\n")
    damaged = next(i for i, ln in enumerate(lines) if b'"credits":7' in ln)
    lines[damaged] = lines[damaged].replace(b'"credits":7', b'"credits":9')
    path.write_bytes(b"\n".join(lines))
    code, out, err = ann.run("sync", "--json")
    assert code == 0, err
    problems = json.loads(out)["problems"]
    rel = path.relative_to(folder).as_posix()
    assert problems == [{"code": "team_bad_line", "file": rel, "line": damaged + 1,
                         "detail": "checksum"}]
    assert balance(ann) == 5000 - 100 - 3
    status = ann.json("team", "status")
    assert [p["line"] for p in status["problems"]] == [damaged + 1]
    text = ann.ok("team", "status")
    assert rel in text and str(damaged + 1) in text


def test_a_newer_format_is_refused_not_half_read(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder, ann, _ben = two(tmp_path, capsys)
    newer = folder / "devices" / "from-the-future" / "2026-11.jsonl"
    newer.parent.mkdir(parents=True)
    newer.write_text('{"v":2,"k":"header","dev":"from-the-future"}\n'
                     '{"v":2,"k":"event","anything":"new"}\n')
    report = json.loads(ann.ok("sync", "--json"))
    assert [(p["code"], p["line"]) for p in report["problems"]] == [("team_newer_format", 1)]
    assert "newer" in ann.ok("team", "status").lower()


def test_a_copied_ledger_gets_its_own_device_id(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _folder, ann, ben = two(tmp_path, capsys)
    twin = device(tmp_path, capsys, "twin")
    shutil.copyfile(ann.db, twin.db)  # a PC set up by copying Ann's data folder
    report = json.loads(twin.ok("sync", "--json"))
    assert [p["code"] for p in report["problems"]] == ["team_device_clash"]
    twin.ok("log", "chat", "--credits", "4", "--at", "2026-11-25T10:00:00+09:00")
    ann.ok("log", "chat", "--credits", "6", "--at", "2026-11-25T10:01:00+09:00")
    for d in (twin, ann, ben, twin):
        d.ok("sync")
    assert balance(ann) == balance(twin) == balance(ben) == 5000 - 10
    devices = ann.json("team", "status")["devices"]
    assert len({d["device"] for d in devices}) == 3


def test_deleted_files_lose_nothing_already_merged(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder, ann, ben = two(tmp_path, capsys)
    ben.ok("log", "video", "--credits", "100", "--at", "2026-11-25T10:00:00+09:00")
    ann.ok("sync")
    shutil.rmtree(log_file(folder, ben).parent)
    ann.ok("sync")
    assert balance(ann) == 5000 - 100


def test_leaving_and_joining_another_team_shares_everything_there(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _folder, ann, _ben = two(tmp_path, capsys)
    ann.ok("log", "video", "--credits", "100", "--at", "2026-11-25T10:00:00+09:00")
    ann.ok("team", "leave")
    other = tmp_path / "Dropbox" / "other team"
    other.mkdir(parents=True)
    chie = device(tmp_path, capsys, "chie")
    chie.ok("meter", "add", "free", "--grant", "50", "--reset", "daily", "--at", "00:00",
            "--tz", "UTC", now=SETUP)
    chie.ok("team", "create", str(other), "--name", "Chie")
    ann.ok("team", "join", str(other), "--name", "Ann")
    chie.ok("sync")
    assert views(chie) == views(ann)
    # Ann's video had no meter: in one account it draws in draw order (free first).
    assert sum(m["balance"] for m in views(chie)[0]["meters"]) == 5000 + 50 - 100
    ann.ok("team", "leave")
    ann.ok("team", "join", str(other), "--name", "Ann")  # the same folder again: no re-share
    lines = sum(len(p.read_text().splitlines()) for p in other.rglob("*.jsonl"))
    ann.ok("sync")
    assert sum(len(p.read_text().splitlines()) for p in other.rglob("*.jsonl")) == lines
