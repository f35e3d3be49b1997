"""The reading side of the class results store: the session list a page at a time, one session, an export's source."""

from __future__ import annotations

import json
import logging
import math
import sqlite3
from collections.abc import Iterator
from pathlib import Path

from play_for_integrity.results import summaries
from play_for_integrity.results.errors import ResultsError
from play_for_integrity.results.export_source import ExportSource, from_sessions, from_store
from play_for_integrity.results.records import SessionData, SessionSummary
from play_for_integrity.results.session_reader import Damaged, read_session

log = logging.getLogger(__name__)


class Reading:
    """Reads through `_conn`; damaged rows met on the way are collected in `warnings`, each naming its session."""

    _conn: sqlite3.Connection
    path: Path
    warnings: list[str]

    def _warn(self, message: str) -> None:
        if message not in self.warnings:
            log.warning("results: %s", message)
            self.warnings.append(message)

    def take_warnings(self) -> list[str]:
        """The damaged rows met while reading since the last call, each naming its session."""
        taken, self.warnings = self.warnings, []
        return taken

    def sessions(self) -> list[SessionSummary]:
        """Every readable session, newest first (a damaged one is left out with a warning)."""
        return list(self.iter_sessions())

    def iter_sessions(self) -> Iterator[SessionSummary]:
        """The same, one row at a time, for a list that is printed as it is read."""
        return summaries.iter_summaries(self._conn, self._warn)

    def session_count(self) -> int:
        return summaries.count_sessions(self._conn)

    def sessions_page(self, page: int, per_page: int) -> tuple[list[SessionSummary], int]:
        """(the sessions of page `page` (from 0), newest first, and how many sessions there are in all).

        A page past the last one gives the last page; a damaged session on the page is left out with a warning.
        """
        per_page = max(1, per_page)
        total = self.session_count()
        page = max(0, min(page, math.ceil(total / per_page) - 1))
        return summaries.summaries_page(self._conn, self._warn, per_page, page * per_page), total

    def recent_scenarios(self, nickname: str, band: str, journeys: int = 3) -> list[str]:
        """The scenario ids of the last `journeys` solo journeys `nickname` started in `band`, newest first (a
        damaged playlist is skipped: this only steers which stories come next)."""
        rows = self._conn.execute(
            "SELECT s.playlist FROM session s JOIN participant p ON p.session_uuid = s.uuid "
            "WHERE s.mode = 'solo' AND s.band = ? AND p.nickname = ? ORDER BY s.started_at DESC LIMIT ?",
            (band, nickname, max(0, journeys))).fetchall()
        found: list[str] = []
        for (playlist,) in rows:
            try:
                ids = json.loads(playlist)
            except ValueError:
                continue
            found += [i for i in ids if isinstance(i, str) and i not in found] if isinstance(ids, list) else []
        return found

    def session(self, sid: str) -> SessionData:
        return self._one(sid, lambda: read_session(self._conn, sid, self._warn))

    def session_summary(self, sid: str) -> SessionSummary:
        return self._one(sid, lambda: summaries.read_summary(self._conn, sid))

    def _one(self, sid: str, read):
        """What `read` finds of session `sid`; ResultsError naming the store when it is damaged or missing."""
        try:
            found = read()
        except Damaged as err:
            raise ResultsError(f"session {sid} in {self.path} is damaged ({err}): it cannot be shown") from err
        if found is None:
            raise ResultsError(f"there is no session {sid} in {self.path}")
        return found

    def resolve_session_id(self, text: str) -> str:
        """The full uuid of the session whose id is `text` or starts with it (at least 4 characters)."""
        text = text.strip().lower()
        matches = summaries.session_ids_starting(self._conn, text) if len(text) >= 4 else []
        if len(matches) == 1:
            return matches[0]
        if not matches:
            raise ResultsError(f"there is no session '{text}': run 'play-for-integrity results list' to see the ids")
        raise ResultsError(f"'{text}' matches {len(matches)} sessions: give more characters of the id")

    def export_source(self, sid: str | None = None) -> ExportSource:
        """One session (ResultsError when it cannot be read), or every session read one at a time as it is written."""
        if sid is not None:
            return from_sessions([self.session(sid)])
        return from_store(self._conn, self._warn)
