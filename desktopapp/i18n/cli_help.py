"""``creditfuel --help`` in the user's language: our help= texts and argparse's own words.

Help texts are marked in desktopapp/cli/*.py as ``help_text("English")`` (msgid = the
English text, domain ``creditfuel_help``); argparse's headings ("usage: ", "options", ...)
come from the domain ``argparse``, which argparse looks up through its module-level ``_``.
Only argparse's help words are translated: its error messages stay English because the
CLI matches them to turn them into problem codes (desktopapp/cli/main.py).
"""

from __future__ import annotations

import argparse

from desktopapp.i18n.catalogue import Lang, normalize, translations

HELP_DOMAIN = "creditfuel_help"
ARGPARSE_DOMAIN = "argparse"
_lang: list[Lang] = ["en"]


def use_cli_lang(lang: str) -> None:
    """Word the parser about to be built in ``lang``: call before building it."""
    _lang[0] = normalize(lang)
    argparse_words = translations(_lang[0], ARGPARSE_DOMAIN)
    argparse._ = argparse_words.gettext  # type: ignore[attr-defined]


def help_text(english: str) -> str:
    """A --help text in the CLI's language (``use_cli_lang``); English is the msgid."""
    return translations(_lang[0], HELP_DOMAIN).gettext(english)
