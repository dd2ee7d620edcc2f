"""The start-up restore offer, as a user meets it after their data file got damaged."""

from __future__ import annotations

from datetime import UTC, datetime, time, timedelta
from pathlib import Path

from pytestqt.qtbot import QtBot

import desktopapp.store.backup as backup
import desktopapp.store.integrity as integrity
from desktopapp.domain.schedule import Daily
from desktopapp.store.ledger_file import Identity, LedgerFile
from desktopapp.ui import translations
from desktopapp.ui.restore_dialog import RestoreDialog

NOW = datetime(2026, 11, 25, 9, 0, tzinfo=UTC)
YESTERDAY = NOW - timedelta(days=1)


def ledger_with_yesterdays_logs(db: Path) -> None:
    with LedgerFile.open(db, Identity("laptop", "aiko")) as t:
        t.add_meter("Genspark", 200, Daily(time(9), "Asia/Tokyo"), now=YESTERDAY)
        t.log_spend("slides", credits=50, at=YESTERDAY + timedelta(hours=1), now=YESTERDAY)
        t.log_spend("image", credits=30, at=YESTERDAY + timedelta(hours=2), now=YESTERDAY)
    backup.daily_backup_if_due(db, now=YESTERDAY + timedelta(hours=3))
    with LedgerFile.open(db, Identity("laptop", "aiko")) as t:  # today's log, after the backup
        t.log_spend("video", credits=100, at=NOW - timedelta(hours=1), now=NOW)


def damage(db: Path) -> None:
    data = bytearray(db.read_bytes())
    data[:100] = b"\x00" * 100  # the header: SQLite no longer knows the file
    db.write_bytes(bytes(data))
    for suffix in ("-wal", "-shm"):
        Path(str(db) + suffix).unlink(missing_ok=True)


def open_dialog(qtbot: QtBot, result: integrity.IntegrityResult) -> RestoreDialog:
    translations.install("en")
    dialog = RestoreDialog(result, lambda: NOW)
    qtbot.addWidget(dialog)
    dialog.open()
    return dialog


def test_damaged_file_restore_brings_back_yesterdays_logs(qtbot: QtBot, tmp_path: Path) -> None:
    db = tmp_path / "data" / "creditfuel.sqlite3"
    ledger_with_yesterdays_logs(db)
    damage(db)

    result = integrity.check_at_startup(db, now=NOW)
    assert result.status == "moved_aside" and result.moved_to is not None
    dialog = open_dialog(qtbot, result)
    assert dialog.windowTitle().startswith("CreditFuel")
    assert result.moved_to.name in dialog.explanation.text()
    assert "Nothing was deleted" in dialog.explanation.text()
    assert "newest good backup" in dialog.offer.text()
    assert dialog.restore_button is not None and dialog.restore_button.isDefault()

    with qtbot.waitSignal(dialog.restored):
        dialog.restore_button.click()
    assert dialog.choice == "restored" and dialog.result() == RestoreDialog.DialogCode.Accepted
    with LedgerFile.open(db, Identity("laptop", "aiko")) as t:
        kinds = [getattr(e, "kind", None) for e in t.events()]
        assert kinds == ["slides", "image"]  # yesterday's logs; today's was after the backup
        assert t.status(NOW).total == 200  # the daily grant refilled since
    assert result.moved_to.exists()  # the damaged file is still there for anyone to inspect


def test_no_backup_offers_only_a_fresh_start(qtbot: QtBot, tmp_path: Path) -> None:
    db = tmp_path / "creditfuel.sqlite3"
    db.write_bytes(b"this was never a database" * 100)
    result = integrity.check_at_startup(db, now=NOW)
    dialog = open_dialog(qtbot, result)
    assert dialog.restore_button is None
    assert "no backup" in dialog.offer.text()
    dialog.empty_button.click()
    assert dialog.choice == "empty"
    assert not db.exists() and result.moved_to is not None and result.moved_to.exists()


def test_a_backup_that_went_bad_since_is_explained_and_empty_still_works(
    qtbot: QtBot, tmp_path: Path
) -> None:
    db = tmp_path / "data" / "creditfuel.sqlite3"
    ledger_with_yesterdays_logs(db)
    damage(db)
    result = integrity.check_at_startup(db, now=NOW)
    assert result.newest_backup is not None
    result.newest_backup.path.write_bytes(b"\x00" * 8192)  # the disk failed some more
    dialog = open_dialog(qtbot, result)
    assert dialog.restore_button is not None
    dialog.restore_button.click()
    assert dialog.choice is None and dialog.isVisible()
    assert "damaged" in dialog.message.text()
    dialog.empty_button.click()
    assert dialog.choice == "empty"


def test_every_sentence_of_the_dialog_has_japanese() -> None:
    import ast
    import xml.etree.ElementTree as ET

    root = Path(__file__).resolve().parents[2]
    source = (root / "desktopapp" / "ui" / "restore_dialog.py").read_text("utf-8")
    said = {
        node.args[0].value
        for node in ast.walk(ast.parse(source))
        if isinstance(node, ast.Call)
        and isinstance(node.func, ast.Attribute)
        and node.func.attr == "tr"
        and node.args
        and isinstance(node.args[0], ast.Constant)
    }
    ts = ET.parse(root / "desktopapp" / "resources" / "translations" / "creditfuel_ja.ts")
    catalog = {
        message.findtext("source", ""): message.find("translation")
        for context in ts.getroot().iter("context")
        if context.findtext("name") == "RestoreDialog"
        for message in context.iter("message")
    }
    assert len(said) >= 8
    assert said <= set(catalog)
    for s in said:
        translation = catalog[s]
        assert translation is not None and translation.get("type") is None
        assert translation.text and translation.text != s
