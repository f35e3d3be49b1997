"""The solo journey played through actions alone: answers stored as confirmed, the profile at the end."""

from __future__ import annotations

from play_for_integrity.play.actions import Advance, Choose, Finish
from play_for_integrity.play.solo import SoloGame

from .conftest import BAND, SteppedTime


def play_through(game: SoloGame, pick: int = 0) -> None:
    while not game.view.finished:
        if game.awaiting_choice:
            assert game.dispatch(Choose(game.view.node.choices[pick].id)).accepted
        assert game.dispatch(Advance()).accepted


def test_a_whole_journey_is_stored_answer_by_answer_then_closed(session):
    game = session.start_solo(BAND, "Аружан", "2Б")
    play_through(game)
    store = session.results.open()
    [summary] = store.sessions()
    data = store.session(summary.uuid)
    assert (data.class_name, data.mode, data.band, data.language) == ("2Б", "solo", BAND, "ru")
    assert [p.nickname for p in data.participants] == ["Аружан"]
    assert [(a.scenario_id, a.node_id, a.choice_id) for a in data.answers] == \
        [(a.scenario_id, a.node_id, a.choice_id) for a in game.view.answers]
    assert data.ended_at is not None and data.participants[0].profile == game.journey.totals()


def test_a_second_press_in_the_same_frame_is_refused_not_a_crash(session):
    game = session.start_solo(BAND)
    first, second = game.view.node.choices[:2]
    assert game.dispatch(Choose(first.id)).accepted
    refused = game.dispatch(Choose(second.id))
    assert not refused.accepted and "no choice" in refused.reason
    assert [a.choice_id for a in game.view.answers] == [first.id]


def test_advancing_before_choosing_and_unknown_choices_are_refused(session):
    game = session.start_solo(BAND)
    assert not game.dispatch(Advance()).accepted
    assert not game.dispatch(Choose("no-such-choice")).accepted
    assert game.view.answers == ()


def test_the_profile_is_stored_once_even_if_finish_comes_again(session):
    game = session.start_solo(BAND)
    play_through(game, pick=1)
    assert not game.dispatch(Finish()).accepted, "advancing past the end already finished the journey"
    store = session.results.open()
    assert len(store.sessions()) == 1


def test_answer_time_counts_from_when_the_step_was_shown(session, library):
    clock = SteppedTime()
    game = SoloGame(library, session.results, BAND, "en", library.by_band(BAND), clock=clock)
    clock.now += 7.25
    answer = game.dispatch(Choose(game.view.node.choices[0].id)).value
    assert answer.seconds == 7.25


def test_a_failing_store_becomes_a_notice_and_the_game_goes_on(session, monkeypatch):
    store = session.results.open()

    def full(*args, **kwargs):
        raise OSError("disk full")

    monkeypatch.setattr(store, "record_answer", full)
    game = session.start_solo(BAND)
    assert game.dispatch(Choose(game.view.node.choices[0].id)).accepted
    assert any("disk full" in notice for notice in session.notices)
    assert game.dispatch(Advance()).accepted


def test_the_teacher_playlist_is_played_in_its_order(session):
    session.teacher_playlist = ["one-step", "two-steps"]
    game = session.start_solo(BAND)
    assert [s.id for s in game.journey.playlist] == ["one-step", "two-steps"]


def test_a_nickname_meets_new_stories_in_its_next_journey(session, library):
    band = library.by_band(BAND)
    first = session.start_solo(BAND, player="Айдана")
    while not first.journey.finished:
        first.dispatch(Choose(first.journey.node.choices[0].id))
        first.dispatch(Advance())
    first.dispatch(Finish())
    played = [s.id for s in first.journey.playlist]
    assert session.results.open().recent_scenarios("Айдана", BAND) == played
    assert len(played) == len(band), "the fixture band has fewer stories than a journey"
    again = session.start_solo(BAND, player="Айдана")
    assert [s.id for s in again.journey.playlist] == played[::-1], "the story met last comes last"
    other = session.start_solo(BAND, player="Someone else")
    assert session.results.open().recent_scenarios("Someone else", BAND) == []
    assert sorted(s.id for s in other.journey.playlist) == sorted(played)
