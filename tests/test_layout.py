"""The layout rules that keep the core testable, checked on the source (AST) of every file:

- nothing under desktopapp/domain or desktopapp/store imports PySide6 (the core runs and
  is tested with no GUI toolkit);
- nothing under desktopapp/domain reads the clock or touches SQLite (``now`` is a
  parameter; only desktopapp/app.py reads the clock);
- SQL lives only under desktopapp/store (no ``.execute(...)`` and no SQL text elsewhere).

Each checker is also run on small snippets, so a scanning mistake cannot make the rules
pass silently.
"""

from __future__ import annotations

import ast
import re
from collections.abc import Iterator
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "desktopapp"

CLOCK_ATTRS = {
    # datetime.now(), datetime.datetime.utcnow(), date.today(), ...
    ("datetime", "now"),
    ("datetime", "utcnow"),
    ("datetime", "today"),
    ("date", "today"),
    ("time", "time"),
    ("time", "time_ns"),
    ("time", "monotonic"),
    ("time", "monotonic_ns"),
    ("time", "perf_counter"),
    ("time", "perf_counter_ns"),
    ("time", "localtime"),
    ("time", "ctime"),
}
CLOCK_FUNCS_FROM_TIME = {n for mod, n in CLOCK_ATTRS if mod == "time"}
SQL_TEXT = re.compile(
    r"\b(SELECT\b.+\bFROM|INSERT\s+(OR\s+\w+\s+)?INTO|UPDATE\s+\w+\s+SET|DELETE\s+FROM|"
    r"CREATE\s+(TABLE|INDEX|VIEW|TRIGGER)|DROP\s+TABLE|ALTER\s+TABLE|PRAGMA\s+\w+)\b",
    re.DOTALL,
)
SQL_CALLS = {"execute", "executemany", "executescript"}


def py_files(*parts: str) -> list[Path]:
    return sorted((PACKAGE.joinpath(*parts)).rglob("*.py"))


def parse(path: Path) -> ast.AST:
    return ast.parse(path.read_text(encoding="utf-8"), filename=str(path))


def _imported_modules(tree: ast.AST) -> Iterator[tuple[int, str]]:
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            for alias in node.names:
                yield node.lineno, alias.name
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            yield node.lineno, node.module
        elif isinstance(node, ast.Call):
            # importlib.import_module("PySide6.QtCore") / __import__("PySide6")
            name = node.func.attr if isinstance(node.func, ast.Attribute) else (
                node.func.id if isinstance(node.func, ast.Name) else ""
            )
            if name in ("import_module", "__import__") and node.args:
                first = node.args[0]
                if isinstance(first, ast.Constant) and isinstance(first.value, str):
                    yield node.lineno, first.value


def qt_imports(tree: ast.AST) -> list[str]:
    return [
        f"line {line}: {mod}"
        for line, mod in _imported_modules(tree)
        if mod.split(".")[0] in ("PySide6", "PyQt5", "PyQt6", "shiboken6")
    ]


def sqlite_imports(tree: ast.AST) -> list[str]:
    return [
        f"line {line}: {mod}"
        for line, mod in _imported_modules(tree)
        if mod.split(".")[0] in ("sqlite3", "sqlite_utils", "apsw")
    ]


def _dotted(node: ast.AST) -> str:
    if isinstance(node, ast.Name):
        return node.id
    if isinstance(node, ast.Attribute):
        return f"{_dotted(node.value)}.{node.attr}"
    return ""


def clock_reads(tree: ast.AST) -> list[str]:
    found: list[str] = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Attribute):
            dotted = _dotted(node.value)
            owner = dotted.split(".")[-1]
            # A module or class reached by name (datetime.now, datetime.datetime.now), not
            # an object's attribute that happens to share a name (self.time.time()).
            if dotted.split(".")[0] in ("self", "cls"):
                continue
            if (owner, node.attr) in CLOCK_ATTRS:
                found.append(f"line {node.lineno}: {_dotted(node)}")
        elif isinstance(node, ast.ImportFrom) and node.module == "time":
            for alias in node.names:
                if alias.name in CLOCK_FUNCS_FROM_TIME:
                    found.append(f"line {node.lineno}: from time import {alias.name}")
    return found


