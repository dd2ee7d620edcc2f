"""The insight commands against a real SQLite file, as a script or a person runs them."""

from __future__ import annotations

import json
import re
from datetime import UTC, datetime, time, timedelta
from pathlib import Path

import pytest

from desktopapp.cli.main import main
from desktopapp.domain.schedule import Monthly
from desktopapp.i18n import has, text
from desktopapp.store.ledger_file import Identity, LedgerFile

NOW = datetime(2026, 11, 25, 0, 0, tzinfo=UTC)  # Wednesday 09:00 in Tokyo
NOW_ARG = "2026-11-25T09:00+09:00"
DAY = timedelta(days=1)
Cap = pytest.CaptureFixture[str]
COSTS = [240, 250, 260, 270, 280, 290, 300, 310, 320, 330, 340, 350, 360, 410]


@pytest.fixture
def db(tmp_path: Path) -> Path:
    """Plus plan, 10,000 a month on day 1 09:00 Tokyo; 14 one-minute videos over 14 days
    (the last for Acme) and a "balance now" of 380."""
    path = tmp_path / "cf.sqlite3"
    t = LedgerFile.open(path, Identity("dev", "me"))
    try:
        t.set_setting("tz", "Asia/Tokyo")
        t.add_meter("Plus", 10_000, Monthly(1, time(9), "Asia/Tokyo"), now=NOW - 60 * DAY)
        for i, c in enumerate(COSTS):
            t.log_spend("video", credits=c, size=60, project="Acme" if i == 13 else None,
                        at=NOW - (14 - i) * DAY - timedelta(hours=2), now=NOW)
        t.log_spend("slides", credits=90, outcome="failed", at=NOW - 3 * DAY, now=NOW)
        t.log_spend("slides", credits=60, project="Beta",
                    at=datetime(2026, 11, 23, 14, 30, tzinfo=UTC), now=NOW)  # 23:30 JST
        t.observe("Plus", 380, at=NOW - timedelta(hours=1), now=NOW)
    finally:
        t.close()
    return path


def run(db: Path, *args: str, capsys: Cap) -> tuple[int, str, str]:
    code = main(["--db", str(db), "--now", NOW_ARG, *args])
    out, err = capsys.readouterr()
    return code, out, err


def as_json(db: Path, *args: str, capsys: Cap) -> dict:  # type: ignore[type-arg]
    code, out, err = run(db, *args, "--json", capsys=capsys)
    assert code == 0, err
    return json.loads(out)  # type: ignore[no-any-return]


def test_estimate_json_from_the_users_own_videos(db: Path, capsys: Cap) -> None:
    e = as_json(db, "estimate", "video", "--size", "60", capsys=capsys)
    # p10 at position 1.5 -> 245, median 305, p90 at 13.5 -> 385 (14 runs: history only).
    assert {k: e[k] for k in ("typical", "low", "high", "samples", "source")} == {
        "typical": 305, "low": 245, "high": 385, "samples": 14, "source": "history"}
    d = as_json(db, "estimate", "sheets", capsys=capsys)
    assert (d["typical"], d["low"], d["high"], d["samples"], d["source"]) == (
        30, 10, 80, 0, "defaults")


def test_check_json_with_a_team_rule(db: Path, capsys: Cap) -> None:
    code, out, _ = run(db, "rule", "add", "repeat_approval", "--id", "one-video", capsys=capsys)
    assert code == 0 and "one-video" in out
    r = as_json(db, "check", "video", "--size", "60", "--project", "Acme", capsys=capsys)
    assert r["verdict"] == "needs_approval"
    assert [(x["level"], x["code"], x["rule_id"]) for x in r["reasons"]] == [
        ("warn", "may_not_be_enough", None),
        ("needs_approval", "repeat_needs_approval", "one-video"),
    ]
    assert r["reasons"][1]["params"] == {"kind": "video", "project": "Acme", "runs": 1,
                                         "free_runs": 1}
    assert r["estimate"]["typical"] == 305
    assert r["balance_after"] == {"typical": 75, "high": -5}
    assert r["seconds_to_reset"] == 6 * 86400  # Tue 1 Dec 09:00 Tokyo
    assert r["runs_dry_before_reset"] is True


def test_check_reads_as_plain_words_in_japanese(db: Path, capsys: Cap) -> None:
    code, out, _ = run(db, "--lang", "ja", "check", "video", "--size", "60", capsys=capsys)
    assert code == 0
    assert "動画 60秒: 通常 305クレジット(8割は 245〜385)" in out
    assert "判定: 注意" in out
    code, out, _ = run(db, "check", "video", "--size", "60", capsys=capsys)
    assert "Balance 380 → after this task: 75 (typical), -5 (expensive)" in out


def test_history_groups_by_local_days(db: Path, capsys: Cap) -> None:
    h = as_json(db, "history", "--days", "3", capsys=capsys)
    assert h["tz"] == "Asia/Tokyo"
    # Slides at 14:30 UTC on the 23rd are 23:30 on the 23rd in Tokyo (with the 360 video
    # of 22:00 UTC on the 22nd); the 410 video at 22:00 UTC on the 23rd is the 24th there.
    assert h["groups"] == [
        {"key": "2026-11-23", "tasks": 2, "credits": 420, "wasted": 0},
        {"key": "2026-11-24", "tasks": 1, "credits": 410, "wasted": 0},
        {"key": "2026-11-25", "tasks": 0, "credits": 0, "wasted": 0},
    ]
    k = as_json(db, "history", "--days", "30", "--by", "kind", capsys=capsys)
    assert k["groups"][1] == {"key": "slides", "tasks": 2, "credits": 150, "wasted": 90}
    code, out, _ = run(db, "history", "--days", "30", "--by", "outcome", capsys=capsys)
    assert code == 0 and "failed" in out and "Total: 4,460 credits in 16 tasks" in out


