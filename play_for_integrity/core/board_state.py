"""A whole board game (board, teams, decks, state and undo history) as a JSON-safe dict and back, fully checked."""

from __future__ import annotations

from typing import Any

from play_for_integrity.core.board import Board
from play_for_integrity.core.board_codec import BoardStateError, Fields, state_from_data, state_to_data
from play_for_integrity.core.board_game import BoardGame, Team, check_teams
from play_for_integrity.core.board_migration import from_format_1

__all__ = ["FORMAT", "READABLE_FORMATS", "BoardStateError", "game_from_dict", "game_to_dict"]

FORMAT = 2  # 2: one record per team in each state; 1: one list per team field (read through board_migration)
READABLE_FORMATS = (1, 2)
WHERE = "the saved game"


def game_to_dict(game: BoardGame) -> dict[str, Any]:
    """The whole game, undo history included, as data json.dumps accepts (and game_from_dict reads back)."""
    if not all(isinstance(k, str) and isinstance(v, str) for k, v in game.meta.items()):
        raise BoardStateError("meta must map text to text, or the saved game could not be read back")
    board = game.board
    return {
        "format": FORMAT,
        "board": {"size": board.size, "minutes": board.minutes, "kinds": [kind.value for kind in board.kinds],
                  "ladders": [[a, b] for a, b in sorted(board.ladders.items())],
                  "snakes": [[a, b] for a, b in sorted(board.snakes.items())]},
        "teams": [{"name": t.name, "color": t.color, "shape": t.shape} for t in game.teams],
        "seed": game.seed,
        "meta": dict(game.meta),
        "dilemma_deck": list(game.dilemma_deck),
        "task_deck": list(game.task_deck),
        "state": state_to_data(game.state),
        "history": game.history,
    }


def game_from_dict(data: Any) -> BoardGame:
    """The game saved by game_to_dict (this format or an older one); BoardStateError naming the first problem."""
    root = Fields(data, WHERE)
    version = root.get("format")
    if not _is_int(version) or version not in READABLE_FORMATS:
        readable = " or ".join(map(str, READABLE_FORMATS))
        raise BoardStateError(f"the saved game has format {version!r}; this version reads format {readable}")
    if version == 1:
        root = Fields(from_format_1(root.data, FORMAT), WHERE)
    board = _board(Fields(root.get("board"), "board"))
    teams = _teams(root.items("teams"))
    seed = root.number("seed")
    meta = root.get("meta")
    if not isinstance(meta, dict) or not all(isinstance(k, str) and isinstance(v, str) for k, v in meta.items()):
        raise BoardStateError("meta must map text to text")
    decks = {}
    for name in ("dilemma_deck", "task_deck"):
        cards = root.items(name)
        if not all(isinstance(c, str) and c for c in cards) or len(set(cards)) != len(cards):
            raise BoardStateError(f"{name} must be a list of different, non-empty id strings")
        decks[name] = cards
    try:
        game = BoardGame(board, teams, decks["dilemma_deck"], decks["task_deck"], seed, meta)
    except ValueError as err:
        raise BoardStateError(str(err)) from err
    history = root.items("history")
    state = state_from_data(root.get("state"), game, "state")
    game.restore(state, [state_from_data(step, game, f"history[{i}]") for i, step in enumerate(history)])
    return game


def _board(fields: Fields) -> Board:
    """The board, refused when its links or layout break a rule."""
    links = {}
    for name in ("ladders", "snakes"):
        pairs = fields.items(name)
        if not all(isinstance(p, list) and len(p) == 2 and all(_is_int(v) for v in p) for p in pairs):
            raise BoardStateError(f"board: '{name}' must be a list of [from, to] pairs of whole numbers")
        links[name] = {a: b for a, b in pairs}
        if len(links[name]) != len(pairs):
            raise BoardStateError(f"board: '{name}' has two links from the same square")
    try:
        return Board(fields.number("size"), tuple(fields.items("kinds")), links["ladders"], links["snakes"],
                     fields.number("minutes"))
    except (ValueError, TypeError) as err:
        raise BoardStateError(f"board: {err}") from err


def _is_int(value: Any) -> bool:
    """A whole number that is not a bool."""
    return isinstance(value, int) and not isinstance(value, bool)


def _teams(raw: list[Any]) -> list[Team]:
    """The teams as saved: valid together, with names already trimmed."""
    teams = []
    for i, item in enumerate(raw):
        fields = Fields(item, f"teams[{i}]")
        name, shape = fields.get("name"), fields.get("shape")
        if not isinstance(name, str) or not isinstance(shape, str):
            raise BoardStateError(f"teams[{i}]: 'name' and 'shape' must be text")
        teams.append(Team(name, fields.number("color"), shape))
    try:
        cleaned = check_teams(teams)
    except ValueError as err:
        raise BoardStateError(f"teams: {err}") from err
    if cleaned != teams:
        raise BoardStateError("teams: names must be saved without leading or trailing spaces")
    return teams
