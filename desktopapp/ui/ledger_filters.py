"""The ledger window's filter bar: period, kind, project, outcome, meter, member and a
search in notes. It only says what the user chose (``changed``); the window asks the
service for the rows.

Choices come from the caller (the kinds, projects, meters and members the ledger knows);
"All …" is always first, so an empty filter is one keystroke (Home) away.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtWidgets import QComboBox, QGridLayout, QLabel, QLineEdit, QWidget

from desktopapp.domain.events import OUTCOMES
from desktopapp.ui.formatting import kind_label, outcome_label
from desktopapp.ui.retranslate import Retranslator

SEARCH_DELAY_MS = 250  # typing "acme" asks once, not four times
PERIOD_DAYS: tuple[int | None, ...] = (None, 7, 30, 90, 365)


@dataclass(frozen=True)
class Choice:
    """A filter value and how it is shown (a meter's id and its name, a member...)."""

    value: str
    label: str


@dataclass(frozen=True)
class LedgerQuery:
    """What the user asked to see; None means "all"."""

    days: int | None = None
    kind: str | None = None
    project: str | None = None
    outcome: str | None = None
    meter: str | None = None
    member: str | None = None
    text: str | None = None

    def since(self, now: datetime) -> datetime | None:
        return None if self.days is None else now - timedelta(days=self.days)


class FilterBar(QWidget):
    """``changed(LedgerQuery)`` whenever a choice or the search text changes."""

    changed = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rt = Retranslator()
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SEARCH_DELAY_MS)
        self._timer.timeout.connect(self._emit)

        self.period = QComboBox(self)
        self.kind = QComboBox(self)
        self.project = QComboBox(self)
        self.outcome = QComboBox(self)
        self.meter = QComboBox(self)
        self.member = QComboBox(self)
        self.search = QLineEdit(self)
        self.search.setClearButtonEnabled(True)
        self.search.setObjectName("LedgerSearch")

        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        labelled = (
            (self.period, lambda: self.tr("&Period:"), lambda: self.tr("Period")),
            (self.kind, lambda: self.tr("&Kind:"), lambda: self.tr("Kind")),
            (self.project, lambda: self.tr("Pro&ject:"), lambda: self.tr("Project / client")),
            (self.outcome, lambda: self.tr("O&utcome:"), lambda: self.tr("Outcome")),
            (self.meter, lambda: self.tr("&Meter:"), lambda: self.tr("Meter")),
            (self.member, lambda: self.tr("Mem&ber:"), lambda: self.tr("Member")),
            (self.search, lambda: self.tr("&Search notes:"), lambda: self.tr("Search notes")),
        )
        for index, (widget, label_text, name) in enumerate(labelled):
            label = QLabel(self)
            label.setBuddy(widget)
            self.rt.bind(label.setText, label_text)
            self.rt.bind(widget.setAccessibleName, name)
            row, col = divmod(index, 4)
            grid.addWidget(label, row, col * 2)
            grid.addWidget(widget, row, col * 2 + 1)
        self.rt.bind(self.search.setPlaceholderText, lambda: self.tr("Words in a note"))
        grid.setColumnStretch(8, 1)  # the room left goes to the right, not to a field

        self._kinds: list[str] = []
        self._projects: list[str] = []
        self._meters: list[Choice] = []
        self._members: list[Choice] = []
        self._seen: list[str] = []
        self._fill_fixed()
        for combo in (self.period, self.kind, self.project, self.outcome, self.meter,
                      self.member):
            combo.currentIndexChanged.connect(self._emit)
        self.search.textChanged.connect(lambda _t: self._timer.start())

    # -- choices -----------------------------------------------------------------------
    def _fill_fixed(self) -> None:
        words = {
            None: self.tr("All time"),
            7: self.tr("Last 7 days"),
            30: self.tr("Last 30 days"),
            90: self.tr("Last 90 days"),
            365: self.tr("Last 12 months"),
        }
        _refill(self.period, [(words[d], d) for d in PERIOD_DAYS])
        _refill(self.outcome, [(self.tr("All outcomes"), None)]
                + [(outcome_label(o), o) for o in OUTCOMES])
        self._fill_lists()

    def _fill_lists(self) -> None:
        _refill(self.kind, [(self.tr("All kinds"), None)]
                + [(kind_label(k), k) for k in self._kinds])
        _refill(self.project, [(self.tr("All projects"), None)] + [(p, p) for p in self._projects])
        _refill(self.meter, [(self.tr("All meters"), None)]
                + [(m.label, m.value) for m in self._meters])
        self._fill_members()

    def set_choices(
        self,
        *,
        kinds: Sequence[str],
        projects: Sequence[str],
        meters: Sequence[Choice],
        members: Sequence[Choice],
    ) -> None:
        """The lists the ledger knows now; what was chosen stays chosen (silently)."""
        self._kinds, self._projects = list(kinds), list(projects)
        self._meters, self._members = list(meters), list(members)
        self._fill_lists()

    def add_members(self, names: Sequence[str]) -> None:
        """Members seen in the rows shown (history imported or from before a team):
        offered too, and kept when the ledger's own list is given again."""
        known = {m.value for m in self._members} | set(self._seen)
        new = [n for n in dict.fromkeys(names) if n and n not in known]
        if new:
            self._seen += new
            self._fill_members()

    def _fill_members(self) -> None:
        listed = [(m.label, m.value) for m in self._members]
        values = {m.value for m in self._members}
        listed += [(n, n) for n in self._seen if n not in values]
        _refill(self.member, [(self.tr("Everyone"), None), *listed])

    # -- the query ---------------------------------------------------------------------
    def query(self) -> LedgerQuery:
        text = self.search.text().strip()
        return LedgerQuery(
            days=self.period.currentData(),
            kind=self.kind.currentData(),
            project=self.project.currentData(),
            outcome=self.outcome.currentData(),
            meter=self.meter.currentData(),
            member=self.member.currentData(),
            text=text or None,
        )

    def focus_search(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    def _emit(self, *_: object) -> None:
        self._timer.stop()
        self.changed.emit(self.query())

    def flush(self) -> None:
        """Apply a pending search now (Enter in the search field, tests)."""
        if self._timer.isActive():
            self._emit()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.rt.apply()
            self._fill_fixed()
        super().changeEvent(event)


def _refill(combo: QComboBox, items: Sequence[tuple[str, object]]) -> None:
    """Replace the items, keeping the chosen value when it is still there."""
    chosen = combo.currentData()
    combo.blockSignals(True)
    try:
        combo.clear()
        for text, value in items:
            combo.addItem(text, value)
        index = combo.findData(chosen) if chosen is not None else 0
        combo.setCurrentIndex(max(index, 0))
    finally:
        combo.blockSignals(False)
    if chosen is not None and combo.currentData() != chosen:
        combo.currentIndexChanged.emit(combo.currentIndex())  # the choice went away
