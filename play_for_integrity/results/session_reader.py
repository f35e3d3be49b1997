"""Read sessions, participants, answers and profiles out of the database into dataclasses.

A row edited by hand or damaged (text where a number belongs, effects that are not JSON, a time SQLite cannot
place) is left out with a warning naming its session, so the rest can still be listed and exported.
"""

from __future__ import annotations

import json
import math
import sqlite3
from collections.abc import Callable
from datetime import datetime
from typing import Any

from play_for_integrity.content.model import BOARD_MOVES
from play_for_integrity.results.records import (MODES, Answer, Participant, SessionData, SessionSummary, bounded,
                                                from_iso)

Warn = Callable[[str], None]

_SUMMARY_SQL = """
    SELECT s.uuid, s.class_name, s.mode, s.band, s.language, s.started_at, s.ended_at,
           (SELECT count(*) FROM participant p WHERE p.session_uuid = s.uuid),
           (SELECT count(*) FROM answer a WHERE a.session_uuid = s.uuid)
    FROM session s
"""


class Damaged(ValueError):
    """A stored row that cannot be read as what it should be."""


def _text(value: Any, what: str) -> str:
    if not isinstance(value, str):
        raise Damaged(f"{what} is {value!r:.40}, not text")
    return value


def _time(value: Any, what: str, nullable: bool = False) -> datetime | None:
    if value is None and nullable:
        return None
    try:
        return bounded(from_iso(_text(value, what)))
    except ValueError as err:
        raise Damaged(f"{what} is {value!r:.40}, not a time") from err


def _whole(value: Any, what: str, low: float = -math.inf) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or value < low:
        raise Damaged(f"{what} is {value!r:.40}, not a whole number")
    return value


def _grades(text: Any) -> dict[str, int]:
    try:
        grades = json.loads(_text(text, "effects"))
    except ValueError as err:
        raise Damaged(f"effects are {text!r:.40}, not JSON") from err
    if not isinstance(grades, dict):
        raise Damaged(f"effects are {text!r:.40}, not value: grade pairs")
    return {_text(k, "a value id"): _whole(v, f"the grade of {k!r:.20}") for k, v in grades.items()}


def _summary(row: tuple) -> SessionSummary:
    if row[2] not in MODES:
        raise Damaged(f"the mode is {row[2]!r:.40}")
    return SessionSummary(uuid=row[0], class_name=_text(row[1], "the class"), mode=row[2],
                          band=_text(row[3], "the band"), language=_text(row[4], "the language"),
                          started_at=_time(row[5], "the start"), ended_at=_time(row[6], "the end", nullable=True),
                          participants=row[7], answers=row[8])


def _damaged_session(sid: Any, err: Exception) -> str:
    return (f"session {sid} is damaged ({err}) and was left out; "
            f"'play-for-integrity results delete --session {sid}' removes it")


def list_sessions(conn: sqlite3.Connection, warn: Warn) -> list[SessionSummary]:
    """All readable sessions, newest first; a damaged one is reported through `warn` and left out."""
    found = []
    for row in conn.execute(_SUMMARY_SQL + " ORDER BY s.started_at DESC, s.rowid DESC"):
        try:
            found.append(_summary(row))
        except Damaged as err:
            warn(_damaged_session(row[0], err))
    return found


def read_summary(conn: sqlite3.Connection, sid: str) -> SessionSummary | None:
    """One session's line; Damaged when its row cannot be read."""
    row = conn.execute(_SUMMARY_SQL + " WHERE s.uuid = ?", (sid,)).fetchone()
    return _summary(row) if row else None


def session_ids_starting(conn: sqlite3.Connection, prefix: str) -> list[str]:
    """Session uuids that start with `prefix` (so a teacher may type the short id shown by `results list`)."""
    escaped = prefix.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    rows = conn.execute("SELECT uuid FROM session WHERE uuid LIKE ? ESCAPE '\\' ORDER BY uuid",
                        (escaped + "%",)).fetchall()
    return [row[0] for row in rows]


