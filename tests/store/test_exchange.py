"""Export / import: lossless JSON, idempotent merges, all-or-nothing, safe CSV."""

from __future__ import annotations

import csv
import io
import json
from datetime import UTC, datetime, time, timedelta
from pathlib import Path

import pytest

import desktopapp.store.backup as backup
import desktopapp.store.exchange as exchange
from desktopapp.domain.problems import InvalidInput
from desktopapp.domain.rules import TaskCap
from desktopapp.domain.schedule import Daily, Monthly
from desktopapp.store.ledger_file import Identity, LedgerFile

T0 = datetime(2026, 11, 20, 9, 0, tzinfo=UTC)
NOW = datetime(2026, 11, 25, 9, 0, tzinfo=UTC)


def open_tracker(path: Path, device: str = "laptop-a") -> LedgerFile:
    return LedgerFile.open(path, Identity(device=device, member="aiko"))


def fill(t: LedgerFile) -> None:
    """A small but varied ledger: two meters, every event type, a rule, settings."""
    t.add_meter("Genspark daily", 200, Daily(time(9, 0), "Asia/Tokyo"), now=T0)
    t.add_meter("Genspark monthly", 10_000, Monthly(15, time(0, 0), "Asia/Tokyo"), now=T0)
    t.log_spend("slides", credits=50, project="ACME", note="=SUM(A1:A9)", at=T0, now=T0)
    t.log_spend(
        "video", credits=300, meter="Genspark monthly", outcome="retake", note="撮り直し",
        size=30.0, at=T0 + timedelta(hours=2), now=T0,
    )
    t.log_spend("chat", balance_now=140, meter="Genspark daily", at=T0 + timedelta(hours=3),
                now=T0)
    t.observe("Genspark monthly", 9_500, at=T0 + timedelta(days=1), now=T0)
    t.add_pack(10_000, expires_at=T0 + timedelta(days=90), at=T0 + timedelta(days=2), now=T0)
    t.correct("Genspark daily", -5, at=T0 + timedelta(days=2), now=T0, note="refund?")
    t.log_spend("research", credits=40, at=T0 + timedelta(days=3), now=T0)
    t.undo_last(now=T0 + timedelta(days=3, minutes=1))
    t.add_rule(TaskCap("cap-300", 300), now=T0)
    t.set_setting("tz", "Asia/Tokyo")
    t.set_setting("lang", "ja")


def export_doc(t: LedgerFile) -> dict:
    out = io.BytesIO()
    exchange.export_json(t.db, out, now=NOW)
    return json.loads(out.getvalue().decode("utf-8"))


def import_bytes(t: LedgerFile, data: bytes) -> exchange.ImportResult:
    return exchange.import_document(t.db, exchange.parse_import(data))


def json_bytes(doc: dict) -> bytes:
    return json.dumps(doc, ensure_ascii=False).encode("utf-8")


@pytest.fixture
def source(tmp_path: Path) -> LedgerFile:
    t = open_tracker(tmp_path / "a" / "creditfuel.sqlite3")
    fill(t)
    yield t
    t.close()


@pytest.fixture
def fresh(tmp_path: Path) -> LedgerFile:
    t = open_tracker(tmp_path / "b" / "creditfuel.sqlite3", device="laptop-b")
    yield t
    t.close()


def test_export_json_then_import_into_a_fresh_file_gives_the_same_status(
    source: LedgerFile, fresh: LedgerFile
) -> None:
    result = import_bytes(fresh, json_bytes(export_doc(source)))
    assert result.events_added == len(export_doc(source)["events"]) == 8
    assert result.meters_added == 2 and result.rules_added == 1
    for when in (NOW, T0 + timedelta(days=1, hours=1), NOW + timedelta(days=40)):
        assert fresh.status(when) == source.status(when)
    assert fresh.get_setting("tz") == "Asia/Tokyo"
    assert [r.id for r in fresh.rules()] == ["cap-300"]
    # Undo still undoes the same thing after the move (write order is kept).
    assert fresh.redo_last(now=NOW) == source.redo_last(now=NOW)


