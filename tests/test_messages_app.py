"""A window never tells a user to type a command; the CLI keeps its own hints.

The window wording of a code is its ``msgctxt "app"`` entry in the catalogue
(desktopapp/i18n/locale/*/LC_MESSAGES/creditfuel.po); tests/i18n checks every code a
window can show, this file the pairs that exist.
"""

import string
from pathlib import Path

import pytest

from desktopapp.domain.problems import Problem
from desktopapp.i18n import describe, po, text

LOCALE = Path(__file__).resolve().parent.parent / "desktopapp" / "i18n" / "locale"
EN_PO = LOCALE / "en" / "LC_MESSAGES" / "creditfuel.po"
APP_VARIANTS = sorted(e.msgid for e in po.read(EN_PO) if e.msgctxt == "app")


def sample(code: str) -> Problem:
    names = {n for _, n, _, _ in string.Formatter().parse(text(code, "en")) if n}
    return Problem(code, {n: "db.20261125.daily.db" if n == "path" else "x" for n in names})


def test_problems_a_window_can_show_have_window_wording() -> None:
    assert {
        "backup_corrupt", "backup_none", "backup_not_found", "import_not_export",
        "credits_or_balance", "no_meters", "unknown_meter", "meter_required",
    } <= set(APP_VARIANTS)


@pytest.mark.parametrize("code", APP_VARIANTS)
@pytest.mark.parametrize("lang", ["en", "ja"])
def test_the_app_wording_names_no_command_and_the_cli_keeps_its_hint(
    code: str, lang: str
) -> None:
    in_app = describe(sample(code), lang, app=True)
    on_cli = describe(sample(code), lang)
    assert "creditfuel " not in in_app and " --" not in f" {in_app}"
    assert in_app != on_cli
    assert "creditfuel " in on_cli or "--" in on_cli
