"""Immutable records of a board game's changing state: one per team and one for the game, plus the last move.

Every action makes new records instead of changing old ones, so an undo snapshot is simply the previous record.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from types import MappingProxyType

from play_for_integrity.core.board_enums import Phase


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


@dataclass(frozen=True)
class Step:
    """One answered step of a branching dilemma card: the story node, the team's choice and its board move."""

    node: str
    choice: str
    board: str


@dataclass(frozen=True)
class TeamState:
    """One team's place on the board and its scores: value totals from dilemmas, tasks done and done right."""

    position: int = 0
    profile: Mapping[str, int] = field(default_factory=dict)
    tasks_right: int = 0
    tasks_done: int = 0
    dilemmas_done: int = 0

    def __post_init__(self) -> None:
        """Keep a read-only copy of the profile, so no caller can change a record (or an undo snapshot) later."""
        object.__setattr__(self, "profile", MappingProxyType(dict(self.profile)))

    def answered(self, effects: Mapping[str, int], position: int, card_done: bool = True) -> TeamState:
        """The team after answering one step of a dilemma: effects added to its profile, standing on `position`;
        `card_done` when that step ended the story (the card counts as one dilemma done)."""
        profile = dict(self.profile)
        for value, amount in effects.items():
            profile[value] = profile.get(value, 0) + amount
        return replace(self, profile=profile, position=position, dilemmas_done=self.dilemmas_done + int(card_done))

    def judged(self, right: bool) -> TeamState:
        """The team after the teacher judged one of its tasks."""
        return replace(self, tasks_done=self.tasks_done + 1, tasks_right=self.tasks_right + int(right))


@dataclass(frozen=True)
class GameState:
    """Everything that changes during play: whose turn, what is on show, each team's record, how the cards ran."""

    phase: Phase
    current: int
    team_states: tuple[TeamState, ...]
    card: str | None = None
    turns: int = 0
    finish_order: tuple[int, ...] = ()
    ended_early: bool = False
    dilemma_draws: int = 0
    task_draws: int = 0
    last_move: Move | None = None
    steps: tuple[Step, ...] = ()  # the steps of the dilemma card on show answered so far (a branching story)

    def __post_init__(self) -> None:
        """Hold the phase as a Phase and the sequences as tuples, however the record was built."""
        object.__setattr__(self, "phase", Phase(self.phase))
        object.__setattr__(self, "steps", tuple(Step(*step) if not isinstance(step, Step) else step
                                                for step in self.steps))
        object.__setattr__(self, "team_states", tuple(self.team_states))
        object.__setattr__(self, "finish_order", tuple(self.finish_order))

    @classmethod
    def start(cls, team_count: int) -> GameState:
        """A new game: every team on the start square, the first team to roll."""
        return cls(Phase.ROLL, 0, tuple(TeamState() for _ in range(team_count)))

    def with_team(self, index: int, team: TeamState) -> GameState:
        """This state with team `index` replaced by `team`."""
        teams = list(self.team_states)
        teams[index] = team
        return replace(self, team_states=tuple(teams))

    def draws(self, phase: Phase) -> int:
        """How many cards of the kind `phase` shows have been dealt so far."""
        return self.dilemma_draws if phase is Phase.DILEMMA else self.task_draws

    def dealt(self, phase: Phase, card: str) -> GameState:
        """This state showing `card`, counted as the next card dealt of the kind `phase` shows."""
        if phase is Phase.DILEMMA:
            return replace(self, phase=phase, card=card, dilemma_draws=self.dilemma_draws + 1)
        return replace(self, phase=phase, card=card, task_draws=self.task_draws + 1)
