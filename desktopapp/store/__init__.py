"""The only place SQL lives: a SQLite file via sqlite-utils, migrated by ``Migrations``."""

from desktopapp.store.connection import connect, default_path, transaction
from desktopapp.store.errors import StoreError
from desktopapp.store.version import SCHEMA_VERSION

__all__ = ["SCHEMA_VERSION", "StoreError", "connect", "default_path", "transaction"]
