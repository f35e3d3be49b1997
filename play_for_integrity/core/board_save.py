"""The running board game saved after every action, so a crash or a closed lid never loses the lesson."""

from __future__ import annotations

import json
import logging
from pathlib import Path

from play_for_integrity.core.board_game import BoardGame
from play_for_integrity.core.board_state import BoardStateError, game_from_dict, game_to_dict
from play_for_integrity.safe_files import read_regular_file, set_aside, write_atomic

log = logging.getLogger(__name__)

SAVE_FILE = "integrity-hour.json"
MAX_SAVE_BYTES = 16 * 1024 * 1024  # a 6-team game with its whole undo history is under 1 MB


class BoardSaveError(OSError):
    """The game could not be written; the message says where and what to do."""


def save_game(game: BoardGame, folder: Path) -> None:
    """Write the game to `folder`/SAVE_FILE atomically and durably: a complete old file or a complete new one."""
    folder = Path(folder)
    target = folder / SAVE_FILE
    text = json.dumps(game_to_dict(game), ensure_ascii=False, separators=(",", ":"))
    try:
        folder.mkdir(parents=True, exist_ok=True)
        write_atomic(target, text, durable=True)
    except OSError as err:
        raise BoardSaveError(f"the game could not be saved as {target}: {err.strerror or err}. "
                             "Free some disk space or make the folder writable; the game goes on unsaved") from err


def load_saved_game(folder: Path) -> tuple[BoardGame | None, str | None]:
    """The saved game, or (None, a message for the teacher) when it is damaged; (None, None) when there is none."""
    path = Path(folder) / SAVE_FILE
    try:
        raw = read_regular_file(path, MAX_SAVE_BYTES)  # never a FIFO or a device put in its place
    except FileNotFoundError:
        return None, None
    except OSError as err:
        return None, f"the saved game {path} could not be read ({err.strerror or err}); it was left where it is"
    try:
        return game_from_dict(json.loads(raw.decode("utf-8"))), None
    except (UnicodeDecodeError, ValueError, RecursionError) as err:  # JSONDecodeError, BoardStateError: ValueErrors
        reason = str(err) if isinstance(err, BoardStateError) else "it is not a complete game file"
    log.warning("saved board game %s could not be used: %s", path, reason)
    try:
        aside = set_aside(path)
    except OSError:
        return None, (f"the saved game {path} could not be used ({reason}) and could not be moved aside; "
                      "move or rename it before the next game, or it will be replaced")
    return None, f"the saved game could not be used ({reason}); it was kept as {aside} and a new game can start"


def clear_saved_game(folder: Path) -> None:
    """Remove the save of a game that ended normally (nothing to resume)."""
    try:
        (Path(folder) / SAVE_FILE).unlink(missing_ok=True)
    except OSError as err:
        log.warning("could not remove the saved board game in %s: %s", folder, err)
