"""The solo journey rules, without pygame: choices, feedback, branches, endings, totals."""

from __future__ import annotations

import pytest

from play_for_integrity.core.journey import Journey, draw_playlist
from tests.core.content_builder import library

LIBRARY = library()


def branching_with_ending():
    for scenario in LIBRARY.scenarios.values():
        for node in scenario.nodes.values():
            for choice in node.choices:
                if choice.next and scenario.nodes[choice.next].is_ending:
                    return scenario, node, choice
    raise AssertionError("the test content needs a choice that leads to an ending node")


def test_a_choice_without_next_ends_the_scenario_after_its_feedback():
    scenario = LIBRARY.scenarios["wallet"]
    journey = Journey([scenario, LIBRARY.scenarios["homework"]])
    journey.choose("leave-it")
    assert journey.pending is not None and not journey.awaiting_choice
    journey.advance()
    assert journey.scenario.id == "homework" and journey.node_id == journey.scenario.start.id


def test_a_choice_with_next_leads_to_that_node():
    journey = Journey([LIBRARY.scenarios["wallet"]])
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
    journey = Journey([LIBRARY.scenarios["wallet"]])
    journey.choose("keep")
    with pytest.raises(RuntimeError):
        journey.choose("keep")


def test_unknown_choice_is_refused():
    journey = Journey([LIBRARY.scenarios["wallet"]])
    with pytest.raises(KeyError):
        journey.choose("fly-away")


def test_answers_record_effects_board_move_and_time():
    journey = Journey([LIBRARY.scenarios["wallet"]])
    answer = journey.choose("tell-mum", seconds=12.345)
    assert (answer.scenario_id, answer.node_id, answer.choice_id) == ("wallet", "start", "tell-mum")
    assert answer.effects == {"honesty": 2, "responsibility": 2} and answer.board == "ladder"
    assert answer.seconds == 12.35


def test_totals_add_up_every_confirmed_choice():
    journey = Journey([LIBRARY.scenarios["wallet"]])
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


def test_a_teacher_playlist_is_played_in_its_order_within_the_band():
    from play_for_integrity.play.solo import choose_playlist  # the session's playlist rule moved to play/

    playlist = choose_playlist(LIBRARY, "6-10", ["gift", "exam", "wallet"])
    assert [s.id for s in playlist] == ["gift", "wallet"]



def _stories(count: int):
    """`count` copies of one scenario, each with its own id s0, s1 ..."""
    from dataclasses import replace
    model = LIBRARY.scenarios["wallet"]
    return [replace(model, id=f"s{i}") for i in range(count)]


def test_a_pupil_meets_stories_not_played_recently_first():
    stories = _stories(8)
    for seed in range(20):
        drawn = [s.id for s in draw_playlist(stories, 3, seed, played=["s0", "s1", "s2", "s3", "s4"])]
        assert sorted(drawn) == ["s5", "s6", "s7"]


def test_when_every_story_was_played_the_longest_ago_come_back_first():
    stories = _stories(5)
    drawn = [s.id for s in draw_playlist(stories, 3, 1, played=["s4", "s3", "s2", "s1"])]
    assert drawn[0] == "s0" and drawn[1:] == ["s1", "s2"]
