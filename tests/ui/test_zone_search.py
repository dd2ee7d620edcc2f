"""The zone picker finds cities by their English and Japanese names."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from desktopapp.ui.pickers import ZoneBox, resolve_zone


@pytest.mark.parametrize(("typed", "zone"), [
    ("New York", "America/New_York"),
    ("new york", "America/New_York"),
    ("ニューヨーク", "America/New_York"),
    ("東京", "Asia/Tokyo"),
    ("Tokyo", "Asia/Tokyo"),
    ("大阪", "Asia/Tokyo"),
    ("Los Angeles", "America/Los_Angeles"),
    ("ロンドン", "Europe/London"),
    ("Europe/Berlin", "Europe/Berlin"),
    ("Ｔｏｋｙｏ", "Asia/Tokyo"),  # full-width, as an IME types it
])
def test_city_names_mean_their_zone(typed: str, zone: str) -> None:
    assert resolve_zone(typed) == zone


def test_an_unknown_name_stays_as_typed_for_the_ledger_to_refuse() -> None:
    assert resolve_zone("Atlantis") == "Atlantis"


def test_the_search_list_finds_japanese_and_spaced_names(qtbot: QtBot, qapp) -> None:
    box = ZoneBox("UTC")
    qtbot.addWidget(box)
    completer = box.completer()
    assert completer is not None
    for typed, zone in (("東京", "Asia/Tokyo"), ("ニューヨーク", "America/New_York"),
                        ("New York", "America/New_York")):
        completer.setCompletionPrefix(typed)
        assert completer.currentCompletion().endswith(zone), typed


def test_typing_a_japanese_city_picks_its_zone(qtbot: QtBot, qapp) -> None:
    box = ZoneBox("UTC")
    qtbot.addWidget(box)
    box.show()
    line = box.lineEdit()
    assert line is not None
    line.setFocus()
    line.selectAll()
    event = QInputMethodEvent()
    event.setCommitString("東京")
    QApplication.sendEvent(line, event)
    assert box.zone() == "Asia/Tokyo"
    qtbot.keyClick(line, Qt.Key.Key_Tab)
    assert box.zone() == "Asia/Tokyo"


def test_typing_new_york_by_keyboard(qtbot: QtBot, qapp) -> None:
    box = ZoneBox("UTC")
    qtbot.addWidget(box)
    box.show()
    line = box.lineEdit()
    assert line is not None
    line.setFocus()
    line.selectAll()
    qtbot.keyClicks(line, "New York")
    assert box.zone() == "America/New_York"