def test_round_trip_is_lossless(source: LedgerFile, fresh: LedgerFile) -> None:
    first = export_doc(source)
    import_bytes(fresh, json_bytes(first))
    second = export_doc(fresh)
    assert second == first


def test_importing_the_same_file_twice_doubles_nothing(
    source: LedgerFile, fresh: LedgerFile
) -> None:
    data = json_bytes(export_doc(source))
    import_bytes(fresh, data)
    before = backup.content_digest(fresh.path)
    again = import_bytes(fresh, data)
    assert again.events_added == 0 and again.events_skipped == 8
    assert not again.changed
    assert backup.content_digest(fresh.path) == before
    assert fresh.status(NOW).total == source.status(NOW).total


def test_merging_another_devices_log_adds_only_its_new_events(tmp_path: Path) -> None:
    office = open_tracker(tmp_path / "office.sqlite3", device="office")
    home = open_tracker(tmp_path / "home.sqlite3", device="home")
    # Each machine set up "the same" meter itself: different ids, same name.
    for t in (office, home):
        t.add_meter("Genspark", 10_000, Monthly(1, time(0, 0), "Asia/Tokyo"), now=T0)
    office.log_spend("slides", credits=100, at=T0 + timedelta(hours=1), now=T0)
    home.log_spend("video", credits=400, at=T0 + timedelta(hours=2), now=T0)
    result = import_bytes(office, json_bytes(export_doc(home)))
    assert result.events_added == 1 and result.meters_matched == 1 and result.meters_added == 0
    [status] = office.status(NOW).meters
    assert status.balance == 10_000 - 100 - 400
    # And back the other way: both ledgers now agree.
    import_bytes(home, json_bytes(export_doc(office)))
    assert home.status(NOW).meters[0].balance == status.balance
    office.close()
    home.close()


