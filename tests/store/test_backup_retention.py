"""Which backups stay: 7 daily, 4 weekly, 12 monthly, a few safety copies, all within a
total size cap that removes the oldest first and says which it removed."""

from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path

import pytest

import desktopapp.store.backup as backup
from desktopapp.store import backup_retention
from desktopapp.store.backup import BackupInfo
from tests.store.backup_support import T0, big_db, make_db, noisy_db


def _fake(created: datetime, kind: str = "daily") -> BackupInfo:
    ident = created.strftime("%Y%m%dT%H%M%SZ")
    return BackupInfo(Path(f"db.{ident}.{kind}.db"), ident, created, kind, 1)


def test_thinning_keeps_7_daily_4_weekly_12_monthly() -> None:
    # One backup a day for two years, newest first.
    days = [T0 - timedelta(days=d) for d in range(730)]
    keep = backup_retention.keep_set([_fake(d) for d in days])
    kept = sorted((p for p in keep), reverse=True)
    kept_dates = sorted(
        (datetime.strptime(p.name.split(".")[1], "%Y%m%dT%H%M%SZ").date() for p in kept),
        reverse=True,
    )
    # The last 7 days, each kept.
    assert kept_dates[:7] == [(T0 - timedelta(days=d)).date() for d in range(7)]
    # 12 distinct months are covered, nothing older than a year.
    months = {(d.year, d.month) for d in kept_dates}
    assert len(months) == 12
    assert min(kept_dates) > (T0 - timedelta(days=366)).date()
    # 7 daily + up to 4 weekly + up to 12 monthly, overlapping: far fewer than 730.
    assert 12 <= len(kept) <= 7 + 4 + 12


def test_thinning_keeps_safety_copies_and_the_newest() -> None:
    daily = [_fake(T0 - timedelta(days=d)) for d in range(40)]
    pre = [_fake(T0 - timedelta(days=d, hours=1), "prerestore") for d in range(8)]
    mig = [_fake(T0 - timedelta(days=400), "premigrate-v1")]
    keep = backup_retention.keep_set(daily + pre + mig)
    assert sum(1 for p in keep if "prerestore" in p.name) == backup_retention.KEEP_SAFETY
    assert mig[0].path in keep
    assert daily[0].path in keep


def test_thinning_runs_after_each_backup(tmp_path: Path) -> None:
    db = make_db(tmp_path / "creditfuel.db")
    for d in range(20):
        make_db(db, rows=1)
        backup.create_backup(db, kind="daily", now=T0 + timedelta(days=d))
    kept = backup.list_backups(db)
    assert len(kept) < 20
    assert kept[0].created == T0 + timedelta(days=19)


def test_the_total_size_is_capped_oldest_first_and_the_caller_is_told(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    db = big_db(tmp_path / "creditfuel.db")
    infos = [backup.create_backup(db, kind="daily", now=T0 + timedelta(days=d))
             for d in range(3)]
    assert all(not i.thinned_by_cap for i in infos)
    one = infos[-1].size
    monkeypatch.setattr(backup_retention, "MAX_TOTAL_FACTOR", 2.5 * one / db.stat().st_size)
    newest = backup.create_backup(db, kind="daily", now=T0 + timedelta(days=3))
    assert newest.thinned_by_cap == (infos[0].path, infos[1].path)
    left = backup.list_backups(db)
    assert [b.path for b in left] == [newest.path, infos[2].path]
    monkeypatch.setattr(backup_retention, "MAX_TOTAL_FACTOR", 0.01)  # not even one fits: keep one
    again = backup.create_backup(db, kind="daily", now=T0 + timedelta(days=4))
    assert [b.path for b in backup.list_backups(db)] == [again.path]


def test_a_year_of_daily_backups_stays_within_the_cap_and_every_copy_it_drops_is_reported(
    tmp_path: Path,
) -> None:
    from desktopapp.store.backup_retention import MAX_TOTAL_FACTOR, database_size, keep_set

    db = noisy_db(tmp_path / "creditfuel.db", rows=200)
    reported = 0
    for d in range(0, 365, 13):
        noisy_db(db, rows=20)  # the ledger grows: older copies are smaller
        before = {b.path: b for b in backup.list_backups(db)}
        info = backup.create_backup(db, kind="daily", now=T0 + timedelta(days=d))
        after = backup.list_backups(db)
        size = database_size(db)
        assert size is not None
        assert after[0].path == info.path  # the newest is always kept
        assert sum(b.size for b in after) <= MAX_TOTAL_FACTOR * size
        retained = keep_set([*before.values(), info])
        dropped_for_cap = set(before) & retained - {b.path for b in after}
        assert set(info.thinned_by_cap) == dropped_for_cap  # each one, no more
        assert all(before[p].created < min(b.created for b in after)
                   for p in info.thinned_by_cap)  # oldest first
        reported += len(info.thinned_by_cap)
    assert reported > 0  # the cap did bind, so the assertions above were exercised


def test_a_restore_says_which_backups_the_size_cap_removed_for_its_safety_copy(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    db = noisy_db(tmp_path / "creditfuel.db", rows=200)
    infos = []
    for d in range(3):
        noisy_db(db, rows=20)
        infos.append(backup.create_backup(db, kind="daily", now=T0 + timedelta(days=d)))
    wanted = backup.content_digest(infos[0].path)
    size = backup_retention.database_size(db)
    assert size is not None
    monkeypatch.setattr(  # room for three copies, not four
        backup_retention, "MAX_TOTAL_FACTOR", 3.5 * infos[-1].size / size
    )
    result = backup.restore(db, infos[0].path, now=T0 + timedelta(days=3))
    assert result.removed == [infos[0].path]  # the oldest: here the one restored from
    assert not infos[0].path.exists()
    assert backup.content_digest(db) == wanted  # the restore itself is whole
    assert [b.path for b in backup.list_backups(db)] == [
        result.safety_copy, infos[2].path, infos[1].path
    ]
