"""The LedgerFile facade over a real SQLite file: what a user of the CLI or tray notices."""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime, time, timedelta
from pathlib import Path

import pytest

from desktopapp.domain.events import Observation, PackPurchase
from desktopapp.domain.problems import InvalidInput
from desktopapp.domain.schedule import Daily, Monthly, Rolling
from desktopapp.store.ledger_file import Identity, LedgerFile

T0 = datetime(2026, 11, 25, 0, 0, tzinfo=UTC)  # 09:00 in Tokyo
TOKYO_9 = Daily(time(9), "Asia/Tokyo")


def code_of(exc: pytest.ExceptionInfo[InvalidInput]) -> str:
    return exc.value.problems[0].code


def event_count(t: LedgerFile) -> int:
    return int(t.db.conn.execute("SELECT COUNT(*) FROM events").fetchone()[0])


def test_a_new_meter_starts_full_unless_a_balance_is_given(tracker: LedgerFile) -> None:
    tracker.add_meter("free", 200, TOKYO_9, now=T0)
    tracker.add_meter("plus", 10_000, Monthly(15, time(0), "Asia/Tokyo"), balance=3_000, now=T0)
    by_name = {m.name: m.balance for m in tracker.status(T0).meters}
    assert by_name == {"free": 200, "plus": 3_000}
    assert [type(e) for e in tracker.events()] == [Observation]


def test_spends_draw_and_the_daily_overwrite_refills(tracker: LedgerFile) -> None:
    tracker.add_meter("free", 200, TOKYO_9, now=T0)
    tracker.log_spend("slides", credits=80, at=T0 + timedelta(hours=1), now=T0)
    assert tracker.status(T0 + timedelta(hours=2)).meters[0].balance == 120
    after_reset = tracker.status(T0 + timedelta(days=1))
    assert after_reset.meters[0].balance == 200  # overwrite: leftover lost, grant again
    assert after_reset.meters[0].next_reset == datetime(2026, 11, 27, 0, tzinfo=UTC)
    assert after_reset.meters[0].next_reset.isoformat() == "2026-11-27T09:00:00+09:00"


def test_balance_now_derives_the_cost_and_is_authoritative(tracker: LedgerFile) -> None:
    tracker.add_meter("plus", 10_000, Monthly(15, time(0), "Asia/Tokyo"), now=T0)
    spend = tracker.log_spend("video", balance_now=9_300, meter="plus", at=T0, now=T0)
    assert (spend.credits, spend.balance_after) == (700, 9_300)
    # A figure above what the ledger expects: cost 0, the balance simply becomes it.
    higher = tracker.log_spend("chat", balance_now=9_900, meter="plus", at=T0, now=T0)
    assert higher.credits == 0
    assert tracker.status(T0).meters[0].balance == 9_900


def test_balance_now_for_the_account_when_no_meter_is_named(tracker: LedgerFile) -> None:
    tracker.add_meter("free", 200, TOKYO_9, now=T0)
    tracker.add_pack(1_000, at=T0, now=T0)
    spend = tracker.log_spend("image", balance_now=1_100, at=T0, now=T0)
    assert spend.credits == 100
    assert tracker.status(T0).total == 1_100


def test_undo_and_redo_take_back_the_newest_log_and_bring_it_back(tracker: LedgerFile) -> None:
    tracker.add_meter("free", 200, TOKYO_9, now=T0)
    first = tracker.log_spend("slides", credits=50, at=T0, now=T0)
    second = tracker.log_spend("video", credits=100, at=T0, now=T0)
    assert tracker.undo_last(now=T0) == second
    assert tracker.status(T0).meters[0].balance == 150
    assert tracker.undo_last(now=T0) == first
    assert tracker.status(T0).meters[0].balance == 200
    assert tracker.undo_last(now=T0) is None
    assert tracker.redo_last(now=T0) == first
    assert tracker.status(T0).meters[0].balance == 150
    assert tracker.redo_last(now=T0) == second
    assert tracker.status(T0).meters[0].balance == 50
    assert tracker.redo_last(now=T0) is None
    # Tombstones only: every log is still in the file.
    assert event_count(tracker) == 2 + 4


