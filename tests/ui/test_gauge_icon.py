"""The tray icon: colour follows the level, crisp at every device pixel ratio, and
visible on dark and light panels."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSize
from PySide6.QtGui import QColor, QIcon, QImage

from desktopapp.ui.gauge_icon import GaugeIconEngine, IconLook, gauge_icon
from desktopapp.ui.theme import FILL, Thresholds


def render(look: IconLook, side: int = 22, scale: float = 1.0) -> QImage:
    engine = GaugeIconEngine(look)
    pm = engine.scaledPixmap(QSize(side, side), QIcon.Mode.Normal, QIcon.State.Off, scale)
    return pm.toImage().convertToFormat(QImage.Format.Format_ARGB32)


def close_to(colour: QColor, hex_code: str, tolerance: int = 40) -> bool:
    want = QColor(hex_code)
    return (abs(colour.red() - want.red()) + abs(colour.green() - want.green())
            + abs(colour.blue() - want.blue())) <= tolerance


def count(image: QImage, hex_code: str) -> int:
    return sum(
        close_to(image.pixelColor(x, y), hex_code) and image.pixelColor(x, y).alpha() > 200
        for x in range(image.width())
        for y in range(image.height())
    )


def tank_pixel(image: QImage, fy: float) -> QColor:
    """A pixel in the middle of the tank at height ``fy`` (0 top, 1 bottom)."""
    return image.pixelColor(round(image.width() * 0.37), round(image.height() * fy))


def test_fill_colour_follows_the_level_band(qapp) -> None:
    bands = Thresholds(amber_below=0.5, red_below=0.2)
    full = render(IconLook.of(0.9, bands.band(0.9), dark=False), 48)
    half = render(IconLook.of(0.35, bands.band(0.35), dark=False), 48)
    low = render(IconLook.of(0.1, bands.band(0.1), dark=False), 48)
    assert close_to(tank_pixel(full, 0.8), FILL["ok"])
    assert close_to(tank_pixel(half, 0.85), FILL["low"])
    assert not close_to(tank_pixel(half, 0.3), FILL["low"])  # above the fuel: empty
    assert count(low, FILL["critical"]) > 0
    assert count(low, FILL["ok"]) == count(low, FILL["low"]) == 0


def test_more_fuel_paints_more_of_the_tank(qapp) -> None:
    levels = [render(IconLook.of(f, "ok", dark=False), 48) for f in (0.25, 0.5, 1.0)]
    areas = [count(img, FILL["ok"]) for img in levels]
    assert areas[0] < areas[1] < areas[2]


@pytest.mark.parametrize("scale", [1.0, 2.0, 3.0])
def test_pixmap_has_the_device_size_for_each_ratio(qapp, scale: float) -> None:
    look = IconLook.of(0.6, "ok", dark=False)
    pm = GaugeIconEngine(look).scaledPixmap(QSize(22, 22), QIcon.Mode.Normal,
                                            QIcon.State.Off, scale)
    assert (pm.width(), pm.height()) == (22 * scale, 22 * scale)
    assert pm.devicePixelRatio() == scale
    via_icon = gauge_icon(look).pixmap(QSize(22, 22), scale)
    assert (via_icon.width(), via_icon.height()) == (22 * scale, 22 * scale)
    # drawn at full resolution, not an upscaled 22 px image: more distinct colours
    assert len({via_icon.toImage().pixel(x, y) for x in range(via_icon.width())
                for y in range(via_icon.height())}) > 8


def test_outline_contrasts_with_the_panel_it_sits_on(qapp) -> None:
    def extremes(dark: bool) -> tuple[int, int]:
        img = render(IconLook.of(0.5, "ok", dark=dark), 32)
        light = dark_px = 0
        for x in range(img.width()):
            for y in range(img.height()):
                c = img.pixelColor(x, y)
                if c.alpha() > 200:
                    light += c.lightness() > 220
                    dark_px += c.lightness() < 60
        return light, dark_px

    on_dark_light, _ = extremes(dark=True)
    _, on_light_dark = extremes(dark=False)
    assert on_dark_light > 20  # a light outline on a dark panel
    assert on_light_dark > 20  # a dark outline on a light panel


def test_no_meter_yet_draws_an_empty_tank_not_a_red_one(qapp) -> None:
    img = render(IconLook.of(None, "unknown", dark=False), 32)
    assert count(img, FILL["critical"]) == 0 and count(img, FILL["ok"]) == 0


def test_levels_are_quantised_so_tiny_changes_need_no_redraw() -> None:
    assert IconLook.of(0.500, "ok", False) == IconLook.of(0.505, "ok", False)
    assert IconLook.of(0.5, "ok", False) != IconLook.of(0.6, "ok", False)
    assert IconLook.of(0.001, "critical", False).level == 1  # almost empty is not empty
