"""Saving the running board game: atomic writes, resume, and damaged files kept aside with a message."""

from __future__ import annotations

import json
import os
import re
from datetime import datetime

import pytest

from play_for_integrity import safe_files
from play_for_integrity.core.board_save import (
    SAVE_FILE, BoardSaveError, clear_saved_game, load_saved_game, save_game,
)
from play_for_integrity.core.board_state import game_to_dict
from tests.core.board_helpers import land_on, new_game

DAMAGED_NAME = re.compile(r"integrity-hour\.damaged-\d{8}-\d{6}(-\d+)?\.json")


def a_game():
    game = new_game()
    game.roll()
    land_on(game, 10)
    return game


def test_a_saved_game_loads_back_exactly(tmp_path):
    game = a_game()
    save_game(game, tmp_path / "new folder")
    loaded, message = load_saved_game(tmp_path / "new folder")
    assert message is None and game_to_dict(loaded) == game_to_dict(game)
    assert os.listdir(tmp_path / "new folder") == [SAVE_FILE], "no temporary file is left behind"


def test_no_saved_game_means_nothing_to_say(tmp_path):
    assert load_saved_game(tmp_path) == (None, None)
    assert load_saved_game(tmp_path / "missing") == (None, None)


def test_every_save_replaces_the_last(tmp_path):
    game = a_game()
    save_game(game, tmp_path)
    game.skip_card()
    save_game(game, tmp_path)
    loaded, _ = load_saved_game(tmp_path)
    assert game_to_dict(loaded) == game_to_dict(game) and loaded.phase == "roll"


def test_a_finished_game_loads_and_says_it_is_over(tmp_path):
    game = a_game()
    game.end_early()
    save_game(game, tmp_path)
    loaded, _ = load_saved_game(tmp_path)
    assert loaded.is_over and loaded.ended_early


@pytest.mark.parametrize("content", [
    b"",
    b'{"format": 1, "board": {"size": 24',  # cut off mid-write
    b"\xff\xfe\x00garbage",  # not UTF-8
    b"[1, 2, 3]",
    b'{"language": "kk", "sound": true}',  # another program's file
    b'{"format": 3}',  # a newer version
])
def test_a_damaged_file_is_kept_aside_and_named(tmp_path, content):
    (tmp_path / SAVE_FILE).write_bytes(content)
    game, message = load_saved_game(tmp_path)
    assert game is None and message
    kept = [p for p in tmp_path.iterdir() if DAMAGED_NAME.fullmatch(p.name)]
    assert len(kept) == 1 and kept[0].read_bytes() == content, "nothing is lost"
    assert str(kept[0]) in message
    assert not (tmp_path / SAVE_FILE).exists()
    assert load_saved_game(tmp_path) == (None, None)


def test_a_game_file_with_a_wrong_field_names_the_field(tmp_path):
    data = game_to_dict(a_game())
    data["state"]["team_states"][0]["position"] = 500
    (tmp_path / SAVE_FILE).write_text(json.dumps(data), encoding="utf-8")
    game, message = load_saved_game(tmp_path)
    assert game is None and "team_states[0]: 'position' is 500" in message


class FixedClock(datetime):
    """A clock stuck in one second, as when several damaged files are found at once."""

    @classmethod
    def now(cls, tz=None):
        return cls(2025, 1, 1, 10, 10, 10)


def test_damaged_files_in_the_same_second_are_all_kept(tmp_path, monkeypatch):
    monkeypatch.setattr(safe_files, "_now", FixedClock.now)
    for text in ("one", "two", "three"):
        (tmp_path / SAVE_FILE).write_text(text, encoding="utf-8")
        assert load_saved_game(tmp_path)[0] is None
    kept = sorted(p.read_text(encoding="utf-8") for p in tmp_path.iterdir() if DAMAGED_NAME.fullmatch(p.name))
    assert kept == ["one", "three", "two"]


def test_a_failed_write_keeps_the_old_save_and_says_why(tmp_path, monkeypatch):
    game = a_game()
    save_game(game, tmp_path)
    before = (tmp_path / SAVE_FILE).read_bytes()
    game.skip_card()

    def refuse(*_):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(safe_files.os, "replace", refuse)
    with pytest.raises(BoardSaveError, match="No space left"):
        save_game(game, tmp_path)
    assert (tmp_path / SAVE_FILE).read_bytes() == before
    assert os.listdir(tmp_path) == [SAVE_FILE]


def test_a_folder_that_cannot_be_created_is_reported(tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("x", encoding="utf-8")
    with pytest.raises(BoardSaveError, match=str(blocker)):
        save_game(a_game(), blocker)


def test_clearing_removes_the_save_and_tolerates_none(tmp_path):
    save_game(a_game(), tmp_path)
    clear_saved_game(tmp_path)
    assert load_saved_game(tmp_path) == (None, None)
    clear_saved_game(tmp_path)


def test_a_fifo_in_place_of_the_save_is_refused_not_waited_on(tmp_path):
    import os
    import threading

    from play_for_integrity.core.board_save import SAVE_FILE, load_saved_game

    os.mkfifo(tmp_path / SAVE_FILE)
    loaded = []
    worker = threading.Thread(target=lambda: loaded.append(load_saved_game(tmp_path)), daemon=True)
    worker.start()
    worker.join(10)
    assert loaded and loaded[0][0] is None and "could not be read" in loaded[0][1]
