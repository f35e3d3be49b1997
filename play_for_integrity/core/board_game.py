"""The team board game of the Integrity Hour: turns, dice, dilemma and task cards, undo, rankings."""

from __future__ import annotations

import copy
import unicodedata
from collections import deque
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from typing import Any

from play_for_integrity.content.model import Choice
from play_for_integrity.core.board import Board
from play_for_integrity.core.card_deck import deal, roll_dice

TOKEN_SHAPES = ("circle", "square", "triangle", "diamond", "star", "hexagon")
TASK_BONUS = 2
MAX_TEAMS, MIN_TEAMS = 6, 2
TEAM_NAME_MAX = 24
COLOR_COUNT = 6
PHASES = ("roll", "dilemma", "task", "over")
UNDO_LIMIT = 100


@dataclass(frozen=True)
class Team:
    """A team as the teacher named it, with a token that differs from the others in colour and shape."""

    name: str
    color: int
    shape: str


def default_teams(count: int) -> list[Team]:
    """`count` unnamed teams, each with its own colour and its own shape."""
    if not MIN_TEAMS <= count <= MAX_TEAMS:
        raise ValueError(f"a game has {MIN_TEAMS} to {MAX_TEAMS} teams, not {count}")
    return [Team("", i, TOKEN_SHAPES[i]) for i in range(count)]


def check_teams(teams: Sequence[Team]) -> list[Team]:
    """The teams with names trimmed; ValueError naming the problem when they cannot play together."""
    if not MIN_TEAMS <= len(teams) <= MAX_TEAMS:
        raise ValueError(f"a game needs {MIN_TEAMS} to {MAX_TEAMS} teams, not {len(teams)}")
    cleaned: list[Team] = []
    for number, team in enumerate(teams, start=1):
        if not isinstance(team, Team) or not isinstance(team.name, str):
            raise ValueError(f"team {number} is not a Team with a name")
        name = team.name.strip()
        if not name:
            raise ValueError(f"team {number} needs a name")
        if len(name) > TEAM_NAME_MAX:
            raise ValueError(f"the name of team {number} is longer than {TEAM_NAME_MAX} characters")
        if any(unicodedata.category(c) == "Cc" for c in name):
            raise ValueError(f"the name of team {number} contains a control character")
        if isinstance(team.color, bool) or not isinstance(team.color, int) or not 0 <= team.color < COLOR_COUNT:
            raise ValueError(f"team {name!r} has colour {team.color!r}; use 0..{COLOR_COUNT - 1}")
        if team.shape not in TOKEN_SHAPES:
            raise ValueError(f"team {name!r} has shape {team.shape!r}; use one of {', '.join(TOKEN_SHAPES)}")
        for other in cleaned:
            if other.name.casefold() == name.casefold():
                raise ValueError(f"two teams are called {name!r}: give each team its own name")
            if (other.color, other.shape) == (team.color, team.shape):
                raise ValueError(f"teams {other.name!r} and {name!r} have the same token: change a colour or a shape")
        cleaned.append(replace(team, name=name))
    return cleaned


@dataclass(frozen=True)
class Move:
    """What happened in the last action, for the UI's animation and messages."""

    team: int
    dice: int | None
    path: tuple[int, ...]
    slide: str | None
    start: int
    end: int
    finished: bool


def _unique(cards: Sequence[str], what: str) -> tuple[str, ...]:
    if not all(isinstance(card, str) and card for card in cards):
        raise ValueError(f"every card of the {what} deck must be a non-empty id string")
    return tuple(dict.fromkeys(cards))


