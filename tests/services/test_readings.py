"""Readings end to end on real parts: a loopback Genspark, a real SQLite ledger file, the
real keyring backend (keyrings.alt's plaintext file in a temp folder, see conftest)."""

from __future__ import annotations

import io
import json
import sys
from collections.abc import Iterator
from contextlib import redirect_stdout, suppress
from datetime import datetime, timedelta
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "integrations"))
from loopback import Script, Server, genspark

from desktopapp.cli.main import main as cli
from desktopapp.domain.events import Observation
from desktopapp.platform import secrets
from desktopapp.services import exchange, readings, readings_tasks, setup, sources
from desktopapp.store.ledger_file import LedgerFile

KEY = "gsk-SECRET-4f1d8a2b9c7e6d5f"
MIN = timedelta(minutes=1)


@pytest.fixture(autouse=True)
def quiet_env(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    for var in ("HTTP_PROXY", "http_proxy", "NO_PROXY", "no_proxy"):
        monkeypatch.delenv(var, raising=False)
    monkeypatch.setenv("CREDITFUEL_LOG_DIR", str(tmp_path / "logs"))


@pytest.fixture
def server() -> Iterator[Server]:
    with genspark() as s:
        yield s


@pytest.fixture
def ledger(tracker: LedgerFile, now: datetime, server: Server) -> Iterator[LedgerFile]:
    setup.apply_preset(tracker, "genspark-free", now=now, lang="en", tz="Asia/Tokyo")
    sources.add_genspark(tracker, KEY, base_url=server.base_url)
    yield tracker
    with suppress(secrets.SecretsUnavailable):
        secrets.delete_secret(sources.key_name("genspark"))


def observations(ledger: LedgerFile) -> list[Observation]:
    return [e for e in ledger.events() if isinstance(e, Observation)]


def balance(server: Server, value: float, plan: str = "free") -> None:
    server.script = Script(body={"email": "me@example.com", "plan": plan,
                                 "credit_balance": value})


def test_a_reading_is_recorded_only_when_the_value_changed(
    ledger: LedgerFile, server: Server, now: datetime
) -> None:
    balance(server, 180)
    for i in range(3):
        report = readings.read_now(ledger, None, now + i * 60 * MIN)
        assert report.reading is not None and report.reading.balance == 180
    balance(server, 150)
    readings.read_now(ledger, None, now + 200 * MIN)
    seen = observations(ledger)
    assert [(o.balance, o.source) for o in seen] == [(180, "genspark"), (150, "genspark")]
    assert len(server.seen) == 4
    assert ledger.status(now + 201 * MIN).total == 150


def test_the_key_is_only_in_the_keyring(
    ledger: LedgerFile, server: Server, now: datetime, db_path: Path, tmp_path: Path
) -> None:
    balance(server, 180)
    readings.read_now(ledger, None, now)
    server.script = Script(status=401, body={"detail": f"bad key {KEY}"})
    readings.read_now(ledger, None, now + 5 * MIN)
    out = io.StringIO()
    with redirect_stdout(out):
        cli(["--db", str(db_path), "--now", (now + 10 * MIN).isoformat(), "source", "list",
             "--json"])
        cli(["--db", str(db_path), "--now", (now + 11 * MIN).isoformat(), "source", "read",
             "--json"])
    exports = tmp_path / "exports"
    exports.mkdir()
    for fmt in ("json", "csv"):
        exchange.export_to_file(ledger, now, exports / f"ledger.{fmt}", fmt)
    ledger.backup(tmp_path / "backup.sqlite3")
    from desktopapp.platform.error_log import record_exception

    record_exception("test", RuntimeError("a failure while reading"))
    files = [p for p in tmp_path.rglob("*") if p.is_file()]
    assert any(p.suffix == ".log" for p in files)
    for path in files:
        assert KEY.encode() not in path.read_bytes(), path
    assert KEY not in out.getvalue()
    assert KEY not in json.dumps(ledger.get_setting("sources"))
    assert secrets.get_secret(sources.key_name("genspark")) == KEY


def test_removing_a_source_deletes_its_key(ledger: LedgerFile) -> None:
    assert sources.remove(ledger, "genspark") is True
    assert secrets.get_secret(sources.key_name("genspark")) is None
    assert sources.configs(ledger) == []


def test_a_refused_key_stops_reading_until_the_user_acts(
    ledger: LedgerFile, server: Server, now: datetime
) -> None:
    server.script = Script(status=403, body={"detail": "revoked"})
    report = readings.read_now(ledger, None, now)
    assert report.failure is not None and report.failure.code == "key_refused"
    assert [f.code for f in report.findings] == ["key_refused"]
    assert readings.next_read_at(ledger, "genspark", now + 600 * MIN) is None
    sources.set_key(ledger, "genspark", "gsk-new-key")
    readings.acknowledge(ledger, "genspark")
    assert readings.next_read_at(ledger, "genspark", now) is not None
    balance(server, 90)
    assert readings.read_now(ledger, None, now + MIN).reading is not None
    assert server.seen[-1].headers["X-Api-Key"] == "gsk-new-key"


def test_429_is_honoured_even_on_demand(
    ledger: LedgerFile, server: Server, now: datetime
) -> None:
    server.script = Script(status=429, body="", headers={"Retry-After": "600"})
    readings.read_now(ledger, None, now)
    # not before Retry-After, even while the panel asks for quick readings
    assert readings.next_read_at(ledger, "genspark", now, panel_open=True) == now + 10 * MIN
    asked = len(server.seen)
    early = readings.read_now(ledger, None, now + 5 * MIN)
    assert early.contacted is False and early.failure is not None
    assert len(server.seen) == asked  # Genspark was not asked again
    balance(server, 100)
    assert readings.read_now(ledger, None, now + 11 * MIN).reading is not None


@pytest.mark.parametrize(
    ("script", "state"),
    [
        (Script(body="<html>Sign in to the proxy</html>", content_type="text/html"),
         "unexpected_answer"),
        (Script(body={"plan": "free"}), "unexpected_answer"),
        (Script(status=502, body="bad gateway", content_type="text/plain"), "offline"),
    ],
)
def test_pauses_and_offline_retry_within_the_hour_and_record_nothing(
    ledger: LedgerFile, server: Server, now: datetime, script: Script, state: str
) -> None:
    server.script = script
    report = readings.read_now(ledger, None, now)
    assert report.failure is not None and report.failure.code == state
    assert observations(ledger) == []
    # even with the panel open, a page-answering platform is asked at most hourly
    nxt = readings.next_read_at(ledger, "genspark", now, panel_open=True)
    assert nxt == now + (60 * MIN if state == "unexpected_answer" else 5 * MIN)
    assert readings.next_read_at(ledger, "genspark", now) == now + 60 * MIN
    assert (state == "offline") == (report.findings == [])  # offline is quiet
    again = readings.read_now(ledger, None, now + 60 * MIN)
    assert report.state_changed and not again.state_changed  # windows tell it once


def test_reading_is_quick_only_while_there_is_a_reason(
    ledger: LedgerFile, server: Server, now: datetime
) -> None:
    balance(server, 200)
    readings.read_now(ledger, None, now)
    assert readings.next_read_at(ledger, "genspark", now) == now + 60 * MIN
    assert readings.next_read_at(ledger, "genspark", now, panel_open=True) == now + 5 * MIN
    task = readings_tasks.start_task(ledger, "video", now=now + MIN)
    assert readings.next_read_at(ledger, "genspark", now + MIN) == now + 5 * MIN
    readings_tasks.cancel_task(ledger, task.id)
    balance(server, 150)
    readings.read_now(ledger, None, now + 60 * MIN)  # a drop: read often for 30 min
    assert readings.next_read_at(ledger, "genspark", now + 61 * MIN) == now + 65 * MIN
    assert readings.next_read_at(ledger, "genspark", now + 95 * MIN) == now + 120 * MIN


def test_the_cli_connects_reads_and_reports(
    tracker: LedgerFile, server: Server, now: datetime, db_path: Path,
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    setup.apply_preset(tracker, "genspark-free", now=now, lang="en", tz="Asia/Tokyo")
    base = ["--db", str(db_path), "--now", now.isoformat(), "--lang", "en"]
    monkeypatch.setattr("sys.stdin", io.StringIO(KEY + "\n"))
    assert cli([*base, "source", "add", "genspark", "--key-stdin",
                "--base-url", server.base_url]) == 0
    balance(server, 175.2, plan="free")
    assert cli([*base, "source", "read", "--json"]) == 0
    capsys.readouterr()
    server.script = Script(status=401, body={})
    assert cli([*base, "source", "read", "--json"]) == 1
    out = json.loads(capsys.readouterr().out)
    assert out["state"] == "key_refused"
    assert [f["code"] for f in out["findings"]] == ["key_refused"]
    assert "key" in out["findings"][0]["message"]
    assert cli([*base, "source", "remove", "genspark"]) == 0
    assert secrets.get_secret(sources.key_name("genspark")) is None
    assert cli([*base, "source", "add", "genspark", "--key-env", "NOPE_UNSET"]) == 2
    assert "NOPE_UNSET" in capsys.readouterr().err


def test_status_json_says_what_was_last_read(
    ledger: LedgerFile, server: Server, now: datetime, db_path: Path,
    capsys: pytest.CaptureFixture[str]
) -> None:
    args = ["--db", str(db_path), "--now", (now + 30 * MIN).isoformat(), "status", "--json"]
    assert cli(args) == 0
    (meter,) = json.loads(capsys.readouterr().out)["meters"]
    assert meter["observed"] is None
    balance(server, 120)
    readings.read_now(ledger, None, now)
    readings.read_now(ledger, None, now + 20 * MIN)  # same value: "at" is the newest reading
    assert cli(args) == 0
    (meter,) = json.loads(capsys.readouterr().out)["meters"]
    assert meter["observed"] == {
        "balance": 120, "at": (now + 20 * MIN).isoformat(), "source": "genspark"}
    assert meter["balance"] == 120


def test_the_plan_suggests_the_matching_preset_once(
    ledger: LedgerFile, server: Server, now: datetime
) -> None:
    balance(server, 9_000, plan="Plus")  # a daily Free meter, but Genspark says Plus
    first = readings.read_now(ledger, None, now)
    assert [(f.code, f.params["preset"]) for f in first.findings] == [
        ("plan_preset", "genspark-plus")]
    again = readings.read_now(ledger, None, now + 60 * MIN)
    assert again.findings == []


def test_a_damaged_reading_state_never_stops_reading(
    ledger: LedgerFile, server: Server, now: datetime
) -> None:
    ledger.set_setting("readings.state", {"genspark": {"value": "x", "seen_at": now.isoformat()}})
    ledger.set_setting("readings.tasks", [{"id": "t"}, "junk"])
    ledger.set_setting("readings.offers", [{"id": "o", "credits": 1}])
    ledger.set_setting("readings.refills", {"m": [[None, None, 1, 2]]})
    balance(server, 77)
    report = readings.read_now(ledger, None, now)
    assert report.reading is not None and report.recorded is not None
    assert readings_tasks.pending(ledger) == []
    assert readings.next_read_at(ledger, "genspark", now) == now + 60 * MIN
