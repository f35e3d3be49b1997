"""Recognise a damaged or foreign results database and move it aside (never delete it) before starting clean."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from play_for_integrity.safe_files import set_aside
from play_for_integrity.results.errors import ResultsError
from play_for_integrity.results.schema import APPLICATION_ID, SCHEMA_VERSION

SQLITE_HEADER = b"SQLite format 3\x00"
SIDE_FILES = ("-wal", "-shm", "-journal")


@dataclass(frozen=True)
class StoreOpenReport:
    """Tells the UI that the old database was unusable and where it now lies, so the teacher can be told."""

    moved_to: Path
    reason: str


def problem_with(path: Path) -> str | None:
    """Why the database at `path` cannot be used as ours, or None when it can (or does not exist yet)."""
    try:
        with path.open("rb") as handle:
            header = handle.read(len(SQLITE_HEADER))
    except FileNotFoundError:
        return None
    except OSError as err:
        raise ResultsError(f"cannot read the results database {path}: {err.strerror or err}") from err
    if not header:
        return None  # an empty file is an empty database
    if header != SQLITE_HEADER:
        return "the file is not an SQLite database"
    try:
        conn = sqlite3.connect(str(path), isolation_level=None, timeout=10)
    except sqlite3.Error as err:
        return f"SQLite cannot open it ({err})"
    try:
        return _inspect(conn)
    except sqlite3.DatabaseError as err:
        return f"SQLite reports damage ({err})"
    finally:
        conn.close()


def _inspect(conn: sqlite3.Connection) -> str | None:
    app_id = conn.execute("PRAGMA application_id").fetchone()[0]
    version = conn.execute("PRAGMA user_version").fetchone()[0]
    tables = conn.execute("SELECT count(*) FROM sqlite_master").fetchone()[0]
    if app_id != APPLICATION_ID:
        if app_id == 0 and version == 0 and tables == 0:
            return None  # a blank database, as left by a program that stopped before creating the tables
        return "it is a database of another program"
    if version > SCHEMA_VERSION:
        return f"it was written by a newer version of Play for Integrity (schema {version}, this one knows {SCHEMA_VERSION})"
    rows = [row[0] for row in conn.execute("PRAGMA quick_check")]
    if rows != ["ok"]:
        return "the integrity check failed: " + "; ".join(str(r) for r in rows[:3])
    return None


def move_aside(path: Path, reason: str, now: datetime | None = None) -> StoreOpenReport:
    """Rename the database (and its -wal/-shm/-journal files) to `<name>.damaged-YYYYmmdd-HHMMSS`."""
    try:
        target = set_aside(path, SIDE_FILES, now)
    except OSError as err:
        raise ResultsError(
            f"the results database {path} cannot be used ({reason}) and cannot be moved aside: "
            f"{err.strerror or err}. Close other copies of the game, or move the file away by hand") from err
    return StoreOpenReport(moved_to=target, reason=reason)
