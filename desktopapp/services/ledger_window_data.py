"""Who can be chosen in the ledger window's "Member" filter.

A thin stand-in until ``services.ledger_list`` lists members itself (asked for in the
issue-9 coordination notes): this computer's member and, in a team, the member of every
computer whose card is in the team folder (one small file each; no log is read, so the
list costs the same at any ledger size). A member seen only in imported history is not
offered; ``ledger_list.page(member=...)`` still filters on any name.
"""

from __future__ import annotations

from desktopapp.integrations.team_folder import TeamFolder
from desktopapp.services import team
from desktopapp.services.ledger import LedgerFile


def members(ledger: LedgerFile) -> list[str]:
    """Member names: this computer's (its team name, then the name its logs carried
    before it joined, when they differ), then the rest of the team in name order."""
    mine = [ledger.identity.member]
    others: list[str] = []
    cfg = team.config(ledger)
    if cfg is not None:
        mine.insert(0, cfg.member)  # the team name; logs from before the team keep the old
        try:
            others = [card.member for card in TeamFolder(cfg.folder).devices()]
        except OSError:  # the folder is offline (a network drive): this PC's member only
            others = []
    first = list(dict.fromkeys(m for m in mine if m))
    rest = sorted({m for m in others if m and m not in first}, key=str.casefold)
    return [*first, *rest]
