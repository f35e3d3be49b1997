"""The class results database: one SQLite file in the user data folder, every confirmed answer committed at once."""

from __future__ import annotations

import json
import math
import os
import sqlite3
import tempfile
import uuid
from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager
from datetime import datetime
from pathlib import Path

from play_for_integrity.content.model import BOARD_MOVES, EFFECT_MAX, EFFECT_MIN
from play_for_integrity.results import pin as pin_hash
from play_for_integrity.results.atomic_file import output_path, replacing
from play_for_integrity.results.db_health import StoreOpenReport, move_aside, problem_with
from play_for_integrity.results.disk_kind import choose_journal_mode
from play_for_integrity.results.errors import ResultsError
from play_for_integrity.results.records import MODES, SessionData, SessionSummary, to_iso, utc_now
from play_for_integrity.results.schema import migrate
from play_for_integrity.results.session_reader import (list_sessions, read_session, read_summary,
                                                       session_ids_starting)
from play_for_integrity.user_data import user_data_dir

__all__ = ["DB_NAME", "ResultsStore", "StoreOpenReport"]

DB_NAME = "results.sqlite3"
NAME_MAX = 40
PIN_KEY = "teacher_pin"
FIX_HINT = ("choose a folder you may write to with --data-dir PATH or the PLAY_FOR_INTEGRITY_DATA "
            "environment variable, or ask the school's IT support to give you write access")


def _check_writable(folder: Path) -> None:
    """Fail with a message naming the folder and the fix, before SQLite fails with a vaguer one."""
    if folder.exists() and not folder.is_dir():
        raise ResultsError(f"the results folder {folder} is a file, not a folder: {FIX_HINT}")
    try:
        folder.mkdir(parents=True, exist_ok=True)
        with tempfile.TemporaryFile(dir=folder, prefix=".write-test-"):
            pass
    except OSError as err:
        raise ResultsError(f"the results folder {folder} is not writable ({err.strerror or err}): {FIX_HINT}") from err


def _name(text: str, what: str) -> str:
    if not isinstance(text, str) or not text.strip():
        raise ValueError(f"the {what} must not be empty")
    text = text.strip()
    if len(text) > NAME_MAX:
        raise ValueError(f"the {what} {text!r} is longer than {NAME_MAX} characters")
    return text


def _check_effects(effects: Mapping[str, int]) -> dict[str, int]:
    checked = {}
    for value_id, grade in effects.items():
        if not isinstance(value_id, str) or isinstance(grade, bool) or not isinstance(grade, int):
            raise ValueError(f"effects must map value ids to whole numbers, not {value_id!r}: {grade!r}")
        if not EFFECT_MIN <= grade <= EFFECT_MAX:
            raise ValueError(f"the effect on {value_id!r} is {grade}, outside {EFFECT_MIN}..{EFFECT_MAX}")
        checked[value_id] = grade
    return checked


