"""The team board game of the Integrity Hour: the rules for turns, dice, dilemma and task cards, and undo."""

from __future__ import annotations

from collections import deque
from collections.abc import Iterable, Sequence
from dataclasses import replace
from typing import Any

from play_for_integrity.content.model import Choice
from play_for_integrity.core.board import Board
from play_for_integrity.core.board_codec import state_to_data
from play_for_integrity.core.board_enums import Phase, SquareKind
from play_for_integrity.core.board_records import GameState, Move, Step, TeamState
from play_for_integrity.core.board_teams import (
    COLOR_COUNT, MAX_TEAMS, MIN_TEAMS, TEAM_NAME_MAX, TOKEN_SHAPES, Team, check_teams, default_teams,
)
from play_for_integrity.core.board_views import GameViews
from play_for_integrity.core.card_deck import deal, roll_dice

__all__ = ["COLOR_COUNT", "MAX_TEAMS", "MIN_TEAMS", "TASK_BONUS", "TEAM_NAME_MAX", "TOKEN_SHAPES", "UNDO_LIMIT",
           "BoardGame", "GameState", "Move", "Phase", "Step", "Team", "TeamState", "check_teams", "default_teams",
           "path_move"]

TASK_BONUS = 2
UNDO_LIMIT = 100
PATH_WEIGHT = {"ladder": 1, "stay": 0, "snake": -1}


def path_move(moves: Sequence[str]) -> str:
    """The board move of a whole path through a card: its ladder answers against its snake answers."""
    net = sum(PATH_WEIGHT[move] for move in moves)
    return "ladder" if net > 0 else "snake" if net < 0 else "stay"
_CARD_SQUARES = {SquareKind.DILEMMA: Phase.DILEMMA, SquareKind.TASK: Phase.TASK}


def _unique(cards: Sequence[str], what: str) -> tuple[str, ...]:
    """The deck's card ids in order, each once; ValueError for an id that is not a non-empty string."""
    if not all(isinstance(card, str) and card for card in cards):
        raise ValueError(f"every card of the {what} deck must be a non-empty id string")
    return tuple(dict.fromkeys(cards))


