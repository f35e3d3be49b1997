"""The class results database: one SQLite file in the user data folder, every confirmed answer committed at once.

A confirmed change the database cannot take now (another program holds it, the disk is full) waits in the
journal beside it and is written, in order, by the next write that succeeds or the next time the store opens.
"""

from __future__ import annotations

import logging
import math
import os
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from play_for_integrity.results import pin as pin_hash
from play_for_integrity.results import store_ops
from play_for_integrity.results.atomic_file import output_path, replacing
from play_for_integrity.results.db_faults import fault_error, fault_kind, is_fault
from play_for_integrity.results.db_health import StoreOpenReport
from play_for_integrity.results.errors import ResultsError
from play_for_integrity.results.journal import Journal
from play_for_integrity.results.open_marker import OpenMarker
from play_for_integrity.results.recording import Recording
from play_for_integrity.results.store_reading import Reading
from play_for_integrity.results.store_ops import NAME_MAX, Op
from play_for_integrity.results.store_open import DB_NAME, open_database
from play_for_integrity.user_data import user_data_dir

__all__ = ["DB_NAME", "NAME_MAX", "ResultsStore", "StoreOpenReport"]

log = logging.getLogger(__name__)

PIN_KEY = "teacher_pin"
PIN_FAILURES_KEY = "teacher_pin_failures"
PIN_WAIT_UNTIL_KEY = "teacher_pin_wait_until"  # wall-clock seconds (time.time()) when the next try is allowed
JOURNAL_DONE_KEY = "journal_done"  # the id of the last journal entry written, in the same transaction
QUICK_BUSY_MS = 250  # while changes wait in the journal, a locked store is not waited for again at each answer


