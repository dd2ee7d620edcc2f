"""What Settings did at once (a plan switch, a removed meter, a set balance), so Cancel
can take it all back: Settings never leaves half-applied changes behind.

Tabs whose buttons act at once say so, and record each action's undo here; OK keeps
them, Cancel undoes them newest first through the same services.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from desktopapp.domain.problems import InvalidInput
from desktopapp.services.changes import EVERYTHING
from desktopapp.services.ledger import LedgerFile
from desktopapp.ui.session import Session

Undo = Callable[[LedgerFile, datetime], object]


class Journal:
    def __init__(self, session: Session) -> None:
        self.session = session
        self._undos: list[Undo] = []

    def record(self, undo: Undo) -> Undo:
        """Remember ``undo``; returned as the token ``forget`` takes."""
        self._undos.append(undo)
        return undo

    def forget(self, undo: Undo) -> None:
        """That action was undone by its own Undo button: Cancel must not undo it again."""
        if undo in self._undos:
            self._undos.remove(undo)

    def __len__(self) -> int:
        return len(self._undos)

    def keep(self) -> None:
        """OK: what was done stays."""
        self._undos.clear()

    def take_back(self) -> list[InvalidInput]:
        """Cancel: undo everything, newest first; what the ledger refuses is returned."""
        refused: list[InvalidInput] = []
        undos, self._undos = self._undos, []
        if not undos:
            return refused

        def run(ledger: LedgerFile, now: datetime) -> None:
            for undo in reversed(undos):
                try:
                    undo(ledger, now)
                except InvalidInput as error:
                    refused.append(error)

        self.session.mutate(run, EVERYTHING)
        return refused
