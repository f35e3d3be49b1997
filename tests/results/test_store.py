"""Recording and reading sessions, participants, answers and profiles."""

from __future__ import annotations

import os
import sqlite3
import threading

import pytest

from play_for_integrity.results.errors import ResultsError
from play_for_integrity.results.store import DB_NAME, ResultsStore
from tests.results.conftest import START, at


def test_store_is_created_in_the_given_data_folder(tmp_path):
    with ResultsStore.open(tmp_path / "new" / "folder") as store:
        assert store.path == (tmp_path / "new" / "folder" / DB_NAME).resolve()
        assert store.path.is_file()


def test_store_defaults_to_the_environment_data_folder(tmp_path, monkeypatch):
    monkeypatch.setenv("PLAY_FOR_INTEGRITY_DATA", str(tmp_path / "env"))
    with ResultsStore.open() as store:
        assert store.path == (tmp_path / "env" / DB_NAME).resolve()


def test_local_folder_uses_wal(store):
    assert store.journal_mode == "WAL"


def test_network_folder_uses_the_rollback_journal(tmp_path, monkeypatch):
    import play_for_integrity.results.store_open as store_module

    monkeypatch.setattr(store_module, "choose_journal_mode", lambda folder: "DELETE")
    with ResultsStore.open(tmp_path) as store:
        assert store.journal_mode == "DELETE"
        assert store.connection.execute("PRAGMA journal_mode").fetchone()[0] == "delete"


def test_session_round_trip(store, class_session):
    data = store.session(class_session)
    assert (data.class_name, data.mode, data.band, data.language) == ("7Б", "solo", "11-14", "ru")
    assert data.playlist == ("found-wallet", "teacher-gift")
    assert data.started_at == START and data.ended_at == at(180)
    assert [p.nickname for p in data.participants] == ["Аружан", '=HYPERLINK("x")']


def test_answers_are_read_back_in_time_order_with_all_fields(store, class_session):
    answers = store.session(class_session).answers
    assert [(a.node_id, a.choice_id, a.board, a.seconds) for a in answers] == [
        ("start", "tell-mum", "ladder", 12.5), ("start", "keep", "snake", 7.25),
        ("next-day", "confess", "ladder", 20.0), ("start", "card-instead", "ladder", 9.0)]
    assert answers[1].effects == {"honesty": -2, "fairness": -1}
    assert answers[0].answered_at == at(30)


def test_final_profile_is_stored_per_participant(store, class_session):
    aru = store.session(class_session).participants[0]
    assert aru.profile == {"honesty": 2, "responsibility": 2, "fairness": 2}
    assert aru.finished_at == at(120)


def test_finishing_again_replaces_the_profile(store, class_session):
    pid = store.session(class_session).participants[0].uuid
    store.finish_participant(pid, {"courage": 1})
    assert store.session(class_session).participants[0].profile == {"courage": 1}


def test_vote_answer_records_the_number_of_pupils(store, vote_session):
    assert [(a.choice_id, a.votes) for a in store.session(vote_session).answers] == [("tell-mum", 18), ("keep", 6)]


def test_sessions_lists_newest_first_with_counts(store, class_session, vote_session):
    summaries = store.sessions()
    assert [s.uuid for s in summaries] == [vote_session, class_session]
    assert (summaries[1].participants, summaries[1].answers) == (2, 4)


@pytest.mark.parametrize("change, message", [
    ({"board": "rocket"}, "board move"),
    ({"votes": 0}, "votes"),
    ({"seconds": float("nan")}, "seconds"),
    ({"effects": {"honesty": 3}}, "outside"),
    ({"effects": {"honesty": 1.5}}, "whole numbers"),
])
def test_invalid_answer_is_refused(store, class_session, change, message):
    pid = store.session(class_session).participants[0].uuid
    answer = dict(scenario_id="s", node_id="n", choice_id="c", effects={}, board="stay", seconds=1.0, votes=1)
    answer.update(change)
    with pytest.raises(ValueError, match=message):
        store.record_answer(class_session, pid, **answer)