def _profiles(conn: sqlite3.Connection, sid: str, warn: Warn) -> dict[str, dict[str, int]]:
    profiles: dict[str, dict[str, int]] = {}
    rows = conn.execute(
        "SELECT pr.participant_uuid, pr.value_id, pr.total FROM profile pr "
        "JOIN participant p ON p.uuid = pr.participant_uuid WHERE p.session_uuid = ? ORDER BY pr.rowid", (sid,))
    for pid, value_id, total in rows:
        try:
            profiles.setdefault(pid, {})[_text(value_id, "a value id")] = _whole(total, "a profile total")
        except Damaged as err:
            warn(f"session {sid}: a profile total of participant {pid} is damaged ({err}) and was left out")
    return profiles


def _participants(conn: sqlite3.Connection, sid: str, warn: Warn) -> tuple[Participant, ...]:
    profiles = _profiles(conn, sid, warn)
    found = []
    for pid, nickname, finished in conn.execute(
            "SELECT uuid, nickname, finished_at FROM participant WHERE session_uuid = ? ORDER BY rowid", (sid,)):
        try:
            found.append(Participant(uuid=_text(pid, "the id"), session_uuid=sid, nickname=_text(nickname, "the name"),
                                     finished_at=_time(finished, "the finish", nullable=True),
                                     profile=profiles.get(pid, {})))
        except Damaged as err:
            warn(f"session {sid}: participant {pid} is damaged ({err}) and was left out")
    return tuple(found)


def _answer(sid: str, a: tuple) -> Answer:
    if a[6] not in BOARD_MOVES:
        raise Damaged(f"the board move is {a[6]!r:.40}")
    seconds = a[7]
    if isinstance(seconds, bool) or not isinstance(seconds, (int, float)) or not 0 <= seconds < math.inf:
        raise Damaged(f"the seconds are {seconds!r:.40}")
    return Answer(uuid=_text(a[0], "the id"), session_uuid=sid, participant_uuid=_text(a[1], "the participant"),
                  scenario_id=_text(a[2], "the scenario"), node_id=_text(a[3], "the story step"),
                  choice_id=_text(a[4], "the choice"), effects=_grades(a[5]), board=a[6], seconds=float(seconds),
                  answered_at=_time(a[8], "the time"), votes=_whole(a[9], "the votes", 1))


def _answers(conn: sqlite3.Connection, sid: str, warn: Warn) -> tuple[Answer, ...]:
    found = []
    for a in conn.execute("SELECT uuid, participant_uuid, scenario_id, node_id, choice_id, effects, board, seconds, "
                          "answered_at, votes FROM answer WHERE session_uuid = ? ORDER BY answered_at, seq, rowid",
                          (sid,)):
        try:
            found.append(_answer(sid, a))
        except Damaged as err:
            warn(f"session {sid}: answer {a[0]} is damaged ({err}) and was left out")
    return tuple(found)


def _playlist(text: Any) -> tuple[str, ...]:
    try:
        items = json.loads(_text(text, "the playlist"))
    except ValueError as err:
        raise Damaged(f"the playlist is {text!r:.40}, not JSON") from err
    if not isinstance(items, list):
        raise Damaged("the playlist is not a list")
    return tuple(_text(item, "a playlist entry") for item in items)


def read_session(conn: sqlite3.Connection, sid: str, warn: Warn) -> SessionData | None:
    """One session (None when there is none; Damaged when its own row is); damaged parts go to `warn`."""
    row = conn.execute("SELECT uuid, class_name, mode, band, language, playlist, started_at, ended_at "
                       "FROM session WHERE uuid = ?", (sid,)).fetchone()
    if row is None:
        return None
    if row[2] not in MODES:
        raise Damaged(f"the mode is {row[2]!r:.40}")
    return SessionData(uuid=row[0], class_name=_text(row[1], "the class"), mode=row[2], band=_text(row[3], "the band"),
                       language=_text(row[4], "the language"), playlist=_playlist(row[5]),
                       started_at=_time(row[6], "the start"), ended_at=_time(row[7], "the end", nullable=True),
                       participants=_participants(conn, sid, warn), answers=_answers(conn, sid, warn))
