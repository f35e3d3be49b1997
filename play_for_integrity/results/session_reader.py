"""Read sessions, participants, answers and profiles out of the database into dataclasses."""

from __future__ import annotations

import json
import sqlite3

from play_for_integrity.results.records import Answer, Participant, SessionData, SessionSummary, from_iso

_SUMMARY_SQL = """
    SELECT s.uuid, s.class_name, s.mode, s.band, s.language, s.started_at, s.ended_at,
           (SELECT count(*) FROM participant p WHERE p.session_uuid = s.uuid),
           (SELECT count(*) FROM answer a WHERE a.session_uuid = s.uuid)
    FROM session s
"""


def _maybe_time(text: str | None):
    return from_iso(text) if text else None


def _summary(row: tuple) -> SessionSummary:
    return SessionSummary(uuid=row[0], class_name=row[1], mode=row[2], band=row[3], language=row[4],
                          started_at=from_iso(row[5]), ended_at=_maybe_time(row[6]),
                          participants=row[7], answers=row[8])


def list_sessions(conn: sqlite3.Connection) -> list[SessionSummary]:
    """All sessions, newest first."""
    rows = conn.execute(_SUMMARY_SQL + " ORDER BY s.started_at DESC, s.rowid DESC").fetchall()
    return [_summary(row) for row in rows]


def read_summary(conn: sqlite3.Connection, sid: str) -> SessionSummary | None:
    row = conn.execute(_SUMMARY_SQL + " WHERE s.uuid = ?", (sid,)).fetchone()
    return _summary(row) if row else None


def session_ids_starting(conn: sqlite3.Connection, prefix: str) -> list[str]:
    """Session uuids that start with `prefix` (so a teacher may type the short id shown by `results list`)."""
    escaped = prefix.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    rows = conn.execute("SELECT uuid FROM session WHERE uuid LIKE ? ESCAPE '\\' ORDER BY uuid",
                        (escaped + "%",)).fetchall()
    return [row[0] for row in rows]


def _profiles(conn: sqlite3.Connection, sid: str) -> dict[str, dict[str, int]]:
    profiles: dict[str, dict[str, int]] = {}
    rows = conn.execute(
        "SELECT pr.participant_uuid, pr.value_id, pr.total FROM profile pr "
        "JOIN participant p ON p.uuid = pr.participant_uuid WHERE p.session_uuid = ? ORDER BY pr.rowid", (sid,))
    for pid, value_id, total in rows:
        profiles.setdefault(pid, {})[value_id] = total
    return profiles


def read_session(conn: sqlite3.Connection, sid: str) -> SessionData | None:
    """Everything about one session, or None when there is no such session."""
    row = conn.execute("SELECT uuid, class_name, mode, band, language, playlist, started_at, ended_at "
                       "FROM session WHERE uuid = ?", (sid,)).fetchone()
    if row is None:
        return None
    profiles = _profiles(conn, sid)
    participants = tuple(
        Participant(uuid=p_uuid, session_uuid=sid, nickname=nickname, finished_at=_maybe_time(finished),
                    profile=profiles.get(p_uuid, {}))
        for p_uuid, nickname, finished in conn.execute(
            "SELECT uuid, nickname, finished_at FROM participant WHERE session_uuid = ? ORDER BY rowid", (sid,)))
    answers = tuple(
        Answer(uuid=a[0], session_uuid=sid, participant_uuid=a[1], scenario_id=a[2], node_id=a[3],
               choice_id=a[4], effects=json.loads(a[5]), board=a[6], seconds=a[7],
               answered_at=from_iso(a[8]), votes=a[9])
        for a in conn.execute(
            "SELECT uuid, participant_uuid, scenario_id, node_id, choice_id, effects, board, seconds, "
            "answered_at, votes FROM answer WHERE session_uuid = ? ORDER BY answered_at, rowid", (sid,)))
    return SessionData(uuid=row[0], class_name=row[1], mode=row[2], band=row[3], language=row[4],
                       playlist=tuple(json.loads(row[5])), started_at=from_iso(row[6]),
                       ended_at=_maybe_time(row[7]), participants=participants, answers=answers)
