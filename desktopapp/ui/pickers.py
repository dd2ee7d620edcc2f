"""Pickers the first-run wizard, Settings and Quick log share: a zone, a language, a
task's size, a count as people type it."""

from __future__ import annotations

import unicodedata

from PySide6.QtCore import QCoreApplication, QLocale, Qt
from PySide6.QtWidgets import QComboBox, QCompleter, QHBoxLayout, QLabel, QSpinBox, QWidget


def all_zones() -> list[str]:
    from zoneinfo import available_timezones

    return sorted(z for z in available_timezones() if "/" in z or z == "UTC")


class ZoneBox(QComboBox):
    """An IANA zone picker: type any part ("tokyo", "berlin") to find it."""

    def __init__(self, zone: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.addItems(all_zones())
        self.setMaxVisibleItems(15)
        completer = self.completer()
        if completer is not None:
            completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
            completer.setFilterMode(Qt.MatchFlag.MatchContains)
            completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.set_zone(zone)

    def set_zone(self, zone: str) -> None:
        index = self.findText(zone)
        if index >= 0:
            self.setCurrentIndex(index)
        else:
            self.setEditText(zone)

    def zone(self) -> str:
        return self.currentText().strip()


class LanguageBox(QComboBox):
    """System / 日本語 / English. Each language is written in itself, so a user who
    cannot read the current UI language still finds their own."""

    CHOICES = ("system", "ja", "en")

    def __init__(self, chosen: str | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.addItem("", "system")
        self.addItem("日本語", "ja")
        self.addItem("English", "en")
        self.retranslate()
        index = self.findData(chosen if chosen in self.CHOICES else "system")
        self.setCurrentIndex(max(index, 0))

    def retranslate(self) -> None:
        self.setItemText(0, QCoreApplication.translate("Words", "System language"))

    def choice(self) -> str:
        return str(self.currentData())


def size_field(parent: QWidget) -> tuple[QWidget, QSpinBox, QLabel]:
    """A task's size, as Quick log and the pre-task warning ask it: a number ("not given"
    at 0) and its unit (seconds, pages...). Returns the row, the number and the unit."""
    box = QSpinBox(parent)
    box.setRange(0, 100_000)
    box.setSpecialValueText(QCoreApplication.translate("Words", "not given"))
    unit = QLabel(parent)
    row = QWidget(parent)
    layout = QHBoxLayout(row)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.addWidget(box, 1)
    layout.addWidget(unit)
    return row, box, unit


def parse_count(text: str) -> int | None:
    """A whole number as people type it: '1,234', '１２３' (full-width IME digits), ' 50 '.

    None for an empty field; ValueError for anything else that is not a whole number.
    """
    cleaned = unicodedata.normalize("NFKC", text).strip().replace(" ", "")
    if not cleaned:
        return None
    value, ok = QLocale().toInt(cleaned)
    if ok:
        return int(value)
    digits = cleaned.replace(",", "").replace("_", "")
    if digits.lstrip("-").isdigit():
        return int(digits)
    raise ValueError(text)