def test_forecast_json(db: Path, capsys: Cap) -> None:
    f = as_json(db, "forecast", capsys=capsys)
    (m,) = f["meters"]
    assert m["meter"] == "Plus" and m["balance"] == 380
    assert m["burn_per_day"] > 0
    assert m["before_reset"] is True  # 380 left, about 300 a day, 6 days to go
    assert m["lost_at_reset"] == 0
    assert datetime.fromisoformat(m["runs_dry_at"]) < datetime.fromisoformat(m["next_reset"])


def test_rules_are_added_listed_and_removed(db: Path, capsys: Cap) -> None:
    code, _, _ = run(db, "rule", "add", "task-cap", "--limit", "300", "--id", "cap",
                     capsys=capsys)
    assert code == 0
    run(db, "rule", "add", "envelope", "--group", "visual", "--percent", "25", "--id", "vis",
        capsys=capsys)
    listed = as_json(db, "rule", "list", capsys=capsys)["rules"]
    assert [(r["id"], r["code"]) for r in listed] == [("cap", "task_cap"), ("vis", "envelope")]
    assert listed[0]["params"]["limit"] == 300
    r = as_json(db, "check", "video", "--size", "60", capsys=capsys)
    assert {x["code"] for x in r["reasons"]} >= {"task_cap_exceeded", "envelope_exceeded"}
    code, _, _ = run(db, "rule", "remove", "cap", capsys=capsys)
    assert code == 0
    assert [x["id"] for x in as_json(db, "rule", "list", capsys=capsys)["rules"]] == ["vis"]
    # The id of a removed rule is not reused silently.
    code, _, err = run(db, "rule", "add", "task_cap", "--limit", "5", "--id", "cap",
                       capsys=capsys)
    assert code == 2 and "cap" in err


def test_bad_rule_input_is_refused_in_plain_words(db: Path, capsys: Cap) -> None:
    code, _, err = run(db, "rule", "add", "envelope", "--group", "fun", "--percent", "120",
                       capsys=capsys)
    assert code == 2
    assert "--group" in err and "--percent" in err
    code, _, err = run(db, "rule", "add", "nonsense", capsys=capsys)
    assert code == 2 and "task_cap" in err
    assert as_json(db, "rule", "list", capsys=capsys)["rules"] == []
    code, _, err = run(db, "rule", "remove", "nope", capsys=capsys)
    assert code == 2


def test_report_for_a_billing_month(db: Path, capsys: Cap) -> None:
    r = as_json(db, "report", "--month", "2026-11", "--plan-price", "3000", "--currency", "JPY",
                capsys=capsys)
    assert r["period"]["label"] == "2026-11"
    assert r["period"]["start"] == "2026-11-01T00:00:00+00:00"  # 1 Nov 09:00 Tokyo
    # Every task above falls in the billing month that began 1 Nov 09:00 Tokyo.
    assert (r["spent"], r["tasks"], r["grant"]) == (4460, 16, 10_000)
    # 13 videos (3,900) and the failed slides (90) have no project: 3,990 credits at
    # 3,000 yen per 10,000 credits is 1,197 yen.
    assert r["by_project"][0] == {"project": None, "tasks": 14, "credits": 3990, "wasted": 90,
                                  "money": 1197.0}
    assert r["waste"]["wasted"] == 90
    assert [e["group"] for e in r["envelopes"]] == ["drafting", "visual"]
    assert r["currency"] == "JPY"
    code, out, _ = run(db, "report", "--month", capsys=capsys)
    assert code == 0 and "Billing month 2026-11" in out and "By project" in out


def test_bad_arguments_exit_2_with_one_line(db: Path, capsys: Cap) -> None:
    for args in (["estimate", "podcast"], ["estimate", "video", "--size", "-3"],
                 ["history", "--days", "zero"], ["report", "--month", "2026-13"]):
        code, out, err = run(db, *args, capsys=capsys)
        assert code == 2, args
        assert out == "" and len(err.strip().splitlines()) == 1


def test_every_insight_code_is_worded_in_both_languages_with_the_same_fields() -> None:
    fields = re.compile(r"{(\w+)}")
    emitted = {
        "no_estimate", "estimate_from_defaults", "estimate_mostly_defaults", "often_fails",
        "not_enough_credits", "may_not_be_enough", "runs_dry_before_reset",
        "task_cap_exceeded", "task_cap_may_exceed", "rule_needs_project",
        "repeat_needs_approval", "envelope_exceeded", "envelope_may_exceed",
        "project_cap_exceeded", "project_cap_may_exceed", "variant_limit_reached",
        "consider_upgrade", "rule_error", "cut_waste", "envelope_over", "project_over_cap",
        "credits_lost", "not_enough_history", "rule_bad_id", "rule_unknown_code",
        "rule_bad_param", "no_meters", "unknown_rule", "rule_id_taken", "bad_month",
        "bad_days", "bad_size",
    }
    for code in emitted:
        assert has(code, "en") and has(code, "ja"), code
        # Unfilled placeholders stay visible, so the same names show up in both languages.
        assert set(fields.findall(text(code, "en"))) == set(fields.findall(text(code, "ja")))


def test_rule_options_are_named_as_typed(db: Path, capsys: Cap) -> None:
    code, _, err = run(db, "rule", "add", "repeat_approval", "--free-runs", "many",
                       capsys=capsys)
    assert code == 2 and "--free-runs" in err
