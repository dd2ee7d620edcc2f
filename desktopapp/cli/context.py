"""What every command handler receives: the ledger, the instant, the language, --json."""

from __future__ import annotations

import sqlite3
import sys
from datetime import datetime
from pathlib import Path
from typing import Any, TextIO

from desktopapp.cli.safe_text import safe, safe_lines
from desktopapp.domain.problems import InvalidInput, Problem
from desktopapp.i18n import text
from desktopapp.services import health, preferences
from desktopapp.services.ledger import LedgerFile, default_path, open_ledger


class Context:
    """``ledger`` opens the database on first use, so commands that fail while reading
    their arguments never create or touch a file.

    A plain class, not a dataclass: each dataclass costs its methods' compilation at
    start-up, and every command pays for this one."""

    def __init__(
        self,
        db_path: Path | None,
        now: datetime,
        lang: str,
        json: bool = False,
        out: TextIO | None = None,
        read_only: bool = False,
    ) -> None:
        self.db_path = db_path
        self.now = now
        self.lang = lang
        self.json = json
        self.out: TextIO = sys.stdout if out is None else out
        # A command that only reads never creates a ledger (a typo in --db must not make
        # an empty one); a given path's folder is never created either (default: the
        # data folder).
        self.read_only = read_only
        self._ledger: LedgerFile | None = None
        self._zone: str | None = None

    @property
    def ledger(self) -> LedgerFile:
        if self._ledger is None:
            ledger = open_ledger(
                self.db_path, create=not self.read_only, make_folder=self.db_path is None
            )
            try:
                health.verify(ledger)  # a damaged page is named, never served silently
            except BaseException:
                ledger.close()
                raise
            self._ledger = ledger
        return self._ledger

    @property
    def path(self) -> Path:
        """The database file, without opening it (backups work on the path alone)."""
        return self.db_path if self.db_path is not None else default_path()

    @property
    def zone(self) -> str:
        """The zone every time is shown in: the user's choice, else the computer's."""
        if self._zone is None:
            self._zone = preferences.user_zone(self.ledger)
        return self._zone

    def app_language(self, fallback: str) -> str:
        """The language chosen in the app (Settings, ``config set language``), else
        ``fallback`` (the environment's). A missing file is not created to ask."""
        if not self.path.exists():
            return fallback
        try:
            chosen = preferences.chosen_language(self.ledger)
        except (InvalidInput, sqlite3.Error):  # unusable: the command itself will say so
            chosen = None
        finally:
            # Closed again: `backup restore` replaces this very file, and a command that
            # needs the ledger opens it on first use as before.
            self.close()
        return chosen or fallback

    def close(self) -> None:
        if self._ledger is not None:
            self._ledger.close()
            self._ledger = None

    def say(self, line: str = "") -> None:
        # Data (names, notes, kinds) can hold ESC, BEL or bidi marks: never raw on a terminal.
        print(safe_lines(line), file=self.out)

    def t(self, code: str, **params: Any) -> str:
        """A CLI text in the user's language (desktopapp.i18n)."""
        shown: dict[str, Any] = {k: safe(v) if isinstance(v, str) else v for k, v in params.items()}
        return text(code, self.lang, **shown)

    def fail(self, code: str, **params: object) -> InvalidInput:
        """A problem to raise: main() words it, prints one line and exits 2."""
        return InvalidInput(Problem(code, {k: str(v) for k, v in params.items()}))
