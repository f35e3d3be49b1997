"""The board layout: seeded, a full rectangle, links that obey the rules and are spread over the board."""

from __future__ import annotations

from dataclasses import replace

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from play_for_integrity.core.board import (
    BOARD_SIZES, GAME_MINUTES, MAX_LINK_SPREAD, MAX_SIZE, MIN_SIZE, Board, board_problems, build_board,
)
from tests.core.board_helpers import small_board

seeds = st.integers(min_value=-(2**40), max_value=2**40)
lengths = st.sampled_from(GAME_MINUTES)


@settings(max_examples=150, deadline=None)
@given(lengths, seeds)
def test_every_built_board_obeys_the_layout_rules(minutes, seed):
    board = build_board(minutes, seed)
    assert board_problems(board) == []
    assert board.minutes == minutes and MIN_SIZE <= board.size <= MAX_SIZE
    columns = board.columns
    assert board.rows * columns == board.size
    ends = [*board.ladders, *board.ladders.values(), *board.snakes, *board.snakes.values()]
    assert len(set(ends)) == len(ends), "no chains: every endpoint is used once"
    assert all(0 < square < board.size - 1 for square in ends)
    for foot, top in board.ladders.items():
        assert top // columns > foot // columns and board.kind(foot) == "dilemma"
    for head, tail in board.snakes.items():
        assert head // columns >= 1, "no snake in the first row"
        assert tail // columns < head // columns and board.kind(head) == "dilemma"
    dilemmas = {i for i, kind in enumerate(board.kinds) if kind == "dilemma"}
    assert dilemmas == set(board.ladders) | set(board.snakes)


@settings(max_examples=100, deadline=None)
@given(lengths, seeds)
def test_links_are_spread_over_the_whole_board(minutes, seed):
    board = build_board(minutes, seed)
    starts = sorted([*board.ladders, *board.snakes])
    gaps = [b - a for a, b in zip([0, *starts], [*starts, board.size - 1])]
    assert max(gaps) <= 2 * board.size / len(starts)
    half = board.size // 2
    assert any(s < half for s in board.ladders) and any(s >= half for s in board.snakes)
    assert len(board.ladders) == len(board.snakes) >= 2


@settings(max_examples=100, deadline=None)
@given(lengths, seeds)
def test_ladders_and_snakes_lean_at_most_two_columns(minutes, seed):
    # a link that crosses the whole board hides the squares under it from the back row
    board = build_board(minutes, seed)
    for begin, end in [*board.ladders.items(), *board.snakes.items()]:
        (_, a), (_, b) = board.row_col(begin, board.columns), board.row_col(end, board.columns)
        assert abs(a - b) <= MAX_LINK_SPREAD


@pytest.mark.parametrize("minutes", GAME_MINUTES)
def test_about_one_square_in_five_or_six_is_a_task(minutes):
    board = build_board(minutes, 0)
    tasks = board.kinds.count("task")
    assert board.size / 7 <= tasks <= board.size / 4.5
    assert set(board.kinds) == {"start", "plain", "dilemma", "task", "finish"}


def test_the_same_seed_gives_the_same_board_and_others_differ():
    assert build_board(30, 5) == build_board(30, 5)
    assert len({tuple(sorted(build_board(30, s).ladders.items())) for s in range(10)}) > 1


def test_longer_games_get_bigger_boards():
    sizes = [build_board(m, 1).size for m in GAME_MINUTES]
    assert sizes == sorted(sizes) and len(set(sizes)) == len(sizes)
    assert sorted(BOARD_SIZES) == sorted(GAME_MINUTES)


@pytest.mark.parametrize("minutes", [0, 25, 60, "20", None])
def test_unknown_game_length_is_refused(minutes):
    with pytest.raises(ValueError):
        build_board(minutes, 1)


def test_row_col_zigzags_from_the_bottom_left():
    board = small_board()
    assert board.row_col(0, 6) == (0, 0)
    assert board.row_col(5, 6) == (0, 5)
    assert board.row_col(6, 6) == (1, 5), "odd rows run right to left"
    assert board.row_col(11, 6) == (1, 0)
    assert board.row_col(12, 6) == (2, 0)
    assert board.row_col(23, 6) == (3, 0), "the finish of an even row count sits on the left"
    cells = {board.row_col(s, board.columns) for s in range(board.size)}
    assert len(cells) == board.size, "every square has its own cell"
    with pytest.raises(IndexError):
        board.row_col(24, 6)


def test_kind_names_each_square():
    board = small_board()
    assert (board.kind(0), board.kind(2), board.kind(5), board.kind(1), board.kind(23)) == (
        "start", "dilemma", "task", "plain", "finish")
    with pytest.raises(IndexError):
        board.kind(-1)


@pytest.mark.parametrize("change,problem", [
    ({"ladders": {2: 4, 15: 22}}, "climb at least one row"),
    ({"snakes": {10: 8, 20: 13}}, "drop at least one row"),
    ({"ladders": {2: 9, 15: 22}, "snakes": {10: 3, 20: 15}}, "share a square"),  # a snake onto a ladder foot
    ({"ladders": {2: 10, 15: 22}}, "share a square"),  # a ladder onto a snake head
    ({"snakes": {10: 0, 20: 13}}, "between the start and the finish"),
    ({"ladders": {2: 9, 15: 23}}, "between the start and the finish"),
    ({"ladders": {2: 9, 15: 30}}, "between the start and the finish"),
    ({"ladders": {2: 9, 15: 22, 1: 8}}, "dilemma square"),
    ({"ladders": {2: 9}}, "no ladder or snake"),
    ({"ladders": {2: "9", 15: 22}}, "whole numbers"),
    ({"size": 25}, "kinds"),
    ({"size": 29}, "rectangle"),
    ({"size": 23}, "size"),
    ({"size": 101}, "size"),
    ({"minutes": 25}, "minutes"),
    ({"minutes": 20.0}, "minutes"),
])
def test_boards_that_break_a_rule_are_refused(change, problem):
    with pytest.raises(ValueError, match=problem):
        replace(small_board(), **change)


def test_a_dilemma_square_without_a_link_is_refused():
    board = small_board()
    kinds = list(board.kinds)
    kinds[7] = "dilemma"
    with pytest.raises(ValueError, match="no ladder or snake"):
        Board(board.size, tuple(kinds), board.ladders, board.snakes, board.minutes)


@pytest.mark.parametrize("size,columns", [(24, 6), (35, 7), (48, 8), (60, 10), (100, 10)])
def test_columns_make_a_full_landscape_rectangle(size, columns):
    kinds = ("start",) + ("plain",) * (size - 2) + ("finish",)
    board = Board(size, kinds, {}, {}, 20)
    assert board.columns == columns and board.rows * board.columns == size and board.columns >= board.rows
