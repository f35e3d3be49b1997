"""Shared helpers for the board-game tests: a hand-made board, teams, answers, state set-up, landing on a square."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from play_for_integrity.content.model import Choice
from play_for_integrity.core.board import Board
from play_for_integrity.core.board_game import TOKEN_SHAPES, BoardGame, Team
from play_for_integrity.core.card_deck import roll_dice

# 24 squares drawn 6 x 4: ladders 2->9 and 15->22, snakes 10->3 and 20->13; tasks on 5, 12 and 21.
LADDERS = {2: 9, 15: 22}
SNAKES = {10: 3, 20: 13}
TASKS = (5, 12, 21)


def small_board() -> Board:
    """The hand-made 24-square board described above."""
    kinds = ["plain"] * 24
    kinds[0], kinds[-1] = "start", "finish"
    for square in [*LADDERS, *SNAKES]:
        kinds[square] = "dilemma"
    for square in TASKS:
        kinds[square] = "task"
    return Board(24, tuple(kinds), dict(LADDERS), dict(SNAKES), 20)


def teams(count: int) -> list[Team]:
    """`count` named teams with their own tokens."""
    return [Team(f"Team {i + 1}", i, TOKEN_SHAPES[i]) for i in range(count)]


def new_game(count: int = 3, seed: int = 11, dilemmas=("d1", "d2", "d3"), tasks=("t1", "t2"), board=None) -> BoardGame:
    """A new game on the small board (or `board`) with small decks and a class in its meta."""
    return BoardGame(board or small_board(), teams(count), list(dilemmas), list(tasks), seed, {"class": "5A"})


def answer(board_move: str, **effects: int) -> Choice:
    """An answer card choice that moves the token by `board_move` and scores `effects`."""
    return Choice(id=board_move, text="", effects=dict(effects), board=board_move, feedback="")


def set_state(game: BoardGame, **changes: Any) -> None:
    """Change fields of the game's state record directly (test set-up only; play goes through the actions)."""
    game.restore(replace(game.state, **changes))


def set_team(game: BoardGame, team: int, **changes: Any) -> None:
    """Change fields of one team's record directly (test set-up only)."""
    game.restore(game.state.with_team(team, replace(game.team_states[team], **changes)))


def land_on(game: BoardGame, square: int) -> None:
    """Put the current team where the next seeded roll takes it exactly to `square`, then roll."""
    dice = roll_dice(game.seed, game.turns)
    assert square - dice >= 0, "pick a square at least 6 from the start"
    set_team(game, game.current, position=square - dice)
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