def sql_uses(tree: ast.AST) -> list[str]:
    found: list[str] = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute):
            if node.func.attr in SQL_CALLS:
                found.append(f"line {node.lineno}: .{node.func.attr}(...)")
        elif isinstance(node, ast.Constant) and isinstance(node.value, str):
            match = SQL_TEXT.search(node.value)
            if match:
                found.append(f"line {node.lineno}: SQL text {match.group(0)[:40]!r}")
    return found


def violations(files: list[Path], check: object) -> list[str]:
    assert callable(check)
    out = []
    for path in files:
        for hit in check(parse(path)):
            out.append(f"{path.relative_to(ROOT)} {hit}")
    return out


# -- the rules, on the real tree --------------------------------------------------------------


def test_the_scan_sees_the_package() -> None:
    names = {p.name for p in py_files("domain")}
    assert {"schedule.py", "ledger.py", "events.py"} <= names
    assert py_files("store")


def test_domain_and_store_do_not_import_qt() -> None:
    assert violations(py_files("domain") + py_files("store"), qt_imports) == []


def test_domain_does_not_read_the_clock() -> None:
    assert violations(py_files("domain"), clock_reads) == []


def test_domain_does_not_touch_sqlite() -> None:
    assert violations(py_files("domain"), sqlite_imports) == []
    assert violations(py_files("domain"), sql_uses) == []


def test_sql_lives_only_in_the_store() -> None:
    store = PACKAGE / "store"
    outside = [p for p in py_files() if store not in p.parents]
    assert violations(outside, sql_uses) == []


# -- the checkers catch what they should (and not ordinary code) ------------------------------


@pytest.mark.parametrize(
    "source",
    [
        "import PySide6",
        "from PySide6.QtCore import QTimer",
        "import PySide6.QtWidgets as w",
        "def f():\n    from PySide6 import QtGui",
        "import importlib\nqt = importlib.import_module('PySide6.QtCore')",
    ],
)
def test_qt_check_catches(source: str) -> None:
    assert qt_imports(ast.parse(source))


@pytest.mark.parametrize(
    "source",
    [
        "from datetime import datetime\nx = datetime.now()",
        "import datetime\nx = datetime.datetime.now(datetime.UTC)",
        "from datetime import datetime\nx = datetime.utcnow()",
        "from datetime import date\nx = date.today()",
        "import time\nx = time.time()",
        "import time\nx = time.monotonic()",
        "from time import monotonic",
        "from datetime import datetime\nclock = datetime.now",  # passed around, not called
    ],
)
def test_clock_check_catches(source: str) -> None:
    assert clock_reads(ast.parse(source))


@pytest.mark.parametrize(
    "source",
    [
        "from datetime import time\nt = time(9, 0)",
        "from datetime import datetime\nx = datetime.fromisoformat('2024-01-01T00:00+00:00')",
        "def f(now):\n    return now.date()",
    ],
)
def test_clock_check_leaves_ordinary_time_code_alone(source: str) -> None:
    assert clock_reads(ast.parse(source)) == []


@pytest.mark.parametrize(
    "source",
    [
        "db.execute('select 1')",
        "conn.executescript(script)",
        "q = 'SELECT COUNT(*) FROM events'",
        "q = '''INSERT INTO events (id) VALUES (?)'''",
        "q = 'INSERT OR REPLACE INTO settings VALUES (?, ?)'",
        "q = 'DELETE FROM checkpoints'",
        "q = 'CREATE TABLE t (x)'",
        "q = 'PRAGMA journal_mode=WAL'",
    ],
)
def test_sql_check_catches(source: str) -> None:
    assert sql_uses(ast.parse(source))


def test_sql_check_leaves_words_alone() -> None:
    source = "msg = 'Select a meter, then update its grant. Insert a pack from the menu.'"
    assert sql_uses(ast.parse(source)) == []


def test_only_the_composition_roots_read_the_clock() -> None:
    # app.py wires the clock into everything; the CLI entry reads it once per command.
    roots = {PACKAGE / "app.py", PACKAGE / "cli" / "main.py"}
    others = [p for p in py_files() if p not in roots]
    assert violations(others, clock_reads) == []
