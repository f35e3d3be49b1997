"""Read sessions, participants, answers and profiles out of the database into records, one session at a time.

A row edited by hand or damaged (text where a number belongs, effects that are not JSON, a time SQLite cannot
place) is left out with a warning naming its session, so the rest can still be listed and exported.
"""

from __future__ import annotations

import json
import math
import operator
import sqlite3
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import replace
from datetime import datetime
from functools import lru_cache
from types import MappingProxyType
from typing import Any, TypeVar

from play_for_integrity.content.model import BOARD_MOVES
from play_for_integrity.results.records import MODES, Answer, Participant, SessionData, bounded, from_iso

Warn = Callable[[str], None]
T = TypeVar("T")
EXPORT_ORDER = "ORDER BY started_at, rowid"  # oldest first, as exports and merges list sessions
# An answer row as stored, before it is checked: what an export of a year's answers works from (seq only orders).
ANSWER_COLUMNS = ("uuid, participant_uuid, scenario_id, node_id, choice_id, effects, board, seconds, answered_at, "
                  "votes, seq")
_TIME = operator.itemgetter(8)  # answered_at in ANSWER_COLUMNS
_ANSWERS = f"SELECT {ANSWER_COLUMNS} FROM answer WHERE session_uuid = ? ORDER BY answered_at"


class Damaged(ValueError):
    """A stored row that cannot be read as what it should be."""


def text(value: Any, what: str) -> str:
    if not isinstance(value, str):
        raise Damaged(f"{what} is {value!r:.40}, not text")
    return value


def stored_time(value: Any, what: str, nullable: bool = False) -> datetime | None:
    """A stored time as UTC; the store's own form (2025-03-01T08:15:02.120+00:00) takes the short way."""
    if value is None and nullable:
        return None
    if isinstance(value, str) and len(value) == 29 and value.endswith("+00:00") and value[0] in "12":
        try:
            return datetime.fromisoformat(value)  # already UTC, and years 1000-2999 need no bounding
        except ValueError:
            pass  # reported below, in the words of the long way
    try:
        return bounded(from_iso(text(value, what)))
    except ValueError as err:
        raise Damaged(f"{what} is {value!r:.40}, not a time") from err


def whole(value: Any, what: str, low: float = -math.inf) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or value < low:
        raise Damaged(f"{what} is {value!r:.40}, not a whole number")
    return value


@lru_cache(maxsize=4096)
def grades(stored: Any) -> Mapping[str, int]:
    """The effects column as a read-only mapping; a year of answers repeats a few hundred different ones."""
    try:
        parsed = json.loads(text(stored, "effects"))
    except ValueError as err:
        raise Damaged(f"effects are {stored!r:.40}, not JSON") from err
    if not isinstance(parsed, dict):
        raise Damaged(f"effects are {stored!r:.40}, not value: grade pairs")
    return MappingProxyType({text(k, "a value id"): whole(v, f"the grade of {k!r:.20}") for k, v in parsed.items()})


# A session's participants, and their profile totals, each participant's in the order they were stored.
_PEOPLE = "SELECT rowid, uuid, nickname, finished_at FROM participant WHERE session_uuid = ? ORDER BY rowid"
_PROFILES = ("SELECT p.rowid, pr.value_id, pr.total FROM participant p JOIN profile pr ON pr.participant_uuid = p.uuid "
             "WHERE p.session_uuid = ? ORDER BY p.rowid, pr.rowid")
PeopleRows = tuple[list[tuple], list[tuple]]  # (_PEOPLE rows, _PROFILES rows), as stored: not checked yet


def people_rows(conn: sqlite3.Connection, sid: str, with_profiles: bool = True) -> PeopleRows:
    """The stored rows of a session's participants and (unless `with_profiles` is False) of their profiles."""
    return _fetch(conn, _PEOPLE, (sid,)), _fetch(conn, _PROFILES, (sid,)) if with_profiles else []


def _profiles(sid: str, people: PeopleRows, warn: Warn) -> dict[Any, dict[str, int]]:
    """Participant rowid -> profile, from stored rows; a damaged total is left out with a warning."""
    profiles: dict[Any, dict[str, int]] = {}
    for key, value_id, total in people[1]:
        if type(value_id) is str and type(total) is int:  # the common case, checked inline (half a million rows)
            profile = profiles.get(key)
            if profile is None:
                profile = profiles[key] = {}
            profile[value_id] = total
            continue
        try:
            profiles.setdefault(key, {})[text(value_id, "a value id")] = whole(total, "a profile total")
        except Damaged as err:
            pid = next((row[1] for row in people[0] if row[0] == key), key)
            warn(f"session {sid}: a profile total of participant {pid} is damaged ({err}) and was left out")
    return profiles


