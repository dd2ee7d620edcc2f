"""The import's quick paths (issue 11) change nothing a user can see: the records they
accept are the ones the full check accepts, a batch with ids already here still merges,
a big import keeps every index, a failed one changes nothing, and the first status
after a big import does not replay the whole history again."""

from __future__ import annotations

import io
import json
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import desktopapp.store.exchange as exchange
import desktopapp.store.import_events as import_events
import desktopapp.store.import_file as import_file
from desktopapp.domain import validation as v
from desktopapp.domain.events import Origin, Spend
from desktopapp.domain.problems import InvalidInput
from desktopapp.store import backup, catch_up, checkpoints_table
from desktopapp.store.import_rows import event_row, quick_row
from desktopapp.store.ledger_file import Identity, LedgerFile

T0 = datetime(2026, 3, 1, 9, 0, tzinfo=UTC)
NOW = datetime(2026, 11, 25, 9, 0, tzinfo=UTC)


def open_tracker(path: Path) -> LedgerFile:
    return LedgerFile.open(path, Identity(device="laptop", member="aiko"))


def chats(t: LedgerFile, count: int, *, first: int = 0) -> None:
    t.append_many(
        (
            Spend(
                origin=Origin(id=f"chat-{i:07d}", at=T0 + timedelta(minutes=10 * i),
                              device="d", member="m"),
                kind="chat" if i % 3 else "スライド",
                credits=1 + i % 7,
                project=f"p{i % 5}",
                note="撮り直し" if i % 11 == 0 else None,
            )
            for i in range(first, first + count)
        ),
        now=T0,
    )


def export_doc(t: LedgerFile) -> dict[str, Any]:
    out = io.BytesIO()
    exchange.export_json(t.db, out, now=NOW)
    return json.loads(out.getvalue().decode("utf-8"))


def import_bytes(t: LedgerFile, data: bytes) -> exchange.ImportResult:
    return exchange.import_document(t.db, exchange.parse_import(data))


@pytest.fixture
def source(tmp_path: Path) -> LedgerFile:
    with open_tracker(tmp_path / "a.sqlite3") as t:
        yield t


@pytest.fixture
def fresh(tmp_path: Path) -> LedgerFile:
    with open_tracker(tmp_path / "b.sqlite3") as t:
        yield t


# -- quick_row never accepts more than check_event --------------------------------------------

PLAIN = {
    "spend": {"account": "default", "at": "2026-03-01T09:00:00.000+00:00", "balance_after": None,
              "credits": 7, "device": "bench", "id": "0b6f1f6e-6a43-4d8e-9a55-2f9d7f1c0a01",
              "kind": "slides", "member": "bench", "meter_id": "m-1", "note": None,
              "outcome": "ok", "project": "client-1",
              "recorded_at": "2026-03-01T09:00:05.123+00:00", "size": None, "type": "spend"},
    "observation": {"at": "2026-03-01T09:00:00.000+00:00", "balance": 120, "device": "d",
                    "id": "obs-1", "member": "", "meter_id": "m-1", "note": "read",
                    "recorded_at": "2026-03-01T09:00:00.000+00:00", "source": "genspark",
                    "type": "observation"},
    "pack": {"account": "default", "at": "2026-03-01T09:00:00.000+00:00", "credits": 10000,
             "device": "d", "expires_at": "2026-06-01T09:00:00.000+00:00", "id": "pack-1",
             "member": "m", "note": None, "recorded_at": "2026-03-01T09:00:00.000+00:00",
             "type": "pack"},
    "correction": {"at": "2026-03-01T09:00:00.000+00:00", "delta": -5, "device": "d",
                   "id": "cor-1", "member": "m", "meter_id": "m-1", "note": "refund?",
                   "recorded_at": "2026-03-01T09:00:00.000+00:00", "type": "correction"},
    "undo": {"at": "2026-03-01T09:00:00.000+00:00", "device": "d", "id": "undo-1",
             "member": "m", "recorded_at": "2026-03-01T09:00:00.000+00:00",
             "target_id": "0b6f1f6e-6a43-4d8e-9a55-2f9d7f1c0a01", "type": "undo"},
}  # fmt: skip

