"""How long a board game lasts in class, estimated by simulated games; it justifies the board sizes."""

from __future__ import annotations

import random
import statistics

from play_for_integrity.content.model import Choice
from play_for_integrity.core.board import Board
from play_for_integrity.core.board_enums import Phase
from play_for_integrity.core.board_game import BoardGame, Team, default_teams

# Classroom time per turn, in seconds.
ROLL_SECONDS = 25  # roll, count the squares, move the token
DILEMMA_SECONDS = 180  # read the card, team talk, answer, feedback, short discussion
NEXT_STEP_SECONDS = 100  # a later step of the same story: shorter to read, team talk, answer, feedback
# Decisions a team meets on one dilemma card, as often as the shipped stories give them on a path taken at random
# (the means per band are 1.7, 1.9 and 2.1; see tests/core/test_board_timing.py).
CARD_STEPS = (1, 1, 2, 2, 2, 2, 2, 2, 2, 3)
TASK_SECONDS = 90  # read the task, do it, the teacher judges

# How simulated teams answer.
CLIMB_CHANCE = 0.6  # at a ladder foot, the answer's board move is "ladder"
SLIDE_CHANCE = 0.3  # at a snake head, the answer's board move is "snake"
TASK_RIGHT_CHANCE = 0.7

SIMULATED_DECK = 12  # cards per deck in a simulated game
_TURN_LIMIT = 10_000


def _answer(board_move: str) -> Choice:
    """A simulated answer that only moves the token (no scores)."""
    return Choice(id=board_move, text="", effects={}, board=board_move, feedback="")


def simulate_seconds(board: Board, teams: list[Team], game_seed: int, rng: random.Random) -> float:
    """Classroom seconds of one simulated game, answers and verdicts drawn from `rng`."""
    game = BoardGame(board, teams, [f"d{i}" for i in range(SIMULATED_DECK)],
                     [f"t{i}" for i in range(SIMULATED_DECK)], game_seed)
    seconds = 0.0
    while not game.is_over:
        if game.turns > _TURN_LIMIT:  # pragma: no cover - a valid board always ends
            raise RuntimeError("a simulated game did not end")
        game.roll()
        seconds += ROLL_SECONDS
        if game.phase is Phase.DILEMMA:
            steps = rng.choice(CARD_STEPS)
            seconds += DILEMMA_SECONDS + NEXT_STEP_SECONDS * (steps - 1)
            square = game.team_states[game.current].position
            if square in board.ladders:
                move = "ladder" if rng.random() < CLIMB_CHANCE else "stay"
            else:
                move = "snake" if rng.random() < SLIDE_CHANCE else "stay"
            for step in range(steps - 1):  # the earlier steps of the story: the path's last answer decides here
                game.answer_dilemma(_answer("stay"), f"step{step}", leads_on=True)
            game.answer_dilemma(_answer(move), f"step{steps - 1}")
        elif game.phase is Phase.TASK:
            seconds += TASK_SECONDS
            game.judge_task(rng.random() < TASK_RIGHT_CHANCE)
    return seconds


def estimate_minutes(board: Board, teams: int, seed: int, runs: int = 200) -> float:
    """The median length in minutes of `runs` simulated games of `teams` teams on `board`."""
    if runs < 1:
        raise ValueError("at least one simulated game is needed")
    players = [Team(f"Team {i + 1}", t.color, t.shape) for i, t in enumerate(default_teams(teams))]
    rng = random.Random(f"estimate:{seed}")
    lengths = [simulate_seconds(board, players, rng.randrange(2**32), rng) for _ in range(runs)]
    return statistics.median(lengths) / 60
