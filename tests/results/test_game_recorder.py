"""A solo journey's answers reach the store one by one, and its profile when the journey ends."""

from __future__ import annotations

from play_for_integrity.core.journey import Answer
from play_for_integrity.results.game_recorder import NO_CLASS, GameRecorder, default_participant_name
from play_for_integrity.results.store import ResultsStore


def answer(choice: str, effects: dict[str, int]) -> Answer:
    return Answer("wallet", "start", choice, effects, "ladder", 3.0)


def test_answers_and_profile_are_stored(tmp_path):
    store = ResultsStore.open(tmp_path)
    recorder = GameRecorder("6-10", "ru", ["wallet"], class_name="7Б", participant="PC-07")
    recorder.record(store, answer("give", {"honesty": 2}))
    recorder.record(store, answer("keep", {"honesty": -1}))
    recorder.finish(store, {"honesty": 1})
    [summary] = store.sessions()
    assert summary.answers == 2 and summary.ended_at is not None
    data = store.session(summary.uuid)
    assert data.class_name == "7Б" and data.mode == "solo" and data.language == "ru" and data.band == "6-10"
    assert [p.nickname for p in data.participants] == ["PC-07"]
    assert [a.choice_id for a in data.answers] == ["give", "keep"]
    assert data.participants[0].profile == {"honesty": 1}


def test_each_answer_is_committed_before_the_next(tmp_path):
    store = ResultsStore.open(tmp_path)
    recorder = GameRecorder("11-14", "en", ["wallet"])
    recorder.record(store, answer("give", {"honesty": 2}))
    other = ResultsStore.open(tmp_path)  # a second connection sees it at once
    [summary] = other.sessions()
    assert summary.class_name == NO_CLASS
    data = other.session(summary.uuid)
    assert len(data.answers) == 1 and data.participants[0].nickname == default_participant_name()


def test_a_journey_with_no_answer_stores_nothing(tmp_path):
    store = ResultsStore.open(tmp_path)
    GameRecorder("6-10", "en", ["wallet"]).finish(store, {})
    assert store.sessions() == []
