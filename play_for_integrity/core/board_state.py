"""A board game as a JSON-safe dict and back, checked field by field so a bad save never starts a game."""

from __future__ import annotations

from typing import Any

from play_for_integrity.core.board import Board
from play_for_integrity.core.board_game import PHASES, BoardGame, Team, check_teams
from play_for_integrity.core.card_deck import deal

FORMAT = 1
MOVE_SLIDES = (None, "ladder", "snake")


class BoardStateError(ValueError):
    """A saved board game that cannot be used, with a message saying which field is wrong."""


def game_to_dict(game: BoardGame) -> dict[str, Any]:
    """The whole game, undo history included, as data json.dumps accepts (and game_from_dict reads back)."""
    if not all(isinstance(k, str) and isinstance(v, str) for k, v in game.meta.items()):
        raise BoardStateError("meta must map text to text, or the saved game could not be read back")
    board = game.board
    return {
        "format": FORMAT,
        "board": {"size": board.size, "minutes": board.minutes, "kinds": list(board.kinds),
                  "ladders": [[a, b] for a, b in sorted(board.ladders.items())],
                  "snakes": [[a, b] for a, b in sorted(board.snakes.items())]},
        "teams": [{"name": t.name, "color": t.color, "shape": t.shape} for t in game.teams],
        "seed": game.seed,
        "meta": dict(game.meta),
        "dilemma_deck": list(game.dilemma_deck),
        "task_deck": list(game.task_deck),
        "state": game.state_dict(),
        "history": game.history,
    }


def game_from_dict(data: Any) -> BoardGame:
    """The game saved by game_to_dict; BoardStateError naming the first problem found."""
    root = _Fields(data, "the saved game")
    if root.get("format") != FORMAT:
        raise BoardStateError(f"the saved game has format {root.get('format')!r}; this version reads format {FORMAT}")
    board = _board(_Fields(root.get("board"), "board"))
    teams = _teams(root.list("teams"))
    seed = root.int("seed")
    meta = root.get("meta")
    if not isinstance(meta, dict) or not all(isinstance(k, str) and isinstance(v, str) for k, v in meta.items()):
        raise BoardStateError("meta must map text to text")
    decks = {}
    for name in ("dilemma_deck", "task_deck"):
        cards = root.list(name)
        if not all(isinstance(c, str) and c for c in cards) or len(set(cards)) != len(cards):
            raise BoardStateError(f"{name} must be a list of different, non-empty id strings")
        decks[name] = cards
    try:
        game = BoardGame(board, teams, decks["dilemma_deck"], decks["task_deck"], seed, meta)
    except ValueError as err:
        raise BoardStateError(str(err)) from err
    history = root.list("history")
    state = _state(root.get("state"), game, "state")
    checked = [_state(h, game, f"history[{i}]") for i, h in enumerate(history)]
    game._resume(state, checked)
    return game


class _Fields:
    """Typed access to one JSON object, raising BoardStateError that names the field."""

    def __init__(self, data: Any, where: str) -> None:
        if not isinstance(data, dict):
            raise BoardStateError(f"{where} must be a JSON object")
        self.data, self.where = data, where

    def get(self, key: str) -> Any:
        if key not in self.data:
            raise BoardStateError(f"{self.where}: '{key}' is missing")
        return self.data[key]

    def int(self, key: str, low: int | None = None, high: int | None = None) -> int:
        value = self.get(key)
        if isinstance(value, bool) or not isinstance(value, int):
            raise BoardStateError(f"{self.where}: '{key}' must be a whole number, not {value!r}")
        if (low is not None and value < low) or (high is not None and value > high):
            allowed = f"{low}..{high}" if high is not None else f"{low} or more"
            raise BoardStateError(f"{self.where}: '{key}' is {value}; it must be {allowed}")
        return value

    def list(self, key: str, length: int | None = None) -> list[Any]:
        value = self.get(key)
        if not isinstance(value, list) or (length is not None and len(value) != length):
            wanted = f"a list of {length} items" if length is not None else "a list"
            raise BoardStateError(f"{self.where}: '{key}' must be {wanted}")
        return value

    def ints(self, key: str, length: int | None, low: int, high: int) -> list[int]:
        values = self.list(key, length)
        if any(isinstance(v, bool) or not isinstance(v, int) or not low <= v <= high for v in values):
            raise BoardStateError(f"{self.where}: '{key}' must hold whole numbers {low}..{high}")
        return values


def _board(fields: _Fields) -> Board:
    links = {}
    for name in ("ladders", "snakes"):
        pairs = fields.list(name)
        if not all(isinstance(p, list) and len(p) == 2 and all(_is_int(v) for v in p) for p in pairs):
            raise BoardStateError(f"board: '{name}' must be a list of [from, to] pairs of whole numbers")
        links[name] = {a: b for a, b in pairs}
        if len(links[name]) != len(pairs):
            raise BoardStateError(f"board: '{name}' has two links from the same square")
    try:
        return Board(fields.int("size"), tuple(fields.list("kinds")), links["ladders"], links["snakes"],
                     fields.int("minutes"))
    except (ValueError, TypeError) as err:
        raise BoardStateError(f"board: {err}") from err


