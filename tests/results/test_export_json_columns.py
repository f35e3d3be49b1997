"""The JSON export puts a session's answer lines together a column at a time, and its participants' lines from their
stored rows, when every row is in the common form; a session with a row that is not goes row by row (participants
decoded as any reading of them) with the same result, byte for byte, and the file stays valid."""

from __future__ import annotations

import dataclasses
import json

import pytest

from play_for_integrity.results import json_stored, stored_rows
from play_for_integrity.results.export_json import SCHEMA_FILE, write_json
from play_for_integrity.results.store import ResultsStore
from tests.results.conftest import record_class, record_vote
from tests.results.test_store_damaged_rows import edit

ODD_ROWS = {
    "a time not in the store's own form": (
        "UPDATE answer SET answered_at = '2025-03-03T09:00:31+05:00' WHERE choice_id = 'confess'",),
    "an answer id that needs escapes": ("UPDATE answer SET uuid = 'a\"b\\c' || rowid WHERE choice_id = 'confess'",),
    "a vote count that is text": ("UPDATE answer SET votes = '2' WHERE choice_id = 'confess'",),
    "a vote count of 0": ("UPDATE answer SET votes = 0 WHERE choice_id = 'confess'",),
    "an answer of nobody in the session": ("UPDATE answer SET participant_uuid = 'nobody' WHERE choice_id = 'confess'",),
    "an answer whose participant is a number": ("UPDATE answer SET participant_uuid = 7 WHERE choice_id = 'confess'",),
    "damaged effects": ("UPDATE answer SET effects = '{oops' WHERE choice_id = 'confess'",),
    "whole seconds": ("UPDATE answer SET seconds = 7 WHERE choice_id = 'confess'",),
    "a time in an hour that does not exist": (
        "UPDATE answer SET answered_at = '2025-02-30T09:00:31.000+00:00' WHERE choice_id = 'confess'",),
    "a nickname with quotes and a line break": (
        "UPDATE participant SET nickname = 'Ер\"ас\nыл' WHERE nickname = 'Аружан'",),
    "a nickname that is NULL": ("UPDATE participant SET nickname = NULL WHERE nickname = 'Аружан'",),
    "a finish not in the store's own form": (
        "UPDATE participant SET finished_at = '2025-03-03T09:00:31+05:00' WHERE nickname = 'Аружан'",),
    "a profile total that is text": ("UPDATE profile SET total = 'lots' WHERE value_id = 'courage'",),
    "a profile value that is NULL": ("UPDATE profile SET value_id = NULL WHERE value_id = 'courage'",),
    "a profile value with a quote": ("UPDATE profile SET value_id = 'co\"urage' WHERE value_id = 'courage'",),
}


def _exports(folder, tmp_path, monkeypatch) -> tuple[list[str], bytes, bytes, list[str], list[str]]:
    """The sessions that went row by row, the export, the export with every session row by row, and the warnings of
    each export."""
    row_by_row: list[str] = []
    lines = json_stored.StoredLines._lines

    def counted(self, sid, rows, people, learn=True):
        if learn:
            row_by_row.append(sid)
        return lines(self, sid, rows, people, learn)
    monkeypatch.setattr(json_stored.StoredLines, "_lines", counted)
    with ResultsStore.open(folder) as store:
        made = write_json(store.export_source(), tmp_path / "a.json").read_bytes()
        warned, written = store.take_warnings(), list(row_by_row)
        monkeypatch.setattr(json_stored.StoredLines, "_columns", lambda self, rows, people: None)
        monkeypatch.setattr(json_stored.StoredLines, "people", lambda self, people: None)
        slow = write_json(store.export_source(), tmp_path / "b.json").read_bytes()
        assert len(row_by_row) == len(written) + 2, "the second export went row by row"
        return written, made, slow, warned, store.take_warnings()


def _without_export_time(raw: bytes) -> bytes:
    return b"\n".join(line for line in raw.split(b"\n") if b'"exported_at"' not in line)


@pytest.fixture
def two_classes(tmp_path):
    with ResultsStore.open(tmp_path / "data") as store:
        odd = record_class(store)
        record_vote(store)
    return tmp_path / "data", odd


def test_sessions_in_the_common_form_are_written_a_column_at_a_time(two_classes, tmp_path, monkeypatch):
    row_by_row, made, slow, warned, warned_slow = _exports(two_classes[0], tmp_path, monkeypatch)
    assert row_by_row == []
    assert _without_export_time(made) == _without_export_time(slow)
    assert warned == warned_slow == []


@pytest.mark.parametrize("change", ODD_ROWS.values(), ids=ODD_ROWS.keys())
def test_a_session_with_a_row_in_another_form_is_written_as_row_by_row(two_classes, tmp_path, monkeypatch, change):
    folder, odd = two_classes
    edit(folder, *change, loose=True)
    row_by_row, made, slow, warned, warned_slow = _exports(folder, tmp_path, monkeypatch)
    assert set(row_by_row) <= {odd}
    assert _without_export_time(made) == _without_export_time(slow)
    assert warned == warned_slow


