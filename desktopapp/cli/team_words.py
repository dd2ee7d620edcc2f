"""How the team commands word what the team folder found (shared by team, sync)."""

from __future__ import annotations

from typing import Any

from desktopapp.cli.context import Context


def problem_line(ctx: Context, p: dict[str, Any]) -> str:
    return ctx.t(
        f"team.problem.{p.get('code')}",
        file=p.get("file", ""),
        line=p.get("line", 0),
        detail=p.get("detail", ""),
    )


def sync_lines(ctx: Context, report: dict[str, Any]) -> list[str]:
    lines = [
        ctx.t(
            "team.synced",
            written=report["written"],
            merged=report["merged"],
            changes=report["changes"],
        )
    ]
    if report["waiting"]:
        lines.append(ctx.t("team.waiting", count=report["waiting"]))
    if report["held_back"]:
        lines.append(ctx.t("team.held_back", count=report["held_back"]))
    lines.extend(problem_line(ctx, p) for p in report["problems"])
    return lines
