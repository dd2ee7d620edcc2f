"""Imports go one way: ui / cli -> services -> store -> domain (issue "one core").

Checked on the AST of every module, function-level imports included, so a window can
never reach past the services into the store, and the domain never learns about
anything outside itself. Each rule is also run on a small snippet, so a scanning mistake
cannot make the rules pass silently.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "desktopapp"

# What each area may import of ours (besides itself). The composition root (app.py) and
# the package's own __init__/__main__ may wire anything.
ALLOWED: dict[str, set[str]] = {
    "domain": set(),
    "store": {"domain"},
    "i18n": {"domain", "resources"},
    "platform": {"domain", "resources"},
    "resources": set(),
    "version": set(),
    "integrations": {"domain"},
    "services": {"domain", "store", "i18n", "platform", "integrations"},
    "cli": {"domain", "services", "i18n", "platform"},
    "ui": {"domain", "services", "i18n", "platform", "resources"},
}
ROOTS = {"app", "__init__", "__main__"}
# Leaves anyone may import: the version number.
LEAVES = {"version"}


def area_of(module: str) -> str | None:
    parts = module.split(".")
    if parts[0] != "desktopapp":
        return None
    return parts[1] if len(parts) > 1 else "__init__"


def our_imports(tree: ast.AST) -> list[tuple[int, str]]:
    found: list[tuple[int, str]] = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found += [(node.lineno, a.name) for a in node.names]
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                found.append((node.lineno, "<relative import>"))
            elif node.module == "desktopapp":
                found += [(node.lineno, f"desktopapp.{a.name}") for a in node.names]
            elif node.module:
                found.append((node.lineno, node.module))
        elif isinstance(node, ast.Call):
            func = node.func
            name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
            if name in ("import_module", "__import__") and node.args:
                first = node.args[0]
                if isinstance(first, ast.Constant) and isinstance(first.value, str):
                    found.append((node.lineno, f"<by name> {first.value}"))
                else:
                    found.append((node.lineno, "<by name> (computed)"))
    return found


def violations(area: str, source: str) -> list[str]:
    bad: list[str] = []
    for line, module in our_imports(ast.parse(source)):
        if module.startswith("<"):
            if "desktopapp" in module or "computed" in module or module == "<relative import>":
                bad.append(f"line {line}: {module}")
            continue
        target = area_of(module)
        if target is None or target == area or area in ROOTS or target in LEAVES:
            continue
        if target not in ALLOWED.get(area, set()):
            bad.append(f"line {line}: {area} imports {module}")
    return bad


def modules() -> list[tuple[str, Path]]:
    out = []
    for path in sorted(PACKAGE.rglob("*.py")):
        rel = path.relative_to(PACKAGE)
        area = rel.parts[0] if len(rel.parts) > 1 else rel.stem
        out.append((area, path))
    return out


def test_the_scan_sees_every_layer() -> None:
    areas = {a for a, _ in modules()}
    assert {"domain", "store", "services", "cli", "ui", "platform", "app"} <= areas


def test_every_area_is_known() -> None:
    unknown = {a for a, _ in modules()} - set(ALLOWED) - ROOTS - LEAVES
    assert not unknown, f"new top-level modules need a place in the layering: {unknown}"


def test_imports_go_one_way() -> None:
    problems = []
    for area, path in modules():
        for v in violations(area, path.read_text(encoding="utf-8")):
            problems.append(f"{path.relative_to(ROOT)} {v}")
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize(
    ("area", "source"),
    [
        ("ui", "from desktopapp.store.ledger_file import LedgerFile"),
        ("ui", "def f():\n    from desktopapp.store import queries\n"),
        ("cli", "import desktopapp.store.backup"),
        ("cli", "from desktopapp import store"),
        ("store", "from desktopapp.services import setup"),
        ("domain", "from desktopapp.store.codec import to_ms"),
        ("domain", "from desktopapp.i18n import text"),
        ("services", "from desktopapp.ui.session import Session"),
        ("services", "from desktopapp.cli import words"),
        ("ui", "import importlib\nimportlib.import_module('desktopapp.cli.safety')"),
        ("ui", "from . import session"),
    ],
)
def test_the_rule_catches(area: str, source: str) -> None:
    assert violations(area, source)


@pytest.mark.parametrize(
    ("area", "source"),
    [
        ("ui", "from desktopapp.services import balances\nfrom desktopapp.domain import status"),
        ("cli", "from desktopapp.services.preferences import user_zone"),
        ("services", "from desktopapp.store.ledger_file import LedgerFile"),
        ("store", "from desktopapp.domain.undo import in_force"),
        ("app", "from desktopapp.store import connection"),
    ],
)
def test_the_rule_allows(area: str, source: str) -> None:
    assert not violations(area, source)
