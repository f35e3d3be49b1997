"""Import one checked session of a results export into the store by UUID: new records are added, a record the
store lacks a part of (an end time, a final profile) is completed, and one that differs is a conflict reported."""

from __future__ import annotations

import json
import math
import sqlite3
from dataclasses import dataclass, field
from itertools import repeat
from operator import itemgetter
from pathlib import Path
from typing import Any

from play_for_integrity.results.json_check import ANSWER_COLUMNS
from play_for_integrity.results.records import from_iso, to_iso

_answer_fields = itemgetter(*ANSWER_COLUMNS)
# A new answer's seq is given for a participant this merge added, else it follows the participant's stored answers.
ADD_ANSWERS = ("INSERT INTO answer (uuid, session_uuid, participant_uuid, scenario_id, node_id, choice_id, effects, "
               "board, seconds, votes, answered_at, seq) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, coalesce(?, "
               "(SELECT coalesce(max(seq), 0) + 1 FROM answer WHERE participant_uuid = ?3))) "
               "ON CONFLICT(uuid) DO NOTHING")
PARAMETERS_AT_ONCE = 500  # UUIDs looked up in one statement (older SQLite takes at most 999 parameters)


@dataclass
class Counts:
    """What merging added, completed (an end time or profile the store lacked), left alone, and where it disagreed."""

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

    def add(self, other: Counts) -> None:
        for name in ("sessions_added", "participants_added", "answers_added", "completed", "unchanged", "skipped"):
            setattr(self, name, getattr(self, name) + getattr(other, name))
        self.conflicts.extend(other.conflicts)


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
    """A checked time in the store's own form; one already in it (2025-03-01T08:15:02.120+00:00) stays as it is."""
    if text and len(text) == 29 and text[19] == "." and text.endswith("+00:00"):
        return text
    return to_iso(from_iso(text)) if text else None


