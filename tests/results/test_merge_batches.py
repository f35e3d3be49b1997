"""Merging a session a statement per kind of row (not per participant) keeps the merger's rules: a participant of
another session is a conflict whose answers are skipped, and answers keep the order they were recorded in."""

from __future__ import annotations

import json
import sqlite3
import uuid
from pathlib import Path

import pytest

from play_for_integrity.results import json_check, merge_rows
from play_for_integrity.results.merge import MERGED, merge_files
from play_for_integrity.results.merge_rows import Counts, SessionMerger
from play_for_integrity.results.records import from_iso, to_iso
from play_for_integrity.results.store import ResultsStore
from tests.results.conftest import at


def new_id() -> str:
    return str(uuid.uuid4())


def answer(pid: str, choice: str, seconds_in: int) -> dict:
    return {"uuid": new_id(), "participant": pid, "scenario": "found-wallet", "node": "start", "choice": choice,
            "effects": {"honesty": 1}, "board": "stay", "seconds": 3.5, "votes": 1,
            "answered_at": to_iso(at(seconds_in))}


def lesson(pupils: int, sid: str | None = None) -> dict:
    """A finished session of `pupils` pupils, one answer each, as a results export holds it."""
    people = [{"uuid": new_id(), "nickname": f"Оқушы {n}", "finished_at": to_iso(at(600)),
               "profile": {"honesty": 1, "fairness": 0, "courage": -1}} for n in range(pupils)]
    return {"uuid": sid or new_id(), "class_name": "7Б", "mode": "solo", "band": "11-14", "language": "kk",
            "playlist": ["found-wallet"], "started_at": to_iso(at(0)), "ended_at": to_iso(at(900)),
            "participants": people, "answers": [answer(p["uuid"], "tell", 60 + n) for n, p in enumerate(people)]}


def export_file(path: Path, *sessions: dict) -> Path:
    path.write_text(json.dumps({"format": "play-for-integrity-results", "version": 1, "sessions": list(sessions)},
                               ensure_ascii=False), encoding="utf-8")
    return path


@pytest.fixture
def teacher(tmp_path):
    with ResultsStore.open(tmp_path / "teacher-pc") as opened:
        yield opened


class CountingConnection:
    """A connection that counts the statements it is asked to run (one executemany counts once)."""

    def __init__(self, conn) -> None:
        self.conn, self.statements = conn, 0

    def execute(self, *args):
        self.statements += 1
        return self.conn.execute(*args)

    def executemany(self, *args):
        self.statements += 1
        return self.conn.executemany(*args)

    @property
    def total_changes(self) -> int:
        return self.conn.total_changes


def statements_for(store: ResultsStore, session: dict) -> int:
    counting = CountingConnection(store.connection)
    with store.batch():
        SessionMerger(counting, Counts()).session(Path("lab.json"), session)
    return counting.statements


def test_a_session_costs_as_many_statements_with_thirty_pupils_as_with_two(teacher):
    assert statements_for(teacher, lesson(30)) == statements_for(teacher, lesson(2))
    assert len(teacher.sessions()) == 2 and teacher.session(teacher.sessions()[0].uuid).participants[0].profile


def test_a_participant_of_another_session_is_a_conflict_and_only_its_answers_are_skipped(teacher, tmp_path):
    first = lesson(2)
    merge_files(teacher, [export_file(tmp_path / "first.json", first)])
    second = lesson(3)
    moved = first["participants"][0]  # the same pupil's UUID, claimed by another session
    second["participants"][1] = dict(moved)
    second["answers"][1]["participant"] = moved["uuid"]
    report = merge_files(teacher, [export_file(tmp_path / "second.json", second)])
    assert report.results[0].status == MERGED
    assert (report.participants_added, report.answers_added, report.skipped) == (2, 2, 1)
    assert len(report.conflicts) == 1 and moved["uuid"] in report.conflicts[0]
    merged = teacher.session(second["uuid"])
    assert sorted(p.uuid for p in merged.participants) == sorted([second["participants"][0]["uuid"],
                                                                  second["participants"][2]["uuid"]])


def test_participants_are_looked_up_in_parts_and_a_second_merge_adds_nothing(teacher, tmp_path, monkeypatch):
    monkeypatch.setattr(merge_rows, "PARAMETERS_AT_ONCE", 2)
    path = export_file(tmp_path / "lab.json", lesson(5))
    assert merge_files(teacher, [path]).participants_added == 5
    again = merge_files(teacher, [path])
    assert (again.added, again.unchanged, again.conflicts) == (0, 1 + 5 + 5, [])