EDGES: list[Any] = [
    None, True, False, 0, 1, -1, 10**12, 10**12 + 1, -(10**12), -(10**12) - 1, 0.5, 1.0,
    -0.0, float("nan"), float("inf"), -float("inf"), 10.0**12, 10.0**12 + 1,
    "", " ", "\u3000", "\x00", "a\x00b", "\ud800", "x" * 201, "x" * 200, "y" * 10_001,
    "ok", "retake", "spend", "undo", "pack", "スライド", [], [1], {}, {"a": 1},
    "2026-03-01T09:00:00+00:00", "2026-03-01T09:00:00", "2026-03-01",
    "2026-03-01T09:00:00.000+09:00", "1999-12-31T23:59:59.999+00:00",
    "2000-01-01T00:00:00.000+00:00", "2200-01-01T00:00:00.000+00:00",
    "2199-12-31T23:59:59.999+00:00", "2026-03-01T09:00:00Z", "2026-02-30T09:00:00.000+00:00",
    "2026-03-01 09:00:00.000+00:00", "2026-03-01T09:00:00.0004+00:00",
    "０２６-03-01T09:00:00.000+00:00", "2026-03-01T09:00:00.000+00:00" + " " * 40,
]  # fmt: skip
FIELDS = sorted({k for rec in PLAIN.values() for k in rec} | {"replaces", "source"})


def test_every_edge_value_in_every_field_is_judged_alike() -> None:
    for kind, plain in PLAIN.items():
        for field in FIELDS:
            for value in [*EDGES, "missing"]:
                rec = {**plain, field: value}
                if value == "missing":
                    rec.pop(field)
                row = quick_row(rec)
                if row is not None:
                    assert v.check_event(rec, 0) == [], (kind, field, value)
                    assert row == event_row(rec), (kind, field, value)


ODD_VALUES = st.one_of(
    st.sampled_from(EDGES),
    st.integers(min_value=-(10**13), max_value=10**13),
    st.floats(allow_nan=True, allow_infinity=True),
    st.text(max_size=12),
    st.lists(st.integers(), max_size=2),
    st.dictionaries(st.text(max_size=3), st.integers(), max_size=2),
)


@settings(max_examples=600, deadline=None)
@given(
    kind=st.sampled_from(sorted(PLAIN)),
    changes=st.dictionaries(
        st.sampled_from(FIELDS),
        ODD_VALUES,
        max_size=3,
    ),
    drop=st.sets(st.sampled_from(sorted({k for rec in PLAIN.values() for k in rec})), max_size=2),
)
def test_the_quick_check_accepts_only_what_the_full_check_accepts(
    kind: str, changes: dict[str, Any], drop: set[str]
) -> None:
    rec = {k: val for k, val in {**PLAIN[kind], **changes}.items() if k not in drop}
    row = quick_row(rec)
    if row is not None:
        assert v.check_event(rec, 0) == []
        assert row == event_row(rec)


def test_the_apps_own_records_take_the_quick_way(source: LedgerFile) -> None:
    chats(source, 30)
    source.add_pack(500, expires_at=NOW, at=T0, now=T0)
    source.undo_last(now=T0)
    records = export_doc(source)["events"]
    assert {r["type"] for r in records} == {"spend", "pack", "undo"}
    for rec in records:
        assert v.check_event(rec, 0) == []
        assert quick_row(rec) == event_row(rec)
    for kind, rec in PLAIN.items():
        assert quick_row(rec) == event_row(rec), kind


def test_a_record_in_another_offset_takes_the_careful_way_to_the_same_row() -> None:
    rec = {**PLAIN["spend"], "at": "2026-03-01T18:00:00.000+09:00"}
    assert quick_row(rec) is None
    assert v.check_event(rec, 0) == []
    assert event_row(rec) == quick_row(PLAIN["spend"])


# -- batches with ids already here ------------------------------------------------------------


