"""A solo journey's answers reach the store one by one, and its profile when the journey ends."""

from __future__ import annotations

from play_for_integrity.content.library import load_library
from play_for_integrity.core.session import GameSession
from play_for_integrity.core.settings import Settings
from play_for_integrity.results.game_recorder import GameRecorder
from play_for_integrity.results.store import ResultsStore


def test_answers_and_profile_are_stored(tmp_path):
    store = ResultsStore.open(tmp_path)
    recorder = GameRecorder(store, class_name="7Б", participant="PC-07")
    session = GameSession(Settings(language="ru"), load_library(), tmp_path, on_answer=recorder)
    journey = session.start_journey("6-10")
    while not journey.finished:
        if journey.awaiting_choice:
            session.record(journey.choose(journey.node.choices[0].id, 3.0))
        journey.advance()
    recorder.finish(journey)
    [summary] = store.sessions()
    assert summary.answers == len(journey.answers) and summary.ended_at is not None
    data = store.session(summary.uuid)
    assert data.class_name == "7Б" and data.mode == "solo" and data.language == "ru" and data.band == "6-10"
    assert [p.nickname for p in data.participants] == ["PC-07"]
    assert [(a.scenario_id, a.choice_id) for a in data.answers] == [(a.scenario_id, a.choice_id) for a in journey.answers]
    assert data.participants[0].profile == journey.totals()


def test_each_answer_is_committed_before_the_next(tmp_path):
    store = ResultsStore.open(tmp_path)
    session = GameSession(Settings(), load_library(), tmp_path, on_answer=GameRecorder(store, participant="PC-01"))
    journey = session.start_journey("11-14")
    session.record(journey.choose(journey.node.choices[1].id, 1.0))
    other = ResultsStore.open(tmp_path)  # a second connection sees it at once
    [summary] = other.sessions()
    assert summary.class_name == "(no class)"
    assert len(other.session(summary.uuid).answers) == 1
