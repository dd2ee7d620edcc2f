"""About CreditFuel, from the tray menu: the one version number, where the ledger is, in
English and Japanese."""

from __future__ import annotations

import tomllib
from collections.abc import Iterator
from datetime import UTC, datetime

import pytest
from pkg_helpers import ROOT
from PySide6.QtWidgets import QApplication, QLabel
from pytestqt.qtbot import QtBot

from desktopapp.ui import translations
from desktopapp.ui.session import Session
from desktopapp.ui.ticker import Ticker
from desktopapp.ui.tray import TrayController

VERSION = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]["version"]
NOW = datetime(2026, 11, 28, 9, 0, tzinfo=UTC)


@pytest.fixture
def tray(tracker, qapp: QApplication, qtbot: QtBot) -> Iterator[TrayController]:
    session = Session(tracker, lambda: NOW)
    ticker = Ticker(session, lambda: 0.0)
    controller = TrayController(session, ticker)
    yield controller
    ticker.stop()
    controller.close()
    translations.install("en", qapp)


def open_about(tray: TrayController, qtbot: QtBot,  # type: ignore[no-untyped-def]
               item: str = "Ab&out CreditFuel"):
    tray.menu.aboutToShow.emit()
    [action] = [a for a in tray.menu.actions() if a.text() == item]
    action.trigger()
    dialog = tray.windows.open_windows["about"]
    qtbot.waitUntil(dialog.isVisible)
    return dialog


def label_texts(dialog) -> str:  # type: ignore[no-untyped-def]
    return "\n".join(label.text() for label in dialog.findChildren(QLabel))


def test_about_shows_the_version_and_where_the_ledger_is(tray, db_path, qapp,
                                                         qtbot: QtBot) -> None:
    translations.install("en", qapp)
    dialog = open_about(tray, qtbot)
    assert dialog.windowTitle() == "About CreditFuel"
    text = label_texts(dialog)
    assert f"CreditFuel {VERSION}" in text
    assert f"Version: {VERSION}" in text
    assert str(db_path) in text
    dialog.close()


def test_about_in_japanese(tray, qapp, qtbot: QtBot) -> None:
    translations.install("ja", qapp)
    dialog = open_about(tray, qtbot, "CreditFuel について(&O)")
    assert dialog.windowTitle() == "CreditFuel について"
    assert f"バージョン: {VERSION}" in label_texts(dialog)
    dialog.close()
