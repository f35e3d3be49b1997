"""Shared helpers for the board-game tests: a hand-made board, teams, answers and a way to land on a square."""

from __future__ import annotations

from play_for_integrity.content.model import Choice
from play_for_integrity.core.board import Board
from play_for_integrity.core.board_game import TOKEN_SHAPES, BoardGame, Team
from play_for_integrity.core.card_deck import roll_dice

# 24 squares drawn 6 x 4: ladders 2->9 and 15->22, snakes 10->3 and 20->13; tasks on 5, 12 and 21.
LADDERS = {2: 9, 15: 22}
SNAKES = {10: 3, 20: 13}
TASKS = (5, 12, 21)


def small_board() -> Board:
    kinds = ["plain"] * 24
    kinds[0], kinds[-1] = "start", "finish"
    for square in [*LADDERS, *SNAKES]:
        kinds[square] = "dilemma"
    for square in TASKS:
        kinds[square] = "task"
    return Board(24, tuple(kinds), dict(LADDERS), dict(SNAKES), 20)


def teams(count: int) -> list[Team]:
    return [Team(f"Team {i + 1}", i, TOKEN_SHAPES[i]) for i in range(count)]


def new_game(count: int = 3, seed: int = 11, dilemmas=("d1", "d2", "d3"), tasks=("t1", "t2"), board=None) -> BoardGame:
    return BoardGame(board or small_board(), teams(count), list(dilemmas), list(tasks), seed, {"class": "5A"})


def answer(board_move: str, **effects: int) -> Choice:
    return Choice(id=board_move, text="", effects=dict(effects), board=board_move, feedback="")


def land_on(game: BoardGame, square: int) -> None:
    """Put the current team where the next seeded roll takes it exactly to `square`, then roll."""
    dice = roll_dice(game.seed, game.turns)
    assert square - dice >= 0, "pick a square at least 6 from the start"
    game.positions[game.current] = square - dice
    game.roll()


ACTIONS = ("roll", "ladder", "snake", "stay", "right", "not yet", "skip", "end", "undo")


def act(game: BoardGame, action: str) -> None:
    """Do `action` if the phase allows it, else the action the phase expects."""
    if action == "undo":
        game.undo()
    elif action == "end" and not game.is_over:
        game.end_early()
    elif action == "skip" and game.phase in ("dilemma", "task"):
        game.skip_card()
    elif game.phase == "roll":
        game.roll()
    elif game.phase == "dilemma":
        game.answer_dilemma(answer(action if action in ("ladder", "snake", "stay") else "stay", honesty=1))
    elif game.phase == "task":
        game.judge_task(action == "right")
