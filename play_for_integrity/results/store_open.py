"""Open the class results database: a private folder and file, damage set aside, a busy or full disk reported."""

from __future__ import annotations

import os
import sqlite3
import tempfile
from dataclasses import dataclass
from pathlib import Path

from play_for_integrity.results import open_marker
from play_for_integrity.results.db_faults import FIX_HINT, fault_error, fault_kind
from play_for_integrity.results.db_health import StoreOpenReport, lenient_text, move_aside, problem_with
from play_for_integrity.results.disk_kind import choose_journal_mode
from play_for_integrity.results.errors import ResultsError
from play_for_integrity.results.schema import migrate
from play_for_integrity.user_data import PRIVATE_FILE, private_file, private_folder

DB_NAME = "results.sqlite3"
BUSY_TIMEOUT = 10.0  # seconds SQLite waits for another program's write before saying "database is locked"


@dataclass
class Opened:
    """A ready connection, its journal mode, and where a damaged predecessor went (if one did)."""

    conn: sqlite3.Connection
    path: Path
    journal_mode: str
    report: StoreOpenReport | None
    marker: open_marker.OpenMarker | None = None


def check_writable(folder: Path) -> None:
    """Fail with a message naming the folder and the fix, before SQLite fails with a vaguer one."""
    if folder.exists() and not folder.is_dir():
        raise ResultsError(f"the results folder {folder} is a file, not a folder: {FIX_HINT}")
    try:
        private_folder(folder)
        with tempfile.TemporaryFile(dir=folder, prefix=".write-test-"):
            pass
    except OSError as err:
        if fault_kind(err) == "full":
            raise fault_error(folder, err, "write into") from err
        raise ResultsError(f"the results folder {folder} is not writable ({err.strerror or err}): {FIX_HINT}") from err


def _create_private(path: Path) -> None:
    """Create an empty database file readable only by the user; SQLite gives its -wal and -shm the same mode."""
    try:
        os.close(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, PRIVATE_FILE))
    except FileExistsError:
        pass
    private_file(path)


def _connect(path: Path, folder: Path) -> tuple[sqlite3.Connection, str]:
    """A connection to `path` in its journal mode, migrated; sqlite3.Error (the connection closed) when it fails."""
    _create_private(path)
    conn = sqlite3.connect(str(path), isolation_level=None, timeout=BUSY_TIMEOUT)
    conn.text_factory = lenient_text  # a hand-edited row of broken UTF-8 is read, not a crash
    try:
        mode = conn.execute(f"PRAGMA journal_mode = {choose_journal_mode(folder)}").fetchone()[0].upper()
        conn.execute("PRAGMA synchronous = FULL")  # a confirmed answer survives a power cut too
        conn.execute("PRAGMA foreign_keys = ON")
        migrate(conn)
    except BaseException:
        conn.close()
        raise
    return conn, mode


def _ready(path: Path, folder: Path, check: bool) -> Opened:
    """The store at `path`, after the whole-file check when `check`; a damaged or foreign file is moved aside."""
    report = None
    reason = problem_with(path, BUSY_TIMEOUT, full=check)
    if reason is not None:
        report = move_aside(path, reason)
    try:
        conn, mode = _connect(path, folder)
    except OSError as err:
        raise fault_error(path, err) from err
    except sqlite3.Error as err:
        if fault_kind(err) != "damage" or report is not None:
            raise fault_error(path, err, "prepare") from err
        # SQLite met damage the quick look missed: the whole-file check says what, and the file goes aside.
        report = move_aside(path, problem_with(path, BUSY_TIMEOUT) or f"SQLite reports damage ({err})")
        try:
            conn, mode = _connect(path, folder)
        except (OSError, sqlite3.Error) as again:
            raise fault_error(path, again, "prepare") from again
    return Opened(conn, path, mode, report)


def open_database(folder: Path, check: bool = False) -> Opened:
    """Connect to `folder`/results.sqlite3, migrated; only a damaged or foreign file is moved aside first.

    The whole-file integrity check runs only when asked (`check`) or when an earlier opening did not close
    cleanly (see open_marker); a store closed cleanly opens in the same time whatever its size.
    """
    check_writable(folder)
    path = folder / DB_NAME
    try:
        marker = open_marker.take(path)
    except OSError as err:
        raise fault_error(folder, err, "write into") from err
    try:
        opened = _ready(path, folder, check or marker.unclean)
    except BaseException:
        marker.release()  # the markers left behind stay: the store was not checked yet
        raise
    marker.forget_left()
    opened.marker = marker
    return opened
