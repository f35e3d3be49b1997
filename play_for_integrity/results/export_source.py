"""What an export writes: the sessions, read one at a time, and the value columns its headers need first.

A store's source also gives each session with its answers as the stored rows, unchecked: the big exports make
their lines from those rows and decode (check) only a row they cannot vouch for themselves.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass

from play_for_integrity.results.records import Answer, SessionData
from play_for_integrity.results.session_reader import (Damaged, Warn, decode_answer, grades, iter_session_rows,
                                                       iter_sessions, session_ids)

SessionRows = tuple[SessionData, Sequence[tuple]]  # a session without its answers, and their stored rows


def first_seen_values(sessions: Iterable[SessionData]) -> list[str]:
    """Every value named in a profile or an answer, in first-seen order."""
    seen: dict[str, None] = {}
    for session in sessions:
        seen.update(dict.fromkeys(session.value_ids()))
    return list(seen)


@dataclass(frozen=True)
class ExportSource:
    """Sessions oldest first (`sessions()` reads them again at each call), with their counts for a progress bar."""

    sessions: Callable[[], Iterator[SessionData]]
    session_count: int
    answer_count: int
    met: frozenset[str]  # every value id the sessions name (a superset when rows are damaged)
    # The same sessions with their answers as stored rows (session_reader.ANSWER_COLUMNS), with or without the
    # participants' profiles, and where the warnings about damaged rows go; None for sessions in memory.
    stored: Callable[[bool], Iterator[SessionRows]] | None = None
    warn: Warn | None = None

    def decode(self, sid: str, row: tuple) -> Answer | None:
        """The answer a stored row of session `sid` holds; None, with a warning, when the row is damaged."""
        return decode_answer(sid, row, self.warn or _ignore)

    def values(self, value_names: Mapping[str, str]) -> list[str]:
        """The value columns: the known values in catalog order, then any other value met, in first-seen order."""
        known = list(value_names)
        if self.met <= set(known):
            return known
        return list(dict.fromkeys([*known, *first_seen_values(self.sessions())]))  # rare: one more reading pass


def from_sessions(sessions: Sequence[SessionData]) -> ExportSource:
    """An export of sessions already in memory (one session of the teacher view, tests)."""
    return ExportSource(lambda: iter(sessions), len(sessions), sum(len(s.answers) for s in sessions),
                        frozenset(first_seen_values(sessions)))


def as_source(sessions: Sequence[SessionData] | ExportSource) -> ExportSource:
    return sessions if isinstance(sessions, ExportSource) else from_sessions(sessions)


def _values_met(conn: sqlite3.Connection) -> frozenset[str]:
    """Value ids of every profile and answer, from two DISTINCT queries (a few hundred different effects)."""
    found = {value for (value,) in conn.execute("SELECT DISTINCT value_id FROM profile") if isinstance(value, str)}
    for (stored,) in conn.execute("SELECT DISTINCT effects FROM answer"):
        try:
            found.update(grades(stored))
        except Damaged:
            continue  # that answer is left out with a warning when it is read
    return frozenset(found)


def _ignore(message: str) -> None:
    pass


def from_store(conn: sqlite3.Connection, warn: Warn) -> ExportSource:
    """Every session of the store, read from it one session at a time as the export writes."""
    ids = session_ids(conn)
    answers = int(conn.execute("SELECT count(*) FROM answer").fetchone()[0])
    return ExportSource(lambda: iter_sessions(conn, ids, warn), len(ids), answers, _values_met(conn),
                        lambda with_profiles: iter_session_rows(conn, ids, warn, with_profiles), warn)
