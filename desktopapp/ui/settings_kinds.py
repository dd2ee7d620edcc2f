"""Settings > Tasks: the task kinds, the article's usual figures, and what each costs
this user ("Yours", from the 90-day window: worked out on a worker when that is busy)."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from desktopapp.domain.estimate import Estimate
from desktopapp.domain.kinds import KINDS
from desktopapp.services import estimates
from desktopapp.ui.formatting import arg, fmt_int, group_label, kind_label, unit_label
from desktopapp.ui.retranslate import Retranslator
from desktopapp.ui.session import Session


class KindsTab(QWidget):
    """The task kinds, the article's usual figures, and what they cost this user."""

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.own: dict[str, Estimate | None] | None = None  # "Yours", once worked out
        self.rt = Retranslator()
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.rt.bind(self.intro.setText, lambda: self.tr(
            "Typical figures are a starting point; as you log tasks, your own costs replace "
            "them in estimates and warnings. You can log any other kind of task by typing "
            "its name."))
        self.table = QTableWidget(0, 5, self)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.rt.bind(self.table.setAccessibleName, lambda: self.tr("Task kinds"))
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.table, 1)
        self.retranslate()

    def retranslate(self) -> None:
        self.rt.apply()
        self.table.setHorizontalHeaderLabels([
            self.tr("Task"), self.tr("Typical figures"), self.tr("Yours"), self.tr("Size in"),
            self.tr("Group")])
        self.refresh()

    def refresh(self) -> None:
        """The article's columns at once; "Yours" weighs every kind's 90-day window, so on
        a busy ledger it comes from a worker and says it is being worked out until then
        (keeping the last figures it showed)."""
        kinds = [info.code for info in KINDS]
        self.table.setRowCount(len(KINDS))
        for row, info in enumerate(KINDS):
            name = kind_label(info.code)
            if info.high_octane:
                name = arg(self.tr("%1 (high-octane)"), name)
            cells = {
                0: name,
                1: arg(self.tr("%1–%2, usually %3"), fmt_int(info.default_low),
                       fmt_int(info.default_high), fmt_int(info.typical)),
                3: unit_label(info.size_unit) or "—",
                4: group_label(info.group),
            }
            if self.own is None:
                cells[2] = self.tr("working out…")
            for col, text in cells.items():
                self.table.setItem(row, col, QTableWidgetItem(text))
        self.session.figures(
            f"settings.kinds:{id(self)}",
            lambda ledger, now: estimates.own_estimates(ledger, now, kinds),
            self._show_own,
        )

    def _show_own(self, own: dict[str, Estimate | None]) -> None:
        if not isValid(self):
            return  # the dialog was closed before the figures came
        self.own = own
        for row, info in enumerate(KINDS):
            mine = own.get(info.code)
            yours = (arg(self.tr("%1 (%2 runs)"), fmt_int(mine.typical), fmt_int(mine.samples))
                     if mine is not None and mine.samples else "—")
            self.table.setItem(row, 2, QTableWidgetItem(yours))
