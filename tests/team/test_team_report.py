"""Reports to the team chat against a real HTTP server on the loopback: what is posted,
retries after a 500 and a timeout, failures kept, the token never in a file, and one
post per period however many leads' PCs are awake."""

from __future__ import annotations

import json
import os
import urllib.parse
import uuid
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from desktopapp.platform import secrets
from desktopapp.services import team, team_report
from desktopapp.services.ledger import LedgerFile
from tests.team.chat_server import chat_server
from tests.team.team_helpers import SETUP, Device, device

NOW = datetime.fromisoformat("2026-11-25T12:00:00+09:00")


def no_pause(_seconds: float) -> None:
    pass


def ledger_with_spends(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> Device:
    d = device(tmp_path, capsys, "ann")
    d.ok("meter", "add", "plus", "--grant", "10000", "--reset", "monthly", "--day", "31",
         "--at", "00:00", "--tz", "Asia/Tokyo", "--balance", "5000", now=SETUP)
    d.ok("config", "set", "timezone", "Asia/Tokyo")
    d.ok("log", "video", "--credits", "120", "--project", "acme",
         "--at", "2026-11-25T10:00:00+09:00")
    d.ok("log", "slides", "--credits", "30", "--outcome", "failed",
         "--at", "2026-11-25T11:00:00+09:00")
    return d


def unique(name: str) -> str:
    return f"{name}-{uuid.uuid4().hex[:6]}"


def test_apprise_json_gets_the_report(tmp_path: Path,
                                      capsys: pytest.CaptureFixture[str]) -> None:
    ann = ledger_with_spends(tmp_path, capsys)
    name = unique("hook")
    with chat_server() as chat:
        ann.ok("report", "destination", "add", name, f"json://{chat.base}/hook")
        out = json.loads(ann.ok("report", "--send", "--to", name, "--json"))
        assert [r["sent"] for r in out["results"]] == [True]
    (got,) = chat.got
    assert got.path.startswith("/hook")
    payload = json.loads(got.body)
    assert payload["title"].startswith("CreditFuel report")
    message = payload["message"]
    assert "plus 4,850/10,000" in message
    assert "acme 120" in message
    assert "30 credits (20%)" in message  # the failed slides: waste
    assert "By member:" in message


def test_chatwork_gets_the_token_header_and_the_room(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    ann = ledger_with_spends(tmp_path, capsys)
    token = "cw" + uuid.uuid4().hex
    name = unique("chatwork")
    with chat_server() as chat:
        api = urllib.parse.quote(f"http://{chat.base}", safe="")
        ann.ok("report", "destination", "add", name, f"chatwork://{token}@4242?api={api}")
        ann.ok("report", "--send", "--to", name)
    (got,) = chat.got
    assert got.path == "/v2/rooms/4242/messages"
    assert {k.lower(): v for k, v in got.headers.items()}["x-chatworktoken"] == token
    body = urllib.parse.parse_qs(got.body.decode())["body"][0]
    assert body.startswith("[info][title]CreditFuel report") and "acme 120" in body
    listed = ann.ok("report", "destination", "list")
    assert name in listed and token not in listed
    # The token is in the keyring and in no file this app wrote.
    assert token in (secrets.get_secret(f"report-destination:{name}") or "")
    state = Path(os.environ["XDG_STATE_HOME"])
    for root in (tmp_path, state):
        for path in root.rglob("*"):
            if path.is_file():
                assert token.encode() not in path.read_bytes(), path


@pytest.mark.parametrize("first", ["500", "slow"])
def test_a_500_or_a_timeout_is_retried(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                       first: str) -> None:
    ann = ledger_with_spends(tmp_path, capsys)
    with chat_server() as chat, LedgerFile.open(ann.db) as ledger:
        chat.script = [first]
        team_report.add_destination(ledger, unique("cw"),
                                    f"chatwork://t0k3n@7?api=http://{chat.base}")
        team_report.add_destination(ledger, unique("json"), f"json://{chat.base}/x")
        message = team_report.compose(ledger, NOW, "en")
        for d in team_report.destinations(ledger):
            chat.script = [first]
            results = team_report.deliver(ledger, NOW, message, to=d["name"],
                                          pause=no_pause, timeout=0.5)
            assert [r["sent"] for r in results] == [True], results
        assert team_report.waiting(ledger) == []
    assert len(chat.got) == 4  # two destinations, each: one failure, one success


def test_failures_are_kept_shown_and_sent_later(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    ann = ledger_with_spends(tmp_path, capsys)
    name = unique("hook")
    with chat_server() as chat:
        ann.ok("report", "destination", "add", name, f"json://{chat.base}/x")
        chat.script = ["500"] * 3
        code, out, _ = ann.run("report", "--send", "--to", name)
        assert code == 1 and "tried again later" in out
        assert "Waiting to be sent" in ann.ok("report", "destination", "list")
        with LedgerFile.open(ann.db) as ledger:
            assert team_report.retry(ledger, NOW, pause=no_pause) == []  # not due yet
            later = NOW + timedelta(minutes=2)
            (r,) = team_report.retry(ledger, later, pause=no_pause)
            assert r["sent"] and team_report.waiting(ledger) == []
    assert len(chat.got) == 4


def test_two_leads_post_each_period_once_and_a_missed_one_once_on_wake(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "Dropbox" / "team"
    folder.mkdir(parents=True)
    ann = ledger_with_spends(tmp_path, capsys)
    ann.ok("team", "create", str(folder), "--name", "Ann")
    ben = device(tmp_path, capsys, "ben")
    ben.ok("team", "join", str(folder), "--name", "Ben", "--lead")
    with chat_server() as chat:
        ledgers = [LedgerFile.open(d.db) for d in (ann, ben)]
        try:
            team_report.set_schedule(ledgers[0], 0, "09:00")  # Mondays, Ann's zone
            for lg in ledgers:
                team.sync(lg, now=NOW)
                team_report.add_destination(lg, unique("team"), f"json://{chat.base}/x")
            assert ledgers[1].get_setting(team_report.SCHEDULE) == {
                "weekday": 0, "at": "09:00", "tz": "Asia/Tokyo"}
            for lg in ledgers:
                team_report.send_due(lg, NOW, pause=no_pause)
            assert len(chat.got) == 2  # this week's slot and this billing month: once each
            for lg in ledgers:
                assert team_report.send_due(lg, NOW, pause=no_pause) == []
            # Both PCs asleep for three weeks: on wake, one weekly report (not three) and
            # the billing day that passed meanwhile, each once.
            wake = NOW + timedelta(days=21)
            for lg in reversed(ledgers):
                team_report.send_due(lg, wake, pause=no_pause)
            assert len(chat.got) == 4
            claims = sorted(p.name for p in (folder / "claims").iterdir())
            assert claims == ["report-billing-20261030T1500Z.json",
                              "report-billing-20261129T1500Z.json",
                              "report-weekly-20261123T0000Z.json",
                              "report-weekly-20261214T0000Z.json"]
        finally:
            for lg in ledgers:
                lg.close()


def test_solo_without_destinations_touches_no_network(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    ann = ledger_with_spends(tmp_path, capsys)
    with LedgerFile.open(ann.db) as ledger:
        assert team_report.send_due(ledger, NOW, pause=no_pause) == []
    code, _, _err = ann.run("report", "--send")
    assert code == 2
