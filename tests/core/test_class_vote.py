"""The whole-class vote: counts checked, shares and leaders, ties, branches followed, the class profile."""

from __future__ import annotations

import pytest

from play_for_integrity.content.model import StoryNode
from play_for_integrity.core.class_vote import ClassVote
from tests.core.content_builder import choice, scenario, wallet


BRANCHING = scenario("branching", [
    StoryNode("start", "story", (choice("cheat", "snake", "caught", honesty=-2, fairness=-1),
                                 choice("study", "ladder", None, honesty=2),
                                 choice("ask", "stay", "talk", honesty=1, courage=1))),
    StoryNode("caught", "story", (choice("confess", "ladder", "end", honesty=2),
                                  choice("deny", "snake", None, honesty=-2))),
    StoryNode("talk", "story", (choice("listen", "ladder", None, respect=2), choice("leave", "stay", None))),
    StoryNode("end", "the end"),
])
PLAIN = scenario("plain", [StoryNode("start", "story", (choice("a", honesty=1), choice("b", honesty=-1)))])


def test_an_empty_playlist_is_refused():
    with pytest.raises(ValueError):
        ClassVote([])


def test_a_vote_gives_counts_shares_and_the_leader():
    vote = ClassVote([BRANCHING])
    result = vote.submit({"cheat": 3, "study": 15, "ask": 6})
    assert (result.scenario_id, result.node_id, result.total) == ("branching", "start", 24)
    assert result.counts == {"cheat": 3, "study": 15, "ask": 6}
    assert result.shares == pytest.approx({"cheat": 0.125, "study": 0.625, "ask": 0.25})
    assert result.leading == ("study",) and result.followed == "study"
    assert vote.results == [result] and not vote.awaiting_vote


def test_missing_choices_count_zero():
    result = ClassVote([BRANCHING]).submit({"ask": 2})
    assert result.counts == {"cheat": 0, "study": 0, "ask": 2} and result.shares["cheat"] == 0


@pytest.mark.parametrize("counts", [
    {"fly": 2},  # not a choice here
    {"study": -1},
    {"study": 1000},
    {"study": 2.5},
    {"study": "3"},
    {"study": True},
    {},  # nobody voted
    {"study": 0, "ask": 0},
])
def test_impossible_counts_are_refused(counts):
    vote = ClassVote([BRANCHING])
    with pytest.raises(ValueError):
        vote.submit(counts)
    assert vote.awaiting_vote and vote.results == []


def test_a_tie_follows_the_first_listed_leader_unless_told_otherwise():
    tie = {"cheat": 8, "study": 4, "ask": 8}
    first = ClassVote([BRANCHING]).submit(tie)
    assert first.leading == ("cheat", "ask") and first.followed == "cheat"
    chosen = ClassVote([BRANCHING]).submit(tie, follow="ask")
    assert chosen.followed == "ask"
    with pytest.raises(ValueError):
        ClassVote([BRANCHING]).submit(tie, follow="study")


def test_the_class_follows_the_branch_of_its_choice():
    vote = ClassVote([BRANCHING, PLAIN])
    vote.submit({"cheat": 10, "study": 2})
    vote.advance()
    assert vote.node.id == "caught" and vote.awaiting_vote
    vote.submit({"confess": 5, "deny": 1})
    vote.advance()
    assert vote.node.id == "end" and vote.node.is_ending and not vote.awaiting_vote
    vote.advance()
    assert vote.scenario.id == "plain" and vote.scenario_index == 1 and vote.node.id == "start"
    vote.submit({"a": 1})
    vote.advance()
    assert vote.finished and not vote.awaiting_vote
    with pytest.raises(RuntimeError):
        vote.advance()


def test_a_choice_without_next_ends_the_scenario():
    vote = ClassVote([BRANCHING, PLAIN])
    vote.submit({"study": 1})
    vote.advance()
    assert vote.scenario.id == "plain"


def test_moving_on_before_voting_or_voting_twice_is_refused():
    vote = ClassVote([BRANCHING])
    with pytest.raises(RuntimeError):
        vote.advance()
    vote.submit({"study": 1})
    with pytest.raises(RuntimeError):
        vote.submit({"study": 1})


def test_the_class_profile_is_the_average_pupil():
    vote = ClassVote([BRANCHING, PLAIN])
    vote.submit({"cheat": 2, "study": 1, "ask": 1})  # honesty (-4 + 2 + 1) / 4 = -0.75, fairness -0.5, courage 0.25
    vote.advance()
    vote.submit({"confess": 3, "deny": 1})  # honesty (6 - 2) / 4 = 1
    vote.advance()
    vote.advance()
    vote.submit({"a": 1, "b": 3})  # honesty (1 - 3) / 4 = -0.5
    # rounded once at the end: honesty -0.25, fairness -0.5, courage 0.25
    assert vote.class_profile() == {"honesty": 0, "fairness": -1, "courage": 0}


def test_class_profile_rounds_halves_away_from_zero():
    vote = ClassVote([PLAIN, PLAIN])
    vote.submit({"a": 3, "b": 1})  # +0.5
    assert vote.class_profile() == {"honesty": 1}
    vote.advance()
    vote.submit({"a": 1, "b": 3})  # -0.5, total 0
    assert vote.class_profile() == {"honesty": 0}
    assert ClassVote([PLAIN]).class_profile() == {}


def test_a_unanimous_class_scores_like_one_pupil():
    vote = ClassVote([BRANCHING])
    vote.submit({"cheat": 27})
    assert vote.class_profile() == {"honesty": -2, "fairness": -1, "courage": 0}


def test_a_scenario_shaped_like_the_shipped_ones_can_be_voted_through():
    vote = ClassVote([wallet()])
    while not vote.finished:
        if vote.awaiting_vote:
            vote.submit({vote.node.choices[0].id: 20, vote.node.choices[-1].id: 5})
        vote.advance()
    assert vote.results and all(r.scenario_id == "wallet" for r in vote.results)


# ----- the class size and taking a vote back ---------------------------------------------------------
def test_more_votes_than_pupils_are_refused_and_nothing_is_kept():
    vote = ClassVote([PLAIN], class_size=25)
    with pytest.raises(ValueError, match="25 pupils"):
        vote.submit({"a": 20, "b": 6})
    assert vote.results == [] and vote.awaiting_vote
    assert vote.submit({"a": 20, "b": 5}).total == 25


@pytest.mark.parametrize("size", [0, -1, True, 2.5, "25", 1000])
def test_an_impossible_class_size_is_refused(size):
    with pytest.raises(ValueError, match="class size"):
        ClassVote([PLAIN], class_size=size)


def test_a_vote_taken_back_waits_for_the_corrected_counts():
    vote = ClassVote([BRANCHING])
    first = vote.submit({"cheat": 30, "study": 3})
    assert vote.withdraw() == first
    assert vote.results == [] and vote.result is None and vote.awaiting_vote and vote.node_id == "start"
    corrected = vote.submit({"cheat": 3, "study": 30})
    assert vote.results == [corrected] and corrected.followed == "study"
    with pytest.raises(RuntimeError):
        ClassVote([PLAIN]).withdraw()


def test_the_steps_the_class_has_seen_follow_its_path_and_start_again_with_each_story():
    vote = ClassVote([BRANCHING, PLAIN])
    assert vote.seen == ("start",)
    vote.submit({"cheat": 9, "study": 2})
    vote.advance()
    assert vote.seen == ("start", "caught")
    vote.submit({"confess": 5})
    vote.advance()
    assert vote.seen == ("start", "caught", "end")
    vote.advance()
    assert vote.scenario.id == "plain" and vote.seen == ("start",)
