"""The game keeps one immutable record per team and one for the game; the old list views are derived copies."""

from __future__ import annotations

from dataclasses import FrozenInstanceError, replace

import pytest

from play_for_integrity.core.board_enums import Phase
from play_for_integrity.core.board_records import GameState, TeamState
from tests.core.board_helpers import answer, land_on, new_game, set_team


def test_a_new_game_has_one_fresh_record_per_team():
    game = new_game(count=4)
    assert game.state == GameState.start(4) and game.team_states == (TeamState(),) * 4
    assert game.state.phase is Phase.ROLL and game.state.current == 0


def test_the_list_views_are_derived_from_the_team_records():
    game = new_game()
    land_on(game, 10)
    game.answer_dilemma(answer("snake", honesty=-2))
    land_on(game, 12)
    game.judge_task(True)
    assert game.positions == [t.position for t in game.team_states] == [3, 14, 0]
    assert game.profiles == [dict(t.profile) for t in game.team_states] == [{"honesty": -2}, {}, {}]
    assert (game.tasks_right, game.tasks_done, game.dilemmas_done) == ([0, 1, 0], [0, 1, 0], [1, 0, 0])
    assert isinstance(game.finish_order, list) and isinstance(game.positions, list)


def test_changing_a_list_view_does_not_change_the_game():
    game = new_game()
    game.roll()
    before = game.state
    game.positions[0] = 22
    game.profiles[0]["honesty"] = 5
    game.finish_order.append(0)
    assert game.state == before and game.positions[0] != 22 and game.profiles[0] == {}


def test_records_cannot_be_changed_in_place():
    game = new_game()
    land_on(game, 10)
    game.answer_dilemma(answer("stay", honesty=1))
    team = game.team_states[0]
    with pytest.raises(FrozenInstanceError):
        team.position = 5  # type: ignore[misc]
    with pytest.raises(TypeError):
        team.profile["honesty"] = 9  # type: ignore[index]
    with pytest.raises(FrozenInstanceError):
        game.state.phase = Phase.OVER  # type: ignore[misc]


def test_undo_snapshots_are_the_earlier_records_untouched_by_later_actions():
    game = new_game()
    first = game.state
    game.roll()
    land_on(game, 10)
    asked = game.state
    game.answer_dilemma(answer("snake", honesty=-1))
    assert game.undo_states[0] is first and first == GameState.start(3)
    assert game.undo_states[-1] is asked and asked.team_states[1].profile == {} and asked.phase is Phase.DILEMMA
    assert game.undo() and game.state is asked
    assert game.undo() and game.undo() and game.state is first and not game.can_undo


def test_a_team_record_adds_answers_and_verdicts():
    team = TeamState(4, {"honesty": 1})
    later = team.answered({"honesty": 1, "courage": -1}, 9).judged(True).judged(False)
    assert later == TeamState(9, {"honesty": 2, "courage": -1}, tasks_right=1, tasks_done=2, dilemmas_done=1)
    assert team == TeamState(4, {"honesty": 1}), "the old record stays as it was"


def test_a_game_record_built_from_text_and_lists_holds_a_phase_and_tuples():
    state = GameState("dilemma", 1, [TeamState(), TeamState()], "d1", finish_order=[])
    assert state.phase is Phase.DILEMMA and state.team_states == (TeamState(), TeamState())
    assert state.finish_order == () and state.dealt(Phase.TASK, "t1").task_draws == 1


def test_restore_refuses_a_state_for_another_number_of_teams():
    game = new_game(count=3)
    with pytest.raises(ValueError, match="2 teams"):
        game.restore(GameState.start(2))
    with pytest.raises(ValueError, match="team 3"):
        game.restore(replace(game.state, current=3))
    set_team(game, 1, position=7)
    assert game.positions == [0, 7, 0] and not game.can_undo, "test set-up keeps the undo history as it was"
