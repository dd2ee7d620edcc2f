"""The tray icon: a fuel pump whose body fills with the balance, drawn for each DPR.

Drawn at runtime so it is crisp at any device pixel ratio: Qt asks ``scaledPixmap`` for
the exact device size and we paint in logical coordinates onto a pixmap that knows its
ratio. Nothing here reads settings or the clock: the tray decides what to show and makes
a new icon only when that changes (see ``IconLook``).

No ``Qt.*`` enum is touched here: the first use of PySide6's ``Qt`` namespace costs
~10 ms, and this runs before the icon first shows (default pens and brushes instead).
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRect, QRectF, QSize
from PySide6.QtGui import (
    QBrush,
    QColor,
    QIcon,
    QIconEngine,
    QPainter,
    QPainterPath,
    QPen,
    QPixmap,
)

from desktopapp.ui.theme import Band, fill_colour, outline_colours

ALIGN_CENTER = 0x0084  # Qt::AlignCenter (AlignHCenter | AlignVCenter)
LEVEL_STEPS = 24  # finer than a 22 px tray icon can show; coarser means fewer redraws


@dataclass(frozen=True)
class IconLook:
    """Everything the icon shows. Two equal looks draw the same pixels."""

    level: int | None  # 0..LEVEL_STEPS, None when there is no meter yet
    band: Band
    dark: bool
    badge: str = ""  # the balance drawn on the icon ("140", "9.5k", "70%"), if asked for

    @classmethod
    def of(cls, fraction: float | None, band: Band, dark: bool) -> IconLook:
        if fraction is None:
            return cls(None, "unknown", dark)
        clamped = max(0.0, min(1.0, fraction))
        level = round(clamped * LEVEL_STEPS)
        if clamped > 0 and level == 0:
            level = 1  # a few credits left must not look empty
        return cls(level, band, dark)


class GaugeIconEngine(QIconEngine):
    def __init__(self, look: IconLook) -> None:
        super().__init__()
        self.look = look

    # -- QIconEngine -------------------------------------------------------------------
    def clone(self) -> QIconEngine:
        return GaugeIconEngine(self.look)

    def key(self) -> str:
        return "creditfuel-gauge"

    def isNull(self) -> bool:
        return False

    def paint(self, painter: QPainter, rect: QRect, mode: QIcon.Mode, state: QIcon.State) -> None:
        draw_gauge(painter, QRectF(rect), self.look, disabled=mode == QIcon.Mode.Disabled)

    def pixmap(self, size: QSize, mode: QIcon.Mode, state: QIcon.State) -> QPixmap:
        return self.scaledPixmap(size, mode, state, 1.0)

    def scaledPixmap(
        self, size: QSize, mode: QIcon.Mode, state: QIcon.State, scale: float
    ) -> QPixmap:
        scale = scale if scale > 0 else 1.0
        pixmap = QPixmap(max(1, round(size.width() * scale)), max(1, round(size.height() * scale)))
        pixmap.setDevicePixelRatio(scale)
        pixmap.fill(QColor(0, 0, 0, 0))
        painter = QPainter(pixmap)
        logical = QRectF(0, 0, pixmap.width() / scale, pixmap.height() / scale)
        draw_gauge(painter, logical, self.look, disabled=mode == QIcon.Mode.Disabled)
        painter.end()
        return pixmap


def gauge_icon(look: IconLook) -> QIcon:
    return QIcon(GaugeIconEngine(look))


def draw_gauge(painter: QPainter, rect: QRectF, look: IconLook, disabled: bool = False) -> None:
    """A pump body (the tank, filled from the bottom) with its hose on the right."""
    side = min(rect.width(), rect.height())
    x0 = rect.x() + (rect.width() - side) / 2
    y0 = rect.y() + (rect.height() - side) / 2

    def pt(fx: float, fy: float) -> QPointF:
        return QPointF(x0 + fx * side, y0 + fy * side)

    outline, halo = outline_colours(look.dark)
    if disabled:
        outline.setAlpha(120)
    stroke = max(1.0, side * 0.085)

    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)

    body = QRectF(pt(0.10, 0.06), pt(0.64, 0.96))
    radius = side * 0.09
    hose = QPainterPath(pt(0.64, 0.34))
    hose.lineTo(pt(0.80, 0.34))
    hose.lineTo(pt(0.80, 0.76))
    hose.quadTo(pt(0.80, 0.86), pt(0.87, 0.86))
    hose.quadTo(pt(0.94, 0.86), pt(0.94, 0.76))
    hose.lineTo(pt(0.94, 0.22))
    hose.lineTo(pt(0.84, 0.12))

    # Halo first: a wider, contrasting stroke so the shape survives any panel colour.
    painter.setPen(QPen(halo, stroke + max(1.0, side * 0.09)))
    painter.setBrush(QBrush())  # no fill
    painter.drawRoundedRect(body, radius, radius)
    painter.drawPath(hose)

    # The empty part of the tank: a translucent well; tinted red when nearly empty so a
    # 1 px sliver of fuel still reads as "red" at 16 px.
    well = QColor(outline) if look.band != "critical" else fill_colour("critical")
    well.setAlpha(55 if look.band != "critical" else 90)
    tank = QPainterPath()
    tank.addRoundedRect(body, radius, radius)
    painter.fillPath(tank, well)

    if look.level:
        inner = body.adjusted(stroke / 2, stroke / 2, -stroke / 2, -stroke / 2)
        height = inner.height() * look.level / LEVEL_STEPS
        fill_rect = QRectF(inner.left(), inner.bottom() - height, inner.width(), height)
        colour = fill_colour(look.band)
        if disabled:
            colour.setAlpha(110)
        clip = QPainterPath()
        clip.addRoundedRect(inner, radius * 0.6, radius * 0.6)
        painter.setClipPath(clip)
        painter.fillRect(fill_rect, colour)
        painter.setClipping(False)

    painter.setPen(QPen(outline, stroke))
    painter.setBrush(QBrush())
    painter.drawRoundedRect(body, radius, radius)
    painter.drawPath(hose)

    if look.level is None:
        # No meter yet: a question mark says "set me up" rather than "empty".
        font = painter.font()
        font.setBold(True)
        font.setPixelSize(max(6, round(side * 0.55)))
        painter.setFont(font)
        painter.drawText(body, ALIGN_CENTER, "?")
    if look.badge:
        draw_badge(painter, x0, y0, side, look)
    painter.restore()


def draw_badge(painter: QPainter, x0: float, y0: float, side: float, look: IconLook) -> None:
    """The balance over the lower half, as a solid label: the outline colour behind the
    halo's (dark on light panels, light on dark ones), so it reads at 22 px in either."""
    outline, _halo = outline_colours(look.dark)
    text_colour = QColor("#ffffff") if not look.dark else QColor("#111111")
    box = QRectF(x0, y0 + side * 0.52, side, side * 0.48)
    painter.setClipping(False)
    painter.setPen(QPen(QColor(0, 0, 0, 0), 0))
    painter.setBrush(QBrush(outline))
    painter.drawRoundedRect(box, side * 0.1, side * 0.1)
    font = painter.font()
    font.setBold(True)
    size = max(6, round(box.height() * 0.92))
    font.setPixelSize(size)
    painter.setFont(font)
    # Narrower letters first, then smaller ones, until it fits: "100%" stays ~9 px tall.
    def too_wide() -> bool:
        return painter.fontMetrics().horizontalAdvance(look.badge) > box.width() - 1

    while too_wide() and font.stretch() > 62:
        font.setStretch(font.stretch() - 12 if font.stretch() else 88)
        painter.setFont(font)
    while size > 6 and too_wide():
        size -= 1
        font.setPixelSize(size)
        painter.setFont(font)
    painter.setPen(QPen(text_colour))
    painter.drawText(box, ALIGN_CENTER, look.badge)


def badge_text(balance: int, fraction: float, how: str) -> str:
    """What ``how`` ("number", "percent", else nothing) puts on the icon, short enough
    for 22 px: 950, 9.5k, 12k, 1.2M; 70%. Below zero (old data) shows "?"."""
    if how not in ("number", "percent"):
        return ""
    if balance < 0:
        return "?"
    if how == "percent":
        return f"{round(max(0.0, min(1.0, fraction)) * 100)}%"
    if balance < 1_000:
        return str(balance)
    if balance < 10_000:
        return f"{balance / 1_000:.1f}".rstrip("0").rstrip(".") + "k"
    if balance < 1_000_000:
        return f"{balance // 1_000}k"
    return f"{balance / 1_000_000:.1f}".rstrip("0").rstrip(".") + "M"
