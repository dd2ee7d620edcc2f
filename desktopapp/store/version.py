"""The schema version this app writes; kept apart from the migration steps so reading it
does not import sqlite-utils (see handle.py). A test checks it matches the steps."""

SCHEMA_VERSION = 9
