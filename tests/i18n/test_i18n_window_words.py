"""No text a window can show names a CLI flag or a ``creditfuel`` command.

The codes a window can show are read from the code, not typed here: every problem code
that domain/, store/ and services/ raise (windows call those layers and word what they
raise with ``describe(..., app=True)``), found by reading the source.
"""

from __future__ import annotations

import ast
import re
import string
from pathlib import Path

import pytest

from desktopapp import i18n
from desktopapp.domain.problems import Problem

PACKAGE = Path(__file__).resolve().parents[2] / "desktopapp"
RAISING_LAYERS = ("domain", "store", "services")
FLAG_OR_COMMAND = re.compile(r"(?<![\w-])--[a-z]|\bcreditfuel [a-z]")


def _sources(*layers: str) -> list[Path]:
    return [p for layer in layers for p in sorted((PACKAGE / layer).rglob("*.py"))]


def _callee(node: ast.Call) -> str:
    func = node.func
    return func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")


def problem_makers(trees: list[ast.Module]) -> set[str]:
    """``Problem`` and every function or class whose first argument is named ``code``
    (limits.problem, StoreError, BackupError, the importer's _fail...)."""
    makers = {"Problem"}
    for tree in trees:
        for node in ast.walk(tree):
            if isinstance(node, ast.FunctionDef):
                names = [a.arg for a in node.args.args if a.arg not in ("self", "cls")]
                if names[:1] == ["code"]:
                    makers.add(node.name)
            if isinstance(node, ast.ClassDef):
                for item in node.body:
                    if isinstance(item, ast.FunctionDef) and item.name == "__init__":
                        names = [a.arg for a in item.args.args if a.arg != "self"]
                        if names[:1] == ["code"]:
                            makers.add(node.name)
    return makers


def raised_codes(*layers: str, verdicts: bool = False) -> set[str]:
    """Problem codes made in these layers (a problem maker called with a literal code)."""
    files = [*_sources(*layers), *([PACKAGE / "app.py"] if "ui" in layers else [])]
    trees = [ast.parse(p.read_text(encoding="utf-8")) for p in files]
    makers = problem_makers(trees)
    codes: set[str] = set()
    for tree in trees:
        for node in ast.walk(tree):
            if (
                isinstance(node, ast.Call)
                and _callee(node) in makers
                and node.args
                and isinstance(node.args[0], ast.Constant)
                and isinstance(node.args[0].value, str)
            ):
                codes.add(node.args[0].value)
            if (  # Verdict(level, code, ...): the reasons a check gives
                verdicts
                and isinstance(node, ast.Call)
                and _callee(node) == "Verdict"
                and len(node.args) > 1
                and isinstance(node.args[1], ast.Constant)
                and isinstance(node.args[1].value, str)
            ):
                codes.add(node.args[1].value)
    return codes


CODES = sorted(raised_codes(*RAISING_LAYERS))
# Verdict reasons too (the CLI and JSON word them from the catalogue; the pre-task window
# still has its own templates in ui/preflight_words.py).
EVERY_CODE = sorted(raised_codes(*RAISING_LAYERS, "cli", "ui", "platform", verdicts=True))


def test_the_scan_finds_the_codes_windows_are_known_to_show() -> None:
    # The Quick log's empty amount and no-meter cases, a backup that is missing.
    assert {"credits_or_balance", "no_meters", "backup_not_found", "import_not_export"} <= set(
        CODES
    )
    assert len(CODES) >= 40


@pytest.mark.parametrize("code", EVERY_CODE)
def test_every_raised_code_is_worded(code: str) -> None:
    assert i18n.has(code), f"{code} is raised but has no words in the catalogue"


@pytest.mark.parametrize("lang", ["en", "ja"])
@pytest.mark.parametrize("code", CODES)
def test_a_window_never_names_a_flag_or_a_command(code: str, lang: str) -> None:
    english = i18n.text(code, "en")
    params = {
        name: "x" for _, name, _, _ in string.Formatter().parse(english) if name
    }
    shown = i18n.describe(Problem(code, params), lang, app=True)
    assert not FLAG_OR_COMMAND.search(shown), shown


def test_windows_ask_for_the_window_wording() -> None:
    """Every describe() in ui/ and app.py passes app=True (the CLI wording may name flags)."""
    offenders = []
    for path in [*_sources("ui"), PACKAGE / "app.py"]:
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call) and _callee(node) == "describe":
                app = [k for k in node.keywords if k.arg == "app"]
                ok = app and isinstance(app[0].value, ast.Constant) and app[0].value.value is True
                if not ok:
                    offenders.append(f"{path.relative_to(PACKAGE)}:{node.lineno}")
    assert not offenders


def looked_up_keys() -> dict[str, str]:
    """Literal keys the code asks the catalogue for: text("..."), ctx.t("..."), plural(...)."""
    found: dict[str, str] = {}
    files = [p for p in PACKAGE.rglob("*.py") if "i18n" not in p.relative_to(PACKAGE).parts]
    for path in files:
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (
                isinstance(node, ast.Call)
                and _callee(node) in ("text", "t", "plural")
                and node.args
                and isinstance(node.args[0], ast.Constant)
                and isinstance(node.args[0].value, str)
                and "." in node.args[0].value  # catalogue keys are dotted: text.logged
            ):
                found[node.args[0].value] = f"{path.relative_to(PACKAGE)}:{node.lineno}"
    return found


def test_every_key_the_code_looks_up_is_worded() -> None:
    keys = looked_up_keys()
    assert len(keys) > 80
    missing = {k: where for k, where in keys.items() if not i18n.has(k)}
    assert not missing
