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


def test_the_simulated_card_steps_match_the_shipped_stories():
    """CARD_STEPS stands for the decisions a team meets on a card; keep it in step with the curriculum."""
    import statistics

    from play_for_integrity.content.library import load_library
    from play_for_integrity.core.board_timing import CARD_STEPS

    def expected(scenario, node_id):
        node = scenario.nodes[node_id]
        if not node.choices:
            return 0.0
        return 1 + sum(expected(scenario, c.next) if c.next in scenario.nodes else 0.0
                       for c in node.choices) / len(node.choices)

    library = load_library()
    shipped = statistics.mean(expected(s, s.start.id) for s in library.scenarios.values())
    assert abs(statistics.mean(CARD_STEPS) - shipped) <= 0.25
