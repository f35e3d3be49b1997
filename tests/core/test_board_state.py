"""A board game as a dict: exact round trips, play and undo go on identically, bad data is named."""

from __future__ import annotations

import copy
import json
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from play_for_integrity.core.board_state import FORMAT, BoardStateError, game_from_dict, game_to_dict
from tests.core.board_helpers import ACTIONS, act, land_on, new_game


def played(seed: int, actions: list[str]):
    game = new_game(count=4, seed=seed)
    for action in actions:
        act(game, action)
    return game


def through_json(data):
    return json.loads(json.dumps(data, ensure_ascii=False))


@settings(max_examples=100, deadline=None)
@given(st.integers(0, 10**6), st.lists(st.sampled_from(ACTIONS), max_size=50))
def test_round_trip_is_exact_and_play_goes_on_identically(seed, actions):
    game = played(seed, actions)
    data = game_to_dict(game)
    resumed = game_from_dict(through_json(data))
    assert game_to_dict(resumed) == data
    for action in ["roll", "ladder", "right", "roll", "snake", "roll", "not yet", "undo", "roll"] * 3:
        act(game, action)
        act(resumed, action)
        assert resumed.last_move == game.last_move and resumed.card == game.card
    assert game_to_dict(resumed) == game_to_dict(game)


def test_undo_still_works_after_a_resume():
    game = new_game()
    land_on(game, 10)
    before = game_to_dict(game)
    game.skip_card()
    resumed = game_from_dict(through_json(game_to_dict(game)))
    assert resumed.undo() and game_to_dict(resumed) == before


def test_the_dict_is_json_safe_and_keeps_names_in_any_script():
    game = new_game()
    game.meta["class"] = "5 «Ә» сынып"
    data = game_to_dict(game)
    assert data["format"] == FORMAT == 2 and through_json(data) == data
    assert game_from_dict(through_json(data)).meta["class"] == "5 «Ә» сынып"


def test_meta_that_could_not_be_read_back_is_refused_when_saving():
    game = new_game()
    game.meta["team-1"] = 42
    with pytest.raises(BoardStateError, match="meta"):
        game_to_dict(game)


def broken(change) -> dict:
    game = new_game(count=3)
    land_on(game, 10)
    data = through_json(game_to_dict(game))
    change(data)
    return data


@pytest.mark.parametrize("change,named", [
    (lambda d: d.update(format=3), "format"),
    (lambda d: d.update(format=True), "format"),
    (lambda d: d.update(format="2"), "format"),
    (lambda d: d.pop("format"), "format"),
    (lambda d: d.pop("state"), "state"),
    (lambda d: d["state"]["team_states"][2].update(position=99), "position"),
    (lambda d: d["state"]["team_states"].pop(), "team_states"),
    (lambda d: d["state"]["team_states"][0].pop("dilemmas_done"), "dilemmas_done"),
    (lambda d: d["state"]["team_states"][0].update(colour=1), "unknown"),
    (lambda d: d["state"].update(team_states={"0": {}}), "team_states"),
    (lambda d: d["state"].update(phase="fly"), "phase"),
    (lambda d: d["state"].update(phase="task"), "task"),
    (lambda d: d["state"].update(current=3), "current"),
    (lambda d: d["state"].update(turns=True), "turns"),
    (lambda d: d["state"].update(card="not-in-deck"), "card"),
    (lambda d: d["state"].update(phase="roll"), "card"),
    (lambda d: d["state"].update(ended_early="no"), "ended_early"),
    (lambda d: d["state"].update(finish_order=[1]), "finish_order"),
    (lambda d: d["state"]["team_states"][0]["profile"].update(honesty="2"), "profile"),
    (lambda d: d["state"]["team_states"][0].update(profile=[]), "profile"),
    (lambda d: d["state"]["team_states"][0].update(tasks_right=1), "tasks"),
    (lambda d: d["state"]["team_states"][1].update(tasks_done=-1), "tasks_done"),
    (lambda d: d["state"]["last_move"].update(path=[1, 2]), "path"),
    (lambda d: d["state"]["last_move"].update(dice=7), "dice"),
    (lambda d: d["state"].update(extra=1), "unknown"),
    (lambda d: d["history"].append({"phase": "roll"}), "history"),
    (lambda d: d.update(teams=d["teams"][:1]), "teams"),
    (lambda d: d["teams"][1].update(name="TEAM 1"), "teams"),
    (lambda d: d["teams"][1].update(color="red"), "color"),
    (lambda d: d.update(dilemma_deck=["d1", 2, "d3"]), "dilemma_deck"),
    (lambda d: d.update(task_deck=["t1", "t1"]), "task_deck"),
    (lambda d: d.update(meta={"class": 5}), "meta"),
    (lambda d: d.update(seed="11"), "seed"),
    (lambda d: d["board"].update(size=30), "board"),
    (lambda d: d["board"].update(ladders=[[2, 9], [9, 16]]), "board"),
    (lambda d: d["board"].update(snakes=[[10, "3"]]), "snakes"),
    (lambda d: d["board"]["kinds"].__setitem__(0, "plain"), "board"),
])
def test_bad_data_is_refused_with_a_message_naming_it(change, named):
    with pytest.raises(BoardStateError, match=named):
        game_from_dict(broken(change))


@pytest.mark.parametrize("data", [None, [], "game", 1, {}])
def test_anything_but_a_game_object_is_refused(data):
    with pytest.raises(BoardStateError):
        game_from_dict(data)


def leaves(data, path=()):
    """Every (path, value) below `data`."""
    if isinstance(data, dict):
        for key, value in data.items():
            yield path + (key,), value
            yield from leaves(value, path + (key,))
    elif isinstance(data, list):
        for index, value in enumerate(data):
            yield path + (index,), value
            yield from leaves(value, path + (index,))


junk = st.one_of(st.none(), st.booleans(), st.integers(-5, 200), st.floats(allow_nan=False), st.text(max_size=4),
                 st.lists(st.integers(0, 30), max_size=3),
                 st.dictionaries(st.text(max_size=3), st.integers(), max_size=2))


@settings(max_examples=300, deadline=None)
@given(st.integers(0, 10**6), junk, st.data())
def test_any_changed_field_loads_exactly_or_is_refused_cleanly(seed, value, data):
    game = played(seed % 50, ["roll", "ladder", "roll", "right", "roll", "skip", "roll"])
    saved = through_json(game_to_dict(game))
    path = data.draw(st.sampled_from(list(leaves(saved))))[0]
    damaged = copy.deepcopy(saved)
    target = damaged
    for key in path[:-1]:
        target = target[key]
    target[path[-1]] = value
    try:
        resumed = game_from_dict(damaged)
    except BoardStateError as err:
        assert str(err)
    else:
        assert game_to_dict(resumed) == damaged
        for action in ["roll", "stay", "right", "undo", "undo", "undo"]:
            act(resumed, action)
        while resumed.undo():
            pass
