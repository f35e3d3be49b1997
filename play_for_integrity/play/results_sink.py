"""The one results sink of a run: opens the class results store once and records every mode through it.

A store that cannot be opened, or a write that fails (a full disk, a file another program holds), becomes a
notice for the teacher; the lesson goes on, and no confirmed answer is lost: what the store cannot take now is
kept in the journal beside it (JSON lines, fsynced) and saved, in order, as soon as the store takes writes again.
"""

from __future__ import annotations

import logging
import sqlite3
import time
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

if TYPE_CHECKING:
    from play_for_integrity.results.journal import Journal
    from play_for_integrity.results.store import ResultsStore

log = logging.getLogger(__name__)
T = TypeVar("T")
Notify = Callable[[str], None]
SAVED_LATER = "the answers kept while the class results were busy are now saved in them"
RETRY_SECONDS = 20.0  # while the store cannot be opened, answers go to the journal without a new try each time


class ResultsSink:
    """Owns the run's ResultsStore; every controller records through `write`, the teacher view reads `open()`."""

    def __init__(self, data_dir: Path | None, notify: Notify, enabled: bool = True):
        self.data_dir = data_dir
        self.notify = notify
        self.enabled = enabled
        self._store: ResultsStore | None = None
        self._journal: Journal | None = None
        self._pending: Any = None  # a PendingStore while the store cannot be opened
        self._retry_at = 0.0
        self.clock: Callable[[], float] = time.monotonic
        self.problem: str | None = None  # why the store could not be opened, for the teacher view

    def _run_journal(self) -> Journal:
        """The run's journal in the data folder (one object, so changes held in memory are never dropped)."""
        from play_for_integrity.results.journal import Journal
        from play_for_integrity.user_data import user_data_dir
        folder = user_data_dir(self.data_dir)
        if self._journal is None or self._journal.path.parent != folder:
            journal = Journal(folder)
            journal.held = self._journal.held if self._journal is not None else []
            self._journal = journal
        return self._journal

    def open(self) -> ResultsStore | None:
        """The store, opened on first use; None (with `problem` set and one notice) when it cannot be opened.

        A later call tries again, so a store that was busy at start can still be reached once it is free.
        """
        if self._store is not None or not self.enabled:
            return self._store
        from play_for_integrity.results.errors import ResultsError
        from play_for_integrity.results.store import ResultsStore
        try:
            store = ResultsStore.open(self.data_dir, self._run_journal())
        except (ResultsError, OSError, sqlite3.Error) as err:
            self._retry_at = self.clock() + RETRY_SECONDS
            message = f"class results cannot be saved on this computer: {err}"
            if message != self.problem:
                self.notify(message)
            self.problem = message
            return None
        self.problem = None
        report = store.open_report
        if report is not None:
            self.notify(f"the results database was damaged and has been moved to {report.moved_to} "
                        f"({report.reason}); a new one was started")
        if self._pending is not None and self._pending.kept and not store.journal.waiting:
            self.notify(SAVED_LATER)
        self._pending = None
        self._store = store
        return store

    @property
    def store(self) -> ResultsStore | None:
        """The store if it is open already (no attempt to open it)."""
        return self._store

    def save_kept(self) -> None:
        """Try again to save what the journal keeps (the teacher view does before it reads)."""
        store = self.open()
        try:
            if store is not None and store.journal.waiting and store.replay():
                self.notify(SAVED_LATER)
        except sqlite3.Error:  # reading may still work: the teacher view goes on
            log.exception("results: kept answers could not be saved")

    def _recorder(self) -> Any:
        """The open store, or while it cannot be opened a stand-in that keeps every change in the journal."""
        if self._pending is not None and self.clock() < self._retry_at:
            return self._pending  # do not wait for a busy store again at every answer
        store = self.open()
        if store is not None or not self.enabled:
            return store
        if self._pending is None:
            from play_for_integrity.results.pending_store import PendingStore
            self._pending = PendingStore(self._run_journal(), self.problem or "the class results cannot be opened")
        return self._pending

    def write(self, what: str, action: Callable[[ResultsStore], T]) -> T | None:
        """Run `action` on the store; a kept change or any failure becomes a notice naming `what`."""
        target = self._recorder()
        if target is None:
            return None
        kept, waiting = target.kept, target.journal.waiting
        try:
            result = action(target)
        except Exception as err:  # noqa: BLE001 - a full disk must not end the lesson
            log.exception("results: could not %s", what)
            self.notify(f"could not {what}: {err}")
            self.check_later(err)
            return None
        finally:
            if getattr(target, "damage_suspected", False):
                self.check_later()
        if target.kept > kept:
            where = (f"kept in {target.journal.path}" if target.kept_on_disk
                     else "kept in memory only, so do not close the game yet")
            self.notify(f"could not {what} now ({target.kept_reason}); it is {where} and will be saved in the "
                        "class results as soon as they can be written")
        elif waiting and not target.journal.waiting:
            self.notify(SAVED_LATER)
        return result

    def check_later(self, error: BaseException | None = None) -> None:
        """After SQLite reported damage (`error`, or one the store met itself): close the store, so that the next
        use opens it again and checks the whole file once; a damaged file is then set aside, a sound one kept."""
        store = self._store
        if store is None:
            return
        store.suspect(error)
        if store.damage_suspected:
            self._store = None
            try:
                store.close()
            except sqlite3.Error:
                log.exception("results: the store could not be closed after damage was reported")

    def close(self) -> None:
        """Save what the journal keeps if the store takes it now (a last try for changes held in memory)."""
        if self._store is not None:
            try:
                self._store.replay()
            except sqlite3.Error:
                log.exception("results: kept answers could not be saved at closing")
            self._store.close()
            self._store = None
        if self._journal is not None and self._journal.held:
            self._journal.add([])  # the disk may have room again: better in the journal than lost at exit
