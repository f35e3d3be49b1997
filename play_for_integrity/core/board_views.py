"""The read-only fields of a board game, derived from its state record under the names the screens use."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from play_for_integrity.core.board_enums import Phase
from play_for_integrity.core.board_records import GameState, Move, TeamState


class GameViews:
    """Everything a screen, a recorder or a test reads of the game; lists are fresh copies, never the game itself."""

    _state: GameState

    @property
    def state(self) -> GameState:
        """The whole changing state as one immutable record."""
        return self._state

    @property
    def team_states(self) -> tuple[TeamState, ...]:
        """Each team's record, in team order."""
        return self._state.team_states

    @property
    def phase(self) -> Phase:
        """What the game waits for now."""
        return self.state.phase

    @property
    def current(self) -> int:
        """The index of the team whose turn it is."""
        return self.state.current

    @property
    def card(self) -> str | None:
        """The id of the card on show, or None."""
        return self.state.card

    @property
    def steps(self):
        """The answered steps of the dilemma card on show (a branching story), oldest first."""
        return self.state.steps

    @property
    def turns(self) -> int:
        """How many times the dice were rolled."""
        return self.state.turns

    @property
    def finish_order(self) -> list[int]:
        """The teams that reached the finish, first first."""
        return list(self.state.finish_order)

    @property
    def last_move(self) -> Move | None:
        """What the last action did, or None before the first."""
        return self.state.last_move

    @property
    def ended_early(self) -> bool:
        """The teacher stopped the game before anyone finished."""
        return self.state.ended_early

    @property
    def dilemma_draws(self) -> int:
        """Dilemma cards dealt so far."""
        return self.state.dilemma_draws

    @property
    def task_draws(self) -> int:
        """Task cards dealt so far."""
        return self.state.task_draws

    @property
    def positions(self) -> list[int]:
        """Each team's square (a new list: change the game through its actions)."""
        return [team.position for team in self.team_states]

    @property
    def profiles(self) -> list[dict[str, int]]:
        """Each team's value totals from the dilemmas it answered (copies)."""
        return [dict(team.profile) for team in self.team_states]

    @property
    def tasks_right(self) -> list[int]:
        """Each team's tasks judged right."""
        return [team.tasks_right for team in self.team_states]

    @property
    def tasks_done(self) -> list[int]:
        """Each team's tasks judged at all."""
        return [team.tasks_done for team in self.team_states]

    @property
    def dilemmas_done(self) -> list[int]:
        """Each team's dilemmas answered (skipped cards do not count)."""
        return [team.dilemmas_done for team in self.team_states]

    @property
    def is_over(self) -> bool:
        """A team has finished or the teacher ended the game (the UI does not offer it for resume)."""
        return self.state.phase is Phase.OVER

    def race_ranking(self) -> list[list[int]]:
        """Teams in race order: finishers in finish order, then the others by position (ties grouped)."""
        order = self.state.finish_order
        rest = [t for t in range(len(self.team_states)) if t not in order]
        return [[team] for team in order] + _grouped(rest, lambda t: self.team_states[t].position)

    def integrity_ranking(self) -> list[list[int]]:
        """Teams by the sum of their dilemma effects, highest first (ties grouped)."""
        return _grouped(range(len(self.team_states)), lambda t: sum(self.team_states[t].profile.values()))



def _grouped(teams: Sequence[int] | range, key: Callable[[int], int]) -> list[list[int]]:
    """Teams by `key`, highest first; teams with equal keys share a group (in team order)."""
    groups: dict[int, list[int]] = {}
    for team in sorted(teams, key=lambda t: (-key(t), t)):
        groups.setdefault(key(team), []).append(team)
    return list(groups.values())
