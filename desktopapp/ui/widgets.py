"""Small pieces the dialogs share: labels for codes, locale-aware formatting, an inline
error line and a confirmation bar with Undo.

Codes (kinds, outcomes, units) come from the domain; their words live here so every
window says "Slides" / "スライド" the same way. Numbers and dates go through QLocale so
Japanese users see 1,234 and 火 where English users see Tue.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from datetime import datetime, time
from zoneinfo import ZoneInfo

from PySide6.QtCore import (
    QCoreApplication,
    QDateTime,
    QEvent,
    QLocale,
    Qt,
    QTime,
    QTimeZone,
    Signal,
)
from PySide6.QtGui import QColor, QGuiApplication, QPalette, QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QSpinBox,
    QWidget,
)

from desktopapp.domain.problems import InvalidInput


# -- words for codes -------------------------------------------------------------------
def kind_label(code: str) -> str:
    """A kind's name for people; unknown (free-text) kinds are shown as typed."""
    labels = {
        "chat": QCoreApplication.translate("Words", "Chat"),
        "slides": QCoreApplication.translate("Words", "Slides"),
        "sheets": QCoreApplication.translate("Words", "Sheets"),
        "sparkpage": QCoreApplication.translate("Words", "Sparkpage"),
        "research": QCoreApplication.translate("Words", "Research"),
        "image": QCoreApplication.translate("Words", "Image"),
        "video": QCoreApplication.translate("Words", "Video"),
        "developer": QCoreApplication.translate("Words", "AI Developer"),
        "agent": QCoreApplication.translate("Words", "Super agent"),
    }
    return labels.get(code, code)


def outcome_label(code: str) -> str:
    labels = {
        "ok": QCoreApplication.translate("Words", "Done"),
        "failed": QCoreApplication.translate("Words", "Failed"),
        "retake": QCoreApplication.translate("Words", "Retake"),
        "abandoned": QCoreApplication.translate("Words", "Abandoned"),
    }
    return labels.get(code, code)


def unit_label(unit: str | None) -> str:
    labels = {
        "seconds": QCoreApplication.translate("Words", "seconds"),
        "pages": QCoreApplication.translate("Words", "pages"),
        "images": QCoreApplication.translate("Words", "images"),
    }
    return labels.get(unit or "", "")


def group_label(code: str) -> str:
    labels = {
        "drafting": QCoreApplication.translate("Words", "Drafting"),
        "research": QCoreApplication.translate("Words", "Research"),
        "visual": QCoreApplication.translate("Words", "Images and video"),
        "developer": QCoreApplication.translate("Words", "Developer and agents"),
    }
    return labels.get(code, code)


def arg(template: str, *values: object) -> str:
    """Qt-style %1..%9 placeholders (translators may reorder them), filled in one pass."""
    out, i = [], 0
    while i < len(template):
        ch = template[i]
        if ch == "%" and i + 1 < len(template) and template[i + 1].isdigit():
            index = int(template[i + 1]) - 1
            out.append(str(values[index]) if 0 <= index < len(values) else template[i : i + 2])
            i += 2
            continue
        out.append(ch)
        i += 1
    return "".join(out)


# -- numbers, instants, durations ---------------------------------------------------------
def fmt_int(n: int | float) -> str:
    return QLocale().toString(round(n))


def fmt_credits(n: int | float) -> str:
    """'1,234 credits' / '1,234 クレジット' (plural-aware)."""
    value = round(n)
    # Two plain strings instead of %n: English plurals then need no English .qm file.
    if abs(value) == 1:
        return arg(QCoreApplication.translate("Words", "%1 credit"), fmt_int(value))
    return arg(QCoreApplication.translate("Words", "%1 credits"), fmt_int(value))


def fmt_money(amount: float, currency: str) -> str:
    locale = QLocale()
    digits = 0 if currency in ("JPY", "KRW") else 2
    return locale.toCurrencyString(round(amount, digits), _currency_symbol(currency), digits)


