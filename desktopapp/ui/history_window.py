"""Fuel history: where the credits went, what a task usually costs, what was wasted,
what each client job cost, and whether the meter lasts until its refill.

Every figure comes from desktopapp.domain (history, estimate, forecast, waste, costing);
this window picks the period, words the results and says so honestly when there is not
enough history yet.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from desktopapp.domain.costing import money
from desktopapp.domain.estimate import Estimate
from desktopapp.domain.forecast import NOT_ENOUGH_HISTORY, Forecast
from desktopapp.domain.waste import Waste
from desktopapp.services import history
from desktopapp.services.history import BurnData, Figures
from desktopapp.ui import history_csv
from desktopapp.ui.charts import BurnChart
from desktopapp.ui.countdown_text import remaining
from desktopapp.ui.formatting import (
    arg,
    fmt_credits,
    fmt_instant,
    fmt_int,
    fmt_money,
    fmt_percent,
    kind_label,
    outcome_label,
    sentences,
)
from desktopapp.ui.history_tables import NumberItem, fill, make_table
from desktopapp.ui.inline_message import InlineMessage
from desktopapp.ui.session import Session


def gather(session: Session, period: str) -> Figures:
    """The figures of one period ("30", "90", "billing") as of the session's now."""
    return history.figures(session.ledger, session.now(), period, session.lang())


