"""``creditfuel``: the scriptable CLI. Global options go before the command.

    creditfuel [--db PATH] [--now ISO] [--lang ja|en] [--json] COMMAND ...

Commands come from modules that each expose ``register(subparsers)`` (the table in
``desktopapp.cli.commands``; only the command being run is imported). Handlers receive a
``Context`` and the parsed arguments and return an exit code. Bad input: exit 2, one
plain line on stderr in the user's language, nothing written.
"""

from __future__ import annotations

import argparse
import os
import re
import sqlite3
import sys
from collections.abc import Sequence
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, NoReturn

from desktopapp.cli import commands
from desktopapp.cli.context import Context
from desktopapp.cli.safe_text import safe
from desktopapp.cli.team_hook import share_written
from desktopapp.domain.problems import InvalidInput, Problem
from desktopapp.i18n import current_lang, describe, help_text, use_cli_lang
from desktopapp.services.health import storage_problem

EXIT_OK, EXIT_FAILED, EXIT_BAD_INPUT = 0, 1, 2
# Commands that only read: they never create a ledger file (a typo in --db must not
# leave an empty ledger behind; they say there is none instead).
READ_ONLY_COMMANDS = frozenset({
    "status", "estimate", "check", "history", "forecast", "report", "export",
    "meter list", "rule list", "preset list", "config get", "config list", "backup list",
    "log list", "plan show", "approval list", "source list", "report destination list",
})


def command_path(args: argparse.Namespace) -> str:
    """The command as typed, sub-commands included: "report destination add"."""
    parts = [str(getattr(args, "command", ""))]
    for attr in ("report_command", "backup_command", "subcommand"):
        value = getattr(args, attr, None)
        if value:
            parts.append(str(value))
    if parts == ["log"] and getattr(args, "word", None) == "list":
        parts.append("list")
    return " ".join(parts)


def reads_only(args: argparse.Namespace) -> bool:
    return command_path(args) in READ_ONLY_COMMANDS


class UsageError(Exception):
    def __init__(self, problem: Problem) -> None:
        super().__init__(problem.code)
        self.problem = problem


def _help_width() -> int:
    """The width argparse gives its help (``shutil.get_terminal_size().columns - 2``),
    worked out the same way without importing shutil (and bz2, lzma): argparse builds a
    formatter for every option it adds, and only --help ever prints one."""
    try:
        columns = int(os.environ["COLUMNS"])
    except (KeyError, ValueError):
        columns = 0
    if columns <= 0:
        try:
            size = os.get_terminal_size(sys.__stdout__.fileno())  # type: ignore[union-attr]
        except (AttributeError, ValueError, OSError):
            size = os.terminal_size((80, 24))
        columns = size.columns or 80
    return columns - 2


class Parser(argparse.ArgumentParser):
    """argparse words its errors in English and exits; ours become Problems instead."""

    def error(self, message: str) -> NoReturn:
        raise UsageError(argparse_problem(message))

    def _get_formatter(self) -> argparse.HelpFormatter:
        formatter_class: Any = self.formatter_class
        return formatter_class(prog=self.prog, width=_help_width())  # type: ignore[no-any-return]


# Searched only when argparse refuses a command line (compiled then: not on every run).
_PATTERNS: tuple[tuple[str, str, tuple[str, ...]], ...] = (
    (r"the following arguments are required: (.+)", "missing_option", ("option",)),
    (r"one of the arguments (.+) is required", "missing_option", ("option",)),
    (r"argument (\S+): expected one argument", "missing_value", ("option",)),
    (
        r"argument (?:\S+): invalid choice: '?([^']*)'? \(choose from (.+)\)",
        "bad_choice",
        ("value", "choices"),
    ),
    (r"unrecognized arguments: (.+)", "unknown_option", ("value",)),
    (r"ambiguous option: (\S+?)(?: could match.*)?$", "unknown_option", ("value",)),
)


def argparse_problem(message: str) -> Problem:
    for pattern, code, names in _PATTERNS:
        m = re.search(pattern, message)
        if m:
            params = {n: m.group(i + 1).replace("'", "") for i, n in enumerate(names)}
            if code == "missing_option" and params["option"].lower() in ("command", "subcommand"):
                return Problem("missing_command")
            return Problem(code, params)
    return Problem("usage_error", {"detail": message})


class _PrintVersion(argparse.Action):
    """``creditfuel --version``; the version is looked up only when asked for."""

    def __call__(self, parser: argparse.ArgumentParser, namespace: argparse.Namespace,
                 values: object, option_string: str | None = None) -> None:
        from desktopapp.version import version

        print(f"creditfuel {version()}")
        parser.exit()


