"""The one serialiser of a board game's state records: to plain JSON-safe data, and back with every check.

Undo snapshots are GameState records; the save file holds them (and the current state) as this data, and
resuming reads them back here, so the list of fields lives in board_records and nowhere else.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import fields, is_dataclass
from enum import Enum
from typing import TYPE_CHECKING, Any

from play_for_integrity.core.board_enums import Phase
from play_for_integrity.core.board_records import GameState, Move, Step, TeamState
from play_for_integrity.core.card_deck import deal

if TYPE_CHECKING:
    from play_for_integrity.core.board_game import BoardGame

MOVE_SLIDES = (None, "ladder", "snake")
COUNT_MAX = 10**9
STEP_MOVES = ("ladder", "stay", "snake")
_NAMES = {record: frozenset(f.name for f in fields(record)) for record in (GameState, TeamState, Move, Step)}


class BoardStateError(ValueError):
    """A saved board game that cannot be used, with a message saying which field is wrong."""


def state_to_data(state: GameState) -> dict[str, Any]:
    """The state as data json.dumps accepts (state_from_data reads it back to an equal record)."""
    data = _plain(state)
    assert isinstance(data, dict)
    return data


def _plain(value: Any) -> Any:
    """A record, enum, mapping or tuple turned into dicts, text and lists, recursively."""
    if is_dataclass(value) and not isinstance(value, type):
        return {f.name: _plain(getattr(value, f.name)) for f in fields(value)}
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, Mapping):
        return {key: _plain(item) for key, item in value.items()}
    if isinstance(value, (tuple, list)):
        return [_plain(item) for item in value]
    return value


class Fields:
    """Typed access to one JSON object, raising BoardStateError that names the field."""

    def __init__(self, data: Any, where: str) -> None:
        """Wrap `data`, refusing anything but a JSON object; `where` starts every message."""
        if not isinstance(data, dict):
            raise BoardStateError(f"{where} must be a JSON object")
        self.data, self.where = data, where

    def fail(self, problem: str) -> BoardStateError:
        """An error about this object."""
        return BoardStateError(f"{self.where}: {problem}")

    def only(self, names: frozenset[str]) -> None:
        """Refuse fields this version does not know (a file from elsewhere, or damaged)."""
        extra = set(self.data) - names
        if extra:
            raise self.fail(f"unknown fields {sorted(map(str, extra))}")

    def get(self, key: str) -> Any:
        """The raw value of `key`, which must be present."""
        if key not in self.data:
            raise self.fail(f"'{key}' is missing")
        return self.data[key]

    def number(self, key: str, low: int | None = None, high: int | None = None) -> int:
        """A whole number (not a bool), within low..high where given."""
        value = self.get(key)
        if isinstance(value, bool) or not isinstance(value, int):
            raise self.fail(f"'{key}' must be a whole number, not {value!r}")
        if (low is not None and value < low) or (high is not None and value > high):
            allowed = f"{low}..{high}" if high is not None else f"{low} or more"
            raise self.fail(f"'{key}' is {value}; it must be {allowed}")
        return value

    def flag(self, key: str) -> bool:
        """True or false, nothing else."""
        value = self.get(key)
        if not isinstance(value, bool):
            raise self.fail(f"'{key}' must be true or false")
        return value

    def items(self, key: str, length: int | None = None) -> list[Any]:
        """A list, of exactly `length` items where given."""
        value = self.get(key)
        if not isinstance(value, list) or (length is not None and len(value) != length):
            wanted = f"a list of {length} items" if length is not None else "a list"
            raise self.fail(f"'{key}' must be {wanted}")
        return value

    def numbers(self, key: str, length: int | None, low: int, high: int) -> list[int]:
        """A list of whole numbers low..high."""
        values = self.items(key, length)
        if any(isinstance(v, bool) or not isinstance(v, int) or not low <= v <= high for v in values):
            raise self.fail(f"'{key}' must hold whole numbers {low}..{high}")
        return values


def state_from_data(raw: Any, game: BoardGame, where: str) -> GameState:
    """The state saved by state_to_data, checked against `game` (types, ranges, and how the fields agree)."""
    data = Fields(raw, where)
    data.only(_NAMES[GameState])
    count, last = len(game.teams), game.board.finish
    phase = data.get("phase")
    if not isinstance(phase, str) or phase not in Phase.texts():
        raise data.fail(f"'phase' must be one of {Phase.texts()}, not {phase!r}")
    phase = Phase(phase)
    current = data.number("current", 0, count - 1)
    teams = tuple(_team(item, f"{where}.team_states[{i}]", last)
                  for i, item in enumerate(data.items("team_states", count)))
    turns = data.number("turns", 0)
    order = tuple(data.numbers("finish_order", None, 0, count - 1))
    if len(set(order)) != len(order) or any(teams[t].position != last for t in order):
        raise data.fail("'finish_order' must list different teams that stand on the finish")
    ended_early = data.flag("ended_early")
    if (phase is Phase.OVER) != (bool(order) or ended_early):
        raise data.fail("phase 'over' goes with a finished team or a game ended early")
    card = _card(data, game, phase, teams[current].position)
    move = _move(data.get("last_move"), count, last, where)
    steps = _steps(data.data.get("steps", []), phase, where)
    return GameState(phase, current, teams, card, turns, order, ended_early,
                     data.number("dilemma_draws", 0), data.number("task_draws", 0), move, steps)


def _steps(raw: Any, phase: Phase, where: str) -> tuple[Step, ...]:
    """The answered steps of the dilemma card on show (saves from before branching cards have none)."""
    if not isinstance(raw, list):
        raise BoardStateError(f"{where}: 'steps' must be a list")
    if raw and phase is not Phase.DILEMMA:
        raise BoardStateError(f"{where}: 'steps' must be empty when no dilemma card is on show")
    steps = []
    for i, item in enumerate(raw):
        data = Fields(item, f"{where}.steps[{i}]")
        data.only(_NAMES[Step])
        values = [data.get(name) for name in ("node", "choice", "board")]
        if not all(isinstance(v, str) and v for v in values) or values[2] not in STEP_MOVES:
            raise data.fail(f"a step needs a node, a choice and a board move ({', '.join(STEP_MOVES)})")
        steps.append(Step(*values))
    return tuple(steps)


def _team(raw: Any, where: str, last: int) -> TeamState:
    """One team's record: a square on the board, a profile of whole numbers, counts that agree."""
    data = Fields(raw, where)
    data.only(_NAMES[TeamState])
    position = data.number("position", 0, last)
    profile = data.get("profile")
    if not isinstance(profile, dict) or not all(
            isinstance(k, str) and isinstance(v, int) and not isinstance(v, bool) for k, v in profile.items()):
        raise data.fail("'profile' must map value ids to whole numbers")
    right, done, dilemmas = (data.number(name, 0, COUNT_MAX) for name in ("tasks_right", "tasks_done", "dilemmas_done"))
    if right > done:
        raise data.fail("the team has more tasks right than tasks done")
    return TeamState(position, profile, right, done, dilemmas)


