"""Each change the game makes to the class results as a plain operation: checked when built, applied in order.

An operation is a JSON-ready dict carrying its own ids and times, so one the store could not write (it was locked,
the disk was full) can wait in the journal and be applied later exactly as it would have been applied at once.
Applying is idempotent for everything but `withdraw`, which the journal's marker keeps from running twice.
"""

from __future__ import annotations

import json
import math
import sqlite3
import uuid
from collections.abc import Mapping, Sequence
from datetime import datetime
from typing import Any

from play_for_integrity.content.model import BOARD_MOVES, EFFECT_MAX, EFFECT_MIN
from play_for_integrity.results.records import MODES, SECONDS_MAX, TOTAL_LIMIT, VOTES_MAX, to_iso, utc_now
from play_for_integrity.results.text_rules import clean_name

Op = dict[str, Any]
NAME_MAX = 40


def checked_name(text: str, what: str) -> str:
    """A class, team or pupil name without control characters (they could hide a formula in an export)."""
    if not isinstance(text, str):
        raise ValueError(f"the {what} must be text")
    text = clean_name(text)
    if not text:
        raise ValueError(f"the {what} must not be empty")
    if len(text) > NAME_MAX:
        raise ValueError(f"the {what} {text!r} is longer than {NAME_MAX} characters")
    return text


def _whole(value: Any, what: str, low: int, high: int) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
        raise ValueError(f"{what} must be a whole number from {low} to {high}, not {value!r:.40}")
    return value


def _effects(effects: Mapping[str, int]) -> dict[str, int]:
    checked = {}
    for value_id, grade in effects.items():
        if not isinstance(value_id, str) or isinstance(grade, bool) or not isinstance(grade, int):
            raise ValueError(f"effects must map value ids to whole numbers, not {value_id!r}: {grade!r}")
        if not EFFECT_MIN <= grade <= EFFECT_MAX:
            raise ValueError(f"the effect on {value_id!r} is {grade}, outside {EFFECT_MIN}..{EFFECT_MAX}")
        checked[value_id] = grade
    return checked


def _when(moment: datetime | None) -> str:
    return to_iso(moment or utc_now())


# -- building (every check that needs no database) ---------------------------------------------------------------

def start_session(class_name: str, mode: str, band: str, language: str, playlist: Sequence[str],
                  started_at: datetime | None = None) -> Op:
    if mode not in MODES:
        raise ValueError(f"unknown mode {mode!r}; expected one of {', '.join(MODES)}")
    return {"op": "start_session", "uuid": str(uuid.uuid4()), "started_at": _when(started_at),
            "class_name": checked_name(class_name, "class name"), "mode": mode, "band": str(band),
            "language": str(language), "playlist": [str(s) for s in playlist]}


def add_participant(sid: str, nickname: str) -> Op:
    return {"op": "add_participant", "uuid": str(uuid.uuid4()), "session": sid,
            "nickname": checked_name(nickname, "nickname")}


def answer(sid: str, pid: str, scenario_id: str, node_id: str, choice_id: str, effects: Mapping[str, int],
           board: str, seconds: float, votes: int = 1, answered_at: datetime | None = None) -> Op:
    if board not in BOARD_MOVES:
        raise ValueError(f"unknown board move {board!r}; expected one of {', '.join(BOARD_MOVES)}")
    _whole(votes, "votes", 1, VOTES_MAX)
    seconds = float(seconds)
    if not math.isfinite(seconds) or not 0 <= seconds <= SECONDS_MAX:
        raise ValueError(f"seconds must be a finite number from 0 to {SECONDS_MAX:.0f}, not {seconds!r}")
    return {"op": "answer", "uuid": str(uuid.uuid4()), "session": sid, "participant": pid,
            "scenario": str(scenario_id), "node": str(node_id), "choice": str(choice_id),
            "effects": _effects(effects), "board": board, "seconds": seconds, "votes": votes,
            "answered_at": _when(answered_at)}


def withdraw(pid: str, keep: int) -> Op:
    return {"op": "withdraw", "participant": pid, "keep": max(0, int(keep))}


def finish(pid: str, profile: Mapping[str, int], finished_at: datetime | None = None) -> Op:
    totals = {str(value_id): _whole(total, f"the profile total for {value_id!r}", -TOTAL_LIMIT, TOTAL_LIMIT)
              for value_id, total in profile.items()}
    return {"op": "finish", "participant": pid, "profile": totals, "finished_at": _when(finished_at)}