class BoardGame(GameViews):
    """One game on one board: the rules move tokens; the teacher answers, judges, skips and undoes."""

    def __init__(self, board: Board, teams: list[Team], dilemma_deck: list[str], task_deck: list[str], seed: int,
                 meta: dict[str, str] | None = None) -> None:
        """A new game, every team on the start square; ValueError when a part cannot be played with."""
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
        self._state = GameState.start(len(self.teams))
        self._history: deque[GameState] = deque(maxlen=UNDO_LIMIT)

    # ----- reading (the fields of the state record come from GameViews) ----------------------------

    @property
    def undo_states(self) -> tuple[GameState, ...]:
        """The states undo goes back to, oldest first."""
        return tuple(self._history)

    @property
    def can_undo(self) -> bool:
        """There is an action to take back."""
        return bool(self._history)

    @property
    def history(self) -> list[dict[str, Any]]:
        """The saved states undo goes back to, oldest first, as plain data (for saving)."""
        return [state_to_data(state) for state in self._history]

    # ----- actions -------------------------------------------------------------------------------

    def roll(self) -> Move:
        """Roll the seeded dice for the current team and walk; a card is drawn where it lands."""
        self._expect(Phase.ROLL, "roll the dice")
        self._remember()
        dice = roll_dice(self.seed, self._state.turns)
        self._state = replace(self._state, turns=self._state.turns + 1)
        move = self._walk(dice, dice)
        if move.finished:
            return move
        phase = _CARD_SQUARES.get(self.board.kind(move.end))
        if phase is not None and self._deck(phase):
            self._draw(phase)
        else:
            self._next_team()
        return move

    def answer_dilemma(self, choice: Choice, node: str = "", leads_on: bool = False) -> Move:
        """Score the team's answer to step `node` of the card. When it `leads_on` to another decision the same team
        plays that next (no move yet); when the story ends, the path decides the move: more ladder answers than
        snake answers climb a ladder here, more snake answers slide down a snake, otherwise the team stays."""
        self._expect(Phase.DILEMMA, "answer a dilemma")
        effects = getattr(choice, "effects", None)
        if not isinstance(effects, dict) or not all(
                isinstance(k, str) and isinstance(v, int) and not isinstance(v, bool) for k, v in effects.items()):
            raise ValueError("the answer must be a Choice whose effects map value ids to whole numbers")
        board_move = getattr(choice, "board", None)
        if board_move not in PATH_WEIGHT:
            raise ValueError(f"the answer's board move must be one of {', '.join(PATH_WEIGHT)}, not {board_move!r}")
        self._remember()
        team = self._state.current
        start = self.team_states[team].position
        if leads_on:
            move = Move(team, None, (), None, start, start, False)
            steps = (*self._state.steps, Step(node, getattr(choice, "id", ""), board_move))
            answered = self.team_states[team].answered(effects, start, card_done=False)
            self._state = replace(self._state.with_team(team, answered), last_move=move, steps=steps)
            return move
        board_move = path_move((*(step.board for step in self._state.steps), board_move))
        slide = None
        if board_move == "ladder" and start in self.board.ladders:
            slide, end = "ladder", self.board.ladders[start]
        elif board_move == "snake" and start in self.board.snakes:
            slide, end = "snake", self.board.snakes[start]
        else:
            end = start
        move = Move(team, None, (end,) if slide else (), slide, start, end, False)
        answered = self.team_states[team].answered(effects, end)
        self._state = replace(self._state.with_team(team, answered), last_move=move)
        self._next_team()
        return move

    def judge_task(self, right: bool) -> Move:
        """The teacher's verdict on a task: right moves TASK_BONUS squares on (no card there), else stay."""
        self._expect(Phase.TASK, "judge a task")
        if not isinstance(right, bool):
            raise ValueError("a task is judged right (True) or not yet (False)")
        self._remember()
        team = self._state.current
        self._state = self._state.with_team(team, self.team_states[team].judged(right))
        if right:
            move = self._walk(None, TASK_BONUS)
        else:
            move = self._stay()
        if not move.finished:
            self._next_team()
        return move

    def skip_card(self) -> None:
        """The teacher skips the card on show: no move, no score; the next team plays."""
        if not self._state.phase.shows_card:
            raise RuntimeError(f"there is no card to skip in phase '{self._state.phase}'")
        self._remember()
        self._stay()
        self._next_team()

    def end_early(self) -> None:
        """Stop the game now (the lesson is over); the rankings stand as they are."""
        if self.is_over:
            raise RuntimeError("the game is already over")
        self._remember()
        self._state = replace(self._state, phase=Phase.OVER, card=None, ended_early=True)

    def undo(self) -> bool:
        """Go back to the exact state before the last action; False when there is nothing to undo."""
        if not self._history:
            return False
        self._state = self._history.pop()
        return True

    def restore(self, state: GameState, history: Iterable[GameState] | None = None) -> None:
        """Put a checked state (and, when given, the undo history) in place: resuming a save, or a test's setup."""
        steps = None if history is None else list(history)
        count = len(self.teams)
        for record in (state, *(steps or ())):
            if len(record.team_states) != count:
                raise ValueError(f"a state for {len(record.team_states)} teams cannot go into a game of {count} teams")
            if not 0 <= record.current < count:
                raise ValueError(f"team {record.current} cannot have the turn in a game of {count} teams")
        self._state = state
        if steps is not None:
            self._history = deque(steps, maxlen=UNDO_LIMIT)

    # ----- helpers -------------------------------------------------------------------------------------

    def _expect(self, phase: Phase, action: str) -> None:
        """RuntimeError unless the game waits for `phase`."""
        if self._state.phase is not phase:
            raise RuntimeError(f"cannot {action} now: the game is in phase '{self._state.phase}', not '{phase}'")

    def _remember(self) -> None:
        """Keep the state before an action for undo."""
        self._history.append(self._state)

    def _deck(self, phase: Phase) -> tuple[str, ...]:
        """The deck a card phase deals from."""
        return self.dilemma_deck if phase is Phase.DILEMMA else self.task_deck

    def _draw(self, phase: Phase) -> None:
        """Deal the next card of the deck for `phase` and show it to the current team."""
        card = deal(self._deck(phase), self.seed, phase.value, self._state.draws(phase))
        self._state = self._state.dealt(phase, card)

    def _walk(self, dice: int | None, steps: int) -> Move:
        """Move the current team `steps` squares on, stopping at the finish (which ends the game)."""
        state = self._state
        team = state.current
        start = state.team_states[team].position
        end = min(start + steps, self.board.finish)
        finished = end == self.board.finish
        move = Move(team, dice, tuple(range(start + 1, end + 1)), None, start, end, finished)
        state = replace(state.with_team(team, replace(state.team_states[team], position=end)),
                        last_move=move, card=None)
        if finished:
            state = replace(state, finish_order=(*state.finish_order, team), phase=Phase.OVER)
        self._state = state
        return move

    def _stay(self) -> Move:
        """Record that the current team stays where it is."""
        team = self._state.current
        square = self.team_states[team].position
        move = Move(team, None, (), None, square, square, False)
        self._state = replace(self._state, last_move=move)
        return move

    def _next_team(self) -> None:
        """Put the card away and give the dice to the next team."""
        current = (self._state.current + 1) % len(self.teams)
        self._state = replace(self._state, card=None, phase=Phase.ROLL, current=current, steps=())

