"""An error escaping a Qt slot is logged and shown once in plain words; the tray goes on."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer

from desktopapp.ui import error_dialog


@pytest.fixture()
def reporter(qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setenv("CREDITFUEL_LOG_DIR", str(tmp_path / "logs"))
    old = sys.excepthook
    made = error_dialog.install()
    yield made
    sys.excepthook = old
    if made.dialog is not None:
        made.dialog.close()
    import logging

    log = logging.getLogger("creditfuel")
    for handler in list(log.handlers):
        handler.close()
        log.removeHandler(handler)


def _raise_in_a_slot(qtbot, count: int = 1) -> None:
    def boom() -> None:
        raise RuntimeError("a bug in a slot")

    for _ in range(count):
        QTimer.singleShot(0, boom)
    qtbot.wait(50)


def test_a_slot_error_is_logged_and_explained_once(reporter, qtbot, tmp_path: Path) -> None:
    _raise_in_a_slot(qtbot, count=3)
    qtbot.waitUntil(lambda: reporter.dialog is not None and reporter.dialog.isVisible())
    assert reporter.count == 3
    text = reporter.dialog.text() + reporter.dialog.informativeText()
    assert "nothing you saved was lost" in text
    assert "Traceback" not in text
    log = (tmp_path / "logs" / "creditfuel.log").read_text(encoding="utf-8")
    assert log.count("a bug in a slot") >= 3
    # the app keeps running: the event loop still turns
    fired: list[int] = []
    QTimer.singleShot(0, lambda: fired.append(1))
    qtbot.waitUntil(lambda: fired == [1])
