"""The approval round trip across two PCs: asked on one, answered on the other, and the
check then passes for that task (once, or until the time the lead set)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.team.team_helpers import SETUP, Device, device


def team(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> tuple[Device, Device]:
    folder = tmp_path / "OneDrive" / "team"
    folder.mkdir(parents=True)
    ann = device(tmp_path, capsys, "ann")
    ann.ok("meter", "add", "plus", "--grant", "10000", "--reset", "monthly", "--day", "31",
           "--at", "00:00", "--tz", "Asia/Tokyo", "--balance", "5000", now=SETUP)
    ann.ok("rule", "add", "task_cap", "--id", "cap", "--limit", "100", now=SETUP)
    ann.ok("team", "create", str(folder), "--name", "Ann", now=SETUP)
    ben = device(tmp_path, capsys, "ben")
    ben.ok("team", "join", str(folder), "--name", "Ben", now=SETUP)
    return ann, ben


def test_request_answer_and_the_check_passes_once(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    ann, ben = team(tmp_path, capsys)
    before = ben.json("check", "video", "--size", "60")
    assert before["verdict"] == "needs_approval" and before.get("approval") is None
    req = ben.json("approval", "request", "video", "--size", "60", "--note", "client demo")
    assert req["state"] == "pending" and req["rules"] == ["cap"] and req["member"] == "Ben"
    ann.ok("sync")
    (waiting,) = ann.json("approval", "list")["approvals"]
    assert (waiting["id"], waiting["note"], waiting["state"]) == (req["id"], "client demo",
                                                                  "pending")
    code, _, err = ben.run("approval", "approve", req["id"])
    assert code == 2 and "lead" in err  # members do not answer (a convention)
    ann.ok("approval", "approve", req["id"][:4], "--note", "OK, keep it short")
    ben.ok("sync")
    after = ben.json("check", "video", "--size", "60")
    assert after["approval"]["id"] == req["id"]
    assert after["approval"]["decision"]["note"] == "OK, keep it short"
    assert after["verdict"] != "needs_approval"
    assert ann.json("check", "video", "--size", "60").get("approval") is None  # Ben's, not Ann's
    ben.ok("log", "video", "--credits", "150", "--size", "60")  # the approved task, done
    used = ben.json("check", "video", "--size", "60")
    assert used.get("approval") is None and used["verdict"] == "needs_approval"
    ann.ok("sync")
    assert [r["state"] for r in ann.json("approval", "list")["approvals"]] == ["used"]


def test_declined_and_approved_until_a_time(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    ann, ben = team(tmp_path, capsys)
    first = ben.json("approval", "request", "video")
    second = ben.json("approval", "request", "slides", "--project", "acme")
    ann.ok("sync")
    ann.ok("approval", "decline", first["id"], "--note", "not this month")
    ann.ok("approval", "approve", second["id"], "--until", "2026-11-25T18:00:00+09:00")
    ben.ok("sync")
    states = {r["id"]: r["state"] for r in ben.json("approval", "list")["approvals"]}
    assert states == {first["id"]: "declined", second["id"]: "approved"}
    assert ben.json("check", "slides", "--project", "acme")["approval"]["id"] == second["id"]
    assert ben.json("check", "slides", "--project", "other").get("approval") is None
    late = "2026-11-25T19:00:00+09:00"
    assert ben.json("check", "slides", "--project", "acme", now=late).get("approval") is None
    assert "approval ended" in ben.ok("approval", "list", now=late)


def test_solo_approvals_stay_on_this_pc(tmp_path: Path,
                                        capsys: pytest.CaptureFixture[str]) -> None:
    solo = device(tmp_path, capsys, "solo")
    solo.ok("meter", "add", "plus", "--grant", "100", "--reset", "daily", "--at", "00:00",
            "--tz", "UTC", now=SETUP)
    r = solo.json("approval", "request", "video")
    solo.ok("approval", "approve", r["id"])
    assert solo.json("approval", "list")["approvals"][0]["state"] == "approved"
    assert list(tmp_path.rglob("*.jsonl")) == []
