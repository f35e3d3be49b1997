"""The team board game rules: teams, rolls, cards, answers, tasks, skipping, ending, rankings."""

from __future__ import annotations

import pytest

from play_for_integrity.core.board_game import (
    MAX_TEAMS, MIN_TEAMS, TASK_BONUS, TOKEN_SHAPES, BoardGame, Team, default_teams,
)
from play_for_integrity.core.card_deck import roll_dice
from tests.core.board_helpers import LADDERS, SNAKES, answer, land_on, new_game, set_state, set_team, small_board, teams
from tests.core.content_builder import wallet


# ----- teams ---------------------------------------------------------------------------------------

@pytest.mark.parametrize("count", range(MIN_TEAMS, MAX_TEAMS + 1))
def test_default_teams_differ_in_both_colour_and_shape(count):
    made = default_teams(count)
    assert len(made) == count and all(t.name == "" for t in made)
    assert len({t.color for t in made}) == count and len({t.shape for t in made}) == count
    assert all(t.shape in TOKEN_SHAPES and 0 <= t.color < 6 for t in made)


@pytest.mark.parametrize("count", [0, 1, 7])
def test_default_teams_refuse_impossible_counts(count):
    with pytest.raises(ValueError):
        default_teams(count)


@pytest.mark.parametrize("count", [1, 7])
def test_a_game_needs_two_to_six_teams(count):
    with pytest.raises(ValueError, match="teams"):
        BoardGame(small_board(), [Team(f"T{i}", i % 6, TOKEN_SHAPES[i % 6]) for i in range(count)], [], [], 1)


@pytest.mark.parametrize("names", [
    ["Eagles", " eagles "],  # the same after trimming, case aside
    ["Бүркіт", "БҮРКІТ"],
    ["Eagles", "   "],
    ["Eagles", ""],
    ["Eagles", "x" * 25],
    ["Eagles", "Line\nbreak"],
])
def test_team_names_must_be_present_short_and_different(names):
    with pytest.raises(ValueError):
        BoardGame(small_board(), [Team(n, i, TOKEN_SHAPES[i]) for i, n in enumerate(names)], [], [], 1)


@pytest.mark.parametrize("names", [
    ["Барыс", "Бaрыс"],  # a Latin a
    ["Снежные барсы", "Cнежные Барсы"],  # a Latin C, another case
    ["Eagles", "Ea gles"],
    ["Қыран", "Қыран\u00a0"],
    ["Ёжики", "Ежики"],
    ["TOP", "ТОР"],  # all Latin, all Cyrillic
])
def test_team_names_that_look_the_same_on_the_board_are_refused(names):
    with pytest.raises(ValueError, match="look the same"):
        BoardGame(small_board(), [Team(n, i, TOKEN_SHAPES[i]) for i, n in enumerate(names)], [], [], 1)


def test_names_that_only_share_letters_are_different_teams():
    game = BoardGame(small_board(), [Team("Тұлпар", 0, "circle"), Team("Тулпар", 1, "star"),
                                     Team("Team 1", 2, "square"), Team("Team 11", 3, "diamond")], [], [], 1)
    assert len(game.teams) == 4


def test_team_names_in_any_script_are_kept_trimmed():
    game = BoardGame(small_board(), [Team("  Қыран  ", 0, "circle"), Team("Соколы", 1, "star"),
                                     Team("x" * 24, 2, "square")], [], [], 1)
    assert [t.name for t in game.teams] == ["Қыран", "Соколы", "x" * 24]


@pytest.mark.parametrize("bad", [Team("B", 6, "circle"), Team("B", -1, "circle"), Team("B", 1, "blob"),
                                 Team("B", 0, "circle")])
def test_tokens_must_exist_and_be_told_apart(bad):
    with pytest.raises(ValueError):
        BoardGame(small_board(), [Team("A", 0, "circle"), bad], [], [], 1)


# ----- rolling --------------------------------------------------------------------------------------

def test_a_roll_walks_the_seeded_dice_square_by_square():
    game = new_game(seed=5)
    dice = roll_dice(5, 0)
    move = game.roll()
    assert (move.team, move.dice, move.start, move.end) == (0, dice, 0, dice)
    assert move.path == tuple(range(1, dice + 1)) and move.slide is None and not move.finished
    assert game.turns == 1 and game.last_move == move and game.positions[0] == dice


