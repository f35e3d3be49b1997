"""Save files of format 1 (one list per team field, written before the per-team records) still resume exactly."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from play_for_integrity.core.board_records import Move
from play_for_integrity.core.board_save import SAVE_FILE, load_saved_game, save_game
from play_for_integrity.core.board_state import FORMAT, BoardStateError, game_from_dict, game_to_dict
from tests.core.board_helpers import answer

# Written by save_game before the change: a 3-team game on build_board(20, 34), a dilemma card on show.
OLD_SAVE = Path(__file__).parent / "fixtures" / "integrity-hour-format1.json"


def old_data() -> dict:
    """The fixture as parsed JSON, fresh for each change."""
    return json.loads(OLD_SAVE.read_text(encoding="utf-8"))


def resumed(tmp_path):
    """The fixture resumed through load_saved_game, as the Hour's start screen does."""
    shutil.copy(OLD_SAVE, tmp_path / SAVE_FILE)
    game, message = load_saved_game(tmp_path)
    assert message is None
    return game


def test_the_fixture_is_an_old_format_save():
    data = old_data()
    assert data["format"] == 1 and "positions" in data["state"] and "team_states" not in data["state"]


def test_an_old_format_save_resumes_at_the_same_turn(tmp_path):
    game = resumed(tmp_path)
    assert (game.turns, game.current, game.phase, game.card) == (11, 1, "dilemma", "d3")
    assert game.positions == [15, 15, 9]
    assert game.profiles == [{"honesty": 2, "courage": 1}, {"honesty": 2, "courage": 1}, {"honesty": -1, "courage": 1}]
    assert (game.tasks_right, game.tasks_done, game.dilemmas_done) == ([0, 0, 2], [0, 0, 2], [1, 1, 1])
    assert (game.dilemma_draws, game.task_draws, game.finish_order, game.ended_early) == (4, 2, [], False)
    assert game.last_move == Move(1, 3, (13, 14, 15), None, 12, 15, False)
    assert [t.name for t in game.teams] == ["Қырандар", "Соколы", "Eagles"] and game.meta["class_name"] == "5 «Ә»"


def test_an_old_format_game_plays_on_as_it_would_have(tmp_path):
    # the expected values were taken from the code that wrote the fixture
    game = resumed(tmp_path)
    game.answer_dilemma(answer("snake", honesty=-2))
    assert game.positions == [15, 3, 9] and game.profiles[1] == {"honesty": 0, "courage": 1}
    assert game.roll() == Move(2, 2, (10, 11), None, 9, 11, False)
    assert (game.positions, game.current, game.phase, game.card) == ([15, 3, 11], 0, "roll", None)


def test_undo_walks_an_old_format_history_back_to_the_new_game(tmp_path):
    game = resumed(tmp_path)
    steps = 0
    while game.undo():
        steps += 1
    assert steps == len(old_data()["history"]) == 16
    assert (game.turns, game.positions, game.profiles, game.phase) == (0, [0, 0, 0], [{}, {}, {}], "roll")


def test_a_resumed_old_game_is_saved_in_the_current_format(tmp_path):
    game = resumed(tmp_path)
    save_game(game, tmp_path)
    saved = json.loads((tmp_path / SAVE_FILE).read_text(encoding="utf-8"))
    assert saved["format"] == FORMAT == 2 and saved["state"]["team_states"][1]["position"] == 15
    assert game_to_dict(game_from_dict(saved)) == saved == game_to_dict(game)


@pytest.mark.parametrize("change,named", [
    (lambda d: d["state"].update(positions=[15, 15]), "state: 'positions' must be a list of 3 items"),
    (lambda d: d["state"].pop("profiles"), "state: 'profiles' is missing"),
    (lambda d: d["history"][3].update(tasks_done="2"), "history[3]: 'tasks_done' must be a list"),
    (lambda d: d["state"]["positions"].__setitem__(0, 500), "state.team_states[0]: 'position' is 500"),
    (lambda d: d["state"].update(team_states=[]), "unknown fields ['team_states']"),
    (lambda d: d["history"].__setitem__(0, "roll"), "history[0] must be a JSON object"),
])
def test_a_damaged_old_format_save_is_refused_naming_the_field(change, named):
    data = old_data()
    change(data)
    with pytest.raises(BoardStateError) as caught:
        game_from_dict(data)
    assert named in str(caught.value)


def test_a_damaged_old_format_file_is_set_aside_like_any_other(tmp_path):
    data = old_data()
    data["state"]["positions"] = [15]
    (tmp_path / SAVE_FILE).write_text(json.dumps(data), encoding="utf-8")
    game, message = load_saved_game(tmp_path)
    assert game is None and "positions" in message and "it was kept as" in message
    assert not (tmp_path / SAVE_FILE).exists() and len(list(tmp_path.iterdir())) == 1
