"""The burn chart: daily credits as bars stacked by kind, drawn with QPainter.

QtCharts would add ~150 MB (PySide6-Addons) and start-up time for one small chart. Days
are the user's LOCAL days (desktopapp.services.history groups them into ``BurnData``);
this module only paints them. Text uses palette roles so the chart
reads in dark and light themes; the kind colours are mid-tones that hold on both.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QCoreApplication, QDate, QLocale, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFontMetricsF, QMouseEvent, QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from desktopapp.services.history import BurnData
from desktopapp.ui.formatting import month_day_format

# One colour per known kind (Okabe-Ito-like, distinguishable for colour-blind users);
# other kinds cycle through the extras.
KIND_COLOURS = {
    "chat": "#9aa5b1",
    "slides": "#0072b2",
    "sheets": "#56b4e9",
    "sparkpage": "#009e73",
    "research": "#e69f00",
    "image": "#cc79a7",
    "video": "#d55e00",
    "developer": "#7b61ff",
    "agent": "#b8860b",
}
EXTRA_COLOURS = ("#8c564b", "#17becf", "#bcbd22", "#7f7f7f")


def kind_colour(kind: str, kinds: Sequence[str] = ()) -> QColor:
    if kind in KIND_COLOURS:
        return QColor(KIND_COLOURS[kind])
    others = [k for k in kinds if k not in KIND_COLOURS]
    index = others.index(kind) if kind in others else 0
    return QColor(EXTRA_COLOURS[index % len(EXTRA_COLOURS)])


def nice_step(peak: float, lines: int = 5) -> int:
    """A round gridline step (1, 2, 5 x 10^n) giving about ``lines`` gridlines."""
    if peak <= 0:
        return 1
    raw = peak / lines
    magnitude = 10 ** max(0, len(str(int(raw))) - 1)
    for factor in (1, 2, 5, 10):
        if raw <= factor * magnitude:
            return int(factor * magnitude)
    return int(10 * magnitude)


class BurnChart(QWidget):
    """Stacked daily bars; hover a bar for that day's figures."""

    def __init__(
        self, label: Callable[[str], str] | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._label = label or (lambda k: k)
        self.data: BurnData | None = None
        self.empty_text = ""
        self.setMouseTracking(True)
        self.setMinimumHeight(200)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setAccessibleName(QCoreApplication.translate("Charts", "Daily burn chart"))

    def sizeHint(self) -> QSize:
        return QSize(560, 240)

    def set_data(self, data: BurnData, empty_text: str = "") -> None:
        self.data = data
        self.empty_text = empty_text
        self.setAccessibleDescription(
            QCoreApplication.translate("Charts", "%1 credits over %2 days")
            .replace("%1", QLocale().toString(data.grand_total))
            .replace("%2", QLocale().toString(len(data.days)))
        )
        self.update()

    # -- geometry --------------------------------------------------------------------------
    def _legend_height(self) -> float:
        return QFontMetricsF(self.font()).height() + 8

    def _plot_rect(self) -> QRectF:
        fm = QFontMetricsF(self.font())
        peak = self.data.peak if self.data else 0
        step = nice_step(peak)
        top_value = max(step, ((peak + step - 1) // step) * step)
        left = fm.horizontalAdvance(QLocale().toString(top_value)) + 10
        bottom = fm.height() + 8
        top = self._legend_height() + 6
        return QRectF(left, top, max(10.0, self.width() - left - 8), max(10.0, self.height()
                                                                          - top - bottom))

    def bar_at(self, x: float) -> int | None:
        """The day index under an x position, if any."""
        if not self.data or not self.data.days:
            return None
        plot = self._plot_rect()
        if not plot.left() <= x <= plot.right():
            return None
        slot = plot.width() / len(self.data.days)
        index = int((x - plot.left()) // slot)
        return index if 0 <= index < len(self.data.days) else None

    # -- painting ---------------------------------------------------------------------------
    def paintEvent(self, event: QPaintEvent) -> None:
        del event
        painter = QPainter(self)
        try:  # ended whatever happens: a painter outliving its paint event crashes Qt
            self._paint(painter)
        finally:
            painter.end()

    def _paint(self, painter: QPainter) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        text = palette.color(QPalette.ColorRole.WindowText)
        muted = palette.color(QPalette.ColorRole.PlaceholderText)
        data = self.data
        if data is None or data.peak == 0:
            painter.setPen(muted)
            painter.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap,
                             self.empty_text)
            return
        plot = self._plot_rect()
        self._paint_grid(painter, plot, data, text, muted)
        self._paint_bars(painter, plot, data)
        self._paint_days(painter, plot, data, muted)
        self._paint_legend(painter, data, text)

    def _scale(self, data: BurnData) -> tuple[int, int]:
        step = nice_step(data.peak)
        top = max(step, ((data.peak + step - 1) // step) * step)
        return step, top

    def _paint_grid(
        self, painter: QPainter, plot: QRectF, data: BurnData, text: QColor, muted: QColor
    ) -> None:
        step, top = self._scale(data)
        fm = QFontMetricsF(self.font())
        grid = QColor(muted)
        grid.setAlpha(90)
        value = 0
        while value <= top:
            y = plot.bottom() - plot.height() * value / top
            painter.setPen(QPen(grid, 1, Qt.PenStyle.DotLine if value else Qt.PenStyle.SolidLine))
            painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
            painter.setPen(muted)
            label = QLocale().toString(value)
            painter.drawText(
                QRectF(0, y - fm.height() / 2, plot.left() - 6, fm.height()),
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                label,
            )
            value += step
        del text

    def _paint_bars(self, painter: QPainter, plot: QRectF, data: BurnData) -> None:
        _, top = self._scale(data)
        slot = plot.width() / len(data.days)
        width = max(1.0, slot * 0.72)
        painter.setPen(Qt.PenStyle.NoPen)
        for i in range(len(data.days)):
            x = plot.left() + i * slot + (slot - width) / 2
            y = plot.bottom()
            for kind in data.kinds:
                value = data.credits[kind][i]
                if not value:
                    continue
                h = plot.height() * value / top
                painter.setBrush(kind_colour(kind, data.kinds))
                painter.drawRect(QRectF(x, y - h, width, h))
                y -= h

    def _paint_days(self, painter: QPainter, plot: QRectF, data: BurnData, muted: QColor) -> None:
        fm = QFontMetricsF(self.font())
        slot = plot.width() / len(data.days)
        locale = QLocale()
        short = month_day_format()
        widest = fm.horizontalAdvance("00/00") + 12
        every = max(1, int(widest // slot) + 1)
        if every > 1:
            every = 7 if every <= 7 else ((every + 6) // 7) * 7
        painter.setPen(muted)
        for i, day in enumerate(data.days):
            from_end = len(data.days) - 1 - i
            if from_end % every:
                continue
            label = locale.toString(QDate(day.year, day.month, day.day), short)
            x = plot.left() + i * slot + slot / 2
            painter.drawText(
                QRectF(x - widest / 2, plot.bottom() + 4, widest, fm.height()),
                Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop,
                label,
            )

    def _paint_legend(self, painter: QPainter, data: BurnData, text: QColor) -> None:
        fm = QFontMetricsF(self.font())
        x = self._plot_rect().left()
        y = 4.0
        box = fm.height() * 0.7
        for kind in data.kinds:
            label = self._label(kind)
            width = box + 4 + fm.horizontalAdvance(label) + 14
            if x + width > self.width() and x > self._plot_rect().left():
                break  # the rest is in the tooltip and the table below
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(kind_colour(kind, data.kinds))
            painter.drawRoundedRect(QRectF(x, y + (fm.height() - box) / 2, box, box), 2, 2)
            painter.setPen(text)
            painter.drawText(QPointF(x + box + 4, y + fm.ascent()), label)
            x += width

    # -- hover ------------------------------------------------------------------------------
    def tooltip_for(self, index: int) -> str:
        data = self.data
        if data is None:
            return ""
        day = data.days[index]
        locale = QLocale()
        lines = [
            locale.toString(QDate(day.year, day.month, day.day), QLocale.FormatType.LongFormat)
        ]
        for kind in data.kinds:
            value = data.credits[kind][index]
            if value:
                lines.append(f"{self._label(kind)}: {locale.toString(value)}")
        lines.append(
            QCoreApplication.translate("Charts", "Total: %1").replace(
                "%1", locale.toString(data.total(index))
            )
        )
        return "\n".join(lines)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        index = self.bar_at(event.position().x())
        if index is None:
            QToolTip.hideText()
        else:
            QToolTip.showText(event.globalPosition().toPoint(), self.tooltip_for(index), self)
        super().mouseMoveEvent(event)
