"""One results sink per run: the store opened once, problems told once, a locked store tried again later."""

from __future__ import annotations

import sqlite3

import pytest

import play_for_integrity.results.store_open as store_open
from play_for_integrity.play.results_sink import SAVED_LATER, ResultsSink
from play_for_integrity.results.errors import StoreBusy
from play_for_integrity.results.journal import JOURNAL_NAME
from play_for_integrity.results.store import DB_NAME, ResultsStore


def record(store, sid, pid, choice="tell-mum"):
    return store.record_answer(sid, pid, "found-wallet", "start", choice, {"honesty": 2}, "ladder", 3.0)


def test_the_store_is_opened_once_and_shared(tmp_path):
    sink = ResultsSink(tmp_path, lambda message: None)
    assert sink.store is None, "nothing is opened before it is needed"
    first = sink.open()
    assert first is not None and sink.open() is first and sink.store is first


def test_a_store_that_cannot_open_is_one_notice_and_is_tried_again(tmp_path):
    notices: list[str] = []
    blocker = tmp_path / "a-file"
    blocker.write_text("x", encoding="utf-8")
    sink = ResultsSink(blocker, notices.append)
    assert sink.open() is None and sink.open() is None
    assert len(notices) == 1 and str(blocker) in notices[0]
    assert sink.write("save the answer", lambda store: 1) == 1, "the answer goes to a stand-in that keeps it"
    sink.data_dir = tmp_path / "free"
    assert sink.open() is not None and sink.problem is None


def test_a_failed_write_is_a_notice_naming_what_was_lost(tmp_path):
    notices: list[str] = []
    sink = ResultsSink(tmp_path, notices.append)

    def fail(store):
        raise OSError("disk full")

    assert sink.write("save the votes", fail) is None
    assert notices == ["could not save the votes: disk full"]


def test_a_disabled_sink_writes_nothing(tmp_path):
    sink = ResultsSink(tmp_path, lambda message: None, enabled=False)
    assert sink.open() is None and sink.write("save", lambda store: 1) is None
    assert not any(tmp_path.iterdir())


def test_an_answer_during_a_long_merge_is_kept_with_a_notice_then_saved(tmp_path, monkeypatch):
    monkeypatch.setattr(store_open, "BUSY_TIMEOUT", 0.2)
    notices: list[str] = []
    sink = ResultsSink(tmp_path, notices.append)
    sid = sink.write("start", lambda store: store.start_session("7Б", "solo", "11-14", "ru", []))
    pid = sink.write("join", lambda store: store.add_participant(sid, "Аружан"))
    merge = sqlite3.connect(tmp_path / DB_NAME, isolation_level=None)
    merge.execute("BEGIN IMMEDIATE")
    kept = sink.write("save the answer", lambda store: record(store, sid, pid))
    assert kept is not None
    [notice] = notices
    assert "could not save the answer now" in notice and "in use by another program" in notice
    assert "kept in" in notice and JOURNAL_NAME in notice and "will be saved" in notice
    merge.execute("ROLLBACK")
    merge.close()
    later = sink.write("save the answer", lambda store: record(store, sid, pid, "keep"))
    assert notices[-1] == SAVED_LATER
    with ResultsStore.open(tmp_path) as reader:
        assert [a.uuid for a in reader.session(sid).answers] == [kept, later]


def test_answers_while_the_store_cannot_open_are_kept_and_saved_once_it_opens(tmp_path, monkeypatch):
    notices: list[str] = []
    sink = ResultsSink(tmp_path, notices.append)
    real_open = store_open.open_database

    def busy(folder):
        raise StoreBusy("the class results are in use by another program: close it and try again")

    monkeypatch.setattr(store_open, "open_database", busy)
    monkeypatch.setattr("play_for_integrity.results.store.open_database", busy)
    sid = sink.write("start", lambda store: store.start_session("7Б", "solo", "11-14", "ru", []))
    pid = sink.write("join", lambda store: store.add_participant(sid, "Аружан"))
    kept = sink.write("save the answer", lambda store: record(store, sid, pid))
    assert any("in use by another program" in n for n in notices) and (tmp_path / JOURNAL_NAME).exists()
    monkeypatch.setattr("play_for_integrity.results.store.open_database", real_open)
    sink.clock = lambda: float("inf")  # the next try to open is due
    sink.write("save the answer", lambda store: record(store, sid, pid, "keep"))
    with ResultsStore.open(tmp_path) as reader:
        assert kept in [a.uuid for a in reader.session(sid).answers]
    assert not (tmp_path / JOURNAL_NAME).exists()


@pytest.mark.parametrize("error", [sqlite3.OperationalError("database or disk is full"),
                                   sqlite3.OperationalError("disk I/O error")])
def test_a_write_the_disk_refuses_is_kept(tmp_path, error):
    notices: list[str] = []
    sink = ResultsSink(tmp_path, notices.append)
    store = sink.open()
    sid = store.start_session("7Б", "solo", "11-14", "ru", [])
    pid = store.add_participant(sid, "Аружан")
    real_apply = store.connection

    class Refusing:
        """The connection, except that writing an answer fails as the disk would."""

        def __getattr__(self, name):
            return getattr(real_apply, name)

        def execute(self, sql, *args):
            if sql.startswith("INSERT INTO answer"):
                raise error
            return real_apply.execute(sql, *args)

    store._conn = Refusing()
    kept = sink.write("save the answer", lambda s: record(s, sid, pid))
    assert "kept in" in notices[-1]
    store._conn = real_apply
    sink.save_kept()
    assert kept in [a.uuid for a in store.session(sid).answers]


def test_damage_met_on_a_write_is_checked_at_the_next_use_and_nothing_is_lost(tmp_path, monkeypatch):
    """A 'malformed' error keeps the answer in the journal and closes the store; reopening checks the whole file
    once: a sound file is kept and the answer is written into it."""
    notices: list[str] = []
    sink = ResultsSink(tmp_path, notices.append)
    store = sink.open()
    sid = store.start_session("7Б", "solo", "11-14", "ru", [])
    pid = store.add_participant(sid, "Аружан")
    real = store.connection

    class Damaged:
        def __getattr__(self, name):
            return getattr(real, name)

        def execute(self, sql, *args):
            if sql.startswith("INSERT INTO answer"):
                raise sqlite3.DatabaseError("database disk image is malformed")
            return real.execute(sql, *args)

    store._conn = Damaged()
    kept = sink.write("save the answer", lambda s: record(s, sid, pid))
    assert "kept in" in notices[-1] and sink.store is None, "closed, to be checked when next used"
    seen: list[str] = []
    real_connect = sqlite3.connect

    def traced(*args, **kwargs):
        conn = real_connect(*args, **kwargs)
        conn.set_trace_callback(seen.append)
        return conn

    monkeypatch.setattr(sqlite3, "connect", traced)
    reopened = sink.open()
    assert "PRAGMA quick_check" in seen and reopened.open_report is None, "checked once, found sound, kept"
    assert kept in [a.uuid for a in reopened.session(sid).answers]
