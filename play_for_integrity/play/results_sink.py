"""The one results sink of a run: opens the class results store once and records every mode through it.

A store that cannot be opened, or a write that fails (a full disk, a locked file), becomes a notice for the
teacher; the lesson goes on.
"""

from __future__ import annotations

import logging
import sqlite3
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

if TYPE_CHECKING:
    from play_for_integrity.results.store import ResultsStore

log = logging.getLogger(__name__)
T = TypeVar("T")
Notify = Callable[[str], None]


class ResultsSink:
    """Owns the run's ResultsStore; every controller records through `write`, the teacher view reads `open()`."""

    def __init__(self, data_dir: Path | None, notify: Notify, enabled: bool = True):
        self.data_dir = data_dir
        self.notify = notify
        self.enabled = enabled
        self._store: ResultsStore | None = None
        self.problem: str | None = None  # why the store could not be opened, for the teacher view

    def open(self) -> ResultsStore | None:
        """The store, opened on first use; None (with `problem` set and one notice) when it cannot be opened.

        A later call tries again, so a store that was locked at start can still be reached once it is free.
        """
        if self._store is not None or not self.enabled:
            return self._store
        from play_for_integrity.results.errors import ResultsError
        from play_for_integrity.results.store import ResultsStore
        try:
            store = ResultsStore.open(self.data_dir)
        except (ResultsError, OSError, sqlite3.Error) as err:
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
        self._store = store
        return store

    @property
    def store(self) -> ResultsStore | None:
        """The store if it is open already (no attempt to open it)."""
        return self._store

    def write(self, what: str, action: Callable[[ResultsStore], T]) -> T | None:
        """Run `action` on the store; a failure becomes a notice naming `what` could not be done."""
        store = self.open()
        if store is None:
            return None
        try:
            return action(store)
        except Exception as err:  # noqa: BLE001 - a full disk must not end the lesson
            log.exception("results: could not %s", what)
            self.notify(f"could not {what}: {err}")
            return None

    def close(self) -> None:
        if self._store is not None:
            self._store.close()
            self._store = None
