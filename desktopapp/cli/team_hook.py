"""Sync-on-exit: after a command that may have written, this device's new lines go to
its file in the team folder, so a script's logs reach the team. Solo ledgers: nothing."""

from __future__ import annotations

import sys

from desktopapp.cli.context import Context
from desktopapp.domain.problems import InvalidInput
from desktopapp.i18n import describe


def share_written(ctx: Context, code: int) -> int:
    ledger = ctx._ledger  # only a ledger this command opened; never open one to ask
    if code != 0 or ledger is None or getattr(ctx, "read_only", False):
        return code
    # Solo (no team folder set, services.team.config's own test on the setting it reads):
    # nothing to share, and the team code is not even loaded.
    joined = ledger.get_setting("team")
    if not isinstance(joined, dict) or not joined.get("folder"):
        return code
    from desktopapp.services import team

    try:
        team.after_write(ledger, now=ctx.now)
    except InvalidInput as exc:  # the folder is gone: the command itself succeeded
        print(" / ".join(describe(p, ctx.lang) for p in exc.problems), file=sys.stderr)
    except OSError as exc:
        print(ctx.t("team.problem.team_unreadable", file=str(exc.filename or ""), line=0,
                    detail=str(exc.strerror or exc)), file=sys.stderr)
    return code
