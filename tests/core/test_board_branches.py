"""A dilemma card plays its story through: each step a team decision, and the path decides the ladder or snake."""

from __future__ import annotations

import pytest

from play_for_integrity.core.board_codec import BoardStateError, state_from_data, state_to_data
from play_for_integrity.core.board_game import path_move

from .board_helpers import LADDERS, SNAKES, answer, land_on, new_game


@pytest.mark.parametrize(("moves", "expected"), [
    (("ladder",), "ladder"), (("snake",), "snake"), (("stay",), "stay"),
    (("snake", "ladder"), "stay"), (("snake", "ladder", "ladder"), "ladder"), (("ladder", "snake", "snake"), "snake"),
    (("stay", "ladder"), "ladder"), (("stay", "stay", "snake"), "snake"),
])
def test_the_path_decides_the_move(moves, expected):
    assert path_move(moves) == expected


def test_a_step_that_leads_on_keeps_the_same_team_on_the_card_and_scores_it():
    game = new_game()
    ladder_foot = 15
    land_on(game, ladder_foot)
    team = game.current
    move = game.answer_dilemma(answer("snake", honesty=-1), "start", leads_on=True)
    assert (move.slide, move.end) == (None, ladder_foot)
    assert game.phase == "dilemma" and game.current == team and game.card is not None
    assert [s.node for s in game.steps] == ["start"] and game.profiles[team]["honesty"] == -1
    assert game.dilemmas_done[team] == 0, "a card counts as done when its story ends"
    move = game.answer_dilemma(answer("ladder", honesty=2), "owns-up", leads_on=True)
    move = game.answer_dilemma(answer("ladder", courage=1), "last", leads_on=False)
    assert move.slide == "ladder" and move.end == LADDERS[ladder_foot], "snake, ladder, ladder climbs"
    assert game.phase == "roll" and game.current != team and game.steps == ()
    assert game.dilemmas_done[team] == 1 and dict(game.profiles[team]) == {"honesty": 1, "courage": 1}


def test_a_path_of_a_snake_and_a_ladder_stays():
    game = new_game()
    head = 10
    land_on(game, head)
    game.answer_dilemma(answer("snake"), "start", leads_on=True)
    move = game.answer_dilemma(answer("ladder"), "next")
    assert move.slide is None and move.end == head


def test_undo_goes_back_one_step_of_the_card():
    game = new_game()
    land_on(game, 15)
    game.answer_dilemma(answer("stay", honesty=1), "start", leads_on=True)
    game.answer_dilemma(answer("ladder", honesty=1), "next")
    assert game.undo()
    assert game.phase == "dilemma" and [s.node for s in game.steps] == ["start"]
    assert game.undo() and game.steps == ()


def test_a_card_in_the_middle_of_its_story_is_saved_and_read_back():
    game = new_game()
    land_on(game, 15)
    game.answer_dilemma(answer("snake", honesty=-2), "start", leads_on=True)
    data = state_to_data(game.state)
    assert data["steps"] == [{"node": "start", "choice": "snake", "board": "snake"}]
    assert state_from_data(data, game, "state") == game.state


@pytest.mark.parametrize("steps", [
    "start", [{"node": "start", "choice": "a"}], [{"node": "start", "choice": "a", "board": "up"}],
    [{"node": "", "choice": "a", "board": "stay"}],
])
def test_damaged_steps_in_a_save_are_refused(steps):
    game = new_game()
    land_on(game, 15)
    data = state_to_data(game.state)
    data["steps"] = steps
    with pytest.raises(BoardStateError):
        state_from_data(data, game, "state")


def test_steps_without_a_card_on_show_are_refused():
    game = new_game()
    data = state_to_data(game.state)
    data["steps"] = [{"node": "start", "choice": "a", "board": "stay"}]
    with pytest.raises(BoardStateError, match="steps"):
        state_from_data(data, game, "state")


def test_a_save_from_before_branching_cards_reads_with_no_steps():
    game = new_game()
    land_on(game, 15)
    data = state_to_data(game.state)
    del data["steps"]
    assert state_from_data(data, game, "state").steps == ()
