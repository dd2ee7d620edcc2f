"""Clocks that disagree, a week offline, edits on two devices at once."""

from __future__ import annotations

import uuid
from pathlib import Path

import pytest

from tests.team.team_helpers import SETUP, Device, device, views


def team(tmp_path: Path, capsys: pytest.CaptureFixture[str], *, ben_lead: bool = False
         ) -> tuple[Device, Device]:
    folder = tmp_path / "Google Drive" / "team"
    folder.mkdir(parents=True)
    ann = device(tmp_path, capsys, "ann")
    ann.ok("meter", "add", "plus", "--grant", "10000", "--reset", "monthly", "--day", "31",
           "--at", "00:00", "--tz", "Asia/Tokyo", "--balance", "5000", now=SETUP)
    ann.ok("team", "create", str(folder), "--name", "Ann", now=SETUP)
    ben = device(tmp_path, capsys, "ben")
    ben.ok("team", "join", str(folder), "--name", "Ben", *(["--lead"] if ben_lead else []),
           now=SETUP)
    return ann, ben


def plus(d: Device, now: str | None = None) -> dict:  # type: ignore[type-arg]
    return {m["name"]: m for m in d.json("status", now=now)["meters"]}["plus"]  # type: ignore[no-any-return]


def test_clocks_an_hour_apart_cannot_reorder_a_later_edit(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    ann, ben = team(tmp_path, capsys)
    ann.now = "2026-11-25T12:00:00+09:00"
    ben.now = "2026-11-25T11:05:00+09:00"  # the same moment on a PC an hour behind
    video = str(uuid.uuid4())
    ann.ok("log", "video", "--credits", "300", "--at", "2026-11-25T10:00:00+09:00",
           "--id", video)
    ann.ok("meter", "edit", "plus", "--grant", "300")  # stamped 12:00 on Ann's clock
    ann.ok("sync")
    ben.ok("sync")
    ben.ok("log", "chat", "--credits", "7", "--at", "2026-11-25T11:00:00+09:00")
    ben.ok("undo")  # "the last log" on Ben's PC is his own chat, not Ann's video
    ben.ok("meter", "edit", "plus", "--grant", "400")  # after seeing Ann's edit, at 11:05
    for d in (ben, ann):
        d.ok("sync")
    late = "2026-11-25T12:30:00+09:00"
    assert views(ann, late) == views(ben, late)
    assert plus(ann, late)["balance"] == 5000 - 300
    assert plus(ann, late)["grant"] == 400  # the later edit wins though its clock is behind
    ben.ok("undo", video)  # a teammate's log: by its id
    for d in (ben, ann):
        d.ok("sync")
    assert plus(ann, late)["balance"] == plus(ben, late)["balance"] == 5000


def test_a_device_offline_for_a_week_catches_up(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    ann, ben = team(tmp_path, capsys)
    for day in range(25, 31):
        at = f"2026-11-{day}T10:00:00+09:00"
        ann.ok("log", "slides", "--credits", "10", "--at", at, now=at)
    ben.ok("log", "video", "--credits", "100", "--at", "2026-11-26T15:00:00+09:00",
           now="2026-11-26T15:00:00+09:00")
    for day in (1, 2):
        at = f"2026-12-0{day}T10:00:00+09:00"
        ann.ok("log", "slides", "--credits", "10", "--at", at, now=at)  # a new month's file
    back = "2026-12-02T18:00:00+09:00"
    ben.ok("sync", now=back)
    ann.ok("sync", now=back)
    assert views(ann, back) == views(ben, back)
    assert plus(ann, back)["balance"] == 10000 - 3 * 10  # refilled on the 30th (day 31 clamps)
    assert sum(1 for _ in (tmp_path / "Google Drive" / "team").rglob("2026-12.jsonl")) == 1


def test_rule_and_meter_edits_on_two_devices_at_once_end_the_same(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    ann, ben = team(tmp_path, capsys, ben_lead=True)
    ann.ok("rule", "add", "task_cap", "--id", "cap", "--limit", "100")
    ann.ok("sync")
    ben.ok("sync")
    assert [r["id"] for r in ben.json("rule", "list")["rules"]] == ["cap"]
    ann.ok("rule", "remove", "cap")
    ann.ok("rule", "add", "task_cap", "--id", "cap-a", "--limit", "200")
    ben.ok("rule", "remove", "cap")
    ben.ok("rule", "add", "task_cap", "--id", "cap-b", "--limit", "300")
    ann.ok("meter", "edit", "plus", "--grant", "300")
    ben.ok("meter", "edit", "plus", "--grant", "400")
    for d in (ann, ben, ann):
        d.ok("sync")
    assert ann.json("rule", "list") == ben.json("rule", "list")
    assert sorted(r["id"] for r in ann.json("rule", "list")["rules"]) == ["cap-a", "cap-b"]
    assert plus(ann)["grant"] == plus(ben)["grant"]
    assert plus(ann)["grant"] in (300, 400)
    assert views(ann) == views(ben)


def test_rules_are_the_leads_a_members_edit_stays_on_their_pc(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    ann, ben = team(tmp_path, capsys)
    ann.ok("rule", "add", "task_cap", "--id", "cap", "--limit", "100")
    ann.ok("sync")
    ben.ok("sync")
    ben.ok("rule", "add", "task_cap", "--id", "mine", "--limit", "5")
    report = ben.json("sync")
    assert report["held_back"] == 1
    ann.ok("sync")
    assert [r["id"] for r in ann.json("rule", "list")["rules"]] == ["cap"]
    assert "lead" in ben.ok("sync")
