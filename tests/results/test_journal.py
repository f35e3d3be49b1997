"""A confirmed answer the store cannot take now (locked, disk full) waits in the journal and is saved later, once."""

from __future__ import annotations

import json
import os
import sqlite3

import pytest

import play_for_integrity.results.store_open as store_open
from play_for_integrity.results.journal import JOURNAL_NAME, Journal
from play_for_integrity.results.store import DB_NAME, JOURNAL_DONE_KEY, ResultsStore


@pytest.fixture(autouse=True)
def short_busy_timeout(monkeypatch):
    monkeypatch.setattr(store_open, "BUSY_TIMEOUT", 0.2)


class Holder:
    """Another program holding the write lock (a long merge)."""

    def __init__(self, folder):
        self.conn = sqlite3.connect(folder / DB_NAME, isolation_level=None)
        self.conn.execute("BEGIN IMMEDIATE")

    def release(self):
        self.conn.execute("ROLLBACK")
        self.conn.close()


@pytest.fixture
def started(tmp_path):
    store = ResultsStore.open(tmp_path)
    sid = store.start_session("7Б", "board", "11-14", "ru", ["found-wallet"])
    pid = store.add_participant(sid, "Команда 1")
    yield store, sid, pid
    store.close()


def answer(store, sid, pid, choice="tell-mum"):
    return store.record_answer(sid, pid, "found-wallet", "start", choice, {"honesty": 2}, "ladder", 3.0)


def stored_ids(folder, sid):
    with ResultsStore.open(folder) as reader:
        return [a.uuid for a in reader.session(sid).answers]


def test_an_answer_during_a_held_lock_is_kept_and_saved_by_the_next_write(tmp_path, started):
    store, sid, pid = started
    holder = Holder(tmp_path)
    kept = answer(store, sid, pid)
    assert store.kept == 1 and "in use by another program" in store.kept_reason
    lines = (tmp_path / JOURNAL_NAME).read_text(encoding="utf-8").splitlines()
    assert [json.loads(line)["op"]["uuid"] for line in lines] == [kept]
    second = answer(store, sid, pid, "keep")  # still locked: goes after the first, without waiting again
    holder.release()
    third = answer(store, sid, pid, "confess")
    assert stored_ids(tmp_path, sid) == [kept, second, third]
    assert not (tmp_path / JOURNAL_NAME).exists()


def test_kept_answers_are_saved_when_the_store_next_opens(tmp_path, started):
    store, sid, pid = started
    holder = Holder(tmp_path)
    kept = answer(store, sid, pid)
    store.close()
    holder.release()
    assert stored_ids(tmp_path, sid) == [kept]
    assert not (tmp_path / JOURNAL_NAME).exists()


def test_a_crash_after_the_commit_never_writes_a_change_twice(tmp_path, started):
    store, sid, pid = started
    holder = Holder(tmp_path)
    first, second = answer(store, sid, pid), answer(store, sid, pid, "keep")
    store.withdraw_answers(pid, 1)  # the teacher undid the second answer
    holder.release()
    saved = (tmp_path / JOURNAL_NAME).read_text(encoding="utf-8")
    assert store.replay()
    third = answer(store, sid, pid, "confess")
    (tmp_path / JOURNAL_NAME).write_text(saved, encoding="utf-8")  # as if the game died before shortening it
    assert store.replay()
    assert stored_ids(tmp_path, sid) == [first, third]
    assert second not in stored_ids(tmp_path, sid)


def test_a_journal_line_that_no_longer_fits_is_set_aside_not_lost(tmp_path, started):
    store, sid, pid = started
    journal = Journal(tmp_path)
    journal.add([{"op": "answer", "uuid": "x", "session": "gone", "participant": "gone", "scenario": "s",
                  "node": "n", "choice": "c", "effects": {}, "board": "stay", "seconds": 1.0, "votes": 1,
                  "answered_at": "2025-03-03T04:00:00.000+00:00"}])
    with (tmp_path / JOURNAL_NAME).open("a", encoding="utf-8") as handle:
        handle.write("not json\n")
    assert store.replay()
    rejected = (tmp_path / (JOURNAL_NAME + ".rejected")).read_text(encoding="utf-8")
    assert '"gone"' in rejected and "not json" in rejected
    assert not (tmp_path / JOURNAL_NAME).exists()


def test_a_torn_last_line_was_never_confirmed_and_is_dropped(tmp_path, started):
    store, sid, pid = started
    (tmp_path / JOURNAL_NAME).write_text('{"id": "a", "op": {"op": "ans', encoding="utf-8")
    assert store.replay() and not (tmp_path / JOURNAL_NAME).exists()
    assert not (tmp_path / (JOURNAL_NAME + ".rejected")).exists()


def test_when_even_the_journal_cannot_be_written_the_answer_waits_in_memory(tmp_path, started, monkeypatch):
    store, sid, pid = started
    holder = Holder(tmp_path)
    real_open = os.open

    def disk_full(path, *args, **kwargs):
        if str(path).endswith(JOURNAL_NAME):
            raise OSError(28, "No space left on device")
        return real_open(path, *args, **kwargs)

    monkeypatch.setattr(os, "open", disk_full)
    kept = answer(store, sid, pid)
    assert not store.kept_on_disk and store.journal.held
    monkeypatch.setattr(os, "open", real_open)
    holder.release()
    answer(store, sid, pid, "keep")
    assert kept in stored_ids(tmp_path, sid) and not store.journal.held


def test_a_vote_is_kept_whole(tmp_path, started):
    store, sid, pid = started
    holder = Holder(tmp_path)
    with store.together():
        answer(store, sid, pid)
        answer(store, sid, pid, "keep")
    assert store.kept == 2
    holder.release()
    assert store.replay() and len(stored_ids(tmp_path, sid)) == 2


def test_the_marker_is_written_with_the_changes(tmp_path, started):
    store, sid, pid = started
    holder = Holder(tmp_path)
    answer(store, sid, pid)
    entry_id = json.loads((tmp_path / JOURNAL_NAME).read_text(encoding="utf-8"))["id"]
    holder.release()
    assert store.replay() and store.get_setting(JOURNAL_DONE_KEY) == entry_id


def test_a_line_another_program_adds_during_a_replay_stays(tmp_path, started, monkeypatch):
    store, sid, pid = started
    holder = Holder(tmp_path)
    answer(store, sid, pid)
    holder.release()
    other_game = Journal(tmp_path)  # a second copy of the game, writing to the same journal
    apply_kept = store._apply_kept

    def meanwhile(entries):
        other_game.add([{"op": "end_session", "session": sid, "ended_at": "2025-03-03T05:00:00.000+00:00"}])
        return apply_kept(entries)

    monkeypatch.setattr(store, "_apply_kept", meanwhile)
    assert store.replay()
    [(kept, _)] = [(entry.op["op"], entry.id) for entry in Journal(tmp_path).entries()[0]]
    assert kept == "end_session", "the line added meanwhile waits for the next replay"
