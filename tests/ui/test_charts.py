"""The burn chart: local-day stacking, round gridlines, hover text and honest emptiness."""

from __future__ import annotations

from datetime import date, datetime
from zoneinfo import ZoneInfo

from PySide6.QtGui import QColor, QImage, QPalette
from pytestqt.qtbot import QtBot

from desktopapp.domain.events import Origin, Spend
from desktopapp.services.history import burn_data
from desktopapp.ui.charts import BurnChart, kind_colour, nice_step

TOKYO = ZoneInfo("Asia/Tokyo")


def spend(n: int, when: datetime, kind: str, credits: int) -> Spend:
    return Spend(origin=Origin(f"s{n}", when, "d", "m"), kind=kind, credits=credits)


SPENDS = [
    spend(1, datetime(2026, 11, 1, 10, tzinfo=TOKYO), "slides", 60),
    spend(2, datetime(2026, 11, 1, 23, 50, tzinfo=TOKYO), "Slide", 20),  # alias of slides
    spend(3, datetime(2026, 11, 2, 0, 10, tzinfo=TOKYO), "video", 300),  # UTC: Nov 1
    spend(4, datetime(2026, 11, 3, 9, tzinfo=TOKYO), "my custom kind", 7),
]


def test_burn_data_stacks_by_kind_per_local_day() -> None:
    data = burn_data(SPENDS, date(2026, 10, 31), date(2026, 11, 3), "Asia/Tokyo")
    assert data.days[0] == date(2026, 10, 31) and len(data.days) == 4
    assert data.kinds == ("video", "slides", "my custom kind")  # most credits at the bottom
    assert data.credits["slides"] == (0, 80, 0, 0)
    assert data.credits["video"] == (0, 0, 300, 0)
    assert [data.total(i) for i in range(4)] == [0, 80, 300, 7]
    assert (data.peak, data.grand_total) == (300, 387)
    # The same spends grouped by UTC days would put the video on Nov 1.
    utc = burn_data(SPENDS, date(2026, 10, 31), date(2026, 11, 3), "UTC")
    assert utc.credits["video"] == (0, 300, 0, 0)


def test_gridline_steps_are_round() -> None:
    assert [nice_step(p) for p in (0, 4, 37, 830, 1000, 4600)] == [1, 1, 10, 200, 200, 1000]


def test_unknown_kinds_get_distinct_colours() -> None:
    kinds = ("slides", "mine", "theirs")
    assert kind_colour("mine", kinds) != kind_colour("theirs", kinds)
    assert kind_colour("slides") == QColor("#0072b2")


def test_hover_names_the_day_and_its_kinds(qtbot: QtBot) -> None:
    chart = BurnChart(lambda k: k.upper())
    qtbot.addWidget(chart)
    chart.resize(400, 220)
    chart.set_data(burn_data(SPENDS, date(2026, 11, 1), date(2026, 11, 3), "Asia/Tokyo"))
    plot = chart._plot_rect()
    first = chart.bar_at(plot.left() + 1)
    last = chart.bar_at(plot.right() - 1)
    assert (first, last) == (0, 2)
    assert chart.bar_at(plot.left() - 5) is None
    tip = chart.tooltip_for(0)
    assert "SLIDES: 80" in tip and "Total: 80" in tip


def _ink(image: QImage, colour: QColor) -> int:
    """Pixels close to a colour (antialiasing blurs edges, so a tolerance)."""
    count = 0
    for y in range(0, image.height(), 2):
        for x in range(0, image.width(), 2):
            c = image.pixelColor(x, y)
            if abs(c.red() - colour.red()) + abs(c.green() - colour.green()) \
                    + abs(c.blue() - colour.blue()) < 30:
                count += 1
    return count


def test_bars_are_painted_and_text_follows_the_palette(qtbot: QtBot) -> None:
    chart = BurnChart()
    qtbot.addWidget(chart)
    chart.resize(300, 200)
    dark = QPalette()
    dark.setColor(QPalette.ColorRole.Window, QColor("#202020"))
    dark.setColor(QPalette.ColorRole.WindowText, QColor("#f0f0f0"))
    chart.setPalette(dark)
    chart.set_data(burn_data(SPENDS, date(2026, 11, 1), date(2026, 11, 3), "Asia/Tokyo"))
    image = chart.grab().toImage()
    assert _ink(image, QColor("#d55e00")) > 50  # the video bar
    assert _ink(image, QColor("#f0f0f0")) > 5  # legend text in the palette's text colour
    assert _ink(image, QColor("#000000")) == 0  # no hard-coded black text on a dark panel


def test_an_empty_chart_says_why(qtbot: QtBot) -> None:
    chart = BurnChart()
    qtbot.addWidget(chart)
    chart.resize(300, 200)
    chart.set_data(burn_data([], date(2026, 11, 1), date(2026, 11, 3), "UTC"), "Not enough yet")
    assert chart.data is not None and chart.data.peak == 0
    assert chart.empty_text == "Not enough yet"
    image = chart.grab().toImage()
    assert _ink(image, QColor("#d55e00")) == 0