def test_new_pupils_answers_keep_the_file_order_whatever_their_clock(teacher, tmp_path):
    s = lesson(1)
    pid = s["participants"][0]["uuid"]
    s["answers"] = [answer(pid, "first", 300), answer(pid, "second", 100), answer(pid, "third", 200)]
    merge_files(teacher, [export_file(tmp_path / "lab.json", s)])
    assert teacher.withdraw_answers(pid, 2) == 1
    assert sorted(a.choice_id for a in teacher.session(s["uuid"]).answers) == ["first", "second"]


def test_answers_added_to_a_stored_pupil_come_after_the_stored_ones(teacher, tmp_path):
    s = lesson(1)
    pid = s["participants"][0]["uuid"]
    merge_files(teacher, [export_file(tmp_path / "early.json", s)])
    s["answers"] += [answer(pid, "later", 10), answer(pid, "last", 20)]  # clocks before the stored answer's
    report = merge_files(teacher, [export_file(tmp_path / "late.json", s)])
    assert report.answers_added == 2
    assert teacher.withdraw_answers(pid, 2) == 1
    assert sorted(a.choice_id for a in teacher.session(s["uuid"]).answers) == ["later", "tell"]


def test_the_stores_own_checks_hold_again_after_a_merge(teacher, tmp_path):
    """A merge leaves CHECK constraints to json_check; afterwards the same statement refuses a bad row again."""
    s = lesson(1)
    merge_files(teacher, [export_file(tmp_path / "lab.json", s)])
    assert teacher.connection.execute("PRAGMA ignore_check_constraints").fetchone()[0] == 0
    bad = answer(s["participants"][0]["uuid"], "jump", 5)
    row = (bad["uuid"], s["uuid"], bad["participant"], "found-wallet", "start", "jump", "{}", "jump", 1.0, 1,
           bad["answered_at"], None)
    with pytest.raises(sqlite3.IntegrityError, match="CHECK"):
        teacher.connection.executemany(merge_rows.ADD_ANSWERS, [row])


def test_every_mode_and_board_move_the_checker_accepts_the_store_accepts(teacher):
    """So leaving the store's CHECKs to json_check during a merge lets nothing in that the store would refuse."""
    for mode in json_check.MODES:
        sid = teacher.start_session("7Б", mode, "11-14", "kk", [])
        pid = teacher.add_participant(sid, "Оқушы")
        for board in json_check.BOARD_MOVES:
            teacher.record_answer(sid, pid, "found-wallet", "start", "tell", {}, board, 1.0, votes=1)
    assert sum(len(teacher.session(s.uuid).answers) for s in teacher.sessions()) == 9
    checker = json_check.Checker()
    checker.integer(0, "votes", 1, json_check.VOTES_MAX)
    assert checker.problems, "votes below 1 (the store's CHECK) must be refused"


CRASH = """
import os, sys
from pathlib import Path
from play_for_integrity.results import merge, merge_rows
from play_for_integrity.results.store import ResultsStore

merge.MERGE_CACHE_KB = 16  # a tiny page cache: the file's rows spill into the WAL before the crash
merged = merge_rows.SessionMerger.session

def session_then_crash(self, source, s, *rest):
    merged(self, source, s, *rest)
    if self.counts.sessions_added == 30:
        os._exit(9)  # the power goes: no rollback, no close

merge_rows.SessionMerger.session = session_then_crash
store = ResultsStore.open(Path(sys.argv[1]))
merge.merge_file(store, Path(sys.argv[2]))
"""


def test_a_merge_that_dies_halfway_leaves_nothing_of_its_file(tmp_path):
    import subprocess
    import sys

    path = export_file(tmp_path / "lab.json", *(lesson(25) for _ in range(40)))
    died = subprocess.run([sys.executable, "-c", CRASH, str(tmp_path / "teacher"), str(path)], timeout=120)
    assert died.returncode == 9
    with ResultsStore.open(tmp_path / "teacher") as store:
        assert store.sessions() == []
        assert store.connection.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert merge_files(store, [path]).answers_added == 40 * 25


def test_a_session_checked_the_long_way_is_merged_with_its_own_answers(teacher, tmp_path):
    """Times written another way (Z, an offset) fail the column checks but are valid: stored in the store's form."""
    quick, slow = lesson(2), lesson(2)
    for a in slow["answers"]:
        a["answered_at"] = a["answered_at"].replace(".000+00:00", "+05:00")
    report = merge_files(teacher, [export_file(tmp_path / "lab.json", quick, slow)])
    assert report.answers_added == 4 and report.conflicts == []
    stored = {a.uuid: a for a in teacher.session(slow["uuid"]).answers}
    assert sorted(stored) == sorted(a["uuid"] for a in slow["answers"])
    first = slow["answers"][0]
    assert stored[first["uuid"]].answered_at == from_iso(first["answered_at"])
    row = teacher.connection.execute("SELECT answered_at FROM answer WHERE uuid = ?", (first["uuid"],)).fetchone()
    assert row[0] == to_iso(from_iso(first["answered_at"]))
