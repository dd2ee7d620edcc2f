"""Store failures a user can act on, as problem codes (worded in desktopapp.messages)."""

from __future__ import annotations

from desktopapp.domain.problems import InvalidInput, Problem


class StoreError(InvalidInput):
    """The database file cannot be used as it is (not SQLite, made by a newer app...).

    A subclass of InvalidInput so the CLI and UI word it like any other bad input.
    """

    def __init__(self, code: str, **params: str) -> None:
        super().__init__(Problem(code, dict(params)))
        self.code = code
