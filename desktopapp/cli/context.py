"""What every command handler receives: the ledger, the instant, the language, --json."""

from __future__ import annotations

import sys
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any, TextIO

from desktopapp.domain.problems import InvalidInput, Problem
from desktopapp.messages import text
from desktopapp.store.ledger_file import LedgerFile


@dataclass
class Context:
    """``tracker`` opens the database on first use, so commands that fail while reading
    their arguments never create or touch a file."""

    db_path: Path | None
    now: datetime
    lang: str
    json: bool = False
    out: TextIO = field(default_factory=lambda: sys.stdout)
    _tracker: LedgerFile | None = None

    @property
    def tracker(self) -> LedgerFile:
        if self._tracker is None:
            self._tracker = LedgerFile.open(self.db_path)
        return self._tracker

    def close(self) -> None:
        if self._tracker is not None:
            self._tracker.close()
            self._tracker = None

    def say(self, line: str = "") -> None:
        print(line, file=self.out)

    def t(self, code: str, **params: Any) -> str:
        """A CLI text in the user's language (desktopapp.messages)."""
        return text(code, self.lang, **params)

    def fail(self, code: str, **params: object) -> InvalidInput:
        """A problem to raise: main() words it, prints one line and exits 2."""
        return InvalidInput(Problem(code, {k: str(v) for k, v in params.items()}))