def participants_of(sid: str, people: PeopleRows, warn: Warn) -> tuple[Participant, ...]:
    """The participants stored rows hold (profiles empty when their rows were not read); a damaged one is left out
    with a warning."""
    profiles = _profiles(sid, people, warn)
    found = []
    for key, pid, nickname, finished in people[0]:
        try:
            found.append(Participant(uuid=text(pid, "the id"), session_uuid=sid, nickname=text(nickname, "the name"),
                                     finished_at=stored_time(finished, "the finish", nullable=True),
                                     profile=profiles.get(key, {})))
        except Damaged as err:
            warn(f"session {sid}: participant {pid} is damaged ({err}) and was left out")
    return tuple(found)


def _fetch(conn: sqlite3.Connection, sql: str, params: tuple) -> list[tuple]:
    """All rows of a query, decoding text the quick way; broken UTF-8 (a hand edit) makes it read them leniently."""
    lenient = conn.text_factory
    conn.text_factory = str
    try:
        return conn.execute(sql, params).fetchall()
    except sqlite3.OperationalError as err:
        if "decode" not in str(err):
            raise
    finally:
        conn.text_factory = lenient
    return conn.execute(sql, params).fetchall()


def answer_rows(conn: sqlite3.Connection, sid: str) -> list[tuple]:
    """The stored rows (ANSWER_COLUMNS) of a session's answers in the order given: by time, then seq, then rowid.

    The index on (session, time) gives time-then-rowid order without sorting; answers that share a time (a class
    vote records its options at once) are then put in seq order among themselves, as SQLite would sort them.
    """
    rows = _fetch(conn, f"{_ANSWERS}, rowid", (sid,))
    times = list(map(_TIME, rows))
    if not any(map(operator.eq, times, times[1:])):  # no two answers share a time: the common case, looked at in C
        return rows
    tied = [k for k, same in enumerate(map(operator.eq, times, times[1:])) if same]  # k: row k+1 has k's time
    start = 0
    for n, k in enumerate(tied):
        if n + 1 == len(tied) or tied[n + 1] != k + 1:  # a run of rows with one time ends at row k+1
            first = k - (n - start)
            rows[first:k + 2] = sorted(rows[first:k + 2], key=_by_seq)
            start = n + 1
    return rows


def _by_seq(row: tuple) -> tuple:
    """A row's place among answers of the same time: by seq as SQLite orders values (NULL, numbers, text, blobs)."""
    value = row[10]
    if value is None:
        return (0,)
    if isinstance(value, (int, float)):
        return (1, value)
    return (2, value) if isinstance(value, str) else (3, value)


def _answer(sid: str, a: tuple) -> Answer:
    """One answer row, checked field by field."""
    if not (type(a[0]) is str and type(a[1]) is str and type(a[2]) is str and type(a[3]) is str
            and type(a[4]) is str):
        for value, what in zip(a, ("the id", "the participant", "the scenario", "the story step", "the choice")):
            text(value, what)
    if a[6] not in BOARD_MOVES:
        raise Damaged(f"the board move is {a[6]!r:.40}")
    seconds, votes = a[7], a[9]
    if type(seconds) is not float and (isinstance(seconds, bool) or not isinstance(seconds, int)):
        raise Damaged(f"the seconds are {seconds!r:.40}")
    if not 0 <= seconds < math.inf:
        raise Damaged(f"the seconds are {seconds!r:.40}")
    if type(votes) is not int or votes < 1:
        whole(votes, "the votes", 1)
    return Answer(a[0], sid, a[1], a[2], a[3], a[4], grades(a[5]), a[6], float(seconds),
                  stored_time(a[8], "the time"), votes)


def decode_answer(sid: str, row: tuple, warn: Warn) -> Answer | None:
    """The answer a stored row holds, or None (with a warning naming it) when the row is damaged."""
    try:
        return _answer(sid, row)
    except Damaged as err:
        warn(f"session {sid}: answer {row[0]} is damaged ({err}) and was left out")
        return None


