"""The words both faces show (CLI and windows), in English and Japanese: Qt-free.

Problem codes, verdicts, reasons, kinds, outcomes, durations and CLI texts live in gettext
catalogues (desktopapp/i18n/locale/*/LC_MESSAGES/*.po, compiled to .mo inside
desktopapp/resources). Widget chrome stays in Qt's .ts files (desktopapp/ui/translations).
How translators work: desktopapp/i18n/README.md; terms: desktopapp/i18n/GLOSSARY.md.
"""

from desktopapp.i18n.catalogue import (
    LANGS,
    Lang,
    codes,
    current_lang,
    describe,
    field_name,
    has,
    is_plural,
    kind_name,
    meter_name,
    plural,
    preset_source,
    text,
    weekday_name,
)
from desktopapp.i18n.cli_help import help_text, use_cli_lang

__all__ = [
    "LANGS",
    "Lang",
    "codes",
    "current_lang",
    "describe",
    "field_name",
    "has",
    "help_text",
    "is_plural",
    "kind_name",
    "meter_name",
    "plural",
    "preset_source",
    "text",
    "use_cli_lang",
    "weekday_name",
]