class ResultsStore:
    """Sessions, participants, answers and profiles of the classes played on this computer."""

    def __init__(self, conn: sqlite3.Connection, path: Path, journal_mode: str,
                 open_report: StoreOpenReport | None = None) -> None:
        self._conn = conn
        self.path = path
        self.journal_mode = journal_mode
        self.open_report = open_report
        self._in_batch = False

    # -- opening ---------------------------------------------------------------------------------------------

    @classmethod
    def open(cls, data_dir: str | os.PathLike[str] | None = None) -> ResultsStore:
        """Open (creating if needed) the store in the user data folder; an unusable database is moved aside."""
        folder = user_data_dir(data_dir)
        _check_writable(folder)
        path = folder / DB_NAME
        report = None
        reason = problem_with(path)
        if reason is not None:
            report = move_aside(path, reason)
        try:
            conn = sqlite3.connect(str(path), isolation_level=None, timeout=10)
        except sqlite3.Error as err:
            raise ResultsError(f"cannot open the results database {path}: {err}") from err
        try:
            mode = conn.execute(f"PRAGMA journal_mode = {choose_journal_mode(folder)}").fetchone()[0].upper()
            conn.execute("PRAGMA synchronous = FULL")  # a confirmed answer survives a power cut too
            conn.execute("PRAGMA foreign_keys = ON")
            migrate(conn)
        except sqlite3.OperationalError as err:
            conn.close()
            if "readonly" in str(err).replace(" ", "").lower():
                raise ResultsError(f"the results database {path} is read-only: {FIX_HINT}") from err
            raise ResultsError(f"cannot prepare the results database {path}: {err}") from err
        except BaseException:
            conn.close()
            raise
        return cls(conn, path, mode, report)

    def close(self) -> None:
        self._conn.close()

    def __enter__(self) -> ResultsStore:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @property
    def connection(self) -> sqlite3.Connection:
        """The raw connection, for the results package's own modules (merge); the game should not need it."""
        return self._conn

    @contextmanager
    def batch(self) -> Iterator[None]:
        """Group writes into one transaction (demo data, merging); outside a batch each write commits alone."""
        if self._in_batch:
            yield
            return
        self._conn.execute("BEGIN IMMEDIATE")
        self._in_batch = True
        try:
            yield
        except BaseException:
            self._conn.execute("ROLLBACK")
            raise
        else:
            self._conn.execute("COMMIT")
        finally:
            self._in_batch = False

    # -- recording -------------------------------------------------------------------------------------------

    def start_session(self, class_name: str, mode: str, band: str, language: str, playlist: Sequence[str],
                      *, started_at: datetime | None = None) -> str:
        if mode not in MODES:
            raise ValueError(f"unknown mode {mode!r}; expected one of {', '.join(MODES)}")
        sid = str(uuid.uuid4())
        with self.batch():
            self._conn.execute(
                "INSERT INTO session (uuid, started_at, class_name, mode, band, language, playlist) "
                "VALUES (?, ?, ?, ?, ?, ?, ?)",
                (sid, to_iso(started_at or utc_now()), _name(class_name, "class name"), mode, band, language,
                 json.dumps([str(s) for s in playlist], ensure_ascii=False)))
        return sid

    def add_participant(self, sid: str, nickname: str) -> str:
        """A pupil's nickname, a team name or the class; never a full name."""
        self._session_must_exist(sid)
        pid = str(uuid.uuid4())
        with self.batch():
            self._conn.execute("INSERT INTO participant (uuid, session_uuid, nickname) VALUES (?, ?, ?)",
                               (pid, sid, _name(nickname, "nickname")))
        return pid

    def record_answer(self, sid: str, pid: str, scenario_id: str, node_id: str, choice_id: str,
                      effects: Mapping[str, int], board: str, seconds: float, votes: int = 1,
                      *, answered_at: datetime | None = None) -> str:
        """Store one confirmed answer; it is on disk when this returns."""
        if board not in BOARD_MOVES:
            raise ValueError(f"unknown board move {board!r}; expected one of {', '.join(BOARD_MOVES)}")
        if isinstance(votes, bool) or not isinstance(votes, int) or votes < 1:
            raise ValueError(f"votes must be a whole number of at least 1, not {votes!r}")
        seconds = float(seconds)
        if not math.isfinite(seconds) or seconds < 0:
            raise ValueError(f"seconds must be a finite number of at least 0, not {seconds!r}")
        checked = _check_effects(effects)
        owner = self._conn.execute("SELECT session_uuid FROM participant WHERE uuid = ?", (pid,)).fetchone()
        if owner is None or owner[0] != sid:
            raise ValueError(f"participant {pid} is not part of session {sid}")
        aid = str(uuid.uuid4())
        with self.batch():
            self._conn.execute(
                "INSERT INTO answer (uuid, session_uuid, participant_uuid, scenario_id, node_id, choice_id, "
                "effects, board, seconds, answered_at, votes) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (aid, sid, pid, scenario_id, node_id, choice_id, json.dumps(checked, ensure_ascii=False), board,
                 seconds, to_iso(answered_at or utc_now()), votes))
        return aid

    def withdraw_answers(self, pid: str, keep: int) -> int:
        """Delete a participant's answers after its first `keep` (the teacher undid them); returns how many."""
        rows = self._conn.execute("SELECT uuid FROM answer WHERE participant_uuid = ? ORDER BY answered_at, rowid",
                                  (pid,)).fetchall()
        extra = [row[0] for row in rows[max(0, keep):]]
        if extra:
            with self.batch():
                self._conn.executemany("DELETE FROM answer WHERE uuid = ?", [(aid,) for aid in extra])
        return len(extra)

    def finish_participant(self, pid: str, profile: Mapping[str, int], *, finished_at: datetime | None = None) -> None:
        """Store the final profile (value id -> total); calling it again replaces the profile."""
        totals = {}
        for value_id, total in profile.items():
            if isinstance(total, bool) or not isinstance(total, int):
                raise ValueError(f"the profile total for {value_id!r} must be a whole number, not {total!r}")
            totals[str(value_id)] = total
        with self.batch():
            changed = self._conn.execute("UPDATE participant SET finished_at = ? WHERE uuid = ?",
                                         (to_iso(finished_at or utc_now()), pid)).rowcount
            if not changed:
                raise ValueError(f"there is no participant {pid}")
            self._conn.execute("DELETE FROM profile WHERE participant_uuid = ?", (pid,))
            self._conn.executemany("INSERT INTO profile (participant_uuid, value_id, total) VALUES (?, ?, ?)",
                                   [(pid, value_id, total) for value_id, total in totals.items()])

    def end_session(self, sid: str, *, ended_at: datetime | None = None) -> None:
        with self.batch():
            changed = self._conn.execute("UPDATE session SET ended_at = ? WHERE uuid = ?",
                                         (to_iso(ended_at or utc_now()), sid)).rowcount
        if not changed:
            raise ValueError(f"there is no session {sid}")

    # -- reading ---------------------------------------------------------------------------------------------

    def sessions(self) -> list[SessionSummary]:
        """Every session, newest first."""
        return list_sessions(self._conn)

    def session(self, sid: str) -> SessionData:
        data = read_session(self._conn, sid)
        if data is None:
            raise ResultsError(f"there is no session {sid} in {self.path}")
        return data

    def session_summary(self, sid: str) -> SessionSummary:
        summary = read_summary(self._conn, sid)
        if summary is None:
            raise ResultsError(f"there is no session {sid} in {self.path}")
        return summary

    def resolve_session_id(self, text: str) -> str:
        """The full uuid of the session whose id is `text` or starts with it (at least 4 characters)."""
        text = text.strip().lower()
        matches = session_ids_starting(self._conn, text) if len(text) >= 4 else []
        if len(matches) == 1:
            return matches[0]
        if not matches:
            raise ResultsError(f"there is no session '{text}': run 'play-for-integrity results list' to see the ids")
        raise ResultsError(f"'{text}' matches {len(matches)} sessions: give more characters of the id")

    def _session_must_exist(self, sid: str) -> None:
        if self._conn.execute("SELECT 1 FROM session WHERE uuid = ?", (sid,)).fetchone() is None:
            raise ValueError(f"there is no session {sid}")

    # -- housekeeping ----------------------------------------------------------------------------------------

    def delete_session(self, sid: str) -> None:
        """Delete a session with its participants, answers and profiles."""
        with self.batch():
            if not self._conn.execute("DELETE FROM session WHERE uuid = ?", (sid,)).rowcount:
                raise ResultsError(f"there is no session {sid} in {self.path}")

    def backup(self, out_path: str | os.PathLike[str]) -> Path:
        """A consistent single-file copy made with SQLite's backup API (safe while the game keeps writing)."""
        out = output_path(out_path)
        if out.exists() and out.resolve() == self.path.resolve():
            raise ResultsError(f"{out} is the results database itself: choose another file for the backup")
        with replacing(out) as temp:
            target = sqlite3.connect(str(temp), isolation_level=None)
            try:
                self._conn.backup(target)
                target.execute("PRAGMA journal_mode = DELETE")  # one self-contained file, no -wal beside it
            finally:
                target.close()
        return out

    # -- settings and the teacher PIN ------------------------------------------------------------------------

    def get_setting(self, key: str) -> str | None:
        row = self._conn.execute("SELECT value FROM setting WHERE key = ?", (key,)).fetchone()
        return row[0] if row else None

    def set_setting(self, key: str, value: str) -> None:
        with self.batch():
            self._conn.execute("INSERT INTO setting (key, value) VALUES (?, ?) "
                               "ON CONFLICT(key) DO UPDATE SET value = excluded.value", (key, value))

    def has_pin(self) -> bool:
        return self.get_setting(PIN_KEY) is not None

    def set_pin(self, pin: str, current: str | None = None) -> None:
        """Set the teacher PIN (4-8 digits); changing an existing PIN needs the current one."""
        pin_hash.check_pin_format(pin)
        if self.has_pin() and not self.check_pin(current or ""):
            raise PermissionError("the current PIN is wrong, so the PIN was not changed")
        self.set_setting(PIN_KEY, pin_hash.hash_pin(pin))

    def check_pin(self, pin: str) -> bool:
        stored = self.get_setting(PIN_KEY)
        return stored is not None and pin_hash.pin_matches(pin, stored)

    def clear_pin(self) -> None:
        """Forget the PIN (for a teacher who lost it; the CLI asks before calling this)."""
        with self.batch():
            self._conn.execute("DELETE FROM setting WHERE key = ?", (PIN_KEY,))
