"""An undo withdraws the answers recorded last, even when the computer's clock went back meanwhile."""

from __future__ import annotations

from datetime import timedelta
from types import SimpleNamespace

import play_for_integrity.results.store_ops as store_ops
from play_for_integrity.content.model import Choice
from play_for_integrity.results.hour_recorder import BoardRecorder
from tests.results.conftest import START, at


def record(store, sid, pid, choice, when=None):
    return store.record_answer(sid, pid, "found-wallet", "start", choice, {"honesty": 1}, "stay", 1.0,
                               answered_at=when)


def test_withdraw_follows_the_recording_order_not_the_clock(store):
    sid = store.start_session("7Б", "board", "11-14", "ru", [])
    pid = store.add_participant(sid, "Команда 1")
    first = record(store, sid, pid, "a", at(100))
    record(store, sid, pid, "b", at(50))  # the clock was set back between the two answers
    assert store.withdraw_answers(pid, 1) == 1
    assert [a.uuid for a in store.session(sid).answers] == [first]


class BackwardsClock:
    """A wall clock that goes back a minute at every reading."""

    def __init__(self):
        self.now = START + timedelta(hours=1)

    def __call__(self):
        self.now -= timedelta(minutes=1)
        return self.now


def test_the_board_recorder_undoes_the_last_answer_with_a_clock_going_back(store, monkeypatch):
    monkeypatch.setattr(store_ops, "utc_now", BackwardsClock())
    game = SimpleNamespace(meta={}, teams=[SimpleNamespace(name="Барыс"), SimpleNamespace(name="Сұңқар")],
                           dilemma_deck=["found-wallet"], dilemmas_done=[0, 0])
    recorder = BoardRecorder(store, game)
    recorder.start("7Б", "11-14", "kk")
    choices = [Choice(id, id, {"honesty": 1}, "stay", "") for id in ("first", "second", "third")]
    for choice in choices:
        recorder.record_dilemma(0, "found-wallet", "start", choice, 2.0)
    game.dilemmas_done = [2, 0]  # the teacher undid the third answer
    assert recorder.after_undo() == 1
    kept = store.session(recorder.session_id).answers
    assert sorted(a.choice_id for a in kept) == ["first", "second"]