def _currency_symbol(code: str) -> str:
    return {"JPY": "¥", "USD": "$", "EUR": "€", "GBP": "£"}.get(code, code + " ")


def fmt_percent(share: float) -> str:
    return QLocale().toString(share * 100, "f", 0) + "%"


def to_qdatetime(at: datetime, zone: str) -> QDateTime:
    qdt = QDateTime.fromMSecsSinceEpoch(int(at.timestamp() * 1000), QTimeZone(zone.encode()))
    return qdt


def zone_abbrev(at: datetime, zone: str) -> str:
    """'JST', 'CET'...; zones with no letters give an offset like '+09'."""
    return at.astimezone(ZoneInfo(zone)).tzname() or zone


def fmt_clock(at: time) -> str:
    """A wall-clock time of a rule, '09:00'."""
    return QLocale().toString(QTime(at.hour, at.minute), "HH:mm")


def month_day_format() -> str:
    """'M/d' or 'd/M' as the locale orders days and months (no year: it is implied)."""
    fmt = QLocale().dateFormat(QLocale.FormatType.ShortFormat)
    m, d = fmt.find("M"), fmt.find("d")
    return "d/M" if 0 <= d < m else "M/d"


def fmt_instant(at: datetime, zone: str, *, with_date: bool = False) -> str:
    """'Tue 09:00 JST', with the date 'Tue 12/1 09:00 JST'; '12/1(火) 09:00 JST' in Japanese."""
    locale = QLocale()
    qdt = to_qdatetime(at, zone)
    weekday = locale.dayName(qdt.date().dayOfWeek(), QLocale.FormatType.ShortFormat)
    clock = locale.toString(qdt.time(), "HH:mm")
    day = locale.toString(qdt.date(), month_day_format()) if with_date else ""
    if locale.language() == QLocale.Language.Japanese:
        long_day = locale.dayName(qdt.date().dayOfWeek(), QLocale.FormatType.LongFormat)
        head = f"{day}({weekday})" if day else long_day  # 12/1(火) or 火曜日
        return f"{head} {clock} {zone_abbrev(at, zone)}"
    parts = [p for p in (weekday, day, clock, zone_abbrev(at, zone)) if p]
    return " ".join(parts)


def fmt_date(day: object) -> str:
    from PySide6.QtCore import QDate

    if isinstance(day, datetime):
        day = day.date()
    qd = QDate(day.year, day.month, day.day)  # type: ignore[attr-defined]
    return QLocale().toString(qd, QLocale.FormatType.ShortFormat)


