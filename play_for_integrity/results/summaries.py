"""The session list read a page (or a row) at a time, with its counts from SQL: nothing more is loaded than shown."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator

from play_for_integrity.results.records import MODES, SessionSummary
from play_for_integrity.results.session_reader import Damaged, Warn, stored_time, text

NEWEST_FIRST = "ORDER BY s.started_at DESC, s.rowid DESC"
_COLUMNS = "s.uuid, s.class_name, s.mode, s.band, s.language, s.started_at, s.ended_at"
_COUNTED = f"""
    SELECT {_COLUMNS},
           (SELECT count(*) FROM participant p WHERE p.session_uuid = s.uuid),
           (SELECT count(*) FROM answer a WHERE a.session_uuid = s.uuid)
    FROM session s
"""


def _summary(row: tuple) -> SessionSummary:
    if row[2] not in MODES:
        raise Damaged(f"the mode is {row[2]!r:.40}")
    return SessionSummary(uuid=row[0], class_name=text(row[1], "the class"), mode=row[2],
                          band=text(row[3], "the band"), language=text(row[4], "the language"),
                          started_at=stored_time(row[5], "the start"),
                          ended_at=stored_time(row[6], "the end", nullable=True),
                          participants=row[7], answers=row[8])


def _damaged_session(sid: object, err: Exception) -> str:
    return (f"session {sid} is damaged ({err}) and was left out; "
            f"'play-for-integrity results delete --session {sid}' removes it")


def _readable(rows: Iterator[tuple], warn: Warn) -> Iterator[SessionSummary]:
    for row in rows:
        try:
            yield _summary(row)
        except Damaged as err:
            warn(_damaged_session(row[0], err))


def count_sessions(conn: sqlite3.Connection) -> int:
    """How many sessions the store holds (a damaged one included: it still takes a place until deleted)."""
    return int(conn.execute("SELECT count(*) FROM session").fetchone()[0])


def summaries_page(conn: sqlite3.Connection, warn: Warn, limit: int, offset: int = 0) -> list[SessionSummary]:
    """Sessions `offset`.. `offset + limit - 1`, newest first; counts are computed for those rows only."""
    rows = conn.execute(f"{_COUNTED} JOIN (SELECT rowid AS id FROM session s {NEWEST_FIRST} LIMIT ? OFFSET ?) page "
                        f"ON page.id = s.rowid {NEWEST_FIRST}", (max(0, limit), max(0, offset)))
    return list(_readable(rows, warn))


def iter_summaries(conn: sqlite3.Connection, warn: Warn) -> Iterator[SessionSummary]:
    """Every readable session, newest first, one row at a time; the answers are counted in one pass."""
    answers = dict(conn.execute("SELECT session_uuid, count(*) FROM answer GROUP BY session_uuid").fetchall())
    people = dict(conn.execute("SELECT session_uuid, count(*) FROM participant GROUP BY session_uuid").fetchall())
    rows = ((*row, people.get(row[0], 0), answers.get(row[0], 0))
            for row in conn.execute(f"SELECT {_COLUMNS} FROM session s {NEWEST_FIRST}"))
    return _readable(rows, warn)


def read_summary(conn: sqlite3.Connection, sid: str) -> SessionSummary | None:
    """One session's line; Damaged when its row cannot be read."""
    row = conn.execute(_COUNTED + " WHERE s.uuid = ?", (sid,)).fetchone()
    return _summary(row) if row else None


def session_ids_starting(conn: sqlite3.Connection, prefix: str) -> list[str]:
    """Session uuids that start with `prefix` (so a teacher may type the short id shown by `results list`)."""
    escaped = prefix.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    rows = conn.execute("SELECT uuid FROM session WHERE uuid LIKE ? ESCAPE '\\' ORDER BY uuid",
                        (escaped + "%",)).fetchall()
    return [row[0] for row in rows]
