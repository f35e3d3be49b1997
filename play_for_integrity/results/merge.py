"""Merge JSON exports from other computers: all files checked first, then imported in one transaction by UUID."""

from __future__ import annotations

import json
import math
import os
import sqlite3
import stat
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from play_for_integrity.results.errors import ResultsError
from play_for_integrity.results.json_check import MAX_REPORTED, export_problems
from play_for_integrity.results.records import from_iso, to_iso
from play_for_integrity.results.store import ResultsStore


MAX_EXPORT_MB = 100  # about 250,000 answers; a bigger "export" is a wrong file (a disk image, a device)


@dataclass
class MergeReport:
    """What a merge added, completed (an end time or profile the store lacked), left alone, and where it disagreed."""

    files: list[Path] = field(default_factory=list)
    sessions_added: int = 0
    participants_added: int = 0
    answers_added: int = 0
    completed: int = 0
    unchanged: int = 0
    skipped: int = 0
    conflicts: list[str] = field(default_factory=list)

    @property
    def added(self) -> int:
        return self.sessions_added + self.participants_added + self.answers_added


def _read_export(path: Path) -> bytes:
    """The bytes of a regular file of at most MAX_EXPORT_MB; a device (/dev/zero), pipe or folder is refused unread."""
    limit = MAX_EXPORT_MB * 1024 * 1024
    too_big = (f"{path}: the file is larger than {MAX_EXPORT_MB} MB, the most a results export may be: "
               "check that it is the right file, or export fewer sessions on the other computer")
    try:
        if not stat.S_ISREG(os.stat(path).st_mode):  # os.stat follows a symbolic link to what it names
            raise ResultsError(f"{path}: not a file but a folder, device or pipe: give a JSON results export")
        # O_NONBLOCK: a pipe put in its place meanwhile cannot make the open wait forever.
        handle = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0))
        with os.fdopen(handle, "rb") as opened:
            info = os.fstat(opened.fileno())
            if not stat.S_ISREG(info.st_mode):
                raise ResultsError(f"{path}: not a file but a folder, device or pipe: give a JSON results export")
            if info.st_size > limit:
                raise ResultsError(too_big)
            data = opened.read(limit + 1)
    except FileNotFoundError as err:
        raise ResultsError(f"{path}: no such file") from err
    except OSError as err:
        raise ResultsError(f"{path}: cannot read the file: {err.strerror or err}") from err
    if len(data) > limit:
        raise ResultsError(too_big)
    return data


def load_export(path: str | os.PathLike[str]) -> dict[str, Any]:
    """Read and fully check one export; any problem raises ResultsError naming the file and what is wrong."""
    path = Path(path)
    try:
        text = _read_export(path).decode("utf-8-sig")
    except UnicodeDecodeError as err:
        raise ResultsError(f"{path}: not a results export (the file is not UTF-8 text)") from err
    try:
        document = json.loads(text)
    except json.JSONDecodeError as err:
        raise ResultsError(f"{path}: not complete JSON (line {err.lineno}, column {err.colno}: {err.msg}); "
                           "the file may have been cut short while copying: export it again") from err
    except RecursionError as err:
        raise ResultsError(f"{path}: not a results export (nested too deeply)") from err
    except ValueError as err:  # a number of thousands of digits
        raise ResultsError(f"{path}: not a valid results export ({err})") from err
    problems = export_problems(document)
    if problems:
        more = f" (and {len(problems) - MAX_REPORTED} more)" if len(problems) > MAX_REPORTED else ""
        raise ResultsError(f"{path}: not a valid results export: {'; '.join(problems[:MAX_REPORTED])}{more}")
    return document


def _same_time(a: str | None, b: str | None) -> bool:
    """True when both are the same moment (or both empty); a damaged stored time never matches."""
    try:
        return (a is None and b is None) or (a is not None and b is not None and from_iso(a) == from_iso(b))
    except (ValueError, TypeError, AttributeError):
        return False


def _stored_json(text: Any) -> Any:
    """A stored JSON column, or None when the row was damaged (so it differs from what a file holds)."""
    try:
        return json.loads(text)
    except (ValueError, TypeError):
        return None


def _close(stored: Any, seconds: float) -> bool:
    try:
        return math.isclose(stored, seconds, abs_tol=1e-6)
    except TypeError:
        return False


def _iso(text: str | None) -> str | None:
    return to_iso(from_iso(text)) if text else None


