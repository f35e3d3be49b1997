"""What an export writes: the sessions, read one at a time, and the value columns its headers need first.

A store's source also gives each session with its answers as the stored rows, unchecked: the big exports make
their lines from those rows and decode (check) only a row they cannot vouch for themselves.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

from play_for_integrity.results.records import Answer, Participant, SessionData
from play_for_integrity.results.session_reader import (Damaged, PeopleRows, Warn, decode_answer, grades,
                                                       iter_session_rows, iter_session_stored, iter_sessions,
                                                       participants_of, session_ids)

SessionRows = tuple[SessionData, Sequence[tuple]]  # a session without its answers, and their stored rows
# A session without participants or answers, and the stored rows of both.
StoredSession = tuple[SessionData, PeopleRows, Sequence[tuple]]
EXPORT_CACHE_KB = 8192


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
    # Every value id the sessions name (a superset when rows are damaged), or how to find them when first asked: in
    # a store, by reading every answer, which the JSON export (it has no value columns) never needs.
    met: frozenset[str] | Callable[[], frozenset[str]]
    # The same sessions with their answers as stored rows (session_reader.ANSWER_COLUMNS), with or without the
    # participants' profiles, and where the warnings about damaged rows go; None for sessions in memory.
    stored: Callable[[bool], Iterator[SessionRows]] | None = None
    warn: Warn | None = None
    profile_values: Callable[[], frozenset[str]] | None = None  # the value ids the stored profiles name
    # The same sessions with their participants (and profiles) as stored rows too; None for sessions in memory.
    stored_people: Callable[[], Iterator[StoredSession]] | None = None
    # A store's file and its session ids in export order, so a big export can share the work with a second process
    # (export_parts), and the same source over some of those ids; None and () for sessions in memory.
    database: Path | None = None
    ids: Sequence[str] = ()
    narrowed: Callable[[Sequence[str]], ExportSource] | None = None
    session_answers: Callable[[], Mapping[str, int]] | None = None  # each session's number of answers

    def value_columns(self, value_names: Mapping[str, str]) -> tuple[list[str], frozenset[str] | None]:
        """values(), and the values to check each stored answer against as it is written (see
        stored_rows.OtherValue), or None when nothing is left to check.

        The known values are taken on trust when no profile names another: the answers are then checked as they are
        written instead of all read beforehand (the one reading of every answer an export would otherwise add).
        """
        if self.stored is None or self.profile_values is None or not callable(self.met):
            return self.values(value_names), None
        known = list(value_names)
        if not self.profile_values() <= set(known):
            return self.values(value_names), None
        return known, frozenset(known)

    def decode(self, sid: str, row: tuple) -> Answer | None:
        """The answer a stored row of session `sid` holds; None, with a warning, when the row is damaged."""
        return decode_answer(sid, row, self.warn or _ignore)

    def participants(self, sid: str, people: PeopleRows) -> tuple[Participant, ...]:
        """The participants stored rows of session `sid` hold; a damaged one is left out with a warning."""
        return participants_of(sid, people, self.warn or _ignore)

    def values_met(self) -> frozenset[str]:
        if callable(self.met):
            object.__setattr__(self, "met", self.met())  # found once (the dataclass is frozen for its users)
        return self.met  # type: ignore[return-value]

    def values(self, value_names: Mapping[str, str]) -> list[str]:
        """The value columns: the known values in catalog order, then any other value met, in first-seen order."""
        known = list(value_names)
        if self.values_met() <= set(known):
            return known
        return list(dict.fromkeys([*known, *first_seen_values(self.sessions())]))  # rare: one more reading pass


def from_sessions(sessions: Sequence[SessionData]) -> ExportSource:
    """An export of sessions already in memory (one session of the teacher view, tests)."""
    return ExportSource(lambda: iter(sessions), len(sessions), sum(len(s.answers) for s in sessions),
                        frozenset(first_seen_values(sessions)))


def as_source(sessions: Sequence[SessionData] | ExportSource) -> ExportSource:
    return sessions if isinstance(sessions, ExportSource) else from_sessions(sessions)


def _profile_values(conn: sqlite3.Connection) -> frozenset[str]:
    return frozenset(value for (value,) in conn.execute("SELECT DISTINCT value_id FROM profile")
                     if isinstance(value, str))


def _values_met(conn: sqlite3.Connection) -> frozenset[str]:
    """Value ids of every profile and answer, from two DISTINCT queries (a few hundred different effects)."""
    found = set(_profile_values(conn))
    for (stored,) in conn.execute("SELECT DISTINCT effects FROM answer"):
        try:
            found.update(grades(stored))
        except Damaged:
            continue  # that answer is left out with a warning when it is read
    return frozenset(found)


def _ignore(message: str) -> None:
    pass


def from_store(conn: sqlite3.Connection, warn: Warn, ids: Sequence[str] | None = None) -> ExportSource:
    """Every session of the store (or those of `ids`, in that order), read one session at a time as the export
    writes; only a source of every session counts the answers."""
    # Each session's answers, participants and profiles come from four tables and indexes in turn: a page cache of
    # 8 MB (SQLite's default is 2 MB) keeps their upper pages between sessions instead of reading them again.
    conn.execute(f"PRAGMA cache_size = -{EXPORT_CACHE_KB}")
    every = ids is None
    ids = session_ids(conn) if ids is None else list(ids)
    answers = int(conn.execute("SELECT count(*) FROM answer").fetchone()[0]) if every else 0
    return ExportSource(lambda: iter_sessions(conn, ids, warn), len(ids), answers, lambda: _values_met(conn),
                        lambda with_profiles: iter_session_rows(conn, ids, warn, with_profiles), warn,
                        lambda: _profile_values(conn), lambda: iter_session_stored(conn, ids, warn),
                        database_file(conn), tuple(ids), lambda some: from_store(conn, warn, some),
                        lambda: _session_answers(conn))


def _session_answers(conn: sqlite3.Connection) -> dict[str, int]:
    """Each session's number of answers, from the index on the session (the answers themselves are not read)."""
    return dict(conn.execute("SELECT session_uuid, count(*) FROM answer GROUP BY session_uuid"))


def database_file(conn: sqlite3.Connection) -> Path | None:
    """The file of the connection's main database (None for one in memory)."""
    for _, name, file in conn.execute("PRAGMA database_list"):
        if name == "main":
            return Path(file) if file else None
    return None