class BoardGame:
    """One game on one board: the rules move tokens; the teacher answers, judges, skips and undoes."""

    def __init__(self, board: Board, teams: list[Team], dilemma_deck: list[str], task_deck: list[str], seed: int,
                 meta: dict[str, str] | None = None) -> None:
        if not isinstance(board, Board):
            raise ValueError("board must be a Board")
        if isinstance(seed, bool) or not isinstance(seed, int):
            raise ValueError(f"seed must be a whole number, not {seed!r}")
        meta = dict(meta or {})
        if not all(isinstance(k, str) and isinstance(v, str) for k, v in meta.items()):
            raise ValueError("meta must map text to text")
        self.board = board
        self.teams = check_teams(teams)
        self.dilemma_deck = _unique(dilemma_deck, "dilemma")
        self.task_deck = _unique(task_deck, "task")
        self.seed = seed
        self.meta = meta
        count = len(self.teams)
        self.phase = "roll"
        self.current = 0
        self.positions = [0] * count
        self.card: str | None = None
        self.profiles: list[dict[str, int]] = [{} for _ in range(count)]
        self.tasks_right = [0] * count
        self.tasks_done = [0] * count
        self.dilemmas_done = [0] * count
        self.turns = 0
        self.finish_order: list[int] = []
        self.last_move: Move | None = None
        self.ended_early = False
        self.dilemma_draws = 0
        self.task_draws = 0
        self._history: deque[dict[str, Any]] = deque(maxlen=UNDO_LIMIT)

    # ----- reading -----------------------------------------------------------------------------

    @property
    def is_over(self) -> bool:
        """A team has finished or the teacher ended the game (the UI does not offer it for resume)."""
        return self.phase == "over"

    @property
    def can_undo(self) -> bool:
        """There is an action to take back."""
        return bool(self._history)

    @property
    def history(self) -> list[dict[str, Any]]:
        """The saved states undo goes back to, oldest first (copies, for saving)."""
        return copy.deepcopy(list(self._history))

    def race_ranking(self) -> list[list[int]]:
        """Teams in race order: finishers in finish order, then the others by position (ties grouped)."""
        groups = [[team] for team in self.finish_order]
        rest = [t for t in range(len(self.teams)) if t not in self.finish_order]
        return groups + _grouped(rest, lambda t: self.positions[t])

    def integrity_ranking(self) -> list[list[int]]:
        """Teams by the sum of their dilemma effects, highest first (ties grouped)."""
        return _grouped(range(len(self.teams)), lambda t: sum(self.profiles[t].values()))

    # ----- actions -------------------------------------------------------------------------------

    def roll(self) -> Move:
        """Roll the seeded dice for the current team and walk; a card is drawn where it lands."""
        self._expect("roll", "roll the dice")
        self._remember()
        dice = roll_dice(self.seed, self.turns)
        self.turns += 1
        move = self._walk(dice, dice)
        if move.finished:
            return move
        kind = self.board.kind(move.end)
        if kind == "dilemma" and self.dilemma_deck:
            self.dilemma_draws += 1
            self.card = deal(self.dilemma_deck, self.seed, "dilemma", self.dilemma_draws - 1)
            self.phase = "dilemma"
        elif kind == "task" and self.task_deck:
            self.task_draws += 1
            self.card = deal(self.task_deck, self.seed, "task", self.task_draws - 1)
            self.phase = "task"
        else:
            self._next_team()
        return move

    def answer_dilemma(self, choice: Choice) -> Move:
        """Score the team's answer; a 'ladder' answer climbs a ladder here, a 'snake' answer slides a snake."""
        self._expect("dilemma", "answer a dilemma")
        effects = getattr(choice, "effects", None)
        if not isinstance(effects, dict) or not all(
                isinstance(k, str) and isinstance(v, int) and not isinstance(v, bool) for k, v in effects.items()):
            raise ValueError("the answer must be a Choice whose effects map value ids to whole numbers")
        self._remember()
        team = self.current
        for value, amount in effects.items():
            self.profiles[team][value] = self.profiles[team].get(value, 0) + amount
        self.dilemmas_done[team] += 1
        start = self.positions[team]
        slide = None
        if getattr(choice, "board", None) == "ladder" and start in self.board.ladders:
            slide, end = "ladder", self.board.ladders[start]
        elif getattr(choice, "board", None) == "snake" and start in self.board.snakes:
            slide, end = "snake", self.board.snakes[start]
        else:
            end = start
        self.positions[team] = end
        move = Move(team, None, (end,) if slide else (), slide, start, end, False)
        self.last_move = move
        self._next_team()
        return move

    def judge_task(self, right: bool) -> Move:
        """The teacher's verdict on a task: right moves TASK_BONUS squares on (no card there), else stay."""
        self._expect("task", "judge a task")
        if not isinstance(right, bool):
            raise ValueError("a task is judged right (True) or not yet (False)")
        self._remember()
        team = self.current
        self.tasks_done[team] += 1
        if right:
            self.tasks_right[team] += 1
            move = self._walk(None, TASK_BONUS)
        else:
            start = self.positions[team]
            move = self.last_move = Move(team, None, (), None, start, start, False)
        if not move.finished:
            self._next_team()
        return move

    def skip_card(self) -> None:
        """The teacher skips the card on show: no move, no score; the next team plays."""
        if self.phase not in ("dilemma", "task"):
            raise RuntimeError(f"there is no card to skip in phase {self.phase!r}")
        self._remember()
        square = self.positions[self.current]
        self.last_move = Move(self.current, None, (), None, square, square, False)
        self._next_team()

    def end_early(self) -> None:
        """Stop the game now (the lesson is over); the rankings stand as they are."""
        if self.phase == "over":
            raise RuntimeError("the game is already over")
        self._remember()
        self.phase = "over"
        self.card = None
        self.ended_early = True

    def undo(self) -> bool:
        """Go back to the exact state before the last action; False when there is nothing to undo."""
        if not self._history:
            return False
        self._restore(self._history.pop())
        return True

    # ----- state, for undo and saving -------------------------------------------------------------

    def state_dict(self) -> dict[str, Any]:
        """Everything that changes during play, as plain JSON-safe data."""
        move = self.last_move
        return {
            "phase": self.phase, "current": self.current, "positions": list(self.positions), "card": self.card,
            "profiles": [dict(p) for p in self.profiles], "tasks_right": list(self.tasks_right),
            "tasks_done": list(self.tasks_done), "dilemmas_done": list(self.dilemmas_done), "turns": self.turns,
            "finish_order": list(self.finish_order), "ended_early": self.ended_early,
            "dilemma_draws": self.dilemma_draws, "task_draws": self.task_draws,
            "last_move": None if move is None else {
                "team": move.team, "dice": move.dice, "path": list(move.path), "slide": move.slide,
                "start": move.start, "end": move.end, "finished": move.finished},
        }

    def _restore(self, state: dict[str, Any]) -> None:
        state = copy.deepcopy(state)
        for name in ("phase", "current", "positions", "card", "profiles", "tasks_right", "tasks_done",
                     "dilemmas_done", "turns", "finish_order", "ended_early", "dilemma_draws", "task_draws"):
            setattr(self, name, state[name])
        move = state["last_move"]
        self.last_move = None if move is None else Move(
            move["team"], move["dice"], tuple(move["path"]), move["slide"], move["start"], move["end"],
            move["finished"])

    def _resume(self, state: dict[str, Any], history: list[dict[str, Any]]) -> None:
        """Put a checked saved state and undo history in place (used by board_state)."""
        self._restore(state)
        self._history = deque((copy.deepcopy(h) for h in history), maxlen=UNDO_LIMIT)

    # ----- helpers -------------------------------------------------------------------------------------

    def _expect(self, phase: str, action: str) -> None:
        if self.phase != phase:
            raise RuntimeError(f"cannot {action} now: the game is in phase {self.phase!r}, not {phase!r}")

    def _remember(self) -> None:
        self._history.append(self.state_dict())

    def _walk(self, dice: int | None, steps: int) -> Move:
        team = self.current
        start = self.positions[team]
        end = min(start + steps, self.board.finish)
        finished = end == self.board.finish
        self.positions[team] = end
        move = Move(team, dice, tuple(range(start + 1, end + 1)), None, start, end, finished)
        self.last_move = move
        self.card = None
        if finished:
            self.finish_order.append(team)
            self.phase = "over"
        return move

    def _next_team(self) -> None:
        self.card = None
        self.phase = "roll"
        self.current = (self.current + 1) % len(self.teams)


def _grouped(teams: Sequence[int] | range, key: Callable[[int], int]) -> list[list[int]]:
    """Teams by `key`, highest first; teams with equal keys share a group (in team order)."""
    groups: dict[int, list[int]] = {}
    for team in sorted(teams, key=lambda t: (-key(t), t)):
        groups.setdefault(key(team), []).append(team)
    return list(groups.values())
