"""The solo journey rules, without pygame: choices, feedback, branches, endings, totals."""

from __future__ import annotations

import pytest

from play_for_integrity.content.library import load_library
from play_for_integrity.core.journey import Journey, draw_playlist

LIBRARY = load_library()


def branching_with_ending():
    for scenario in LIBRARY.scenarios.values():
        for node in scenario.nodes.values():
            for choice in node.choices:
                if choice.next and scenario.nodes[choice.next].is_ending:
                    return scenario, node, choice
    raise AssertionError("the shipped content needs a choice that leads to an ending node")


def test_a_choice_without_next_ends_the_scenario_after_its_feedback():
    scenario = LIBRARY.scenarios["found-wallet"]
    journey = Journey([scenario, LIBRARY.scenarios["copied-homework"]])
    journey.choose("leave-it")
    assert journey.pending is not None and not journey.awaiting_choice
    journey.advance()
    assert journey.scenario.id == "copied-homework" and journey.node_id == journey.scenario.start.id


def test_a_choice_with_next_leads_to_that_node():
    journey = Journey([LIBRARY.scenarios["found-wallet"]])
    journey.choose("keep")
    journey.advance()
    assert journey.node_id == "next-day" and journey.awaiting_choice


def test_an_ending_node_is_shown_then_the_journey_moves_on():
    scenario, node, choice = branching_with_ending()
    journey = Journey([scenario])
    journey.node_id = node.id
    journey.choose(choice.id)
    journey.advance()
    assert journey.node.is_ending and not journey.awaiting_choice
    journey.advance()
    assert journey.finished


def test_choosing_twice_without_advancing_is_refused():
    journey = Journey([LIBRARY.scenarios["found-wallet"]])
    journey.choose("keep")
    with pytest.raises(RuntimeError):
        journey.choose("keep")


def test_unknown_choice_is_refused():
    journey = Journey([LIBRARY.scenarios["found-wallet"]])
    with pytest.raises(KeyError):
        journey.choose("fly-away")


def test_answers_record_effects_board_move_and_time():
    journey = Journey([LIBRARY.scenarios["found-wallet"]])
    answer = journey.choose("tell-mum", seconds=12.345)
    assert (answer.scenario_id, answer.node_id, answer.choice_id) == ("found-wallet", "start", "tell-mum")
    assert answer.effects == {"honesty": 2, "responsibility": 2} and answer.board == "ladder"
    assert answer.seconds == 12.35


def test_totals_add_up_every_confirmed_choice():
    journey = Journey([LIBRARY.scenarios["found-wallet"]])
    journey.choose("keep")
    journey.advance()
    journey.choose("confess")
    assert journey.totals() == {"honesty": 0, "fairness": -1, "respect": -1, "courage": 2, "responsibility": 1}


def test_playlist_is_drawn_within_the_given_scenarios_and_repeatable():
    band = LIBRARY.by_band("6-10")
    first = draw_playlist(band, 2, seed=3)
    assert [s.id for s in first] == [s.id for s in draw_playlist(band, 2, seed=3)]
    assert len({s.id for s in first}) == 2 and all(s.band == "6-10" for s in first)
    assert len(draw_playlist(band, 99, seed=1)) == len(band)


def test_an_empty_playlist_is_refused():
    with pytest.raises(ValueError):
        Journey([])


def test_a_teacher_playlist_is_played_in_its_order_within_the_band(tmp_path):
    from play_for_integrity.core.session import GameSession
    from play_for_integrity.core.settings import Settings

    session = GameSession(Settings(), LIBRARY, tmp_path,
                          teacher_playlist=["teacher-gift", "leaked-answers", "found-wallet"])
    journey = session.start_journey("6-10")
    assert [s.id for s in journey.playlist] == ["teacher-gift", "found-wallet"]
