"""Which module answers which command. Each is imported only when its command runs, so
``creditfuel status`` does not pay for the team folder, the chat library or the readers;
``--help`` (or an unknown command) loads them all to list them."""

from __future__ import annotations

from collections.abc import Callable
from types import ModuleType


def _meter() -> ModuleType:
    from desktopapp.cli import meter

    return meter


def _preset() -> ModuleType:
    from desktopapp.cli import preset

    return preset


def _pack() -> ModuleType:
    from desktopapp.cli import pack

    return pack


def _log() -> ModuleType:
    from desktopapp.cli import log

    return log


def _balance() -> ModuleType:
    from desktopapp.cli import balance

    return balance


def _plan() -> ModuleType:
    from desktopapp.cli import plan

    return plan


def _undo() -> ModuleType:
    from desktopapp.cli import undo

    return undo


def _status() -> ModuleType:
    from desktopapp.cli import status

    return status


def _config() -> ModuleType:
    from desktopapp.cli import config

    return config


def _estimate() -> ModuleType:
    from desktopapp.cli import estimate

    return estimate


def _check() -> ModuleType:
    from desktopapp.cli import check

    return check


def _history() -> ModuleType:
    from desktopapp.cli import history

    return history


def _forecast() -> ModuleType:
    from desktopapp.cli import forecast

    return forecast


def _rule() -> ModuleType:
    from desktopapp.cli import rule

    return rule


def _report() -> ModuleType:
    from desktopapp.cli import report

    return report


def _safety() -> ModuleType:
    from desktopapp.cli import safety

    return safety


def _source() -> ModuleType:
    from desktopapp.cli import source

    return source


def _team() -> ModuleType:
    from desktopapp.cli import team

    return team


def _sync() -> ModuleType:
    from desktopapp.cli import sync

    return sync


def _approval() -> ModuleType:
    from desktopapp.cli import approval

    return approval


# Command name -> the module that registers it (several names may share one module).
# The order is the order `creditfuel --help` lists them in.
COMMANDS: dict[str, Callable[[], ModuleType]] = {
    "status": _status,
    "log": _log,
    "undo": _undo,
    "redo": _undo,
    "balance": _balance,
    "meter": _meter,
    "preset": _preset,
    "plan": _plan,
    "pack": _pack,
    "estimate": _estimate,
    "check": _check,
    "history": _history,
    "forecast": _forecast,
    "report": _report,
    "rule": _rule,
    "config": _config,
    "source": _source,
    "team": _team,
    "sync": _sync,
    "approval": _approval,
    "backup": _safety,
    "export": _safety,
    "import": _safety,
}


def loaders_for(command: str | None) -> list[Callable[[], ModuleType]]:
    """The module for ``command``, or every module (each once) when it is not known."""
    if command in COMMANDS:
        return [COMMANDS[command]]
    seen: list[Callable[[], ModuleType]] = []
    for loader in COMMANDS.values():
        if loader not in seen:
            seen.append(loader)
    return seen


GLOBAL_OPTIONS_WITH_VALUE = frozenset({"--db", "--now", "--lang"})


def command_in(argv: list[str]) -> str | None:
    """The command word in ``argv`` (after the global options), or None (--help...)."""
    skip = False
    for arg in argv:
        if skip:
            skip = False
            continue
        if arg in GLOBAL_OPTIONS_WITH_VALUE:
            skip = True
            continue
        if arg.startswith("-"):
            if arg in ("-h", "--help", "--version"):
                return None
            continue
        return arg
    return None