def decode_answers(sid: str, rows: Iterable[tuple], warn: Warn) -> tuple[Answer, ...]:
    return tuple(a for a in (decode_answer(sid, row, warn) for row in rows) if a is not None)


def playlist(stored: Any) -> tuple[str, ...]:
    try:
        items = json.loads(text(stored, "the playlist"))
    except ValueError as err:
        raise Damaged(f"the playlist is {stored!r:.40}, not JSON") from err
    if not isinstance(items, list):
        raise Damaged("the playlist is not a list")
    return tuple(text(item, "a playlist entry") for item in items)


def _session_row(conn: sqlite3.Connection, sid: str) -> SessionData | None:
    """A session's own row, without participants or answers (None when there is none; Damaged when it is)."""
    row = conn.execute("SELECT uuid, class_name, mode, band, language, playlist, started_at, ended_at "
                       "FROM session WHERE uuid = ?", (sid,)).fetchone()
    if row is None:
        return None
    if row[2] not in MODES:
        raise Damaged(f"the mode is {row[2]!r:.40}")
    return SessionData(uuid=row[0], class_name=text(row[1], "the class"), mode=row[2], band=text(row[3], "the band"),
                       language=text(row[4], "the language"), playlist=playlist(row[5]),
                       started_at=stored_time(row[6], "the start"),
                       ended_at=stored_time(row[7], "the end", nullable=True))


def read_session_rows(conn: sqlite3.Connection, sid: str, warn: Warn,
                      with_profiles: bool = True) -> tuple[SessionData, list[tuple]] | None:
    """One session without its answers, and their stored rows (see read_session; the rows are not checked yet)."""
    session = _session_row(conn, sid)
    if session is None:
        return None
    people = participants_of(sid, people_rows(conn, sid, with_profiles), warn)
    return replace(session, participants=people), answer_rows(conn, sid)


def read_session_stored(conn: sqlite3.Connection, sid: str) -> tuple[SessionData, PeopleRows, list[tuple]] | None:
    """One session without participants or answers, and the stored rows of both (none of them checked yet)."""
    session = _session_row(conn, sid)
    return None if session is None else (session, people_rows(conn, sid), answer_rows(conn, sid))


def read_session(conn: sqlite3.Connection, sid: str, warn: Warn) -> SessionData | None:
    """One session (None when there is none; Damaged when its own row is); damaged parts go to `warn`."""
    found = read_session_rows(conn, sid, warn)
    return None if found is None else replace(found[0], answers=decode_answers(sid, found[1], warn))


def session_ids(conn: sqlite3.Connection) -> list[str]:
    """Every session id, oldest first (a few bytes each: 36 kB for a school's year of 1,000 lessons)."""
    return [row[0] for row in conn.execute(f"SELECT uuid FROM session {EXPORT_ORDER}")]


def _each(ids: Iterable[str], read: Callable[[str], T | None], warn: Warn) -> Iterator[T]:
    """What `read` finds of each session in turn; a damaged or deleted one becomes a warning and is left out."""
    for sid in ids:
        try:
            found = read(sid)
        except Damaged as err:
            warn(f"session {sid} is damaged ({err}) and was left out; "
                 f"'play-for-integrity results delete --session {sid}' removes it")
            continue
        if found is not None:
            yield found


def iter_sessions(conn: sqlite3.Connection, ids: Iterable[str], warn: Warn) -> Iterator[SessionData]:
    """The sessions `ids` one at a time; a damaged or deleted one becomes a warning and is left out."""
    return _each(ids, lambda sid: read_session(conn, sid, warn), warn)


def iter_session_rows(conn: sqlite3.Connection, ids: Iterable[str], warn: Warn,
                      with_profiles: bool = True) -> Iterator[tuple[SessionData, list[tuple]]]:
    """The same, each session without its answers and with their stored rows (see read_session_rows)."""
    return _each(ids, lambda sid: read_session_rows(conn, sid, warn, with_profiles), warn)


def iter_session_stored(conn: sqlite3.Connection, ids: Iterable[str],
                        warn: Warn) -> Iterator[tuple[SessionData, PeopleRows, list[tuple]]]:
    """The same, with the participants as stored rows too (see read_session_stored)."""
    return _each(ids, lambda sid: read_session_stored(conn, sid), warn)