def test_answer_for_a_participant_of_another_session_is_refused(store, class_session, vote_session):
    stranger = store.session(vote_session).participants[0].uuid
    with pytest.raises(ValueError, match="not part of session"):
        store.record_answer(class_session, stranger, "s", "n", "c", {}, "stay", 1.0)


def test_unknown_mode_is_refused(store):
    with pytest.raises(ValueError, match="mode"):
        store.start_session("7Б", "race", "11-14", "ru", [])


def test_delete_session_removes_its_answers_and_people(store, class_session, vote_session):
    store.delete_session(class_session)
    assert [s.uuid for s in store.sessions()] == [vote_session]
    conn = store.connection
    assert conn.execute("SELECT count(*) FROM answer WHERE session_uuid = ?", (class_session,)).fetchone()[0] == 0
    assert conn.execute("SELECT count(*) FROM participant WHERE session_uuid = ?", (class_session,)).fetchone()[0] == 0
    assert conn.execute("SELECT count(*) FROM profile").fetchone()[0] == 0


def test_deleting_an_unknown_session_says_so(store):
    with pytest.raises(ResultsError, match="no session"):
        store.delete_session("00000000-0000-4000-8000-000000000000")


def test_session_id_prefix_is_resolved(store, class_session):
    assert store.resolve_session_id(class_session[:8].upper()) == class_session


def test_too_short_prefix_is_refused(store, class_session):
    with pytest.raises(ResultsError, match="no session"):
        store.resolve_session_id(class_session[:3])


def test_batch_rolls_back_every_write_on_error(store):
    with pytest.raises(RuntimeError):
        with store.batch():
            store.start_session("8А", "solo", "11-14", "ru", [])
            raise RuntimeError("stop")
    assert store.sessions() == []


def test_backup_is_a_complete_standalone_database(store, class_session, tmp_path):
    (tmp_path / "restored").mkdir()
    store.backup(tmp_path / "restored" / DB_NAME)
    assert not (tmp_path / "restored" / (DB_NAME + "-wal")).exists()
    with ResultsStore.open(tmp_path / "restored") as restored:
        assert restored.open_report is None
        assert restored.session(class_session) == store.session(class_session)


def test_backup_works_while_another_connection_writes(tmp_path):
    writer_store = ResultsStore.open(tmp_path)
    sid = writer_store.start_session("7Б", "solo", "11-14", "ru", [])
    pid = writer_store.add_participant(sid, "Аружан")
    stop = threading.Event()

    def keep_writing() -> None:
        with ResultsStore.open(tmp_path) as writer:
            while not stop.is_set():
                writer.record_answer(sid, pid, "s", "n", "c", {"honesty": 1}, "stay", 1.0)

    thread = threading.Thread(target=keep_writing)
    thread.start()
    try:
        for n in range(5):
            copy = writer_store.backup(tmp_path / f"copy{n}.sqlite3")
            conn = sqlite3.connect(copy)
            assert conn.execute("PRAGMA quick_check").fetchone()[0] == "ok"
            conn.close()
    finally:
        stop.set()
        thread.join()
        writer_store.close()


def test_backup_onto_the_database_itself_is_refused(store):
    with pytest.raises(ResultsError, match="database itself"):
        store.backup(store.path)


def test_folder_that_is_a_file_gives_a_clear_error(tmp_path):
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("x")
    with pytest.raises(ResultsError, match="not-a-folder.*--data-dir"):
        ResultsStore.open(blocker)


def test_unwritable_folder_names_the_folder_and_the_fix(tmp_path, monkeypatch):
    import play_for_integrity.results.store_open as store_module

    def refuse(*args, **kwargs):
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(store_module.tempfile, "TemporaryFile", refuse)
    with pytest.raises(ResultsError, match=r"not writable.*--data-dir") as caught:
        ResultsStore.open(tmp_path)
    assert str(tmp_path) in str(caught.value)


@pytest.mark.skipif(not hasattr(os, "geteuid") or os.geteuid() == 0, reason="root may write into read-only folders")
def test_read_only_folder_is_reported(tmp_path):
    folder = tmp_path / "ro"
    folder.mkdir()
    folder.chmod(0o500)
    try:
        with pytest.raises(ResultsError, match="not writable"):
            ResultsStore.open(folder)
    finally:
        folder.chmod(0o700)