def test_a_plain_square_passes_the_turn():
    game = new_game()
    land_on(game, 7)
    assert game.phase == "roll" and game.current == 1 and game.card is None


def test_a_dilemma_square_draws_a_dilemma_card():
    game = new_game()
    land_on(game, 10)
    assert game.phase == "dilemma" and game.card in ("d1", "d2", "d3") and game.current == 0


def test_a_task_square_draws_a_task_card():
    game = new_game()
    land_on(game, 12)
    assert game.phase == "task" and game.card in ("t1", "t2") and game.current == 0


def test_an_empty_deck_makes_the_square_plain():
    game = new_game(dilemmas=(), tasks=())
    land_on(game, 10)
    assert game.phase == "roll" and game.current == 1
    land_on(game, 12)
    assert game.phase == "roll" and game.current == 2


def test_passing_the_finish_ends_the_game_at_the_finish():
    game = new_game()
    set_team(game, 0, position=22)
    move = game.roll()
    assert move.end == 23 and move.path[-1] == 23 and move.finished
    assert game.phase == "over" and game.is_over and game.finish_order == [0] and not game.ended_early
    with pytest.raises(RuntimeError):
        game.roll()


def test_actions_in_the_wrong_phase_are_refused_with_a_reason():
    game = new_game()
    with pytest.raises(RuntimeError, match="phase 'roll'"):
        game.answer_dilemma(answer("ladder"))
    with pytest.raises(RuntimeError):
        game.judge_task(True)
    with pytest.raises(RuntimeError):
        game.skip_card()
    land_on(game, 10)
    with pytest.raises(RuntimeError, match="phase 'dilemma'"):
        game.roll()
    with pytest.raises(RuntimeError):
        game.judge_task(True)


def test_the_same_seed_replays_the_same_dice_and_cards():
    def play(seed):
        game = new_game(seed=seed)
        seen = []
        for _ in range(12):
            if game.phase == "roll":
                game.roll()
            elif game.phase == "dilemma":
                game.answer_dilemma(answer("ladder", honesty=1))
            elif game.phase == "task":
                game.judge_task(True)
            seen.append((game.last_move, game.card))
        return seen

    assert play(3) == play(3)
    assert play(3) != play(4)


# ----- dilemmas -------------------------------------------------------------------------------------

@pytest.mark.parametrize("foot", sorted(LADDERS))
def test_a_ladder_answer_at_a_ladder_foot_climbs_it(foot):
    game = new_game()
    if foot < 6:
        set_team(game, 0, position=foot)
        set_state(game, phase="dilemma", card="d1")
    else:
        land_on(game, foot)
    move = game.answer_dilemma(answer("ladder", honesty=2, courage=1))
    assert (move.slide, move.start, move.end, move.dice) == ("ladder", foot, LADDERS[foot], None)
    assert move.path[-1] == LADDERS[foot] and game.positions[0] == LADDERS[foot]
    assert game.profiles[0] == {"honesty": 2, "courage": 1} and game.dilemmas_done == [1, 0, 0]
    assert game.phase == "roll" and game.current == 1


@pytest.mark.parametrize("head", sorted(SNAKES))
def test_a_snake_answer_at_a_snake_head_slides_down(head):
    game = new_game()
    land_on(game, head)
    move = game.answer_dilemma(answer("snake", honesty=-2))
    assert (move.slide, move.start, move.end) == ("snake", head, SNAKES[head])
    assert game.positions[0] == SNAKES[head] and game.profiles[0] == {"honesty": -2}


@pytest.mark.parametrize("square,board_move", [(15, "snake"), (15, "stay"), (10, "ladder"), (10, "stay")])
def test_other_answers_stay_put(square, board_move):
    game = new_game()
    land_on(game, square)
    move = game.answer_dilemma(answer(board_move, fairness=1))
    assert move.slide is None and move.start == move.end == square and move.path == ()
    assert game.positions[0] == square and game.current == 1