def test_meter_names_are_unique_but_a_removed_name_can_be_reused(tracker: LedgerFile) -> None:
    tracker.add_meter("free", 200, TOKYO_9, now=T0)
    with pytest.raises(InvalidInput) as err:
        tracker.add_meter("free", 100, TOKYO_9, now=T0)
    assert code_of(err) == "meter_exists"
    tracker.log_spend("chat", credits=5, meter="free", at=T0, now=T0)
    tracker.remove_meter("free", now=T0)
    assert tracker.meters() == []
    again = tracker.add_meter("free", 100, TOKYO_9, now=T0 + timedelta(minutes=1))
    # The old meter's spend stays in history but does not drain the new one.
    assert tracker.status(T0 + timedelta(minutes=2)).meters[0].balance == again.grant


def test_edit_meter_changes_the_rule_and_grant(tracker: LedgerFile) -> None:
    tracker.add_meter("claude", 100, Rolling(5), now=T0)
    tracker.log_spend("chat", credits=30, meter="claude", at=T0, now=T0)
    edited = tracker.edit_meter("claude", grant=120, name="claude-session", now=T0)
    assert edited.name == "claude-session"
    st = tracker.status(T0 + timedelta(hours=1)).meters[0]
    assert (st.name, st.balance, st.family) == ("claude-session", 90, "rolling")
    assert st.next_reset == T0 + timedelta(hours=5)


@pytest.mark.parametrize(
    ("call", "code"),
    [
        (lambda t: t.add_meter("x", 1, Daily(time(9), "Mars/Base"), now=T0), "unknown_zone"),
        (lambda t: t.add_meter("x", 1, Monthly(32, time(9), "UTC"), now=T0), "bad_day"),
        (lambda t: t.add_meter("x", -1, TOKYO_9, now=T0), "negative_number"),
        (lambda t: t.add_meter(" ", 1, TOKYO_9, now=T0), "empty_name"),
        (lambda t: t.log_spend("chat", credits=-5, at=T0, now=T0), "negative_credits"),
        (lambda t: t.log_spend("chat", at=T0, now=T0), "credits_or_balance"),
        (lambda t: t.log_spend("chat", credits=1, meter="nope", at=T0, now=T0), "unknown_meter"),
        (lambda t: t.log_spend("chat", credits=1, outcome="meh", at=T0, now=T0), "bad_outcome"),
        (lambda t: t.add_pack(0, at=T0, now=T0), "credits_not_positive"),
        (lambda t: t.add_pack(5, expires_at=T0, at=T0, now=T0), "expires_before_purchase"),
        (lambda t: t.edit_meter("nope", grant=1, now=T0), "unknown_meter"),
        (lambda t: t.apply_preset("nope", now=T0), "unknown_preset"),
    ],
)
def test_invalid_input_raises_a_code_and_writes_nothing(tracker: LedgerFile, call, code) -> None:  # type: ignore[no-untyped-def]
    tracker.add_meter("free", 200, TOKYO_9, now=T0)
    before = (event_count(tracker), [m.name for m in tracker.meters()])
    with pytest.raises(InvalidInput) as err:
        call(tracker)
    assert code_of(err) == code
    assert (event_count(tracker), [m.name for m in tracker.meters()]) == before


def test_identity_is_made_once_and_kept(db_path: Path) -> None:
    with LedgerFile.open(db_path) as a:
        first = a.identity
    with LedgerFile.open(db_path) as b:
        assert b.identity == first
    assert first.device and first.member


def test_events_are_stamped_with_who_and_where(tracker: LedgerFile) -> None:
    tracker.add_meter("free", 200, TOKYO_9, now=T0)
    s = tracker.log_spend("chat", credits=1, at=T0, now=T0)
    assert (s.origin.device, s.origin.member) == ("test-device", "tester")


def test_settings_round_trip_json_values(tracker: LedgerFile) -> None:
    assert tracker.get_setting("alerts", {"low": 20}) == {"low": 20}
    tracker.set_setting("alerts", {"low": 10, "kinds": ["video"], "名前": "テスト"})
    assert tracker.get_setting("alerts") == {"low": 10, "kinds": ["video"], "名前": "テスト"}