class ResultsStore(Recording, Reading):
    """Sessions, participants, answers and profiles of the classes played on this computer."""

    def __init__(self, conn: sqlite3.Connection, path: Path, journal_mode: str,
                 open_report: StoreOpenReport | None = None, journal: Journal | None = None,
                 marker: OpenMarker | None = None) -> None:
        self._conn = conn
        self._marker = marker
        self.damage_suspected = False  # SQLite reported damage: the next opening checks the whole file
        self.path = path
        self.journal_mode = journal_mode
        self.open_report = open_report
        self.journal = journal or Journal(path.parent)
        self._in_batch = False
        self.kept = 0  # changes this store put in the journal since it opened
        self.kept_reason: str | None = None  # why the last one could not be written
        self.kept_on_disk = True  # False while the journal itself cannot be written (they wait in memory)
        self.warnings: list[str] = []  # damaged rows met while reading, each naming its session (see Reading)

    # -- opening ---------------------------------------------------------------------------------------------

    @classmethod
    def open(cls, data_dir: str | os.PathLike[str] | None = None, journal: Journal | None = None,
             check: bool = False) -> ResultsStore:
        """Open (creating if needed) the store in the user data folder and write any changes the journal kept.

        Only a damaged database is moved aside; a busy one raises StoreBusy, a full disk a ResultsError.
        `journal` is the run's journal when the game kept changes before the store could be opened. The whole
        file is checked only with `check` or after an opening that did not close cleanly (see open_marker).
        """
        folder = user_data_dir(data_dir)
        opened = open_database(folder, check=True) if check else open_database(folder)
        store = cls(opened.conn, opened.path, opened.journal_mode, opened.report, journal, opened.marker)
        try:
            store.replay()
        except BaseException as err:
            store.close(err)
            raise
        return store

    def suspect(self, err: BaseException | None) -> None:
        """Note an SQLite error that means damage, so that the next opening checks the whole file once."""
        if isinstance(err, sqlite3.DatabaseError) and fault_kind(err) == "damage":
            if not self.damage_suspected:
                log.error("results: SQLite reports damage in %s (%s); it is checked at the next opening",
                          self.path, err)
            self.damage_suspected = True
            if self._marker is not None:
                self._marker.damaged = True

    def close(self, error: BaseException | None = None) -> None:
        """Close the connection; after damage (`error`, or one met before) the next opening checks the file."""
        self.suspect(error)
        self._conn.close()
        if self._marker is not None:
            self._marker.release(clean=not self.damage_suspected)
            self._marker = None

    def __enter__(self) -> ResultsStore:
        return self

    def __exit__(self, kind: object, error: BaseException | None, trace: object) -> None:
        self.close(error)

    @property
    def connection(self) -> sqlite3.Connection:
        """The raw connection, for the results package's own modules (merge); the game should not need it."""
        return self._conn

    @contextmanager
    def batch(self) -> Iterator[None]:
        """Group writes into one transaction (demo data, merging); outside a batch each write commits alone."""
        if self._in_batch:
            yield
            return
        self._conn.execute("BEGIN IMMEDIATE")
        self._in_batch = True
        try:
            yield
            self._conn.execute("COMMIT")
        except BaseException:
            if self._conn.in_transaction:  # also after a COMMIT that failed (busy, disk full)
                self._conn.execute("ROLLBACK")
            raise
        finally:
            self._in_batch = False

    # -- the journal -----------------------------------------------------------------------------------------

    def _write(self, ops: list[Op]) -> int:
        """Write `ops` in one transaction, or keep them in the journal when the database cannot take them now."""
        if self._in_batch:
            return sum(store_ops.apply(self._conn, op) for op in ops)
        if self.journal.waiting and not self.replay():
            self._keep(ops)  # earlier changes are still waiting: these go after them, in order
            return 0
        try:
            with self.batch():
                return sum(store_ops.apply(self._conn, op) for op in ops)
        except sqlite3.DatabaseError as err:
            if not is_fault(err):
                raise
            self.suspect(err)
            self.kept_reason = str(fault_error(self.path, err, "write to"))
            self._keep(ops)
            return 0

    def _keep(self, ops: list[Op]) -> None:
        self.kept_on_disk = self.journal.add(ops)
        self.kept += len(ops)
        log.warning("results: %d change(s) kept in %s (%s)", len(ops), self.journal.path, self.kept_reason)

    def replay(self) -> bool:
        """Write what the journal keeps, in order; True when nothing is left waiting."""
        entries, damaged = self.journal.entries()
        if not entries and not damaged:
            if self.journal.path.exists():
                try:
                    self.journal.remove(set())  # only a torn line, whose write never returned
                except OSError as err:
                    log.error("results: cannot tidy the journal %s: %s", self.journal.path, err)
            return True
        conn = self._conn
        waited = conn.execute("PRAGMA busy_timeout").fetchone()[0]
        conn.execute(f"PRAGMA busy_timeout = {QUICK_BUSY_MS}")
        try:
            with self.batch():
                rejected = damaged + self._apply_kept(entries)
                if rejected:  # before the commit: a crash after it must not lose them
                    self.journal.reject(rejected)
        except (OSError, sqlite3.DatabaseError) as err:
            if isinstance(err, sqlite3.DatabaseError) and not is_fault(err):
                raise
            self.suspect(err)
            self.kept_reason = str(fault_error(self.path, err, "write to"))
            return False
        finally:
            conn.execute(f"PRAGMA busy_timeout = {waited}")
        try:
            self.journal.remove({entry.id for entry in entries})
        except OSError as err:  # the marker keeps them from being written twice
            log.error("results: cannot shorten the journal %s: %s", self.journal.path, err)
        return not self.journal.held

    def _apply_kept(self, entries: list) -> list[str]:
        """Apply the entries after the last one already written (the marker), then move the marker; returns the
        lines of those that can no longer be applied (their session was deleted, say)."""
        if not entries:
            return []
        ids = [entry.id for entry in entries]
        done = self.get_setting(JOURNAL_DONE_KEY)
        rejected = []
        for entry in entries[ids.index(done) + 1:] if done in ids else entries:
            try:
                store_ops.apply(self._conn, entry.op)
            except (ValueError, sqlite3.IntegrityError) as err:
                log.error("results: a kept change cannot be written (%s); moved to %s", err,
                          self.journal.rejected_path)
                rejected.append(entry.line())
        held = {entry.id for entry in self.journal.held}
        on_file = [entry_id for entry_id in ids if entry_id not in held]  # only lines in the file can come back
        self.set_setting(JOURNAL_DONE_KEY, on_file[-1] if on_file else ids[-1])
        return rejected

    # -- housekeeping ----------------------------------------------------------------------------------------

    def delete_session(self, sid: str) -> None:
        """Delete a session with its participants, answers and profiles."""
        with self.batch():
            if not self._conn.execute("DELETE FROM session WHERE uuid = ?", (sid,)).rowcount:
                raise ResultsError(f"there is no session {sid} in {self.path}")

    def backup(self, out_path: str | os.PathLike[str]) -> Path:
        """A consistent single-file copy made with SQLite's backup API (safe while the game keeps writing)."""
        out = output_path(out_path)
        if out.exists() and out.resolve() == self.path.resolve():
            raise ResultsError(f"{out} is the results database itself: choose another file for the backup")
        with replacing(out) as temp:
            target = sqlite3.connect(str(temp), isolation_level=None)
            try:
                self._conn.backup(target)
                target.execute("PRAGMA journal_mode = DELETE")  # one self-contained file, no -wal beside it
            finally:
                target.close()
        return out

    # -- settings and the teacher PIN ------------------------------------------------------------------------

    def get_setting(self, key: str) -> str | None:
        row = self._conn.execute("SELECT value FROM setting WHERE key = ?", (key,)).fetchone()
        return row[0] if row else None

    def set_setting(self, key: str, value: str) -> None:
        with self.batch():
            self._conn.execute("INSERT INTO setting (key, value) VALUES (?, ?) "
                               "ON CONFLICT(key) DO UPDATE SET value = excluded.value", (key, value))

    def has_pin(self) -> bool:
        return self.get_setting(PIN_KEY) is not None

    def set_pin(self, pin: str, current: str | None = None) -> None:
        """Set the teacher PIN (4-8 digits, not trivial); changing an existing PIN needs the current one."""
        pin_hash.check_pin_format(pin)
        pin_hash.check_pin_strength(pin)
        if self.has_pin() and not self.check_pin(current or ""):
            raise PermissionError("the current PIN is wrong, so the PIN was not changed")
        self.set_setting(PIN_KEY, pin_hash.hash_pin(pin))

    def check_pin(self, pin: str) -> bool:
        stored = self.get_setting(PIN_KEY)
        return stored is not None and pin_hash.pin_matches(pin, stored)

    def clear_pin(self) -> None:
        """Forget the PIN and any wait after wrong tries (the CLI asks before calling this)."""
        with self.batch():
            self._conn.executemany("DELETE FROM setting WHERE key = ?",
                                   [(PIN_KEY,), (PIN_FAILURES_KEY,), (PIN_WAIT_UNTIL_KEY,)])

    def pin_wait(self) -> tuple[int, float]:
        """(wrong PINs in a row, wall-clock time the wait after them ends), as the teacher view last stored them."""
        try:
            failures = int(self.get_setting(PIN_FAILURES_KEY) or 0)
            until = float(self.get_setting(PIN_WAIT_UNTIL_KEY) or 0)
        except ValueError:
            return 0, 0.0
        return max(0, failures), until if math.isfinite(until) else 0.0

    def set_pin_wait(self, failures: int, until: float) -> None:
        """Remember the wrong tries across restarts of the game."""
        with self.batch():
            for key, value in ((PIN_FAILURES_KEY, str(int(failures))), (PIN_WAIT_UNTIL_KEY, repr(float(until)))):
                self.set_setting(key, value)