class SessionMerger:
    """Imports sessions of parsed exports into the store's connection, by UUID, counting what it did in `counts`."""

    def __init__(self, conn: sqlite3.Connection, counts: Counts) -> None:
        self.conn = conn
        self._new: dict[str, int] = {}  # participants this merge added: the seq of their last answer
        self._effects: dict[tuple, str] = {}
        self.counts = counts

    def conflict(self, source: Path, what: str) -> None:
        self.counts.conflicts.append(f"{source}: {what}; kept the stored one")

    def session(self, source: Path, s: dict[str, Any], columns: list[tuple] | None = None) -> None:
        """Import one checked session; `columns`: its answers as json_check's Checker.checked_answers has them."""
        row = self.conn.execute("SELECT class_name, mode, band, language, playlist, started_at, ended_at "
                                "FROM session WHERE uuid = ?", (s["uuid"],)).fetchone()
        if row is None:
            self.conn.execute("INSERT INTO session (uuid, started_at, ended_at, class_name, mode, band, language, "
                              "playlist) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                              (s["uuid"], _iso(s["started_at"]), _iso(s["ended_at"]), s["class_name"], s["mode"],
                               s["band"], s["language"], json.dumps(s["playlist"], ensure_ascii=False)))
            self.counts.sessions_added += 1
        else:
            stored = dict(zip(("class_name", "mode", "band", "language"), row[:4]), playlist=_stored_json(row[4]))
            differs = [k for k, v in stored.items() if s[k] != v]
            differs += [] if _same_time(s["started_at"], row[5]) else ["started_at"]
            if row[6] and s["ended_at"] and not _same_time(s["ended_at"], row[6]):
                differs.append("ended_at")
            if differs:
                self.conflict(source, f"session {s['uuid']} (class {row[0]}) differs in {', '.join(differs)}")
                self.counts.skipped += len(s["participants"]) + len(s["answers"])
                return
            if row[6] is None and s["ended_at"]:
                self.conn.execute("UPDATE session SET ended_at = ? WHERE uuid = ?", (_iso(s["ended_at"]), s["uuid"]))
                self.counts.completed += 1
            else:
                self.counts.unchanged += 1
        people = s["participants"]
        stored = self._stored_participants([p["uuid"] for p in people])
        self._add_participants(s["uuid"], [p for p in people if p["uuid"] not in stored])
        kept = {p["uuid"] for p in people if p["uuid"] not in stored or self.participant(source, s["uuid"], p,
                                                                                         stored[p["uuid"]])}
        answers = s["answers"]
        if len(kept) < len(people):
            answers, columns = [answer for answer in answers if answer["participant"] in kept], None
            self.counts.skipped += len(s["answers"]) - len(answers)
        self.answers(source, s["uuid"], answers, columns)

    def _stored_participants(self, uuids: list[str]) -> dict[str, tuple]:
        """The stored (session, nickname, finished_at) of those of `uuids` the store has, by UUID."""
        found: dict[str, tuple] = {}
        for start in range(0, len(uuids), PARAMETERS_AT_ONCE):
            some = uuids[start:start + PARAMETERS_AT_ONCE]
            found.update((row[0], row[1:]) for row in self.conn.execute(
                "SELECT uuid, session_uuid, nickname, finished_at FROM participant WHERE uuid IN "
                f"({', '.join('?' * len(some))})", some))
        return found

    def _add_participants(self, sid: str, people: list[dict[str, Any]]) -> None:
        """Insert participants the store lacks, with their final profiles, a statement for all of them."""
        if not people:
            return
        self.conn.executemany("INSERT INTO participant (uuid, session_uuid, nickname, finished_at) VALUES (?, ?, ?, ?)",
                              [(p["uuid"], sid, p["nickname"], _iso(p["finished_at"])) for p in people])
        self._write_profiles(people)
        self.counts.participants_added += len(people)
        self._new.update((p["uuid"], 0) for p in people)

    def participant(self, source: Path, sid: str, p: dict[str, Any], row: tuple) -> bool:
        """Compare one stored participant (`row`) with the file's; False when it conflicts so that its answers are
        skipped."""
        if row[0] != sid or row[1] != p["nickname"]:
            self.conflict(source, f"participant {p['uuid']} ({row[1]}) belongs to another session or has another name")
            return False
        if row[2] is None and p["finished_at"]:
            self.conn.execute("UPDATE participant SET finished_at = ? WHERE uuid = ?", (_iso(p["finished_at"]), p["uuid"]))
            self._write_profiles([p])
            self.counts.completed += 1
            return True
        stored = dict(self.conn.execute("SELECT value_id, total FROM profile WHERE participant_uuid = ?", (p["uuid"],)))
        if p["finished_at"] and (not _same_time(p["finished_at"], row[2]) or stored != p["profile"]):
            self.conflict(source, f"the final profile of participant {p['uuid']} ({row[1]}) differs")
        else:
            self.counts.unchanged += 1
        return True

    def _write_profiles(self, people: list[dict[str, Any]]) -> None:
        """Replace the stored final profiles of `people` with theirs in the file."""
        self.conn.executemany("DELETE FROM profile WHERE participant_uuid = ?", [(p["uuid"],) for p in people])
        self.conn.executemany("INSERT INTO profile (participant_uuid, value_id, total) VALUES (?, ?, ?)",
                              [(p["uuid"], k, v) for p in people for k, v in p["profile"].items()])

    def _effects_texts(self, effects: tuple[dict[str, int], ...]) -> list[str]:
        """Each answer's effects as the store keeps them (JSON text), made once for each different effects."""
        keys = list(map(tuple, map(dict.items, effects)))  # checked: whole numbers, so 1 never meets True or 1.0
        texts = list(map(self._effects.get, keys))
        if None in texts:
            for i, text in enumerate(texts):
                if text is None:
                    texts[i] = self._effects_text(effects[i], keys[i])
        return texts

    def _effects_text(self, effects: dict[str, int], key: tuple) -> str:
        text = json.dumps(effects, ensure_ascii=False)
        if len(self._effects) < 4096:  # a year of answers repeats a few hundred different effects
            self._effects[key] = text
        return text

    def answers(self, source: Path, sid: str, answers: list[dict[str, Any]],
                columns: list[tuple] | None = None) -> None:
        """Insert the answers the store lacks in one statement; compare the others with what is stored.

        `columns`: the same answers as columns with times in the store's own form (see Checker.checked_answers).
        """
        if not answers:
            return
        if columns is None:
            columns = list(zip(*map(_answer_fields, answers)))
            columns[-1] = tuple(map(_iso, columns[-1]))
        uuids, pids, scenarios, nodes, choices, effects, boards, seconds, votes, times = columns
        rows = zip(uuids, repeat(sid), pids, scenarios, nodes, choices, self._effects_texts(effects), boards,
                   map(float, seconds), votes, times, self._seqs(pids))
        before = self.conn.total_changes
        self.conn.executemany(ADD_ANSWERS, rows)
        added = self.conn.total_changes - before
        self.counts.answers_added += added
        if added < len(answers):  # some were stored already: those just added compare equal too
            same = sum(self._same_answer(source, sid, a) for a in answers)
            self.counts.unchanged += same - added

    def _seqs(self, pids: tuple[str, ...]) -> list[int | None]:
        """Each answer's place in its participant's order when this merge added the participant; None: after the
        participant's stored answers."""
        new, seqs = self._new, []
        for pid in pids:
            seq = new.get(pid)
            if seq is not None:
                seq = new[pid] = seq + 1
            seqs.append(seq)
        return seqs

    def _same_answer(self, source: Path, sid: str, a: dict[str, Any]) -> bool:
        row = self.conn.execute("SELECT session_uuid, participant_uuid, scenario_id, node_id, choice_id, effects, "
                                "board, seconds, votes, answered_at FROM answer WHERE uuid = ?", (a["uuid"],)).fetchone()
        same = (row[0] == sid and row[1] == a["participant"] and row[2:5] == (a["scenario"], a["node"], a["choice"])
                and _stored_json(row[5]) == a["effects"] and row[6] == a["board"]
                and _close(row[7], a["seconds"]) and row[8] == a["votes"]
                and _same_time(row[9], a["answered_at"]))
        if not same:
            self.conflict(source, f"answer {a['uuid']} (scenario {row[2]}, choice {row[4]}) differs")
        return same
