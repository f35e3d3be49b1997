"""Files that look like exports but hold values no lesson produces are refused, naming the file and the field."""

from __future__ import annotations

import json
import os
import threading

import pytest

from play_for_integrity.cli import main
from play_for_integrity.results import merge as merge_module
from play_for_integrity.results.errors import ResultsError
from play_for_integrity.results.export_json import write_json
from play_for_integrity.results.merge import MERGED, REFUSED, load_export, merge_files
from play_for_integrity.results.store import ResultsStore
from tests.results.conftest import record_class


@pytest.fixture
def export_text(tmp_path):
    """A valid export of a small class, as text, to be tampered with."""
    with ResultsStore.open(tmp_path / "lab-pc") as other:
        sid = record_class(other)
        path = write_json([other.session(sid)], tmp_path / "lab-pc.json")
    return path.read_text(encoding="utf-8")


def tampered(export_text: str, change) -> str:
    document = json.loads(export_text)
    change(document["sessions"][0])
    return json.dumps(document)  # ASCII: a lone surrogate is written as the escape \ud800, as JSON allows


def set_in(path: str, value):
    """A change that sets `path` (keys and list indexes separated by '/') to `value`."""
    *parents, last = [int(p) if p.isdigit() else p for p in path.split("/")]

    def change(session):
        target = session
        for part in parents:
            target = target[part]
        target[last] = value
    return change


BIG = 10 ** 30
HOSTILE = {
    "votes of 10^30": ("answers/0/votes", BIG, "sessions[0].answers[0].votes"),
    "a profile total of 10^30": ("participants/0/profile/honesty", BIG, "sessions[0].participants[0].profile.honesty"),
    "a negative total of 10^30": ("participants/0/profile/honesty", -BIG, "profile.honesty"),
    "the year 9999 at -23:59": ("started_at", "9999-12-31T23:59:59-23:59", "sessions[0].started_at"),
    "the year 0001 at +23:59": ("ended_at", "0001-01-01T00:00:00+23:59", "sessions[0].ended_at"),
    "the year 9999 in UTC": ("answers/0/answered_at", "9999-12-31T23:59:59+00:00", "answers[0].answered_at"),
    "the year 0001 in UTC": ("participants/0/finished_at", "0001-01-01T00:00:00Z", "participants[0].finished_at"),
    "a lone surrogate nickname": ("participants/0/nickname", "\ud800x", "participants[0].nickname"),
    "a line break in a nickname": ("participants/0/nickname", "x\n=2*21\ny", "participants[0].nickname"),
    "a tab in the class": ("class_name", "7\tБ", "sessions[0].class_name"),
    "a direction override in a choice id": ("answers/0/choice", "keep\u202e", "answers[0].choice"),
}


@pytest.mark.parametrize("name", HOSTILE)
def test_hostile_values_are_refused_naming_file_and_field(export_text, tmp_path, name):
    path, value, field = HOSTILE[name]
    bad = tmp_path / "bad.json"
    bad.write_text(tampered(export_text, set_in(path, value)), encoding="utf-8")
    with pytest.raises(ResultsError) as caught:
        load_export(bad)
    message = str(caught.value)
    assert str(bad) in message and field in message
    message.encode("utf-8")  # printable: no raw surrogate reaches the terminal


@pytest.mark.parametrize("literal", ["1" + "0" * 400, "1e400", "9" * 5000])
def test_seconds_beyond_any_float_are_refused(export_text, tmp_path, literal):
    text = tampered(export_text, set_in("answers/0/seconds", 123456.5)).replace("123456.5", literal)
    bad = tmp_path / "bad.json"
    bad.write_text(text, encoding="utf-8")
    with pytest.raises(ResultsError, match="bad.json"):
        load_export(bad)


def test_the_merge_command_refuses_them_without_a_traceback(export_text, tmp_path, capsys):
    bad = tmp_path / "bad.json"
    bad.write_text(tampered(export_text, set_in("answers/0/votes", BIG)), encoding="utf-8")
    assert main(["results", "merge", str(bad), "--data-dir", str(tmp_path / "teacher")]) == 1
    err = capsys.readouterr().err
    assert "bad.json" in err and "votes" in err and "Traceback" not in err


def test_nothing_of_a_hostile_file_is_merged_and_the_good_one_is(export_text, tmp_path):
    good, bad = tmp_path / "good.json", tmp_path / "bad.json"
    good.write_text(export_text, encoding="utf-8")
    bad.write_text(tampered(export_text, set_in("started_at", "9999-12-31T23:59:59-23:59")), encoding="utf-8")
    with ResultsStore.open(tmp_path / "teacher") as teacher:
        report = merge_files(teacher, [bad, good])
        assert [r.status for r in report.results] == [REFUSED, MERGED]
        assert "bad.json" in report.results[0].reason and "started_at" in report.results[0].reason
        assert len(teacher.sessions()) == 1


# -- what is not a file ----------------------------------------------------------------------------------------

def refused_quickly(path) -> str:
    """load_export's refusal; fails the test instead of hanging when the read never returns."""
    outcome: dict[str, BaseException] = {}

    def run():
        try:
            load_export(path)
        except BaseException as err:  # noqa: BLE001 - handed to the test thread
            outcome["error"] = err

    reader = threading.Thread(target=run, daemon=True)
    reader.start()
    reader.join(timeout=10)
    assert not reader.is_alive(), f"reading {path} did not end"
    assert isinstance(outcome.get("error"), ResultsError), outcome
    return str(outcome["error"])


@pytest.mark.skipif(not os.path.exists("/dev/zero"), reason="needs /dev/zero")
def test_dev_zero_and_a_link_to_it_are_refused_unread(tmp_path):
    link = tmp_path / "export.json"
    link.symlink_to("/dev/zero")
    for path in ("/dev/zero", link):
        message = refused_quickly(path)
        assert "not a file" in message and str(path) in message


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs named pipes")
def test_a_named_pipe_is_refused_without_waiting(tmp_path):
    pipe = tmp_path / "export.json"
    os.mkfifo(pipe)
    assert "not a file" in refused_quickly(pipe)


def test_a_folder_is_refused(tmp_path):
    assert "not a file" in refused_quickly(tmp_path)


def test_a_file_beyond_the_size_limit_is_refused_saying_the_limit(tmp_path, monkeypatch):
    monkeypatch.setattr(merge_module, "MAX_EXPORT_MB", 1)
    big = tmp_path / "big.json"
    big.write_bytes(b" " * (1024 * 1024 + 1))
    message = refused_quickly(big)
    assert "1 MB" in message and "big.json" in message
