"""Export and import of the whole ledger: the names callers use, in one place.

The work lives in small modules: ``export_json`` (lossless, mergeable, streamed),
``export_csv`` (spreadsheets, formula-safe), ``import_json`` (a streaming reader) and
``import_file`` (checks and writes an import in batches, all or nothing). This module
keeps ``desktopapp.store.exchange.<name>`` working and writes export files.
"""

from __future__ import annotations

import contextlib
import os
from datetime import datetime
from pathlib import Path

from desktopapp.store import paths
from desktopapp.store.export_csv import (
    CSV_COLUMNS,
    CSV_NUMBERS,
    FORMULA_START,
    csv_rows,
    escape_cell,
    export_csv,
    unescape_cell,
)
from desktopapp.store.export_json import (
    PRIVATE_SETTINGS,
    event_record,
    export_json,
    iso,
    json_chunks,
    meter_records,
    rule_records,
    settings_record,
)
from desktopapp.store.handle import Db
from desktopapp.store.import_file import (
    ImportResult,
    ImportSource,
    import_document,
    import_file,
    ms,
    parse_import,
    read_import_file,
)

__all__ = [
    "CSV_COLUMNS",
    "CSV_NUMBERS",
    "FORMULA_START",
    "PRIVATE_SETTINGS",
    "ImportResult",
    "ImportSource",
    "csv_rows",
    "escape_cell",
    "event_record",
    "export_csv",
    "export_json",
    "export_to_file",
    "import_document",
    "import_file",
    "iso",
    "json_chunks",
    "meter_records",
    "ms",
    "parse_import",
    "read_import_file",
    "rule_records",
    "settings_record",
    "unescape_cell",
]


def export_to_file(db: Db, path: Path, *, fmt: str, now: datetime, tz: str = "UTC") -> Path:
    """Write the export next to its final name, then rename: never a half-written file.

    Exports hold the whole ledger: created 0600 like the database.
    """
    path = Path(path)
    paths.check_output_file(path, not_regular="export_not_regular")  # no FIFO, device, folder
    tmp = path.with_name(f".{path.name}.tmp")
    with contextlib.suppress(FileNotFoundError):
        tmp.unlink()
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    try:
        with os.fdopen(fd, "wb") as out:
            if fmt == "json":
                export_json(db, out, now=now)
            else:
                export_csv(db, out, tz=tz)
            out.flush()
            os.fsync(out.fileno())
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            tmp.unlink()
        raise
    return path