def end_session(sid: str, ended_at: datetime | None = None) -> Op:
    return {"op": "end_session", "session": sid, "ended_at": _when(ended_at)}


# -- applying (inside the caller's transaction; ValueError when the data it refers to is not there) -------------

def _apply_start(conn: sqlite3.Connection, op: Op) -> int:
    return conn.execute(
        "INSERT INTO session (uuid, started_at, class_name, mode, band, language, playlist) "
        "VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT(uuid) DO NOTHING",
        (op["uuid"], op["started_at"], op["class_name"], op["mode"], op["band"], op["language"],
         json.dumps(op["playlist"], ensure_ascii=False))).rowcount


def _apply_participant(conn: sqlite3.Connection, op: Op) -> int:
    if conn.execute("SELECT 1 FROM session WHERE uuid = ?", (op["session"],)).fetchone() is None:
        raise ValueError(f"there is no session {op['session']}")
    return conn.execute("INSERT INTO participant (uuid, session_uuid, nickname) VALUES (?, ?, ?) "
                        "ON CONFLICT(uuid) DO NOTHING", (op["uuid"], op["session"], op["nickname"])).rowcount


def _apply_answer(conn: sqlite3.Connection, op: Op) -> int:
    owner = conn.execute("SELECT session_uuid FROM participant WHERE uuid = ?", (op["participant"],)).fetchone()
    if owner is None or owner[0] != op["session"]:
        raise ValueError(f"participant {op['participant']} is not part of session {op['session']}")
    return conn.execute(
        "INSERT INTO answer (uuid, session_uuid, participant_uuid, scenario_id, node_id, choice_id, effects, board, "
        "seconds, answered_at, votes, seq) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
        "(SELECT coalesce(max(seq), 0) + 1 FROM answer WHERE participant_uuid = ?)) ON CONFLICT(uuid) DO NOTHING",
        (op["uuid"], op["session"], op["participant"], op["scenario"], op["node"], op["choice"],
         json.dumps(op["effects"], ensure_ascii=False), op["board"], op["seconds"], op["answered_at"], op["votes"],
         op["participant"])).rowcount


def _apply_withdraw(conn: sqlite3.Connection, op: Op) -> int:
    """Delete the answers after the first `keep` in the order they were recorded, whatever the clock said."""
    rows = conn.execute("SELECT uuid FROM answer WHERE participant_uuid = ? ORDER BY seq, rowid",
                        (op["participant"],)).fetchall()
    extra = [(row[0],) for row in rows[op["keep"]:]]
    conn.executemany("DELETE FROM answer WHERE uuid = ?", extra)
    return len(extra)


def _apply_finish(conn: sqlite3.Connection, op: Op) -> int:
    pid = op["participant"]
    if not conn.execute("UPDATE participant SET finished_at = ? WHERE uuid = ?", (op["finished_at"], pid)).rowcount:
        raise ValueError(f"there is no participant {pid}")
    conn.execute("DELETE FROM profile WHERE participant_uuid = ?", (pid,))
    conn.executemany("INSERT INTO profile (participant_uuid, value_id, total) VALUES (?, ?, ?)",
                     [(pid, value_id, total) for value_id, total in op["profile"].items()])
    return 1


def _apply_end(conn: sqlite3.Connection, op: Op) -> int:
    if not conn.execute("UPDATE session SET ended_at = ? WHERE uuid = ?", (op["ended_at"], op["session"])).rowcount:
        raise ValueError(f"there is no session {op['session']}")
    return 1


APPLY = {"start_session": _apply_start, "add_participant": _apply_participant, "answer": _apply_answer,
         "withdraw": _apply_withdraw, "finish": _apply_finish, "end_session": _apply_end}


def apply(conn: sqlite3.Connection, op: Op) -> int:
    """Carry out one operation on `conn` (in the caller's transaction); returns how many rows it changed."""
    try:
        action = APPLY[op["op"]]
    except (KeyError, TypeError) as err:
        raise ValueError(f"unknown operation {op!r:.80}") from err
    try:
        return action(conn, op)
    except (KeyError, TypeError) as err:  # a journal line edited by hand
        raise ValueError(f"incomplete operation {op!r:.80}") from err
