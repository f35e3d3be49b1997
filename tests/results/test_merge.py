"""Merging JSON exports from other computers: file by file, each checked, idempotent by UUID, conflicts reported."""

from __future__ import annotations

import json
import os
import re

import pytest

from play_for_integrity.results.export_json import write_json
from play_for_integrity.results.merge import MERGED, PRESENT, REFUSED, merge_files
from play_for_integrity.results.store import ResultsStore
from tests.results.conftest import at, record_class, record_vote


@pytest.fixture
def lab_export(tmp_path):
    """An export from another PC of the lab, with a solo class and a class vote."""
    with ResultsStore.open(tmp_path / "lab-pc") as other:
        record_class(other)
        record_vote(other)
        sessions = [other.session(s.uuid) for s in reversed(other.sessions())]  # oldest first
    return write_json(sessions, tmp_path / "lab-pc.json")


@pytest.fixture
def teacher(tmp_path):
    with ResultsStore.open(tmp_path / "teacher-pc") as opened:
        yield opened


def snapshot(store):
    return [store.session(s.uuid) for s in store.sessions()]


def test_merge_adds_everything_from_the_file(teacher, lab_export):
    report = merge_files(teacher, [lab_export])
    assert (report.sessions_added, report.participants_added, report.answers_added) == (2, 3, 6)
    assert sorted(s.class_name for s in teacher.sessions()) == ["7Б", "9А"]


def test_merged_sessions_equal_the_originals(teacher, lab_export, tmp_path):
    merge_files(teacher, [lab_export])
    with ResultsStore.open(tmp_path / "lab-pc") as other:
        assert snapshot(teacher) == snapshot(other)


def test_merging_the_same_file_twice_adds_nothing(teacher, lab_export):
    merge_files(teacher, [lab_export])
    before = snapshot(teacher)
    report = merge_files(teacher, [lab_export])
    assert report.added == 0 and report.conflicts == []
    assert snapshot(teacher) == before


def test_same_uuid_with_other_content_is_reported_and_the_stored_one_kept(teacher, lab_export, tmp_path):
    merge_files(teacher, [lab_export])
    document = json.loads(lab_export.read_text(encoding="utf-8"))
    answer = document["sessions"][0]["answers"][0]
    original_choice = answer["choice"]
    answer["choice"] = "changed-my-mind"
    changed = tmp_path / "changed.json"
    changed.write_text(json.dumps(document), encoding="utf-8")
    report = merge_files(teacher, [changed])
    assert len(report.conflicts) == 1
    assert answer["uuid"] in report.conflicts[0] and "changed.json" in report.conflicts[0]
    stored = {a.uuid: a.choice_id for s in snapshot(teacher) for a in s.answers}
    assert stored[answer["uuid"]] == original_choice


def test_conflicting_session_skips_its_records(teacher, lab_export, tmp_path):
    merge_files(teacher, [lab_export])
    document = json.loads(lab_export.read_text(encoding="utf-8"))
    document["sessions"][0]["class_name"] = "7В"
    changed = tmp_path / "changed.json"
    changed.write_text(json.dumps(document), encoding="utf-8")
    report = merge_files(teacher, [changed])
    assert "class_name" in report.conflicts[0]
    assert report.skipped == len(document["sessions"][0]["participants"]) + len(document["sessions"][0]["answers"])


def test_a_later_export_completes_an_unfinished_session(teacher, tmp_path):
    with ResultsStore.open(tmp_path / "pc") as pc:
        sid = pc.start_session("7Б", "solo", "11-14", "ru", [], started_at=at(0))
        pid = pc.add_participant(sid, "Аружан")
        early = write_json([pc.session(sid)], tmp_path / "early.json")
        pc.finish_participant(pid, {"honesty": 2}, finished_at=at(60))
        pc.end_session(sid, ended_at=at(90))
        late = write_json([pc.session(sid)], tmp_path / "late.json")
    merge_files(teacher, [early])
    report = merge_files(teacher, [late])
    assert report.completed == 2 and report.conflicts == []
    merged = teacher.session(sid)
    assert merged.ended_at == at(90) and merged.participants[0].profile == {"honesty": 2}


def refusal(report, name: str) -> str:
    """The reason the file `name` was refused (the test fails when it was not)."""
    [result] = [r for r in report.results if r.path.name == name]
    assert result.status == REFUSED, result
    return result.reason