def test_a_truncated_file_changes_nothing(source: LedgerFile, fresh: LedgerFile) -> None:
    data = json_bytes(export_doc(source))
    before = backup.content_digest(fresh.path)
    with pytest.raises(InvalidInput) as err:
        import_bytes(fresh, data[: len(data) * 2 // 3])
    assert err.value.problems[0].code == "import_bad_json"
    assert backup.content_digest(fresh.path) == before


def test_one_bad_record_at_the_end_changes_nothing(source: LedgerFile, fresh: LedgerFile) -> None:
    doc = export_doc(source)
    last = max(i for i, e in enumerate(doc["events"]) if e["type"] == "spend")
    doc["events"][last]["credits"] = "many"
    before = backup.content_digest(fresh.path)
    with pytest.raises(InvalidInput) as err:
        import_bytes(fresh, json_bytes(doc))
    [problem] = err.value.problems
    assert problem.code == "import_bad_field"
    assert problem.params == {"section": "events", "index": str(last), "field": "credits"}
    assert backup.content_digest(fresh.path) == before
    assert fresh.events() == []


def test_an_event_for_a_meter_nobody_has_is_refused(source: LedgerFile, fresh: LedgerFile) -> None:
    doc = export_doc(source)
    doc["meters"] = []
    with pytest.raises(InvalidInput) as err:
        import_bytes(fresh, json_bytes(doc))
    assert {p.code for p in err.value.problems} == {"import_unknown_meter"}
    assert fresh.meters() == []


def test_a_file_from_a_newer_app_is_refused(source: LedgerFile, fresh: LedgerFile) -> None:
    doc = export_doc(source)
    doc["format_version"] = 99
    with pytest.raises(InvalidInput) as err:
        import_bytes(fresh, json_bytes(doc))
    assert err.value.problems[0].code == "import_newer_format"


@pytest.mark.parametrize(
    ("data", "code"),
    [
        (b"", "import_not_export"),
        (b"\xff\xfe\x00garbage", "import_not_utf8"),
        (b"[1, 2, 3]", "import_not_export"),
        (b'{"format": "something-else"}', "import_not_export"),
        (b"{" * 100_000, "import_bad_json"),
        (b'{"format": "creditfuel-export", "format_version": NaN}', "import_bad_json"),
        (b'{"a": 1' + b"9" * 5000 + b"}", "import_bad_json"),
    ],
)
def test_files_that_are_not_exports_are_refused_plainly(
    fresh: LedgerFile, data: bytes, code: str
) -> None:
    with pytest.raises(InvalidInput) as err:
        import_bytes(fresh, data)
    assert err.value.problems[0].code == code


def test_a_bad_team_rule_is_refused_before_it_can_break_the_app(
    source: LedgerFile, fresh: LedgerFile
) -> None:
    doc = export_doc(source)
    doc["rules"][0]["params"]["limit"] = "lots"
    with pytest.raises(InvalidInput) as err:
        import_bytes(fresh, json_bytes(doc))
    assert err.value.problems[0].params["field"] == "params"
    assert fresh.rules() == []


def test_local_settings_win_and_the_device_id_never_travels(
    source: LedgerFile, fresh: LedgerFile
) -> None:
    fresh.set_setting("lang", "en")
    own_device = fresh.get_setting("device_id")
    doc = export_doc(source)
    assert "device_id" not in doc["settings"]
    import_bytes(fresh, json_bytes(doc))
    assert fresh.get_setting("lang") == "en"
    assert fresh.get_setting("tz") == "Asia/Tokyo"
    assert fresh.get_setting("device_id") == own_device


def test_export_to_file_is_private_and_complete(source: LedgerFile, tmp_path: Path) -> None:
    out = exchange.export_to_file(source.db, tmp_path / "ledger.json", fmt="json", now=NOW)
    assert out.stat().st_mode & 0o777 == 0o600
    assert json.loads(out.read_text("utf-8"))["format"] == "creditfuel-export"
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []


# -- CSV -------------------------------------------------------------------------------------


def export_csv(t: LedgerFile, tz: str = "Asia/Tokyo") -> bytes:
    out = io.BytesIO()
    exchange.export_csv(t.db, out, tz=tz)
    return out.getvalue()


def test_csv_has_a_bom_japanese_text_and_local_times(source: LedgerFile) -> None:
    data = export_csv(source)
    assert data.startswith(b"\xef\xbb\xbf")
    rows = list(csv.DictReader(io.StringIO(data.decode("utf-8-sig"))))
    assert len(rows) == 8
    video = next(r for r in rows if r["kind"] == "video")
    assert video["note"] == "撮り直し" and video["meter"] == "Genspark monthly"
    assert video["local_time"] == "2026-11-20 20:00:00"  # 11:00 UTC in Tokyo
    assert video["credits"] == "300"


def test_csv_cells_cannot_run_as_formulas(source: LedgerFile) -> None:
    rows = list(csv.DictReader(io.StringIO(export_csv(source).decode("utf-8-sig"))))
    slides = next(r for r in rows if r["kind"] == "slides")
    assert slides["note"] == "'=SUM(A1:A9)"
    correction = next(r for r in rows if r["type"] == "correction")
    assert correction["credits"] == "-5"  # a number stays a number
    for row in rows:
        for col, cell in row.items():
            if col not in exchange.CSV_NUMBERS:
                assert not cell.startswith(("=", "+", "-", "@", "\t", "\r")), (col, cell)


@pytest.mark.parametrize("text", ["=1+1", "+1", "-x", "@SUM", "\tx", "\rx", "'quoted", "plain", ""])
def test_formula_escaping_is_undone_exactly(text: str) -> None:
    assert exchange.unescape_cell(exchange.escape_cell(text)) == text


def test_undone_logs_are_marked_in_the_csv(source: LedgerFile) -> None:
    rows = list(csv.DictReader(io.StringIO(export_csv(source).decode("utf-8-sig"))))
    research = next(r for r in rows if r["kind"] == "research")
    assert research["undone"] == "yes"
    assert all(r["undone"] == "" for r in rows if r["kind"] != "research")


def test_csv_import_adds_the_events_to_a_file_with_the_same_meters(
    source: LedgerFile, fresh: LedgerFile
) -> None:
    fresh.add_meter("Genspark daily", 200, Daily(time(9, 0), "Asia/Tokyo"), now=T0)
    fresh.add_meter("Genspark monthly", 10_000, Monthly(15, time(0, 0), "Asia/Tokyo"), now=T0)
    result = import_bytes(fresh, export_csv(source))
    assert result.events_added == 8
    assert fresh.status(NOW).total == source.status(NOW).total
    notes = sorted(e.note for e in fresh.events() if getattr(e, "note", None))
    assert "=SUM(A1:A9)" in notes and "撮り直し" in notes
    assert import_bytes(fresh, export_csv(source)).events_added == 0


def test_a_csv_with_a_missing_cell_changes_nothing(source: LedgerFile, fresh: LedgerFile) -> None:
    fresh.add_meter("Genspark daily", 200, Daily(time(9, 0), "Asia/Tokyo"), now=T0)
    fresh.add_meter("Genspark monthly", 10_000, Monthly(15, time(0, 0), "Asia/Tokyo"), now=T0)
    lines = export_csv(source).split(b"\r\n")
    lines[5] = lines[5].rsplit(b",", 3)[0]
    before = backup.content_digest(fresh.path)
    with pytest.raises(InvalidInput) as err:
        import_bytes(fresh, b"\r\n".join(lines))
    assert err.value.problems[0].code == "import_bad_csv"
    assert backup.content_digest(fresh.path) == before


# -- streaming (issue 11): any size, memory flat, all or nothing --------------------------

import desktopapp.store.import_file as import_file  # noqa: E402
import desktopapp.store.import_json as import_json  # noqa: E402
from desktopapp.store import queries  # noqa: E402


def many_chats(t: LedgerFile, count: int) -> None:
    from desktopapp.domain.events import Origin, Spend

    t.append_many(
        (
            Spend(
                origin=Origin(id=f"chat-{i:07d}", at=T0 + timedelta(minutes=i), device="d",
                              member="m"),
                kind="chat",
                credits=1,
                project=f"p{i % 5}",
            )
            for i in range(count)
        ),
        now=T0,
    )


def test_a_big_export_comes_back_in_batches(
    source: LedgerFile, fresh: LedgerFile, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(import_file, "BATCH", 97)
    many_chats(source, 3_000)
    path = exchange.export_to_file(source.db, tmp_path / "big.json", fmt="json", now=NOW)
    result = exchange.import_file(fresh.db, path)
    assert result.events_added == queries.event_count(source.db)  # undo tombstones too
    assert fresh.status(NOW).total == source.status(NOW).total
    assert fresh.recent_kinds() == source.recent_kinds()
    assert exchange.import_file(fresh.db, path).events_skipped == result.events_added


def test_sections_written_after_the_events_are_read_too(
    source: LedgerFile, fresh: LedgerFile
) -> None:
    doc = export_doc(source)
    reordered = {"events": doc.pop("events"), **doc}  # meters and rules after the events
    result = import_bytes(fresh, json_bytes(reordered))
    assert result.meters_added == 2 and result.rules_added == 1
    assert fresh.status(NOW).total == source.status(NOW).total


def test_an_id_the_file_repeats_far_apart_changes_nothing(
    source: LedgerFile, fresh: LedgerFile, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(import_file, "BATCH", 50)
    many_chats(source, 400)
    doc = export_doc(source)
    doc["events"].append(dict(doc["events"][3]))  # in another batch than the first
    before = backup.content_digest(fresh.path)
    with pytest.raises(InvalidInput) as err:
        import_bytes(fresh, json_bytes(doc))
    assert [p.code for p in err.value.problems] == ["import_duplicate_id"]
    assert backup.content_digest(fresh.path) == before


def test_a_file_cut_after_many_batches_changes_nothing(
    source: LedgerFile, fresh: LedgerFile, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(import_file, "BATCH", 100)
    many_chats(source, 2_000)
    data = exchange.export_to_file(source.db, tmp_path / "x.json", fmt="json", now=NOW)
    cut = tmp_path / "cut.json"
    cut.write_bytes(data.read_bytes()[: data.stat().st_size * 9 // 10])
    before = backup.content_digest(fresh.path)
    with pytest.raises(InvalidInput) as err:
        exchange.import_file(fresh.db, cut)
    assert err.value.problems[0].code == "import_bad_json"
    assert backup.content_digest(fresh.path) == before


def test_a_record_longer_than_any_real_one_is_refused(
    source: LedgerFile, fresh: LedgerFile, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(import_json, "MAX_RECORD_CHARS", 2_000)
    doc = export_doc(source)
    doc["events"][0]["note"] = "x" * 5_000
    with pytest.raises(InvalidInput) as err:
        import_bytes(fresh, json_bytes(doc))
    assert err.value.problems[0].code == "import_bad_json"
    assert fresh.events() == []


def test_an_absurd_count_is_refused(
    source: LedgerFile, fresh: LedgerFile, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(import_file, "MAX_EVENTS", 5)
    with pytest.raises(InvalidInput) as err:
        import_bytes(fresh, json_bytes(export_doc(source)))
    assert err.value.problems[0].code == "import_too_large"
    assert fresh.events() == []


@pytest.mark.parametrize(
    "data",
    [
        b'{"format": "creditfuel-export", "format_version": 1, "events": [' + b"[" * 50_000,
        b'{"format": "creditfuel-export", "format_version": 1, "events": [{}] [',
        b'{"format": "creditfuel-export", "format_version": 1, "events": []} trailing',
        b'{"format": "creditfuel-export", "format_version": 1, "format_version": 1}',
    ],
)
def test_hostile_shapes_are_refused(fresh: LedgerFile, data: bytes) -> None:
    with pytest.raises(InvalidInput) as err:
        import_bytes(fresh, data)
    assert err.value.problems[0].code in ("import_bad_json", "import_bad_field")
    assert fresh.events() == []


def import_peak(tmp_path: Path, count: int, monkeypatch: pytest.MonkeyPatch) -> int:
    """Python's peak allocation while importing an export of ``count`` events (the replay
    after it, which reads in chunks of its own, measured apart)."""
    import tracemalloc

    monkeypatch.setattr(import_file, "warm_up", lambda db: None)

    with open_tracker(tmp_path / f"s{count}" / "creditfuel.sqlite3") as src:
        many_chats(src, count)
        path = exchange.export_to_file(src.db, tmp_path / f"{count}.json", fmt="json", now=NOW)
    with open_tracker(tmp_path / f"t{count}" / "creditfuel.sqlite3") as target:
        tracemalloc.start()
        try:
            assert exchange.import_file(target.db, path).events_added == count
            return tracemalloc.get_traced_memory()[1]
        finally:
            tracemalloc.stop()


def test_memory_stays_flat_whatever_the_file_size(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(import_json, "CHUNK_CHARS", 1 << 16)  # both files fill the buffer
    small = import_peak(tmp_path, 5_000, monkeypatch)
    large = import_peak(tmp_path, 20_000, monkeypatch)
    assert large < small * 1.25  # four times the file, not four times the memory


def test_a_big_csv_comes_back_in_batches(
    source: LedgerFile, fresh: LedgerFile, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(import_file, "BATCH", 64)
    many_chats(source, 1_000)
    fresh.add_meter("Genspark daily", 200, Daily(time(9, 0), "Asia/Tokyo"), now=T0)
    fresh.add_meter("Genspark monthly", 10_000, Monthly(15, time(0, 0), "Asia/Tokyo"), now=T0)
    result = import_bytes(fresh, export_csv(source))
    assert result.events_added == 1_008
    assert fresh.status(NOW).total == source.status(NOW).total
