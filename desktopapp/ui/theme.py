"""Colours and gauge bands, shared by the tray icon, the panel and the fallback window.

The tray icon sits on panels we do not control (dark GNOME bar, light Windows taskbar),
so the icon colours come in pairs: a fill that reads on both, and an outline with a halo.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Literal

from PySide6.QtGui import QColor, QGuiApplication

Band = Literal["ok", "low", "critical", "unknown"]

# Defaults the user changes in Settings ("gauge.amber_below" / "gauge.red_below").
AMBER_BELOW = 0.5
RED_BELOW = 0.2

FILL: dict[Band, str] = {
    "ok": "#2e9d44",
    "low": "#f2a91e",
    "critical": "#e0382f",
    "unknown": "#8a8a8a",
}


@dataclass(frozen=True)
class Thresholds:
    """Fractions of the grant under which the gauge turns amber, then red."""

    amber_below: float = AMBER_BELOW
    red_below: float = RED_BELOW

    @classmethod
    def from_settings(cls, get: Any) -> Thresholds:
        """``get(key, default)``: e.g. ``tracker.get_setting``. Bad values fall back."""
        amber = _fraction(get("gauge.amber_below", AMBER_BELOW), AMBER_BELOW)
        red = _fraction(get("gauge.red_below", RED_BELOW), RED_BELOW)
        return cls(amber_below=max(amber, red), red_below=min(amber, red))

    def band(self, fraction: float | None) -> Band:
        if fraction is None:
            return "unknown"
        if fraction < self.red_below:
            return "critical"
        if fraction < self.amber_below:
            return "low"
        return "ok"


def _fraction(value: Any, default: float) -> float:
    try:
        number = float(value)
    except (TypeError, ValueError):
        return default
    return number if 0.0 <= number <= 1.0 else default


def is_dark() -> bool:
    """Whether the desktop is dark, from the palette Qt derives from the colour scheme.

    The palette rather than ``styleHints().colorScheme()``: reading that enum is the
    first touch of PySide6's ``Qt`` namespace (~10 ms before the icon can show), and the
    palette already follows the scheme (the tray redraws on ``colorSchemeChanged``).
    """
    if QGuiApplication.instance() is None:
        return False
    return QGuiApplication.palette().window().color().lightness() < 128


def fill_colour(band: Band) -> QColor:
    return QColor(FILL[band])


def outline_colours(dark: bool) -> tuple[QColor, QColor]:
    """(outline, halo): the halo keeps the outline visible on a panel of the same tone."""
    if dark:
        return QColor("#f4f4f4"), QColor(0, 0, 0, 150)
    return QColor("#262626"), QColor(255, 255, 255, 170)
