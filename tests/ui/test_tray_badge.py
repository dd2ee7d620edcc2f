"""The balance on the tray icon (Settings > General), readable at 22 px in both themes."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from PySide6.QtCore import QSize
from PySide6.QtGui import QColor, QIcon, QImage
from PySide6.QtWidgets import QDialogButtonBox
from pytestqt.qtbot import QtBot

from desktopapp.ui.gauge_icon import GaugeIconEngine, IconLook, badge_text
from tests.ui.dialog_support import add_free, make_session

NOW = datetime(2026, 11, 24, 3, 0, tzinfo=UTC)


@pytest.mark.parametrize(("balance", "fraction", "how", "shown"), [
    (140, 0.7, "number", "140"), (9_500, 0.95, "number", "9.5k"),
    (10_000, 1.0, "number", "10k"), (2_000, 0.2, "number", "2k"),
    (1_250_000, 1.0, "number", "1.2M"), (140, 0.7, "percent", "70%"),
    (140, 0.7, "off", ""), (-110, 0.0, "number", "?"),
])
def test_badge_text_is_short(balance: int, fraction: float, how: str, shown: str) -> None:
    assert badge_text(balance, fraction, how) == shown


def render(look: IconLook, side: int = 22) -> QImage:
    pm = GaugeIconEngine(look).scaledPixmap(QSize(side, side), QIcon.Mode.Normal,
                                            QIcon.State.Off, 1.0)
    return pm.toImage().convertToFormat(QImage.Format.Format_ARGB32)


def luminance(c: QColor) -> float:
    return 0.2126 * c.redF() + 0.7152 * c.greenF() + 0.0722 * c.blueF()


@pytest.mark.parametrize("dark", [False, True])
def test_the_number_reads_at_22_px_in_both_themes(qapp, dark: bool) -> None:
    image = render(IconLook(17, "ok", dark, badge="140"))
    plain = render(IconLook(17, "ok", dark))
    assert image != plain
    lower = [image.pixelColor(x, y) for x in range(22) for y in range(12, 22)
             if image.pixelColor(x, y).alpha() > 200]
    lights = sum(luminance(c) > 0.75 for c in lower)
    darks = sum(luminance(c) < 0.25 for c in lower)
    # A solid label and its digits: both tones well represented = strong contrast.
    assert lights >= 20 and darks >= 20, (lights, darks)


def test_settings_turns_the_percent_on_and_the_icon_shows_it(
    tracker, qapp, qtbot: QtBot
) -> None:
    from desktopapp.ui.settings_dialog import SettingsDialog
    from desktopapp.ui.ticker import Ticker
    from desktopapp.ui.tray import TrayController

    add_free(tracker, NOW)
    tracker.log_spend("research", credits=60, at=NOW - timedelta(hours=1), now=NOW)
    session = make_session(tracker, NOW)
    ticker = Ticker(session, lambda: 0.0)
    ticker.start(arm=False)
    tray = TrayController(session, ticker)
    tray.on_status(session.status())
    assert tray._look is not None and tray._look.badge == ""
    dialog = SettingsDialog(session)
    qtbot.addWidget(dialog)
    general = dialog.general_tab
    general.badge.setCurrentIndex(general.badge.findData("percent"))
    assert general.badge.currentText() == "percent left"
    apply = dialog.buttons.button(QDialogButtonBox.StandardButton.Apply)
    assert apply is not None
    apply.click()
    tray.on_status(session.status())
    assert tray._look.badge == "70%"
    tray.close()
