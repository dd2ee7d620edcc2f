"""The ledger list on a large ledger: 100k events written with append_many, paged
newest first by keyset (never all of history), filtered, searched, and the paging
query walking an index (EXPLAIN QUERY PLAN), plus edits, deletes and their undo."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from desktopapp.domain.events import Event, Origin, Spend, Undo
from desktopapp.domain.problems import InvalidInput
from desktopapp.domain.schedule import Daily
from desktopapp.services import ledger_list, log, plan, set_balance, setup
from desktopapp.store import ledger_pages
from desktopapp.store.ledger_file import LedgerFile

START = datetime(2025, 1, 1, tzinfo=UTC)
N = 100_000
KINDS = ("slides", "chat", "research", "image", "video")


def _events(meter_id: str) -> Iterator[Event]:
    for i in range(N):
        at = START + timedelta(minutes=5 * i)
        yield Spend(
            origin=Origin(id=str(uuid.UUID(int=i + 1)), at=at, device="d", member=f"m{i % 3}"),
            kind=KINDS[i % 5],
            credits=1,
            meter_id=meter_id,
            project=f"p{i % 50}",
            outcome="failed" if i % 97 == 0 else "ok",
            note="needle here" if i % 10_000 == 7 else None,
            account="default",
        )
    # every 1000th spend undone: the list leaves them out
    for i in range(0, N, 1000):
        yield Undo(
            origin=Origin(id=str(uuid.UUID(int=10**9 + i)), at=START + timedelta(minutes=5 * i,
                          seconds=1), device="d", member="m0"),
            target_id=str(uuid.UUID(int=i + 1)),
        )


@pytest.fixture(scope="module")
def big(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[LedgerFile, datetime]]:
    path: Path = tmp_path_factory.mktemp("big") / "ledger.sqlite3"
    ledger = LedgerFile.open(path)
    meter = ledger.add_meter("big", 10**9, Daily(at=datetime.min.time(), tz="UTC"),
                             mode="carry", now=START - timedelta(days=1))
    now = START + timedelta(minutes=5 * N)
    ledger.append_many(_events(meter.id), now=now)
    yield ledger, now
    ledger.close()


def test_pages_are_newest_first_without_gaps_or_repeats(
        big: tuple[LedgerFile, datetime]) -> None:
    ledger, now = big
    seen: list[ledger_list.LedgerRow] = []
    before = None
    for _ in range(5):
        page = ledger_list.page(ledger, now, limit=100, before=before)
        seen.extend(page.rows)
        before = page.next_before
        assert before is not None
    ats = [r.at for r in seen]
    assert ats == sorted(ats, reverse=True)
    assert len({r.id for r in seen}) == 500
    newest = N - 1
    assert seen[0].id == str(uuid.UUID(int=newest + 1))
    # the undone spends are not listed
    assert str(uuid.UUID(int=N - 1000 + 1)) not in {r.id for r in seen}
    assert all(r.meter == "big" and not r.edited for r in seen)


def test_filters_and_search(big: tuple[LedgerFile, datetime]) -> None:
    ledger, now = big
    videos = ledger_list.page(ledger, now, kind="video", limit=50)
    assert len(videos.rows) == 50 and {r.kind for r in videos.rows} == {"video"}
    nxt = ledger_list.page(ledger, now, kind="video", limit=50, before=videos.next_before)
    assert nxt.rows[0].at < videos.rows[-1].at
    failed = ledger_list.page(ledger, now, outcome="failed", project="p3", limit=5)
    assert failed.rows and all(r.outcome == "failed" and r.project == "p3" for r in failed.rows)
    member = ledger_list.page(ledger, now, member="m1", limit=10)
    assert {r.member for r in member.rows} == {"m1"}
    found = ledger_list.page(ledger, now, search="NEEDLE", limit=100)
    assert len(found.rows) == N // 10_000 and found.next_before is None
    since = START + timedelta(minutes=5 * (N - 10))
    recent = ledger_list.page(ledger, now, since=since, limit=100)
    assert len(recent.rows) == 10
    until = START + timedelta(minutes=5 * 10)
    old = ledger_list.page(ledger, now, until=until, meter="big", limit=100)
    assert old.rows[0].at == until and len(old.rows) == 10  # 11 minus the undone first


@pytest.mark.parametrize("kind", [None, "video"])
def test_the_page_query_walks_an_index(big: tuple[LedgerFile, datetime],
                                       kind: str | None) -> None:
    ledger, _ = big
    filters = ledger_pages.Filters(kind=kind)
    sql, params = ledger_pages.page_sql(filters, (10**13, 10**9), 100)
    plan_rows = ledger.db.conn.execute("EXPLAIN QUERY PLAN " + sql, params).fetchall()
    detail = " ".join(str(r[-1]) for r in plan_rows)
    assert "USING INDEX" in detail or "USING COVERING INDEX" in detail, detail
    assert "TEMP B-TREE" not in detail, detail  # no sort of all history


def test_edit_delete_and_undo_on_a_small_ledger(tmp_path: Path) -> None:
    ledger = LedgerFile.open(tmp_path / "l.sqlite3")
    now = datetime(2026, 11, 25, 3, tzinfo=UTC)
    setup.apply_preset(ledger, "genspark-free", now=now - timedelta(days=2), lang="en")
    a = log.log_spend(ledger, now - timedelta(hours=2), "slides", credits=50)
    b = log.log_spend(ledger, now - timedelta(hours=1), "chat", credits=10, note="x")
    batch = ledger_list.edit(ledger, now, a.origin.id, credits=30, project="acme")
    rows = ledger_list.page(ledger, now).rows
    assert [(r.kind, r.credits, r.edited) for r in rows] == [("chat", 10, False),
                                                           ("slides", 30, True)]
    assert rows[1].at == a.origin.at  # the correction keeps the log's own time
    assert ledger.status(now).total == 160
    undone = ledger_list.undo_batch(ledger, now, batch)
    assert ledger.status(now).total == 140
    ledger_list.undo_batch(ledger, now, undone)  # redo
    assert ledger.status(now).total == 160
    gone = ledger_list.delete(ledger, now, [b.origin.id, rows[1].id])
    assert ledger_list.page(ledger, now).rows == ()
    assert ledger.status(now).total == 200
    ledger_list.undo_batch(ledger, now, gone)
    assert len(ledger_list.page(ledger, now).rows) == 2
    with pytest.raises(InvalidInput) as refused:
        ledger_list.edit(ledger, now, b.origin.id, credits=5000)
    assert refused.value.problems[0].code == "spend_exceeds_balance"
    assert ledger.status(now).total == 160
    ledger.close()


def test_no_write_leaves_the_gauge_below_zero(tmp_path: Path) -> None:
    ledger = LedgerFile.open(tmp_path / "l.sqlite3")
    now = datetime(2026, 11, 25, 3, tzinfo=UTC)
    setup.apply_preset(ledger, "genspark-free", now=now - timedelta(days=2), lang="en")
    obs = set_balance.set_balance(ledger, now - timedelta(hours=3), 150)
    log.log_spend(ledger, now - timedelta(hours=1), "slides", credits=140)
    # undoing the set balance would put 200 - 140 back: fine; a lower back-dated set
    # balance under the later log would leave it below zero: refused
    with pytest.raises(InvalidInput) as refused:
        set_balance.set_balance(ledger, now, 100, at=now - timedelta(hours=2))
    assert refused.value.problems[0].code == "leaves_negative"
    ledger_list.delete(ledger, now, [obs.origin.id])
    assert ledger.status(now).total == 60
    meter = setup.remove_meter(ledger, now, "Genspark daily")
    plan.restore_meter(ledger, now, meter.id)
    assert ledger.status(now).total == 60
    ledger.close()


def test_two_devices_correcting_the_same_log_settle_on_one(tmp_path: Path) -> None:
    from desktopapp.store.ledger_file import Identity

    now = datetime(2026, 11, 25, 3, tzinfo=UTC)
    a = LedgerFile.open(tmp_path / "a.sqlite3", Identity("pc-a", "aki"))
    b = LedgerFile.open(tmp_path / "b.sqlite3", Identity("pc-b", "ben"))
    setup.apply_preset(a, "genspark-free", now=now - timedelta(days=2), lang="en")
    b.merge_events([], now=now)
    for m in a.meters():  # the same meter on both (the team folder shares it as a register)
        from desktopapp.store import meters_table, queries

        meters_table.insert_meter(b.db, m)
    spend = log.log_spend(a, now - timedelta(hours=1), "slides", credits=50)
    b.merge_events(a.events(), now=now)
    ledger_list.edit(a, now, spend.origin.id, credits=30)
    ledger_list.edit(b, now, spend.origin.id, credits=20)

    def everything(ledger: LedgerFile) -> list[Event]:

        return queries.events_between(ledger.db, after_ms=None, until_ms=2**62)

    b.merge_events(everything(a), now=now)
    a.merge_events(everything(b), now=now)
    for ledger in (a, b):
        rows = ledger_list.page(ledger, now).rows
        assert len(rows) == 1 and rows[0].edited
    assert ledger_list.page(a, now).rows[0].id == ledger_list.page(b, now).rows[0].id
    assert a.status(now).total == b.status(now).total in (170, 180)
    a.close()
    b.close()


def test_a_meter_filter_shows_the_logs_that_named_no_meter_when_it_is_the_only_one(
    tmp_path,
) -> None:
    from datetime import UTC, datetime

    from desktopapp.services import ledger_list, setup
    from desktopapp.services import log as log_service
    from desktopapp.services.ledger import open_ledger

    now = datetime(2026, 11, 25, 3, 0, tzinfo=UTC)
    with open_ledger(tmp_path / "one.sqlite3") as ledger:
        setup.apply_preset(ledger, "genspark-free", now=now, lang="en", tz="Asia/Tokyo")
        [meter] = ledger.meters()
        log_service.log_spend(ledger, now, "slides", credits=40)
        rows = ledger_list.page(ledger, now, meter=meter.name).rows
        assert [r.kind for r in rows if r.type == "spend"] == ["slides"]
