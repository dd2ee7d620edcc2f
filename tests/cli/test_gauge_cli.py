"""Issue 9 from the terminal, against real database files: set the balance, list, fix
and delete past logs, switch plan Free -> Plus -> Pro -> Free, and the refusals of
impossible entries (exit 2, one line naming the fix, nothing written)."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest

from desktopapp.cli.main import main

NOW = "2026-11-25T12:00:00+09:00"
LATER = "2026-11-25T13:00:00+09:00"


@pytest.fixture
def db(tmp_path: Path) -> Path:
    return tmp_path / "ledger.sqlite3"


def run(capsys: pytest.CaptureFixture[str], db: Path, *args: str, now: str = NOW,
        lang: str = "en") -> tuple[int, str, str]:
    code = main(["--db", str(db), "--now", now, "--lang", lang, *args])
    out, err = capsys.readouterr()
    return code, out, err


def ok(capsys: pytest.CaptureFixture[str], db: Path, *args: str, now: str = NOW,
       lang: str = "en") -> str:
    code, out, err = run(capsys, db, *args, now=now, lang=lang)
    assert code == 0, err
    return out


def balances(capsys: pytest.CaptureFixture[str], db: Path, now: str = NOW) -> dict[str, int]:
    data = json.loads(ok(capsys, db, "status", "--json", now=now))
    return {m["name"]: m["balance"] for m in data["meters"]}


def logs(capsys: pytest.CaptureFixture[str], db: Path, *args: str) -> list[dict]:  # type: ignore[type-arg]
    return json.loads(ok(capsys, db, "log", "list", "--json", *args))["logs"]  # type: ignore[no-any-return]


def dump(path: Path) -> list[str]:
    conn = sqlite3.connect(path)
    try:
        return list(conn.iterdump())
    finally:
        conn.close()


@pytest.fixture
def free(capsys: pytest.CaptureFixture[str], db: Path) -> Path:
    ok(capsys, db, "preset", "apply", "genspark-free", now="2026-11-20T12:00:00+09:00")
    return db


@pytest.fixture
def two_meters(capsys: pytest.CaptureFixture[str], db: Path) -> Path:
    ok(capsys, db, "meter", "add", "daily", "--grant", "95", "--reset", "daily", "--at",
       "09:00", "--tz", "Asia/Tokyo", now="2026-11-20T12:00:00+09:00")
    ok(capsys, db, "meter", "add", "monthly", "--grant", "10000", "--reset", "monthly",
       "--day", "1", "--at", "00:00", "--tz", "Asia/Tokyo", now="2026-11-20T12:00:00+09:00")
    return db


# -- balance set -------------------------------------------------------------------------
def test_balance_set_is_an_observation_not_a_task(capsys: pytest.CaptureFixture[str],
                                                  free: Path) -> None:
    out = ok(capsys, free, "balance", "set", "120")
    assert "120" in out
    assert balances(capsys, free) == {"Genspark daily": 120}
    rows = logs(capsys, free)
    assert [r["type"] for r in rows] == ["observation"]
    assert rows[0]["balance"] == 120 and rows[0]["meter"] == "Genspark daily"
    assert not [r for r in rows if r["type"] == "spend"]


def test_balance_set_in_japanese_names_the_meter(capsys: pytest.CaptureFixture[str],
                                                free: Path) -> None:
    out = ok(capsys, free, "balance", "set", "80", lang="ja")
    assert "残高" in out and "80" in out


def test_balance_set_names_its_meter_when_there_are_several(
        capsys: pytest.CaptureFixture[str], two_meters: Path) -> None:
    before = dump(two_meters)
    code, _, err = run(capsys, two_meters, "balance", "set", "500")
    assert code == 2 and "--meter" in err and err.count("\n") == 1
    assert dump(two_meters) == before
    ok(capsys, two_meters, "balance", "set", "50", "--meter", "daily")
    assert balances(capsys, two_meters) == {"daily": 50, "monthly": 10000}


def test_balance_set_refuses_what_the_meter_cannot_hold(
        capsys: pytest.CaptureFixture[str], free: Path) -> None:
    before = dump(free)
    code, _, err = run(capsys, free, "balance", "set", "500")
    assert code == 2 and "200" in err and "Genspark daily" in err
    assert dump(free) == before


def test_balance_set_at_and_retry_with_the_same_id(capsys: pytest.CaptureFixture[str],
                                                   free: Path) -> None:
    uid = "5b0c5d3e-8a43-4a53-9f57-2f3d8c2b9a11"
    ok(capsys, free, "balance", "set", "150", "--at", "2026-11-25T11:00:00+09:00", "--id", uid)
    again = ok(capsys, free, "balance", "set", "150", "--at", "2026-11-25T11:00:00+09:00",
               "--id", uid)
    assert uid in again
    assert len(logs(capsys, free)) == 1


# -- plausibility refusals ---------------------------------------------------------------
@pytest.mark.parametrize(
    ("args", "names"),
    [
        (("log", "slides", "--credits", "5000"), "balance set"),  # issue: -4,800
        (("log", "slides", "--balance-now", "500"), "balance set"),  # issue: a 0-credit task
        (("log", "slides", "--credits", "5", "--at", "2030-01-01T00:00:00+09:00"), "--at"),
        (("log", "slides", "--credits", "5", "--at", "2026-11-01T00:00:00+09:00"), "--at"),
        (("balance", "set", "20", "--at", "2030-01-01T00:00:00+09:00"), "--at"),
    ],
)
def test_impossible_entries_exit_2_and_write_nothing(
        capsys: pytest.CaptureFixture[str], free: Path, args: tuple[str, ...], names: str
) -> None:
    ok(capsys, free, "log", "slides", "--credits", "60")
    before = dump(free)
    code, out, err = run(capsys, free, *args)
    assert code == 2, out
    assert out == "" and err.count("\n") == 1
    assert names in err or (names == "balance set" and "--balance-now" in err)
    assert dump(free) == before
    assert balances(capsys, free) == {"Genspark daily": 140}


def test_balance_now_with_several_meters_never_sums_them(
        capsys: pytest.CaptureFixture[str], two_meters: Path) -> None:
    before = dump(two_meters)
    code, _, err = run(capsys, two_meters, "log", "research", "--balance-now", "500")
    assert code == 2 and "--meter" in err
    assert dump(two_meters) == before
    ok(capsys, two_meters, "log", "research", "--balance-now", "60", "--meter", "daily")
    rows = logs(capsys, two_meters)
    assert rows[0]["credits"] == 35 and rows[0]["meter"] == "daily"
    assert balances(capsys, two_meters) == {"daily": 60, "monthly": 10000}


def test_refusals_in_japanese(capsys: pytest.CaptureFixture[str], free: Path) -> None:
    code, _, err = run(capsys, free, "log", "slides", "--credits", "5000", lang="ja")
    assert code == 2 and "クレジット" in err


# -- log list / edit / delete ------------------------------------------------------------
def test_log_list_shows_each_log_with_its_id_newest_first(
        capsys: pytest.CaptureFixture[str], free: Path) -> None:
    ok(capsys, free, "log", "slides", "--credits", "30", "--project", "acme",
       now="2026-11-25T10:00:00+09:00")
    ok(capsys, free, "log", "research", "--credits", "20", now="2026-11-25T11:00:00+09:00")
    rows = logs(capsys, free)
    assert [r["kind"] for r in rows] == ["research", "slides"]
    assert all(len(r["id"]) == 36 for r in rows)
    assert [r["kind"] for r in logs(capsys, free, "--kind", "slides")] == ["slides"]
    assert [r["kind"] for r in logs(capsys, free, "--project", "acme")] == ["slides"]
    assert logs(capsys, free, "--since", "2026-11-25T10:30:00+09:00")[0]["kind"] == "research"
    table = ok(capsys, free, "log", "list")
    assert rows[0]["id"] in table and rows[1]["id"] in table


def test_log_list_pages_with_a_cursor(capsys: pytest.CaptureFixture[str], free: Path) -> None:
    for minute in range(5):
        ok(capsys, free, "log", "chat", "--credits", "1",
           now=f"2026-11-25T10:0{minute}:00+09:00")
    first = json.loads(ok(capsys, free, "log", "list", "--json", "--limit", "2"))
    second = json.loads(ok(capsys, free, "log", "list", "--json", "--limit", "2",
                           "--before", first["next_before"]))
    ids = [r["id"] for r in first["logs"]] + [r["id"] for r in second["logs"]]
    assert len(set(ids)) == 4


def test_log_edit_corrects_and_undo_takes_it_back_whole(
        capsys: pytest.CaptureFixture[str], free: Path) -> None:
    ok(capsys, free, "log", "slides", "--credits", "50", now="2026-11-25T10:00:00+09:00")
    old = logs(capsys, free)[0]["id"]
    ok(capsys, free, "log", "edit", old, "--credits", "20", "--kind", "research",
       "--project", "acme", "--note", "fixed")
    rows = logs(capsys, free)
    assert len(rows) == 1
    assert rows[0]["edited"] and rows[0]["replaces"] == old
    assert (rows[0]["kind"], rows[0]["credits"], rows[0]["project"], rows[0]["note"]) == (
        "research", 20, "acme", "fixed")
    assert balances(capsys, free) == {"Genspark daily": 180}
    ok(capsys, free, "undo")  # one action: the edit, the old log is back
    rows = logs(capsys, free)
    assert [(r["id"], r["credits"], r["edited"]) for r in rows] == [(old, 50, False)]
    assert balances(capsys, free) == {"Genspark daily": 150}
    ok(capsys, free, "redo")
    assert [r["credits"] for r in logs(capsys, free)] == [20]
    assert balances(capsys, free) == {"Genspark daily": 180}


def test_log_edit_refuses_the_impossible(capsys: pytest.CaptureFixture[str],
                                         free: Path) -> None:
    ok(capsys, free, "log", "slides", "--credits", "50")
    old = logs(capsys, free)[0]["id"]
    before = dump(free)
    code, _, err = run(capsys, free, "log", "edit", old, "--credits", "900")
    assert code == 2 and err.count("\n") == 1
    code2, _, _ = run(capsys, free, "log", "edit", "no-such-id", "--credits", "9")
    assert code2 == 2
    assert dump(free) == before


def test_log_delete_is_a_tombstone_and_redo_brings_it_back(
        capsys: pytest.CaptureFixture[str], free: Path) -> None:
    ok(capsys, free, "log", "slides", "--credits", "50", now="2026-11-25T10:00:00+09:00")
    ok(capsys, free, "log", "chat", "--credits", "10", now="2026-11-25T11:00:00+09:00")
    ids = [r["id"] for r in logs(capsys, free)]
    ok(capsys, free, "log", "delete", *ids)
    assert logs(capsys, free) == []
    assert balances(capsys, free) == {"Genspark daily": 200}
    assert "Already" in ok(capsys, free, "log", "delete", ids[0])
    conn = sqlite3.connect(free)
    assert conn.execute("SELECT COUNT(*) FROM events WHERE type = 'spend'").fetchone()[0] == 2
    conn.close()
    ok(capsys, free, "redo")
    assert len(logs(capsys, free)) == 1


def test_a_kind_named_like_a_command_is_logged_with_kind(
        capsys: pytest.CaptureFixture[str], free: Path) -> None:
    ok(capsys, free, "log", "--kind", "list", "--credits", "5")
    assert logs(capsys, free)[0]["kind"] == "list"
    code, _, _ = run(capsys, free, "log", "slides", "--kind", "video", "--credits", "5")
    assert code == 2
    code, _, _ = run(capsys, free, "log", "list", "--credits", "5")
    assert code == 2


# -- plan ---------------------------------------------------------------------------------
def test_plan_switch_free_plus_pro_free(capsys: pytest.CaptureFixture[str], free: Path) -> None:
    ok(capsys, free, "log", "slides", "--credits", "50", now="2026-11-25T10:00:00+09:00")
    assert json.loads(ok(capsys, free, "plan", "show", "--json"))[0]["preset"] == "genspark-free"

    ok(capsys, free, "plan", "switch", "genspark-plus", "--balance", "7000", "--billing-day", "25")
    assert json.loads(ok(capsys, free, "plan", "show", "--json"))[0]["preset"] == "genspark-plus"
    assert balances(capsys, free) == {"Genspark monthly": 7000}

    ok(capsys, free, "plan", "switch", "genspark-pro", now=LATER)
    assert json.loads(ok(capsys, free, "plan", "show", "--json", now=LATER))[0]["preset"] == (
        "genspark-pro")
    assert balances(capsys, free, now=LATER) == {"Genspark monthly": 125_000}

    ok(capsys, free, "pack", "add", "1000", now=LATER)
    code, _out, err = run(capsys, free, "plan", "switch", "genspark-free",
                         now="2026-11-25T14:00:00+09:00")
    assert code == 0 and "pack" in err.lower()  # a downgrade with a live pack warns
    assert balances(capsys, free, now="2026-11-25T14:00:00+09:00") == {"Genspark daily": 200}
    # history and packs stay
    assert [r["kind"] for r in logs(capsys, free) if r["type"] == "spend"] == ["slides"]
    data = json.loads(ok(capsys, free, "status", "--json", now="2026-11-25T14:00:00+09:00"))
    assert data["packs"][0]["credits_left"] == 1000


def test_plan_switch_refuses_a_balance_the_plan_cannot_hold(
        capsys: pytest.CaptureFixture[str], free: Path) -> None:
    before = dump(free)
    code, _, err = run(capsys, free, "plan", "switch", "genspark-plus", "--balance", "20000")
    assert code == 2 and "10000" in err.replace(",", "")
    code, _, _ = run(capsys, free, "plan", "switch", "genspark-plus", "--at",
                     "2030-01-01T00:00:00+09:00")
    assert code == 2
    assert dump(free) == before


# -- right advice ---------------------------------------------------------------------------
def test_a_video_bigger_than_a_refill_is_told_to_buy_a_pack_not_to_wait(
        capsys: pytest.CaptureFixture[str], free: Path) -> None:
    data = json.loads(ok(capsys, free, "check", "video", "--size", "60", "--json"))
    codes = [r["code"] for r in data["reasons"]]
    assert data["verdict"] == "blocked"
    assert "refill_too_small" in codes and "not_enough_credits" not in codes
    ok(capsys, free, "log", "slides", "--credits", "100")
    small = json.loads(ok(capsys, free, "check", "slides", "--json"))
    assert "refill_too_small" not in [r["code"] for r in small["reasons"]]