def test_data_version_changes_when_another_process_writes(db_path: Path) -> None:
    with LedgerFile.open(db_path, Identity("a", "a")) as a, LedgerFile.open(db_path) as b:
        a.add_meter("free", 200, TOKYO_9, now=T0)
        seen = a.data_version()
        a.log_spend("chat", credits=1, at=T0, now=T0)
        assert a.data_version() == seen  # its own writes do not count
        b.log_spend("chat", credits=1, at=T0, now=T0)
        assert a.data_version() != seen
        assert a.status(T0).meters[0].balance == 198


def test_spends_projects_and_kinds_for_the_insight_screens(tracker: LedgerFile) -> None:
    tracker.add_meter("plus", 10_000, Monthly(1, time(0), "UTC"), now=T0)
    for i, (kind, project) in enumerate(
        [("slides", "client-a"), ("video", "client-b"), ("slides", "client-a"), ("chat", None)]
    ):
        at = T0 + timedelta(hours=i)
        tracker.log_spend(kind, credits=10 * (i + 1), project=project, at=at, now=at)
    tracker.undo_last(now=T0 + timedelta(hours=5))  # the chat
    got = tracker.spends(since=T0 + timedelta(hours=1), until=T0 + timedelta(hours=9))
    assert [(s.kind, s.credits) for s in got] == [("video", 20), ("slides", 30)]
    assert tracker.projects() == ["client-a", "client-b"]
    assert tracker.recent_kinds()[:3] == ["chat", "slides", "video"]


def test_packs_show_until_they_expire(tracker: LedgerFile) -> None:
    tracker.add_meter("free", 200, TOKYO_9, now=T0)
    pack = tracker.add_pack(10_000, expires_at=T0 + timedelta(days=90), at=T0, now=T0)
    assert isinstance(pack, PackPurchase)
    assert tracker.status(T0).total == 10_200
    later = tracker.status(T0 + timedelta(days=91))
    assert later.total == 200
    assert all(p.expired for p in later.packs)


def test_team_rules_are_kept(tracker: LedgerFile) -> None:
    from desktopapp.domain import rules

    rule = rules.rule_from_dict({"id": "cap1", "code": "task_cap", "params": {"limit": 300}})
    tracker.add_rule(rule, now=T0)
    assert tracker.rules() == [rule]
    tracker.remove_rule("cap1", now=T0)
    assert tracker.rules() == []
    with pytest.raises(InvalidInput):
        tracker.remove_rule("cap1", now=T0)


def test_presets_add_their_meters(tracker: LedgerFile) -> None:
    made = tracker.apply_preset("genspark-free", now=T0, tz="Asia/Tokyo", grant=100)
    assert [(m.grant, m.account) for m in made] == [(100, "Genspark")]
    assert tracker.status(T0).meters[0].balance == 100


def test_a_second_connection_waits_for_the_first_transaction(db_path: Path) -> None:
    from desktopapp.store.connection import transaction

    with LedgerFile.open(db_path) as a, LedgerFile.open(db_path) as b:
        a.add_meter("free", 200, TOKYO_9, now=T0)
        b.db.conn.execute("PRAGMA busy_timeout = 50")
        with transaction(a.db):
            a.log_spend("chat", credits=1, at=T0, now=T0)
            with pytest.raises(sqlite3.OperationalError, match="locked"):
                b.log_spend("chat", credits=1, at=T0, now=T0)
        b.log_spend("chat", credits=1, at=T0, now=T0)
        assert event_count(b) == 2


def test_removing_a_meter_leaves_the_other_meters_balances_alone(tracker: LedgerFile) -> None:
    from desktopapp.domain.schedule import Never

    tracker.add_meter("free", 200, TOKYO_9, now=T0)
    tracker.add_meter("gift", 500, Never(), now=T0)
    at = T0 + timedelta(hours=1)
    tracker.log_spend("research", credits=40, at=at, now=at)
    tracker.log_spend("video", credits=250, at=at, now=at)  # 160 from free, 90 from gift
    before = {m.name: m.balance for m in tracker.status(at).meters}
    assert before == {"free": 0, "gift": 410}

    later = at + timedelta(hours=1)
    tracker.remove_meter("gift", now=later)
    after = tracker.status(later)
    assert {m.name: m.balance for m in after.meters} == {"free": 0}  # not -90
    assert after.total == 0
    # A spend after the removal cannot draw from the removed meter.
    tracker.log_spend("chat", credits=5, at=later, now=later)
    assert tracker.status(later).meters[0].balance == -5
