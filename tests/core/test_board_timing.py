"""Simulated classroom games justify the board sizes: 4 teams play for about 20, 30 or 45 minutes."""

from __future__ import annotations

import pytest

from play_for_integrity.core.board import GAME_MINUTES, build_board
from play_for_integrity.core.board_timing import estimate_minutes


@pytest.mark.parametrize("minutes", GAME_MINUTES)
@pytest.mark.parametrize("seed", [0, 7])
def test_four_teams_play_close_to_the_chosen_length(minutes, seed):
    estimate = estimate_minutes(build_board(minutes, seed), teams=4, seed=seed)
    assert 0.75 * minutes <= estimate <= 1.25 * minutes


def test_the_estimate_is_repeatable_for_a_seed():
    board = build_board(20, 3)
    assert estimate_minutes(board, 4, 9, runs=30) == estimate_minutes(board, 4, 9, runs=30)


def test_more_teams_take_longer_than_two():
    board = build_board(30, 3)
    assert estimate_minutes(board, 6, 1, runs=60) > estimate_minutes(board, 2, 1, runs=60)


def test_at_least_one_run_is_needed():
    with pytest.raises(ValueError):
        estimate_minutes(build_board(20, 1), 4, 1, runs=0)