def _card(data: Fields, game: BoardGame, phase: Phase, square: int) -> str | None:
    """The card on show: the one dealt last in a card phase, none otherwise."""
    card = data.get("card")
    draws = {Phase.DILEMMA: data.number("dilemma_draws", 0), Phase.TASK: data.number("task_draws", 0)}
    decks = {Phase.DILEMMA: game.dilemma_deck, Phase.TASK: game.task_deck}
    if any(draws[kind] and not decks[kind] for kind in draws):
        raise data.fail("cards were drawn from an empty deck")
    if phase.shows_card:
        kind = game.board.kind(square)
        if kind != phase:
            raise data.fail(f"phase '{phase}' but the current team is on a {kind} square")
        if not draws[phase] or card != deal(decks[phase], game.seed, phase.value, draws[phase] - 1):
            raise data.fail(f"'card' {card!r} is not the {phase} card dealt last")
    elif card is not None:
        raise data.fail(f"'card' must be null in phase '{phase}'")
    return card


def _move(raw: Any, count: int, last: int, where: str) -> Move | None:
    """The last move, whose path ends where it ends."""
    if raw is None:
        return None
    data = Fields(raw, f"{where}.last_move")
    team = data.number("team", 0, count - 1)
    start, end = data.number("start", 0, last), data.number("end", 0, last)
    dice = None if data.get("dice") is None else data.number("dice", 1, 6)
    path = data.numbers("path", None, 1, last)
    slide, finished = data.get("slide"), data.get("finished")
    if slide not in MOVE_SLIDES or not isinstance(finished, bool):
        raise data.fail("'slide' or 'finished' has an unknown value")
    if (path and path[-1] != end) or (not path and start != end):
        raise data.fail("'path' does not end where the move ends")
    data.only(_NAMES[Move])
    return Move(team, dice, tuple(path), slide, start, end, finished)
