"""Recognise a damaged or foreign results database and move it aside (never delete it) before starting clean.

Only damage counts: a database another program holds (locked, busy) or a full disk is reported, never moved.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from play_for_integrity.safe_files import set_aside
from play_for_integrity.results.db_faults import fault_error, fault_kind
from play_for_integrity.results.errors import ResultsError
from play_for_integrity.results.schema import APPLICATION_ID, SCHEMA_VERSION

SQLITE_HEADER = b"SQLite format 3\x00"
SIDE_FILES = ("-wal", "-shm", "-journal")
ROW_RULES = ("NULL value in ", "CHECK constraint failed in ")  # quick_check's words for a rule a row breaks


def lenient_text(raw: bytes) -> str:
    """Stored text as str; a hand-edited row of broken UTF-8 is read, not a crash."""
    return raw.decode("utf-8", errors="replace")


def connect_read_only(path: Path, timeout: float) -> sqlite3.Connection:
    """A connection that can only read `path` (looking changes nothing, not even a writer's -wal), reading text as
    the store's own connection does; sqlite3.Error when it cannot be opened."""
    conn = sqlite3.connect(f"{path.absolute().as_uri()}?mode=ro", uri=True, isolation_level=None, timeout=timeout)
    conn.text_factory = lenient_text
    return conn


@dataclass(frozen=True)
class StoreOpenReport:
    """Tells the UI that the old database was unusable and where it now lies, so the teacher can be told."""

    moved_to: Path
    reason: str


def problem_with(path: Path, timeout: float = 10.0, full: bool = True) -> str | None:
    """Why the database at `path` cannot be used as ours, or None when it can (or does not exist yet).

    `full` adds PRAGMA quick_check, which reads the whole file (0.4 s at 300k answers): only when damage is
    suspected. Raises ResultsError (StoreBusy when another program holds it) for a fault that is not damage.
    """
    try:
        with path.open("rb") as handle:
            header = handle.read(len(SQLITE_HEADER))
    except FileNotFoundError:
        return None
    except OSError as err:
        raise fault_error(path, err, "read") from err
    if not header:
        return None  # an empty file is an empty database
    if header != SQLITE_HEADER:
        return "the file is not an SQLite database"
    try:
        # Read-only: looking must not change what may be set aside (closing a writer would checkpoint its -wal).
        conn = connect_read_only(path, timeout)
    except sqlite3.Error as err:
        raise fault_error(path, err) from err
    try:
        return _inspect(conn, full)
    except sqlite3.DatabaseError as err:
        if fault_kind(err) == "damage":
            return f"SQLite reports damage ({err})"
        raise fault_error(path, err) from err
    finally:
        conn.close()


def _inspect(conn: sqlite3.Connection, full: bool = True) -> str | None:
    app_id = conn.execute("PRAGMA application_id").fetchone()[0]
    version = conn.execute("PRAGMA user_version").fetchone()[0]
    tables = conn.execute("SELECT count(*) FROM sqlite_master").fetchone()[0]
    if app_id != APPLICATION_ID:
        if app_id == 0 and version == 0 and tables == 0:
            return None  # a blank database, as left by a program that stopped before creating the tables
        return "it is a database of another program"
    if version > SCHEMA_VERSION:
        return f"it was written by a newer version of Play for Integrity (schema {version}, this one knows {SCHEMA_VERSION})"
    if not full:
        return None
    rows = [str(row[0]) for row in conn.execute("PRAGMA quick_check")]
    # A row breaking a NOT NULL or CHECK rule (a hand edit) is the reader's to skip; the file itself is sound.
    damage = [row for row in rows if row != "ok" and not row.startswith(ROW_RULES)]
    if damage:
        return "the integrity check failed: " + "; ".join(damage[:3])
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
