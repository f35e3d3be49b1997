"""The one serialiser of the state records: plain data out, equal records back, undo history included."""

from __future__ import annotations

import json

import pytest

from play_for_integrity.core.board_codec import BoardStateError, state_from_data, state_to_data
from tests.core.board_helpers import answer, land_on, new_game


def played():
    """A game with a dilemma answered and a task card on show."""
    game = new_game()
    land_on(game, 10)
    game.answer_dilemma(answer("snake", honesty=-2, courage=1))
    land_on(game, 12)
    return game


def test_the_data_is_plain_json_with_one_record_per_team():
    data = state_to_data(played().state)
    assert json.loads(json.dumps(data)) == data
    assert data["phase"] == "task" and type(data["phase"]) is str
    assert data["team_states"][0] == {"position": 3, "profile": {"honesty": -2, "courage": 1}, "tasks_right": 0,
                                      "tasks_done": 0, "dilemmas_done": 1}
    assert data["last_move"]["path"][-1] == data["last_move"]["end"] == 12 and data["card"] in ("t1", "t2")


def test_reading_the_data_back_gives_an_equal_record():
    game = played()
    assert state_from_data(json.loads(json.dumps(state_to_data(game.state))), game, "state") == game.state


def test_the_undo_history_is_saved_through_the_same_serialiser():
    game = played()
    assert game.history == [state_to_data(step) for step in game.undo_states]
    assert [state_from_data(step, game, "history") for step in game.history] == list(game.undo_states)


def test_a_record_from_another_game_is_refused():
    game = played()
    data = state_to_data(game.state)
    with pytest.raises(BoardStateError, match="team_states"):
        state_from_data(data, new_game(count=2), "state")