def test_a_value_twice_in_a_profile_is_written_as_reading_it_gives_it(two_classes, tmp_path, monkeypatch):
    """Only a store whose profile table lost its key can hold a value twice for one participant: a profile is a
    mapping, so the value keeps its first place and takes its last total."""
    folder, odd = two_classes
    edit(folder, "PRAGMA writable_schema = ON",
         "UPDATE sqlite_master SET sql = replace(sql, 'PRIMARY KEY (participant_uuid, value_id)', 'CHECK (1)') "
         "WHERE name = 'profile'", "DELETE FROM sqlite_master WHERE name = 'sqlite_autoindex_profile_1'")
    edit(folder, "INSERT INTO profile SELECT participant_uuid, value_id, total + 5 FROM profile WHERE value_id = 'honesty'")
    row_by_row, made, slow, _, _ = _exports(folder, tmp_path, monkeypatch)
    assert _without_export_time(made) == _without_export_time(slow)
    assert '"profile": {"honesty": 7, ' in made.decode("utf-8")


def test_answers_go_a_column_at_a_time_beside_participants_decoded(two_classes, tmp_path, monkeypatch):
    folder, odd = two_classes
    edit(folder, "UPDATE participant SET nickname = NULL WHERE nickname = 'Аружан'", loose=True)
    row_by_row, made, slow, warned, _ = _exports(folder, tmp_path, monkeypatch)
    assert row_by_row == [] and any("Аружан" not in w and odd in w for w in warned)
    assert _without_export_time(made) == _without_export_time(slow)


def test_pieces_forgotten_when_memory_is_full_are_made_again(two_classes, tmp_path, monkeypatch):
    monkeypatch.setattr(stored_rows, "CACHE_LIMIT", 1)
    row_by_row, made, slow, _, _ = _exports(two_classes[0], tmp_path, monkeypatch)
    assert _without_export_time(made) == _without_export_time(slow)


def test_the_file_made_a_column_at_a_time_is_valid(two_classes, tmp_path):
    jsonschema = pytest.importorskip("jsonschema")
    with ResultsStore.open(two_classes[0]) as store:
        document = json.loads(write_json(store.export_source(), tmp_path / "a.json").read_text(encoding="utf-8"))
    jsonschema.validate(document, json.loads(SCHEMA_FILE.read_text(encoding="utf-8")))
    answers = [a for s in document["sessions"] for a in s["answers"]]
    assert len(answers) > 4 and {a["votes"] for a in answers} > {1}, "class votes and single answers both written"
    assert all(p["profile"] for s in document["sessions"] for p in s["participants"] if p["finished_at"])


TIMES = ["2025-03-03T09:00:31.000+00:00", "1999-12-31T23:59:59.999+00:00", "3025-03-03T09:00:31.000+00:00",
         "2025-03-03T09:60:31.000+00:00", "2025-03-03T09:00:61.000+00:00", "2025-03-03T09:00:31.000+05:00",
         "2025-03-03 09:00:31.000+00:00", "2025-03-03T09:00:31+00:00", "2025-03-03T09:00:31.0000+00:00",
         "2025-0३-03T09:00:31.000+00:00", "2025-03-03T09:00:31.000+00:00\n", "", "0025-03-03T09:00:31.000+00:00",
         "2025-03-03T09:00:31.000+00:0a", "2025-13-45T99:59:59.000+00:00", "2025-03-03T09:00:31.000+10:00",
         "2025-03-03T09:00:31.000+00:05", "2025-03-03T09:00:31.000-00:00"]


@pytest.mark.parametrize("others", [[], [TIMES[0]], [TIMES[1], TIMES[0]]], ids=["alone", "after one", "after two"])
@pytest.mark.parametrize("time", TIMES)
def test_times_are_checked_a_column_at_a_time_as_the_pattern_checks_them(time, others):
    times = [*others, time]
    assert stored_rows.stored_times(times) == all(stored_rows.STORED_TIME.fullmatch(t) for t in times)


def test_a_time_that_is_not_text_is_no_time_in_the_stores_form():
    with pytest.raises(TypeError):
        stored_rows.stored_times([TIMES[0], 7])


def test_each_session_is_written_before_the_next_is_read(two_classes, tmp_path, monkeypatch):
    events: list[str] = []
    answers = json_stored.StoredLines.answers
    monkeypatch.setattr(json_stored.StoredLines, "answers",
                        lambda self, *args: events.append("written") or answers(self, *args))
    with ResultsStore.open(two_classes[0]) as store:
        source = store.export_source()

        def watched():
            for item in source.stored_people():
                events.append("read")
                yield item
        write_json(dataclasses.replace(source, stored_people=watched), tmp_path / "a.json")
    assert events == ["read", "written"] * 2
