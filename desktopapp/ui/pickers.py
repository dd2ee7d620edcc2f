"""Pickers the first-run wizard, Settings and Quick log share: a zone, a language, a
task's size, a count as people type it."""

from __future__ import annotations

import functools
import json
import unicodedata
from importlib import resources

from PySide6.QtCore import QCoreApplication, QLocale, Qt
from PySide6.QtWidgets import QComboBox, QCompleter, QHBoxLayout, QLabel, QSpinBox, QWidget


def all_zones() -> list[str]:
    from zoneinfo import available_timezones

    return sorted(z for z in available_timezones() if "/" in z or z == "UTC")


SEP = " — "  # "東京 — Asia/Tokyo" in the search list


def _fold(text: str) -> str:
    """How names compare: full-width/half-width alike, any case, spaces not underscores."""
    return unicodedata.normalize("NFKC", text).casefold().replace("_", " ").strip()


@functools.lru_cache(maxsize=1)
def city_table() -> dict[str, str]:
    """Common city names in English and Japanese -> IANA zone (resources/cities.json)."""
    source = resources.files("desktopapp.resources").joinpath("cities.json")
    data = json.loads(source.read_text(encoding="utf-8"))
    return {str(k): str(v) for k, v in data["cities"].items()}


def _city_part(zone: str) -> str:
    return zone.rsplit("/", 1)[-1].replace("_", " ")


@functools.lru_cache(maxsize=1)
def search_entries() -> list[str]:
    """What the zone picker's search matches: each city name with its zone, each IANA
    zone's city part spelled with spaces ("New York — America/New_York"), each zone."""
    zones = all_zones()
    entries = {f"{city}{SEP}{zone}" for city, zone in city_table().items()}
    entries |= {f"{_city_part(z)}{SEP}{z}" for z in zones if "_" in z}
    return sorted(entries) + zones


def resolve_zone(text: str) -> str:
    """The IANA zone a typed text means: a zone, a search entry, a known city name in
    English or Japanese, or a zone's city part ("new york"). Else the text as typed (the
    ledger's validation then says it is no zone)."""
    typed = text.strip()
    if SEP in typed:
        typed = typed.rsplit(SEP, 1)[-1].strip()
    zones = all_zones()
    if typed in zones:
        return typed
    folded = _fold(typed)
    for city, zone in city_table().items():
        if _fold(city) == folded:
            return zone
    for zone in zones:
        if _fold(zone) == folded or _fold(_city_part(zone)) == folded:
            return zone
    return typed


class ZoneBox(QComboBox):
    """An IANA zone picker: type a city in English or Japanese ("New York", "東京",
    "ニューヨーク") or any part of a zone ("berlin") to find it."""

    def __init__(self, zone: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.addItems(all_zones())
        self.setMaxVisibleItems(15)
        completer = QCompleter(search_entries(), self)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setMaxVisibleItems(12)
        self.setCompleter(completer)
        completer.activated.connect(lambda text: self.set_zone(resolve_zone(text)))
        line = self.lineEdit()
        if line is not None:
            line.editingFinished.connect(self._settle)
            line.setAccessibleName(QCoreApplication.translate("Words", "Time zone"))
        self.set_zone(zone)

    def _settle(self) -> None:
        """A city typed and left: show the zone it means."""
        found = resolve_zone(self.currentText())
        if found != self.currentText().strip() and found in all_zones():
            self.set_zone(found)

    def set_zone(self, zone: str) -> None:
        index = self.findText(zone)
        if index >= 0:
            self.setCurrentIndex(index)
        else:
            self.setEditText(zone)

    def zone(self) -> str:
        return resolve_zone(self.currentText())


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