def build_parser(command: str | None = None) -> Parser:
    """The parser; with ``command`` known, only that command's module is loaded."""
    parser = Parser(
        prog="creditfuel",
        description=help_text(
            "Credits left, the next refill and a per-task ledger for AI platforms."
        ),
    )
    parser.add_argument("--db", metavar="PATH",
        help=help_text("database file (default: CREDITFUEL_DB "
                        "or the per-user data folder)"))
    parser.add_argument("--now", metavar="ISO", help=help_text("answer as of this instant "
                        "(ISO 8601 with offset) instead of the clock"))
    parser.add_argument("--lang", choices=("ja", "en"), help=help_text("language of the output"))
    parser.add_argument("--json", dest="json_global", action="store_true",
                        help=help_text("machine-readable output where a command offers it"))
    parser.add_argument("--version", action=_PrintVersion, nargs=0,
                        help=help_text("print the version and exit"))
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)
    for load in commands.loaders_for(command):
        load().register(sub)
    return parser


def _early_lang(argv: Sequence[str]) -> str:
    """--lang as typed (the last one wins, as in argparse), so even an argparse error is
    worded in the user's language."""
    found: str | None = None
    for i, arg in enumerate(argv):
        if arg == "--lang" and i + 1 < len(argv) and argv[i + 1] in ("ja", "en"):
            found = argv[i + 1]
        elif arg.startswith("--lang=") and arg[7:] in ("ja", "en"):
            found = arg[7:]
    return found or current_lang()


def _complain(problems: Sequence[Problem], lang: str) -> int:
    line = " / ".join(describe(p, lang) for p in problems).replace("\n", " ")
    print(safe(line), file=sys.stderr)  # a typed or stored value may hold ESC or bidi marks
    return EXIT_BAD_INPUT


def _is_text(arg: str) -> bool:
    try:
        arg.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def main(argv: Sequence[str] | None = None) -> int:
    args_list = list(sys.argv[1:] if argv is None else argv)
    lang = _early_lang(args_list)
    use_cli_lang(lang)  # before the parser is built: --help and argparse's own words
    undecodable = [a for a in args_list if not _is_text(a)]
    if undecodable:  # bytes that are not UTF-8 arrive as lone surrogates; SQLite refuses them
        shown = undecodable[0].encode("utf-8", "surrogateescape").decode("utf-8", "replace")
        return _complain([Problem("argument_not_text", {"value": shown})], lang)
    try:
        args = build_parser(commands.command_in(args_list)).parse_args(args_list)
    except UsageError as exc:
        return _complain([exc.problem], lang)
    try:
        # The CLI entry is a composition root like desktopapp/app.py: it reads the wall
        # clock exactly once, here, and passes that instant down; --now replaces it so
        # runs are reproducible.
        if args.now:
            from desktopapp.cli import parsing  # here: most commands never read --now

            now = parsing.instant(args.now)
        else:
            now = datetime.now(UTC)
    except InvalidInput as exc:
        return _complain(exc.problems, lang)
    ctx = Context(
        db_path=Path(args.db).expanduser() if args.db else None,
        now=now,
        lang=lang,
        json=bool(args.json_global or getattr(args, "json", False)),
        read_only=reads_only(args),
    )
    if args.lang is None:  # no --lang: the app's language setting, then the environment
        lang = ctx.lang = ctx.app_language(lang)
    try:
        return share_written(ctx, int(args.func(ctx, args) or EXIT_OK))
    except InvalidInput as exc:
        return _complain(exc.problems, lang)
    except BrokenPipeError:  # `creditfuel status | head` closed the pipe early
        return EXIT_OK
    except Exception as exc:  # a bug: one plain line for the user, the traceback in the log
        # A storage fault (read-only, disk full, damaged, locked) is not a bug: its cause.
        fault = storage_problem(exc, ctx.path) if isinstance(exc, sqlite3.Error | OSError) else None
        if fault is not None:
            print(safe(describe(fault, lang)), file=sys.stderr)
            return EXIT_FAILED
        from desktopapp.platform.error_log import record_exception

        path = record_exception(f"creditfuel {getattr(args, 'command', '')}".strip(), exc)
        print(describe(Problem("unexpected_error", {"path": str(path)}), lang), file=sys.stderr)
        return EXIT_FAILED
    finally:
        ctx.close()


if __name__ == "__main__":
    sys.exit(main())
