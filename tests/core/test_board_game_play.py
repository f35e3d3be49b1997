"""Whole board games played by the rules with random answers: they end, rotate fairly and undo exactly."""

from __future__ import annotations

import random

from hypothesis import given, settings
from hypothesis import strategies as st

from play_for_integrity.core.board import GAME_MINUTES, Board, build_board
from play_for_integrity.core.board_game import UNDO_LIMIT, BoardGame
from play_for_integrity.core.board_state import game_to_dict
from tests.core.board_helpers import ACTIONS, act, answer, new_game, set_team, teams


def play_out(game: BoardGame, rng: random.Random) -> list[int]:
    """Play to the end with random answers; the teams whose turn it was, roll by roll."""
    rollers = []
    while not game.is_over:
        assert game.turns < 2000, "the game must end"
        if game.phase == "roll":
            rollers.append(game.current)
            game.roll()
        elif game.phase == "dilemma":
            game.answer_dilemma(answer(rng.choice(("ladder", "snake", "stay")), honesty=rng.randint(-2, 2)))
        elif rng.random() < 0.1:
            game.skip_card()
        else:
            game.judge_task(rng.random() < 0.5)
    return rollers


@settings(max_examples=120, deadline=None)
@given(st.sampled_from(GAME_MINUTES), st.integers(0, 2**32), st.integers(2, 6), st.integers(0, 2**32))
def test_every_game_ends_with_a_finisher_and_fair_turns(minutes, seed, count, answers_seed):
    game = BoardGame(build_board(minutes, seed), teams(count), [f"d{i}" for i in range(5)], ["t1", "t2"], seed)
    rollers = play_out(game, random.Random(answers_seed))
    assert rollers == [i % count for i in range(len(rollers))], "turns go round in order, nobody skipped"
    assert game.finish_order == [rollers[-1]] and game.positions[rollers[-1]] == game.board.finish
    assert game.race_ranking()[0] == [rollers[-1]]
    assert sorted(t for group in game.race_ranking() for t in group) == list(range(count))


@settings(max_examples=150, deadline=None)
@given(st.lists(st.sampled_from(ACTIONS), max_size=60), st.sampled_from(ACTIONS[:-1]), st.integers(0, 99))
def test_undo_restores_the_exact_state_after_any_actions(actions, last, seed):
    game = new_game(count=3, seed=seed)
    for action in actions:
        act(game, action)
    before = game_to_dict(game)
    act(game, last)
    if game_to_dict(game) != before:
        assert game.can_undo and game.undo()
    assert game_to_dict(game) == before


@settings(max_examples=60, deadline=None)
@given(st.lists(st.sampled_from(ACTIONS[:-1]), max_size=60), st.integers(0, 99))
def test_undoing_everything_gives_back_the_new_game(actions, seed):
    game = new_game(count=4, seed=seed)
    fresh = game_to_dict(game)
    for action in actions:
        act(game, action)
    while game.undo():
        pass
    assert game_to_dict(game) == fresh


def test_undo_with_nothing_done_says_so():
    game = new_game()
    assert not game.can_undo and game.undo() is False


def test_undo_after_the_finish_reopens_the_game_with_the_same_dice():
    game = new_game()
    set_team(game, 0, position=22)
    first = game.roll()
    assert game.undo() and not game.is_over and game.finish_order == []
    assert game.roll() == first, "undo cannot be used to roll again for a better number"


def test_undo_keeps_the_last_hundred_steps():
    plain = Board(100, ("start",) + ("plain",) * 98 + ("finish",), {}, {}, 45)
    game = BoardGame(plain, teams(6), [], [], 1)
    for _ in range(UNDO_LIMIT + 10):
        game.roll()
    assert not game.is_over
    undone = 0
    while game.undo():
        undone += 1
    assert undone == UNDO_LIMIT and game.turns == 10
