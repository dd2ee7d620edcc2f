"""The connection handle every query takes.

A thin layer over ``sqlite3`` with the sqlite-utils call shapes the store uses
(``query``, ``execute``, ``executescript``). sqlite-utils itself is imported only while
migrating: it pulls in click, pluggy and dateutil (~36 ms and several MB at start-up),
which the tray must not pay on every launch just to read a current file.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable, Iterator, Mapping
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from sqlite_utils import Database

Params = Iterable[Any] | Mapping[str, Any] | None


class Db:
    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn = conn

    def execute(self, sql: str, params: Params = None) -> sqlite3.Cursor:
        return self.conn.execute(sql, params if params is not None else ())  # type: ignore[arg-type]

    def executescript(self, sql: str) -> sqlite3.Cursor:
        return self.conn.executescript(sql)

    def query(self, sql: str, params: Params = None) -> Iterator[dict[str, Any]]:
        cursor = self.execute(sql, params)
        keys = [d[0] for d in cursor.description or ()]
        for row in cursor:
            yield dict(zip(keys, row, strict=True))

    def table_names(self) -> list[str]:
        rows = self.conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
        return [r[0] for r in rows]

    def sqlite_utils(self) -> Database:
        """The same connection seen through sqlite-utils (migrations, tests)."""
        from sqlite_utils import Database

        return Database(self.conn, execute_plugins=False)

    def close(self) -> None:
        self.conn.close()