def test_a_file_half_here_already_adds_the_other_half(
    source: LedgerFile, fresh: LedgerFile, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(import_file, "BATCH", 64)
    chats(source, 600)
    doc = export_doc(source)
    every_other = {**doc, "events": doc["events"][::2]}
    assert import_bytes(fresh, json.dumps(every_other).encode()).events_added == 300
    changed = doc["events"][10]  # already here: the copy here is kept and reported
    changed["credits"] += 1
    result = import_bytes(fresh, json.dumps(doc).encode())
    assert (result.events_added, result.events_skipped) == (300, 300)
    assert result.differing_ids == (changed["id"],)
    changed["credits"] -= 1
    assert export_doc(fresh)["events"] == sorted(
        doc["events"], key=lambda e: (e["id"] not in {r["id"] for r in every_other["events"]})
    )  # write order: the first import's events, then the second's
    assert fresh.status(NOW).total == source.status(NOW).total


# -- a big import: indexes rebuilt, or all of it undone -----------------------------------------


def schema_of(t: LedgerFile) -> list[tuple[str, str]]:
    return sorted(t.db.conn.execute("SELECT name, COALESCE(sql, '') FROM sqlite_master"))


def test_a_big_import_keeps_every_index(
    source: LedgerFile, fresh: LedgerFile, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(import_events, "BULK_EVENTS", 100)
    monkeypatch.setattr(import_file, "BATCH", 128)
    chats(source, 1_500)
    before = schema_of(fresh)
    path = exchange.export_to_file(source.db, tmp_path / "big.json", fmt="json", now=NOW)
    assert exchange.import_file(fresh.db, path).events_added == 1_500
    assert schema_of(fresh) == before
    assert fresh.db.conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
    plan = fresh.db.conn.execute(
        "EXPLAIN QUERY PLAN SELECT * FROM events WHERE at_ms > 0 ORDER BY at_ms"
    ).fetchall()
    assert "events_at" in str(plan)
    assert fresh.recent_kinds() == source.recent_kinds()
    assert fresh.projects() == source.projects()


def test_a_big_import_that_fails_at_the_end_changes_nothing(
    source: LedgerFile, fresh: LedgerFile, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(import_events, "BULK_EVENTS", 100)
    monkeypatch.setattr(import_file, "BATCH", 128)
    chats(source, 1_000)
    doc = export_doc(source)
    doc["events"][-1]["credits"] = -1
    schema, digest = schema_of(fresh), backup.content_digest(fresh.path)
    with pytest.raises(InvalidInput) as err:
        import_bytes(fresh, json.dumps(doc).encode())
    assert err.value.problems[0].params["field"] == "credits"
    assert schema_of(fresh) == schema
    assert backup.content_digest(fresh.path) == digest


def test_a_repeated_id_inside_one_batch_is_still_found(
    source: LedgerFile, fresh: LedgerFile
) -> None:
    chats(source, 50)
    doc = export_doc(source)
    doc["events"].insert(20, dict(doc["events"][5]))
    with pytest.raises(InvalidInput) as err:
        import_bytes(fresh, json.dumps(doc).encode())
    assert [p.code for p in err.value.problems] == ["import_duplicate_id"]
    assert fresh.events() == []


# -- the status after it --------------------------------------------------------------------


def test_the_first_status_after_a_big_import_replays_a_short_stretch(
    source: LedgerFile, fresh: LedgerFile, tmp_path: Path
) -> None:
    chats(source, 6_000)
    path = exchange.export_to_file(source.db, tmp_path / "big.json", fmt="json", now=NOW)
    exchange.import_file(fresh.db, path)
    assert checkpoints_table.checkpoint_count(fresh.db) > 0
    assert catch_up.logs_to_replay(fresh.db, NOW) < 100
    assert fresh.status(NOW) == source.status(NOW)


def test_a_replay_begun_before_an_import_saves_nothing_after_it(
    source: LedgerFile, fresh: LedgerFile
) -> None:
    chats(source, 20)
    epoch = checkpoints_table.checkpoint_epoch(fresh.db)  # what a replay on a worker read first
    assert checkpoints_table.checkpoint_count(fresh.db) == 0
    import_bytes(fresh, json.dumps(export_doc(source)).encode())
    assert checkpoints_table.checkpoint_epoch(fresh.db) != epoch
    assert not checkpoints_table.save_checkpoint(fresh.db, 0, 0, "{}", epoch=epoch)


# -- layouts the careful reader handles ----------------------------------------------------------


def test_spaces_around_the_commas_import_the_same(source: LedgerFile, fresh: LedgerFile) -> None:
    chats(source, 40)
    doc = export_doc(source)
    data = json.dumps(doc, separators=(" , ", " : "), indent=1).encode()
    assert import_bytes(fresh, data).events_added == 40
    assert export_doc(fresh)["events"] == doc["events"]


def test_a_broken_line_in_the_middle_is_named(
    source: LedgerFile, fresh: LedgerFile, tmp_path: Path
) -> None:
    chats(source, 300)
    path = exchange.export_to_file(source.db, tmp_path / "x.json", fmt="json", now=NOW)
    lines = path.read_text("utf-8").split("\n")
    at = next(i for i, line in enumerate(lines) if '"chat-0000150"' in line)
    lines[at] = lines[at].replace('"credits": ', '"credits": +')
    path.write_text("\n".join(lines), "utf-8")
    with pytest.raises(InvalidInput) as err:
        exchange.import_file(fresh.db, path)
    assert err.value.problems[0].code == "import_bad_json"
    assert err.value.problems[0].params["line"] == str(at + 1)
    assert fresh.events() == []