def _is_int(value: Any) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def _teams(raw: list[Any]) -> list[Team]:
    teams = []
    for i, item in enumerate(raw):
        fields = _Fields(item, f"teams[{i}]")
        name, shape = fields.get("name"), fields.get("shape")
        if not isinstance(name, str) or not isinstance(shape, str):
            raise BoardStateError(f"teams[{i}]: 'name' and 'shape' must be text")
        teams.append(Team(name, fields.int("color"), shape))
    try:
        cleaned = check_teams(teams)
    except ValueError as err:
        raise BoardStateError(f"teams: {err}") from err
    if cleaned != teams:
        raise BoardStateError("teams: names must be saved without leading or trailing spaces")
    return teams


def _state(raw: Any, game: BoardGame, where: str) -> dict[str, Any]:
    """A state dict checked against the game it belongs to (types, ranges and how the fields agree)."""
    fields = _Fields(raw, where)
    extra = set(fields.data) - set(game.state_dict())
    if extra:
        raise BoardStateError(f"{where}: unknown fields {sorted(extra)}")
    count, last = len(game.teams), game.board.finish
    phase = fields.get("phase")
    if phase not in PHASES:
        raise BoardStateError(f"{where}: 'phase' must be one of {PHASES}, not {phase!r}")
    current = fields.int("current", 0, count - 1)
    positions = fields.ints("positions", count, 0, last)
    for name in ("tasks_right", "tasks_done", "dilemmas_done"):
        fields.ints(name, count, 0, 10**9)
    if any(r > d for r, d in zip(fields.get("tasks_right"), fields.get("tasks_done"))):
        raise BoardStateError(f"{where}: a team has more tasks right than tasks done")
    profiles = fields.list("profiles", count)
    for profile in profiles:
        if not isinstance(profile, dict) or not all(
                isinstance(k, str) and isinstance(v, int) and not isinstance(v, bool) for k, v in profile.items()):
            raise BoardStateError(f"{where}: 'profiles' must map value ids to whole numbers")
    fields.int("turns", 0)
    order = fields.ints("finish_order", None, 0, count - 1)
    if len(set(order)) != len(order) or any(positions[t] != last for t in order):
        raise BoardStateError(f"{where}: 'finish_order' must list different teams that stand on the finish")
    ended_early = fields.get("ended_early")
    if not isinstance(ended_early, bool):
        raise BoardStateError(f"{where}: 'ended_early' must be true or false")
    if (phase == "over") != (bool(order) or ended_early):
        raise BoardStateError(f"{where}: phase 'over' goes with a finished team or a game ended early")
    _card(fields, game, phase, positions[current], where)
    _move(fields.get("last_move"), count, last, where)
    return fields.data


def _card(fields: _Fields, game: BoardGame, phase: str, square: int, where: str) -> None:
    card = fields.get("card")
    draws = {"dilemma": fields.int("dilemma_draws", 0), "task": fields.int("task_draws", 0)}
    decks = {"dilemma": game.dilemma_deck, "task": game.task_deck}
    if any(draws[k] and not decks[k] for k in draws):
        raise BoardStateError(f"{where}: cards were drawn from an empty deck")
    if phase in decks:
        if game.board.kind(square) != phase:
            kind = game.board.kind(square)
            raise BoardStateError(f"{where}: phase {phase!r} but the current team is on a {kind} square")
        if not draws[phase] or card != deal(decks[phase], game.seed, phase, draws[phase] - 1):
            raise BoardStateError(f"{where}: 'card' {card!r} is not the {phase} card dealt last")
    elif card is not None:
        raise BoardStateError(f"{where}: 'card' must be null in phase {phase!r}")


def _move(raw: Any, count: int, last: int, where: str) -> None:
    if raw is None:
        return
    fields = _Fields(raw, f"{where}.last_move")
    fields.int("team", 0, count - 1)
    start, end = fields.int("start", 0, last), fields.int("end", 0, last)
    dice = fields.get("dice")
    if dice is not None:
        fields.int("dice", 1, 6)
    path = fields.ints("path", None, 1, last)
    if fields.get("slide") not in MOVE_SLIDES or not isinstance(fields.get("finished"), bool):
        raise BoardStateError(f"{where}.last_move: 'slide' or 'finished' has an unknown value")
    if (path and path[-1] != end) or (not path and start != end):
        raise BoardStateError(f"{where}.last_move: 'path' does not end where the move ends")
    if set(fields.data) != {"team", "dice", "path", "slide", "start", "end", "finished"}:
        raise BoardStateError(f"{where}.last_move: unknown fields")
