"""Two and three devices, separate databases, one folder: everyone sees one ledger."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.team.team_helpers import SETUP, device, views


def setup_team(tmp_path: Path, capsys: pytest.CaptureFixture[str], n: int = 2):  # type: ignore[no-untyped-def]
    folder = tmp_path / "OneDrive" / "CreditFuel team"
    folder.mkdir(parents=True)
    lead = device(tmp_path, capsys, "ann")
    lead.ok("meter", "add", "free", "--grant", "200", "--reset", "daily", "--at", "09:00",
            "--tz", "Asia/Tokyo", now=SETUP)
    lead.ok("meter", "add", "plus", "--grant", "10000", "--reset", "monthly", "--day", "31",
            "--at", "00:00", "--tz", "Asia/Tokyo", "--balance", "5000", now=SETUP)
    lead.ok("team", "create", str(folder), "--name", "Ann")
    others = []
    for _i, name in enumerate(["Ben", "Chie"][: n - 1]):
        d = device(tmp_path, capsys, name.lower())
        d.ok("team", "join", str(folder), "--name", name)
        others.append(d)
    return folder, lead, others


def test_two_devices_converge_on_status_and_history(tmp_path: Path,
                                                   capsys: pytest.CaptureFixture[str]) -> None:
    _, ann, (ben,) = setup_team(tmp_path, capsys)
    ann.ok("log", "slides", "--credits", "30", "--meter", "plus", "--project", "acme",
           "--at", "2026-11-25T09:10:00+09:00")
    ben.ok("log", "video", "--credits", "120", "--meter", "plus",
           "--at", "2026-11-25T09:20:00+09:00")
    ben.ok("log", "chat", "--credits", "5", "--meter", "free",
           "--at", "2026-11-25T09:30:00+09:00")
    for d in (ann, ben, ann):
        d.ok("sync")
    assert views(ann) == views(ben)
    plus = {m["name"]: m for m in views(ann)[0]["meters"]}["plus"]
    assert plus["balance"] == 5000 - 30 - 120
    by_member = ann.json("history", "--by", "member", "--days", "7")
    assert by_member == ben.json("history", "--by", "member", "--days", "7")
    assert {g["key"]: g["credits"] for g in by_member["groups"]} == {"Ben": 125, "Ann": 30}
    status = ann.json("team", "status")
    assert sorted((d["member"], d["lead"], d["logs"]) for d in status["devices"]) == [
        ("Ann", True, 2), ("Ben", False, 2)]  # Ann: the starting balance and a log
    assert all(d["last_seen"] for d in status["devices"])
    assert [m["member"] for m in status["members"]] == ["Ann", "Ben"]


def test_three_devices_converge_in_any_sync_order(tmp_path: Path,
                                                 capsys: pytest.CaptureFixture[str]) -> None:
    _, ann, (ben, chie) = setup_team(tmp_path, capsys, 3)
    for i, d in enumerate((ann, ben, chie)):
        d.ok("log", "image", "--credits", str(10 + i), "--meter", "plus",
             "--at", f"2026-11-25T09:1{i}:00+09:00")
    chie.ok("undo")  # chie's own last log, undone on chie's computer
    for d in (chie, ben, ann, chie, ben):
        d.ok("sync")
    assert views(ann) == views(ben) == views(chie)
    plus = {m["name"]: m for m in views(ann)[0]["meters"]}["plus"]
    assert plus["balance"] == 5000 - 10 - 11
