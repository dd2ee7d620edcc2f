"""A window never tells a user to type a command; the CLI keeps its own hints."""

import pytest

from desktopapp.domain.problems import Problem
from desktopapp.messages import MESSAGES, describe

APP_VARIANTS = sorted(code for code, words in MESSAGES.items() if "en_app" in words)


def test_problems_a_window_can_show_have_window_wording() -> None:
    assert {"backup_corrupt", "backup_none", "backup_not_found", "import_not_export"} <= set(
        APP_VARIANTS
    )


@pytest.mark.parametrize("code", APP_VARIANTS)
@pytest.mark.parametrize("lang", ["en", "ja"])
def test_the_app_wording_names_no_command_and_the_cli_keeps_its_hint(
    code: str, lang: str
) -> None:
    problem = Problem(code, {"path": "db.20261125.daily.db"})
    in_app = describe(problem, lang, app=True)
    on_cli = describe(problem, lang)
    assert "creditfuel " not in in_app
    assert in_app != on_cli
    assert "creditfuel " in on_cli
