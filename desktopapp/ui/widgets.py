"""The pieces windows share, re-exported from the modules that hold them (new code
imports those directly): formatting (words, numbers, instants, problems), inline_message
(the error line, the confirmation bar, colours), pickers (zone, language, size) and
retranslate (re-wording on a language switch)."""

from desktopapp.ui.formatting import (
    arg,
    bullet_list,
    describe_error,
    fmt_clock,
    fmt_credits,
    fmt_date,
    fmt_duration,
    fmt_instant,
    fmt_int,
    fmt_money,
    fmt_percent,
    group_label,
    kind_label,
    month_day_format,
    outcome_label,
    sentences,
    to_qdatetime,
    ui_lang,
    unit_label,
    zone_abbrev,
)
from desktopapp.ui.inline_message import (
    ConfirmationBar,
    InlineMessage,
    caution_colour,
    good_colour,
    warning_colour,
)
from desktopapp.ui.pickers import LanguageBox, ZoneBox, all_zones, size_field
from desktopapp.ui.retranslate import Retranslator, RewordsWhenShown

__all__ = [
    "ConfirmationBar",
    "InlineMessage",
    "LanguageBox",
    "Retranslator",
    "RewordsWhenShown",
    "ZoneBox",
    "all_zones",
    "arg",
    "bullet_list",
    "caution_colour",
    "describe_error",
    "fmt_clock",
    "fmt_credits",
    "fmt_date",
    "fmt_duration",
    "fmt_instant",
    "fmt_int",
    "fmt_money",
    "fmt_percent",
    "good_colour",
    "group_label",
    "kind_label",
    "month_day_format",
    "outcome_label",
    "sentences",
    "size_field",
    "to_qdatetime",
    "ui_lang",
    "unit_label",
    "warning_colour",
    "zone_abbrev",
]