class HistoryWindow(QWidget):
    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.session = session
        self.figures: Figures | None = None
        self._shown = self._wanted = ""  # the period shown, the period asked for
        self._waiting = False
        self.setObjectName("HistoryWindow")
        self.setWindowTitle(self.tr("CreditFuel — Fuel history"))
        self._build()
        self._stale = False
        self.session.changed.connect(self._on_session_changed)
        self.refresh()

    def _on_session_changed(self) -> None:
        # A closed window the tray keeps for later does no queries until shown again.
        if self.isVisible():
            self.refresh()
        else:
            self._stale = True

    def showEvent(self, event: QShowEvent) -> None:
        if self._stale:
            self._stale = False
            self.refresh()
        super().showEvent(event)

    # -- layout ----------------------------------------------------------------------------
    def _build(self) -> None:
        self.period = QComboBox(self)
        self.period.addItem(self.tr("Last 30 days"), "30")
        self.period.addItem(self.tr("Last 90 days"), "90")
        self.period.addItem(self.tr("This billing month"), "billing")
        period_label = QLabel(self.tr("&Period:"), self)
        period_label.setBuddy(self.period)
        self.export_button = QPushButton(self.tr("&Export CSV…"), self)
        self.export_button.setToolTip(self.tr("The tasks of this period, for Excel or a client"))

        top = QHBoxLayout()
        top.addWidget(period_label)
        top.addWidget(self.period)
        top.addStretch(1)
        # Every log, to find one and fix or delete it (the ledger window).
        self.ledger_button = QPushButton(self.tr("&Ledger…"), self)
        self.ledger_button.setAccessibleName(self.tr("Open the list of every log"))
        self.ledger_button.clicked.connect(self.open_ledger)
        top.addWidget(self.ledger_button)
        top.addWidget(self.export_button)

        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.message = InlineMessage(self)

        self.chart = BurnChart(kind_label, self)

        self.forecast_box = QGroupBox(self.tr("Will it last until the refill?"), self)
        self.forecast_text = QLabel(self.forecast_box)
        self.forecast_text.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.forecast_text.setWordWrap(True)
        self.forecast_text.setTextFormat(Qt.TextFormat.PlainText)
        QVBoxLayout(self.forecast_box).addWidget(self.forecast_text)

        self.waste_box = QGroupBox(self.tr("Wasted credits"), self)
        self.waste_text = QLabel(self.waste_box)
        self.waste_text.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.waste_text.setWordWrap(True)
        self.waste_text.setTextFormat(Qt.TextFormat.PlainText)
        QVBoxLayout(self.waste_box).addWidget(self.waste_text)

        boxes = QHBoxLayout()
        boxes.addWidget(self.forecast_box, 1)
        boxes.addWidget(self.waste_box, 1)

        overview = QWidget(self)
        overview_layout = QVBoxLayout(overview)
        overview_layout.addWidget(self.chart, 1)
        overview_layout.addLayout(boxes)

        self.kinds_table = make_table(
            [self.tr("Task"), self.tr("Tasks"), self.tr("Credits"), self.tr("Typical"),
             self.tr("Usual range"), self.tr("Wasted"), self.tr("Based on")],
            self,
            stretch=6,
        )
        self.projects_table = make_table(
            [self.tr("Project / client"), self.tr("Tasks"), self.tr("Credits"),
             self.tr("Wasted"), self.tr("Money")],
            self,
            stretch=0,
        )
        self.money_hint = QLabel(self)
        self.money_hint.setWordWrap(True)
        projects = QWidget(self)
        projects_layout = QVBoxLayout(projects)
        projects_layout.addWidget(self.projects_table)
        projects_layout.addWidget(self.money_hint)

        self.tabs = QTabWidget(self)
        self.tabs.setAccessibleName(self.tr("History views"))
        self.tabs.addTab(overview, self.tr("&Overview"))
        self.tabs.addTab(self.kinds_table, self.tr("By &task"))
        self.tabs.addTab(projects, self.tr("By &client"))

        root = QVBoxLayout(self)
        root.addLayout(top)
        root.addWidget(self.summary)
        root.addWidget(self.tabs, 1)
        root.addWidget(self.message)
        self.resize(760, 560)

        self.period.currentIndexChanged.connect(self.refresh)
        self.export_button.clicked.connect(self.choose_export)
        QShortcut(QKeySequence.StandardKey.Close, self, self.close)
        QShortcut(QKeySequence(Qt.Key.Key_Escape), self, self.close)

    # -- data ---------------------------------------------------------------------------------
    def refresh(self, *_: object) -> None:
        """The period's figures. On a busy ledger they come from a worker (the 90-day
        window is tens of thousands of logs): until then the window says it is working
        them out, keeping the last figures only when they are of the same period."""
        period, lang = str(self.period.currentData()), self.session.lang()
        self._wanted = period
        self._waiting = True  # _arrived clears it, at once on a small ledger
        self.session.figures(
            f"history:{id(self)}",
            lambda ledger, now: history.figures(ledger, now, period, lang),
            lambda found: self._arrived(period, found),
            cache=(period, lang, self.session.now().replace(second=0, microsecond=0)),
        )
        if self._waiting:
            self._show_waiting(period)

    def _show_waiting(self, period: str) -> None:
        waiting = self.tr("Working out your figures…")
        self.summary.setText(waiting)
        self.export_button.setEnabled(False)  # it would write the figures not yet had
        if self.figures is not None and self._shown == period:
            return
        self.figures = None  # another period's figures would read as this one's
        self.chart.set_data(BurnData((), (), {}), waiting)
        for label in (self.forecast_text, self.waste_text, self.money_hint):
            label.setText("")
        self.kinds_table.setRowCount(0)
        self.projects_table.setRowCount(0)

    def _arrived(self, period: str, figures: Figures) -> None:
        if not isValid(self) or period != self._wanted:
            return  # the window is gone, or the user picked another period since
        self._waiting = False
        self._shown = period
        self.export_button.setEnabled(True)
        self._show(figures)

    def _show(self, figures: Figures) -> None:
        self.figures = figures
        total = figures.waste.total
        if not figures.spends:
            self.summary.setText(self.tr(
                "Nothing logged in this period yet. Log tasks with Quick log and they show up "
                "here."))
        else:
            self.summary.setText(arg(
                self.tr("%1 on %2 tasks in %3 days; %4 wasted (%5)."),
                fmt_credits(total.spent), fmt_int(len(figures.spends)), fmt_int(figures.days),
                fmt_int(total.wasted), fmt_percent(total.share),
            ))
        self.chart.set_data(
            figures.burn,
            self.tr("Not enough history yet: the chart fills in as you log tasks."),
        )
        self._show_forecasts(figures.forecasts, figures.tz, figures.until)
        self._show_waste(figures.waste, figures.enough)
        self._show_kinds(figures)
        self._show_projects(figures)

    def _show_forecasts(self, forecasts: Sequence[Forecast], zone: str, now: datetime) -> None:
        lines: list[str] = []
        for f in forecasts:
            if f.note == NOT_ENOUGH_HISTORY or f.burn_per_day is None:
                lines.append(arg(self.tr("%1: not enough history yet to forecast."), f.name))
                continue
            pace = arg(self.tr("%1: about %2 a day."), f.name, fmt_credits(f.burn_per_day))
            if f.runs_dry_at is not None and f.before_reset:
                when = fmt_instant(f.runs_dry_at, zone, with_date=True)
                lines.append(sentences(pace, arg(
                    self.tr("At this pace it runs dry %1 (in %2), before the refill."),
                    when, remaining(now, f.runs_dry_at))))
            elif f.next_reset is not None:
                lost = arg(self.tr("About %1 will be left unused and lost at the refill."),
                           fmt_credits(f.lost_at_reset)) if f.lost_at_reset else ""
                lines.append(sentences(pace, self.tr("It lasts until the refill."), lost))
            else:
                lines.append(pace)
        if not lines:
            lines.append(self.tr("No meter is set up yet."))
        self.forecast_text.setText("\n".join(lines))

    def _show_waste(self, w: Waste, enough: bool) -> None:
        total = w.total
        if not enough:
            self.waste_text.setText(self.tr("Not enough history yet."))
            return
        if total.wasted == 0:
            self.waste_text.setText(self.tr("No failed, retaken or abandoned runs. Well done."))
            return
        lines = [arg(self.tr("%1 of %2 went on failed, retaken or abandoned runs (%3)."),
                     fmt_int(total.wasted), fmt_credits(total.spent), fmt_percent(total.share))]
        for outcome in ("failed", "retake", "abandoned"):
            value = total.by_outcome.get(outcome, 0)
            if value:
                lines.append("• " + arg(self.tr("%1: %2"), outcome_label(outcome),
                                        fmt_credits(value)))
        for line in [line for line in w.by_kind if line.wasted][:3]:
            lines.append(arg(self.tr("%1 wasted %2 (%3 of its credits)."),
                             kind_label(line.key or ""), fmt_credits(line.wasted),
                             fmt_percent(line.share)))
        self.waste_text.setText("\n".join(lines))

    def _basis(self, e: Estimate | None) -> str:
        if e is None:
            return ""
        if e.source == "defaults":
            return self.tr("typical figures")
        if e.mostly_defaults:
            return arg(self.tr("mostly typical figures (%1 runs)"), fmt_int(e.samples))
        return arg(self.tr("your last %1 runs"), fmt_int(e.samples))

    def _show_kinds(self, f: Figures) -> None:
        wasted = {line.key: line.wasted for line in f.waste.by_kind}
        rows: list[list[QTableWidgetItem]] = []
        for kind, tasks, credits, e in ((k.kind, k.tasks, k.credits, k.estimate)
                                        for k in f.kinds):
            typical = NumberItem(fmt_int(e.typical), e.typical) if e else QTableWidgetItem("—")
            spread = (
                NumberItem(arg(self.tr("%1–%2"), fmt_int(e.low), fmt_int(e.high)), e.low)
                if e else QTableWidgetItem("—")
            )
            rows.append([
                QTableWidgetItem(kind_label(kind)),
                NumberItem(fmt_int(tasks), tasks),
                NumberItem(fmt_int(credits), credits),
                typical,
                spread,
                NumberItem(fmt_int(wasted.get(kind, 0)), wasted.get(kind, 0)),
                QTableWidgetItem(self._basis(e)),
            ])
        fill(self.kinds_table, rows)

    def _show_projects(self, f: Figures) -> None:
        rows: list[list[QTableWidgetItem]] = []
        for line in f.projects:
            name = line.project or self.tr("(no project)")
            money_cell: QTableWidgetItem = (
                NumberItem(fmt_money(line.money, f.price.currency), line.money)
                if line.money is not None and f.price is not None else QTableWidgetItem("—")
            )
            rows.append([
                QTableWidgetItem(name),
                NumberItem(fmt_int(line.tasks), line.tasks),
                NumberItem(fmt_int(line.credits), line.credits),
                NumberItem(fmt_int(line.wasted), line.wasted),
                money_cell,
            ])
        fill(self.projects_table, rows)
        if f.price is None:
            self.money_hint.setText(self.tr(
                "Money appears once you set what credits cost you (Settings > General)."))
        else:
            self.money_hint.setText(arg(self.tr("Money at %1 per 1,000 credits."),
                                        fmt_money(money(1000, f.price), f.price.currency)))

    def open_ledger(self) -> QWidget:
        from desktopapp.ui.ledger_window import LedgerWindow  # first use only

        window: QWidget | None = getattr(self, "_ledger_window", None)
        if window is None:
            window = LedgerWindow(self.session)
            self._ledger_window = window
        window.show()
        window.raise_()
        window.activateWindow()
        return window

    # -- export --------------------------------------------------------------------------------
    def csv_header(self) -> list[str]:
        # The cells stay bare "2026-11-25 10:00" so Excel reads them as dates; the header
        # names their zone (a whole zone, not an abbreviation that changes with DST).
        zone = self.figures.tz if self.figures is not None else self.session.user_zone()
        header = [f"{self.tr('Date and time')} ({zone})", self.tr("Task"), self.tr("Size"),
                  self.tr("Credits"), self.tr("Outcome"), self.tr("Project / client"),
                  self.tr("Note")]
        if self.figures is not None and self.figures.price is not None:
            header.append(arg(self.tr("Money (%1)"), self.figures.price.currency))
        return header

    def export_csv(self, path: Path) -> Path:
        period = str(self.period.currentData())
        current = self.figures if self._shown == period and not self._waiting else None
        figures = current or gather(self.session, period)
        body = history_csv.rows(
            figures.spends,
            tz=figures.tz,
            kind_label=kind_label,
            outcome_label=outcome_label,
            price=figures.price,
        )
        written = history_csv.write(path, self.csv_header(), body)
        self.message.show_note(arg(self.tr("Saved %1 tasks to %2."),
                                   fmt_int(len(body)), str(written)))
        return written

    def choose_export(self) -> None:
        zone = self.session.user_zone()
        day = self.session.now().astimezone(ZoneInfo(zone)).date()
        suggested = f"creditfuel-history-{day.isoformat()}.csv"
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export the history as CSV"), str(Path.home() / suggested),
            self.tr("CSV files (*.csv)"),
        )
        if not path:
            return
        try:
            self.export_csv(Path(path))
        except OSError as error:
            self.message.show_error(arg(self.tr("Could not save the file: %1"),
                                        error.strerror or str(error)))