class _Merger:
    def __init__(self, conn: sqlite3.Connection, report: MergeReport) -> None:
        self.conn = conn
        self.report = report

    def conflict(self, source: Path, what: str) -> None:
        self.report.conflicts.append(f"{source}: {what}; kept the stored one")

    def session(self, source: Path, s: dict[str, Any]) -> None:
        row = self.conn.execute("SELECT class_name, mode, band, language, playlist, started_at, ended_at "
                                "FROM session WHERE uuid = ?", (s["uuid"],)).fetchone()
        if row is None:
            self.conn.execute("INSERT INTO session (uuid, started_at, ended_at, class_name, mode, band, language, "
                              "playlist) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                              (s["uuid"], _iso(s["started_at"]), _iso(s["ended_at"]), s["class_name"], s["mode"],
                               s["band"], s["language"], json.dumps(s["playlist"], ensure_ascii=False)))
            self.report.sessions_added += 1
        else:
            stored = dict(zip(("class_name", "mode", "band", "language"), row[:4]), playlist=_stored_json(row[4]))
            differs = [k for k, v in stored.items() if s[k] != v]
            differs += [] if _same_time(s["started_at"], row[5]) else ["started_at"]
            if row[6] and s["ended_at"] and not _same_time(s["ended_at"], row[6]):
                differs.append("ended_at")
            if differs:
                self.conflict(source, f"session {s['uuid']} (class {row[0]}) differs in {', '.join(differs)}")
                self.report.skipped += len(s["participants"]) + len(s["answers"])
                return
            if row[6] is None and s["ended_at"]:
                self.conn.execute("UPDATE session SET ended_at = ? WHERE uuid = ?", (_iso(s["ended_at"]), s["uuid"]))
                self.report.completed += 1
            else:
                self.report.unchanged += 1
        kept = {p["uuid"] for p in s["participants"] if self.participant(source, s["uuid"], p)}
        for answer in s["answers"]:
            if answer["participant"] in kept:
                self.answer(source, s["uuid"], answer)
            else:
                self.report.skipped += 1

    def participant(self, source: Path, sid: str, p: dict[str, Any]) -> bool:
        """Insert or compare one participant; False when it conflicts so that its answers are skipped."""
        row = self.conn.execute("SELECT session_uuid, nickname, finished_at FROM participant WHERE uuid = ?",
                                (p["uuid"],)).fetchone()
        if row is None:
            self.conn.execute("INSERT INTO participant (uuid, session_uuid, nickname, finished_at) VALUES (?, ?, ?, ?)",
                              (p["uuid"], sid, p["nickname"], _iso(p["finished_at"])))
            self._write_profile(p)
            self.report.participants_added += 1
            return True
        if row[0] != sid or row[1] != p["nickname"]:
            self.conflict(source, f"participant {p['uuid']} ({row[1]}) belongs to another session or has another name")
            return False
        if row[2] is None and p["finished_at"]:
            self.conn.execute("UPDATE participant SET finished_at = ? WHERE uuid = ?", (_iso(p["finished_at"]), p["uuid"]))
            self._write_profile(p)
            self.report.completed += 1
            return True
        stored = dict(self.conn.execute("SELECT value_id, total FROM profile WHERE participant_uuid = ?", (p["uuid"],)))
        if p["finished_at"] and (not _same_time(p["finished_at"], row[2]) or stored != p["profile"]):
            self.conflict(source, f"the final profile of participant {p['uuid']} ({row[1]}) differs")
        else:
            self.report.unchanged += 1
        return True

    def _write_profile(self, p: dict[str, Any]) -> None:
        self.conn.execute("DELETE FROM profile WHERE participant_uuid = ?", (p["uuid"],))
        self.conn.executemany("INSERT INTO profile (participant_uuid, value_id, total) VALUES (?, ?, ?)",
                              [(p["uuid"], k, v) for k, v in p["profile"].items()])

    def answer(self, source: Path, sid: str, a: dict[str, Any]) -> None:
        row = self.conn.execute("SELECT session_uuid, participant_uuid, scenario_id, node_id, choice_id, effects, "
                                "board, seconds, votes, answered_at FROM answer WHERE uuid = ?", (a["uuid"],)).fetchone()
        if row is None:
            self.conn.execute(
                "INSERT INTO answer (uuid, session_uuid, participant_uuid, scenario_id, node_id, choice_id, effects, "
                "board, seconds, votes, answered_at, seq) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
                "(SELECT coalesce(max(seq), 0) + 1 FROM answer WHERE participant_uuid = ?))",
                (a["uuid"], sid, a["participant"], a["scenario"], a["node"], a["choice"],
                 json.dumps(a["effects"], ensure_ascii=False), a["board"], float(a["seconds"]), a["votes"],
                 _iso(a["answered_at"]), a["participant"]))
            self.report.answers_added += 1
            return
        same = (row[0] == sid and row[1] == a["participant"] and row[2:5] == (a["scenario"], a["node"], a["choice"])
                and _stored_json(row[5]) == a["effects"] and row[6] == a["board"]
                and _close(row[7], a["seconds"]) and row[8] == a["votes"]
                and _same_time(row[9], a["answered_at"]))
        if same:
            self.report.unchanged += 1
        else:
            self.conflict(source, f"answer {a['uuid']} (scenario {row[2]}, choice {row[4]}) differs")


def merge_files(store: ResultsStore, paths: list[str | os.PathLike[str]]) -> MergeReport:
    """Check every file, then import them all in one transaction; a bad file means nothing is changed."""
    documents = [(Path(p), load_export(p)) for p in paths]
    report = MergeReport(files=[path for path, _ in documents])
    merger = _Merger(store.connection, report)
    with store.batch():
        for source, document in documents:
            for session in document["sessions"]:
                merger.session(source, session)
    return report
