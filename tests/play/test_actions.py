"""Actions are plain records: each survives a round trip through a dictionary, and bad ones are named."""

from __future__ import annotations

import json

import pytest

from play_for_integrity.play.actions import (ACTIONS, Advance, AnswerCard, Choose, EndGame, Finish, Follow,
                                             JudgeTask, Roll, SkipCard, SkipStory, SubmitVotes, Undo, UndoVote,
                                             action_from_dict)

EXAMPLES = [Choose("a"), Advance(), Roll(), AnswerCard("b"), JudgeTask(False), SkipCard(), Undo(), EndGame(),
            SubmitVotes({"a": 3, "b": 0}, follow="a"), UndoVote(), Follow("a"), SkipStory(), Finish()]


def test_every_kind_of_action_has_an_example():
    assert {type(a) for a in EXAMPLES} == set(ACTIONS.values())


@pytest.mark.parametrize("action", EXAMPLES, ids=lambda a: a.kind)
def test_an_action_survives_json(action):
    assert action_from_dict(json.loads(json.dumps(action.to_dict()))) == action


@pytest.mark.parametrize("data, words", [
    ({"action": "fly"}, "not an action"),
    ([], "not an action"),
    ({"action": "choose"}, "incomplete"),
    ({"action": "roll", "dice": 6}, "no field dice"),
])
def test_a_bad_action_is_named(data, words):
    with pytest.raises(ValueError, match=words):
        action_from_dict(data)
