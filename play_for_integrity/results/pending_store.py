"""Stands in for the class results store while it cannot be opened: every change goes to the journal."""

from __future__ import annotations

from play_for_integrity.results.errors import ResultsError
from play_for_integrity.results.journal import Journal
from play_for_integrity.results.recording import Recording
from play_for_integrity.results.records import SessionSummary
from play_for_integrity.results.store_ops import Op


class PendingStore(Recording):
    """The recording side of ResultsStore, writing only to the journal; the real store writes it all later."""

    def __init__(self, journal: Journal, reason: str) -> None:
        self.journal = journal
        self.kept = 0
        self.kept_reason = reason
        self.kept_on_disk = True

    def _write(self, ops: list[Op]) -> int:
        self.kept_on_disk = self.journal.add(ops)
        self.kept += len(ops)
        return 0

    def batch(self):
        """Votes and demo data group their writes; here a group is kept in the journal as one."""
        return self.together()

    def session_summary(self, sid: str) -> SessionSummary:
        raise ResultsError(f"the class results cannot be read now ({self.kept_reason})")