def test_a_truncated_file_is_refused_and_the_good_one_merged(teacher, lab_export, tmp_path):
    text = lab_export.read_text(encoding="utf-8")
    cut = tmp_path / "cut.json"
    cut.write_text(text[: len(text) // 2], encoding="utf-8")
    report = merge_files(teacher, [lab_export, cut])
    assert re.search(r"cut\.json: not complete JSON.*cut short", refusal(report, "cut.json"))
    assert [r.status for r in report.results] == [MERGED, REFUSED]
    assert len(teacher.sessions()) == 2 and report.sessions_added == 2


def test_a_tampered_file_is_refused_naming_the_problem(teacher, lab_export, tmp_path):
    document = json.loads(lab_export.read_text(encoding="utf-8"))
    document["sessions"][0]["answers"][2]["effects"]["honesty"] = 9
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps(document), encoding="utf-8")
    report = merge_files(teacher, [bad])
    assert re.search(r"bad\.json: .*sessions\[0\]\.answers\[2\]\.effects\.honesty", refusal(report, "bad.json"))
    assert teacher.sessions() == []


def test_a_file_with_a_bad_later_session_leaves_none_of_its_sessions(teacher, lab_export, tmp_path):
    document = json.loads(lab_export.read_text(encoding="utf-8"))
    document["sessions"][1]["mode"] = "quiz"  # the first session was imported before this one was read
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps(document), encoding="utf-8")
    assert "sessions[1].mode" in refusal(merge_files(teacher, [bad]), "bad.json")
    assert teacher.sessions() == [], "the file's own transaction was rolled back"


def test_a_folder_merges_every_json_in_it_and_reports_each(teacher, lab_export, tmp_path):
    folder = tmp_path / "collected"
    (folder / "pc-2").mkdir(parents=True)
    (folder / "pc-1.json").write_bytes(lab_export.read_bytes())
    (folder / "pc-2" / "broken.json").write_text('{"format": "play-for-integrity-results", "sessions": [',
                                                 encoding="utf-8")
    (folder / "notes.txt").write_text("not an export", encoding="utf-8")
    report = merge_files(teacher, [folder, lab_export])
    assert [(r.path.name, r.status) for r in report.results] == [
        ("pc-1.json", MERGED), ("broken.json", REFUSED), ("lab-pc.json", PRESENT)]
    assert "not complete JSON" in refusal(report, "broken.json")
    assert len(teacher.sessions()) == 2


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs named pipes")
def test_a_pipe_in_a_folder_is_skipped_unread(teacher, lab_export, tmp_path):
    folder = tmp_path / "collected"
    folder.mkdir()
    os.mkfifo(folder / "waiting.json")
    (folder / "pc-1.json").write_bytes(lab_export.read_bytes())
    assert [r.path.name for r in merge_files(teacher, [folder]).results] == ["pc-1.json"]


def test_foreign_json_is_refused(teacher, tmp_path):
    foreign = tmp_path / "package.json"
    foreign.write_text('{"name": "left-pad", "version": "1.3.0"}', encoding="utf-8")
    assert re.search(r"package\.json: not a valid results export", refusal(merge_files(teacher, [foreign]),
                                                                          "package.json"))


def test_binary_file_is_refused(teacher, tmp_path):
    binary = tmp_path / "photo.json"
    binary.write_bytes(b"\xff\xd8\xff\xe0JFIF")
    assert re.search(r"photo\.json: not a results export", refusal(merge_files(teacher, [binary]), "photo.json"))


def test_missing_file_is_named(teacher, tmp_path):
    assert re.search(r"nothing\.json: no such file", refusal(merge_files(teacher, [tmp_path / "nothing.json"]),
                                                             "nothing.json"))


def test_a_big_file_is_read_a_session_at_a_time(teacher, lab_export, monkeypatch):
    """A small read size makes every session cross the buffer's end: the result is the same."""
    monkeypatch.setattr("play_for_integrity.results.json_stream.CHUNK", 7)
    report = merge_files(teacher, [lab_export])
    assert (report.sessions_added, report.participants_added, report.answers_added) == (2, 3, 6)


def test_a_file_is_merged_with_a_bigger_page_cache_and_the_store_gets_its_own_back(teacher, lab_export, monkeypatch):
    from play_for_integrity.results import merge, merge_rows

    seen: list[int] = []
    session = merge_rows.SessionMerger.session
    monkeypatch.setattr(merge_rows.SessionMerger, "session", lambda self, source, s, *rest: seen.append(
        self.conn.execute("PRAGMA cache_size").fetchone()[0]) or session(self, source, s, *rest))
    before = teacher.connection.execute("PRAGMA cache_size").fetchone()[0]
    merge_files(teacher, [lab_export, lab_export.with_name("missing.json")])
    assert seen == [-merge.MERGE_CACHE_KB] * 2
    assert teacher.connection.execute("PRAGMA cache_size").fetchone()[0] == before