def test_profiles_add_up_over_answers():
    game = new_game(count=2)
    land_on(game, 10)
    game.answer_dilemma(answer("stay", honesty=1, respect=-1))
    set_state(game, current=0)
    land_on(game, 20)
    game.answer_dilemma(answer("stay", honesty=2))
    assert game.profiles[0] == {"honesty": 3, "respect": -1}


def test_the_first_node_of_a_scenario_answers_a_card():
    scenario = wallet()
    game = new_game(dilemmas=[scenario.id])
    land_on(game, 15)
    assert game.card == "wallet"
    move = game.answer_dilemma(scenario.start.choice("tell-mum"))
    assert move.slide == "ladder" and game.profiles[0] == {"honesty": 2, "responsibility": 2}


def test_the_same_dilemma_card_never_comes_twice_in_a_row():
    game = new_game(count=2, dilemmas=("d1", "d2"))
    cards = []
    for _ in range(20):
        land_on(game, 10)
        cards.append(game.card)
        game.answer_dilemma(answer("stay"))
    assert all(a != b for a, b in zip(cards, cards[1:])) and set(cards) == {"d1", "d2"}


# ----- tasks, skipping, ending ----------------------------------------------------------------------------

def test_a_task_done_right_moves_on_without_drawing_a_card():
    game = new_game()
    land_on(game, 12)
    move = game.judge_task(True)
    assert (move.start, move.end, move.dice, move.slide) == (12, 12 + TASK_BONUS, None, None)
    assert move.path == tuple(range(13, 13 + TASK_BONUS))
    assert game.phase == "roll" and game.card is None and game.current == 1
    assert game.tasks_done == [1, 0, 0] and game.tasks_right == [1, 0, 0]


def test_a_task_not_yet_right_stays():
    game = new_game()
    land_on(game, 12)
    move = game.judge_task(False)
    assert move.start == move.end == 12 and game.positions[0] == 12
    assert game.tasks_done == [1, 0, 0] and game.tasks_right == [0, 0, 0] and game.current == 1


def test_a_task_bonus_can_reach_the_finish():
    game = new_game()
    land_on(game, 21)
    move = game.judge_task(True)
    assert move.finished and move.end == 23 and game.is_over and game.finish_order == [0]


def test_a_skipped_card_moves_nobody_and_scores_nothing():
    game = new_game()
    land_on(game, 10)
    game.skip_card()
    assert game.positions[0] == 10 and game.profiles[0] == {} and game.dilemmas_done == [0, 0, 0]
    assert game.phase == "roll" and game.card is None and game.current == 1


def test_ending_early_stops_the_game():
    game = new_game()
    land_on(game, 12)
    game.end_early()
    assert game.is_over and game.ended_early and game.card is None
    with pytest.raises(RuntimeError):
        game.end_early()
    with pytest.raises(RuntimeError):
        game.judge_task(True)


def test_turns_rotate_through_every_team_in_order():
    game = new_game(count=4, dilemmas=(), tasks=())
    order = []
    while not game.is_over:
        order.append(game.current)
        game.roll()
    assert order == [i % 4 for i in range(len(order))]


# ----- rankings --------------------------------------------------------------------------------------

def test_race_ranking_puts_finishers_first_then_groups_equal_positions():
    game = new_game(count=4)
    for team, square in enumerate([7, 23, 12, 7]):
        set_team(game, team, position=square)
    set_state(game, finish_order=[1])
    assert game.race_ranking() == [[1], [2], [0, 3]]


def test_integrity_ranking_groups_equal_sums():
    game = new_game(count=4)
    for team, profile in enumerate([{"honesty": 2, "courage": -1}, {"fairness": 3}, {}, {"respect": 1}]):
        set_team(game, team, profile=profile)
    assert game.integrity_ranking() == [[1], [0, 3], [2]]


def test_meta_and_teams_are_kept_for_the_ui():
    game = BoardGame(small_board(), teams(2), [], [], 9, {"class": "7B", "band": "11-14"})
    assert game.meta == {"class": "7B", "band": "11-14"} and game.seed == 9
    with pytest.raises(ValueError):
        BoardGame(small_board(), teams(2), [], [], 9, {"class": 7})
