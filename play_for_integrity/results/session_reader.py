"""Read sessions, participants, answers and profiles out of the database into records, one session at a time.

A row edited by hand or damaged (text where a number belongs, effects that are not JSON, a time SQLite cannot
place) is left out with a warning naming its session, so the rest can still be listed and exported.
"""

from __future__ import annotations

import json
import math
import sqlite3
from collections.abc import Callable, Iterable, Iterator, Mapping
from datetime import datetime
from functools import lru_cache
from types import MappingProxyType
from typing import Any

from play_for_integrity.content.model import BOARD_MOVES
from play_for_integrity.results.records import MODES, Answer, Participant, SessionData, bounded, from_iso

Warn = Callable[[str], None]
EXPORT_ORDER = "ORDER BY started_at, rowid"  # oldest first, as exports and merges list sessions


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


def _profiles(conn: sqlite3.Connection, sid: str, warn: Warn) -> dict[str, dict[str, int]]:
    profiles: dict[str, dict[str, int]] = {}
    rows = conn.execute(
        "SELECT pr.participant_uuid, pr.value_id, pr.total FROM profile pr "
        "JOIN participant p ON p.uuid = pr.participant_uuid WHERE p.session_uuid = ? ORDER BY pr.rowid", (sid,))
    for pid, value_id, total in rows:
        try:
            profiles.setdefault(pid, {})[text(value_id, "a value id")] = whole(total, "a profile total")
        except Damaged as err:
            warn(f"session {sid}: a profile total of participant {pid} is damaged ({err}) and was left out")
    return profiles


def _participants(conn: sqlite3.Connection, sid: str, warn: Warn) -> tuple[Participant, ...]:
    profiles = _profiles(conn, sid, warn)
    found = []
    for pid, nickname, finished in conn.execute(
            "SELECT uuid, nickname, finished_at FROM participant WHERE session_uuid = ? ORDER BY rowid", (sid,)):
        try:
            found.append(Participant(uuid=text(pid, "the id"), session_uuid=sid, nickname=text(nickname, "the name"),
                                     finished_at=stored_time(finished, "the finish", nullable=True),
                                     profile=profiles.get(pid, {})))
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


def _answer(sid: str, a: tuple) -> Answer:
    """One answer row, checked field by field (the hot path of an export: the common case is tested inline)."""
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


def _answers(conn: sqlite3.Connection, sid: str, warn: Warn) -> tuple[Answer, ...]:
    found = []
    for a in _fetch(conn, "SELECT uuid, participant_uuid, scenario_id, node_id, choice_id, effects, board, seconds, "
                          "answered_at, votes FROM answer WHERE session_uuid = ? ORDER BY answered_at, seq, rowid",
                    (sid,)):
        try:
            found.append(_answer(sid, a))
        except Damaged as err:
            warn(f"session {sid}: answer {a[0]} is damaged ({err}) and was left out")
    return tuple(found)


def playlist(stored: Any) -> tuple[str, ...]:
    try:
        items = json.loads(text(stored, "the playlist"))
    except ValueError as err:
        raise Damaged(f"the playlist is {stored!r:.40}, not JSON") from err
    if not isinstance(items, list):
        raise Damaged("the playlist is not a list")
    return tuple(text(item, "a playlist entry") for item in items)


def read_session(conn: sqlite3.Connection, sid: str, warn: Warn) -> SessionData | None:
    """One session (None when there is none; Damaged when its own row is); damaged parts go to `warn`."""
    row = conn.execute("SELECT uuid, class_name, mode, band, language, playlist, started_at, ended_at "
                       "FROM session WHERE uuid = ?", (sid,)).fetchone()
    if row is None:
        return None
    if row[2] not in MODES:
        raise Damaged(f"the mode is {row[2]!r:.40}")
    return SessionData(uuid=row[0], class_name=text(row[1], "the class"), mode=row[2], band=text(row[3], "the band"),
                       language=text(row[4], "the language"), playlist=playlist(row[5]),
                       started_at=stored_time(row[6], "the start"),
                       ended_at=stored_time(row[7], "the end", nullable=True),
                       participants=_participants(conn, sid, warn), answers=_answers(conn, sid, warn))


def session_ids(conn: sqlite3.Connection) -> list[str]:
    """Every session id, oldest first (a few bytes each: 36 kB for a school's year of 1,000 lessons)."""
    return [row[0] for row in conn.execute(f"SELECT uuid FROM session {EXPORT_ORDER}")]


def iter_sessions(conn: sqlite3.Connection, ids: Iterable[str], warn: Warn) -> Iterator[SessionData]:
    """The sessions `ids` one at a time; a damaged or deleted one becomes a warning and is left out."""
    for sid in ids:
        try:
            data = read_session(conn, sid, warn)
        except Damaged as err:
            warn(f"session {sid} is damaged ({err}) and was left out; "
                 f"'play-for-integrity results delete --session {sid}' removes it")
            continue
        if data is not None:
            yield data