def fmt_duration(seconds: int | float) -> str:
    """'3 h 12 min', '2 d 5 h', '45 min' ('3時間12分' in Japanese)."""
    total_min = max(0, int(seconds) // 60)
    days, rem = divmod(total_min, 24 * 60)
    hours, minutes = divmod(rem, 60)
    if days:
        return arg(QCoreApplication.translate("Words", "%1 d %2 h"), fmt_int(days), fmt_int(hours))
    if hours:
        return arg(
            QCoreApplication.translate("Words", "%1 h %2 min"), fmt_int(hours), fmt_int(minutes)
        )
    return arg(QCoreApplication.translate("Words", "%1 min"), fmt_int(minutes))


# -- problems ------------------------------------------------------------------------------
def ui_lang() -> str:
    """The language the UI currently speaks, from the installed translator's locale."""
    return "ja" if QLocale().language() == QLocale.Language.Japanese else "en"


def describe_error(error: InvalidInput, lang: str | None = None) -> str:
    """Every problem of a validation error in plain words, one per line."""
    try:
        from desktopapp.messages import describe
    except ImportError:  # messages.py not merged yet: codes beat silence
        return "\n".join(p.code for p in error.problems)
    return "\n".join(describe(p, lang or ui_lang(), app=True) for p in error.problems)


# -- colours that read on dark and light palettes -----------------------------------------
def _dark(widget: QWidget | None = None) -> bool:
    palette = widget.palette() if widget is not None else QGuiApplication.palette()
    return palette.color(QPalette.ColorRole.Window).lightness() < 128


def warning_colour(widget: QWidget | None = None) -> QColor:
    return QColor("#ff8a80") if _dark(widget) else QColor("#b3261e")


def caution_colour(widget: QWidget | None = None) -> QColor:
    return QColor("#ffd180") if _dark(widget) else QColor("#8a5300")


def good_colour(widget: QWidget | None = None) -> QColor:
    return QColor("#8be39a") if _dark(widget) else QColor("#1e6b2f")


class InlineMessage(QLabel):
    """A line under a form that says what is wrong (or right) in plain words.

    Hidden while empty so the form does not jump; the colour follows the palette's
    lightness so it reads in dark and light themes.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
        self.setAccessibleName(QCoreApplication.translate("Words", "Message"))
        self.hide()

    def show_error(self, text: str) -> None:
        self._show(text, warning_colour(self))

    def show_note(self, text: str, colour: QColor | None = None) -> None:
        self._show(text, colour)

    def _show(self, text: str, colour: QColor | None) -> None:
        role = QPalette.ColorRole.WindowText
        palette = self.palette()
        parent = self.parentWidget()
        base = parent.palette() if parent is not None else QGuiApplication.palette()
        palette.setColor(role, colour if colour is not None else base.color(role))
        self.setPalette(palette)
        self.setText(text)
        self.show()

    def clear_message(self) -> None:
        self.setText("")
        self.hide()


class ConfirmationBar(QWidget):
    """'Logged 50 credits (Slides).  [Undo]' after a save."""

    undo_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.label = QLabel(self)
        self.label.setWordWrap(True)
        self.undo_button = QPushButton(QCoreApplication.translate("Words", "Un&do"), self)
        self.undo_button.setAutoDefault(False)
        self.undo_button.clicked.connect(self.undo_requested)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.undo_button)
        self.hide()

    def confirm(self, text: str) -> None:
        self.label.setText(text)
        self.undo_button.setEnabled(True)
        self.show()


def sentences(*parts: str) -> str:
    """Sentences joined as the language writes them: a space in English, none after 。."""
    glue = "" if ui_lang() == "ja" else " "
    return glue.join(p for p in parts if p)


def bullet_list(lines: Iterable[str]) -> str:
    """Plain-text bullets (no rich text: user-typed names must never become markup)."""
    return "\n".join("• " + line for line in lines)


# -- pickers shared by the first-run wizard and Settings -------------------------------------
class Retranslator:
    """Remembers how each visible text is made, so a language switch can redo them all.

    ``bind(label.setText, lambda: self.tr("..."))`` sets the text now and again on every
    ``apply()`` (call it from ``changeEvent`` on ``QEvent.LanguageChange``).
    """

    def __init__(self) -> None:
        self._items: list[tuple[Callable[[str], object], Callable[[], str]]] = []

    def bind(self, setter: Callable[[str], object], text: Callable[[], str]) -> None:
        setter(text())
        self._items.append((setter, text))

    def apply(self) -> None:
        for setter, text in self._items:
            setter(text())


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


class RewordsWhenShown:
    """Mixin for a window with a ``retranslate()``: re-words it on a language switch, and
    a hidden one only when it is shown again (no work for windows nobody sees).
    List it before the Qt class: ``class SettingsDialog(RewordsWhenShown, QDialog)``."""

    _reword_pending = False

    def retranslate(self) -> None:
        raise NotImplementedError

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            if self.isVisible():  # type: ignore[attr-defined]
                self.retranslate()
            else:
                self._reword_pending = True
        super().changeEvent(event)  # type: ignore[misc]

    def showEvent(self, event: QShowEvent) -> None:
        if self._reword_pending:
            self._reword_pending = False
            self.retranslate()
        super().showEvent(event)  # type: ignore[misc]


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
