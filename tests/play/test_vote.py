"""The class vote played through actions alone: counts in, the class's path and profile recorded."""

from __future__ import annotations

from play_for_integrity.play.actions import Advance, Finish, Follow, Roll, SkipStory, SubmitVotes, UndoVote

from .conftest import BAND


def test_a_whole_vote_follows_the_class_and_stores_its_profile(session):
    hour = session.start_vote(BAND, "2Б")
    voted = 0
    while not hour.vote.finished:
        node = hour.vote.node
        if node.is_ending:
            assert hour.dispatch(Advance()).accepted
            continue
        counts = {c.id: n for c, n in zip(node.choices, (5, 12, 3))}
        result = hour.dispatch(SubmitVotes(counts)).value
        assert result.followed == node.choices[1].id and result.total == sum(counts.values())
        voted += 1
        assert hour.dispatch(Advance()).accepted
    assert hour.dispatch(Finish()).accepted
    store = session.results.open()
    data = store.session(store.sessions()[0].uuid)
    assert data.mode == "vote" and data.class_name == "2Б" and data.ended_at is not None
    assert sum(a.votes for a in data.answers) == sum(r.total for r in hour.vote.results)
    assert len(hour.vote.results) == voted
    assert data.participants[0].profile == hour.vote.class_profile()
    assert not hour.dispatch(Finish()).accepted, "the vote is closed once"


def test_on_a_tie_the_teacher_picks_the_branch(session):
    hour = session.start_vote(BAND, "2Б")
    while len(hour.vote.node.choices) < 3:  # the story with three options
        hour.dispatch(SkipStory())
    a, b, c = (choice.id for choice in hour.vote.node.choices)
    hour.dispatch(SubmitVotes({a: 4, b: 4, c: 1}))
    assert hour.vote.result.leading == (a, b) and hour.vote.result.followed == a
    assert hour.dispatch(Follow(b)).accepted and hour.vote.result.followed == b
    assert not hour.dispatch(Follow(c)).accepted and hour.vote.result.followed == b


def test_no_votes_wrong_actions_and_double_presses_are_refused(session):
    hour = session.start_vote(BAND, "2Б")
    node = hour.vote.node
    assert not hour.dispatch(SubmitVotes({})).accepted
    assert not hour.dispatch(Advance()).accepted
    assert not hour.dispatch(Roll()).accepted
    assert hour.dispatch(SubmitVotes({node.choices[0].id: 1})).accepted
    assert not hour.dispatch(SubmitVotes({node.choices[0].id: 1})).accepted


def test_skipping_a_story_starts_the_next_one(session):
    hour = session.start_vote(BAND, "2Б")
    first = hour.vote.scenario.id
    assert hour.dispatch(SkipStory()).accepted
    assert hour.vote.scenario.id != first and hour.vote.result is None
    assert hour.dispatch(SkipStory()).accepted and hour.vote.finished
    assert not hour.dispatch(SkipStory()).accepted


def test_more_votes_than_the_class_has_are_refused_and_not_stored(session):
    hour = session.start_vote(BAND, "2Б", class_size=20)
    node = hour.vote.node
    outcome = hour.dispatch(SubmitVotes({node.choices[0].id: 15, node.choices[1].id: 6}))
    assert not outcome.accepted and "20 pupils" in outcome.reason
    store = session.results.open()
    assert not store.session(store.sessions()[0].uuid).answers


def test_corrected_counts_replace_the_stored_votes(session):
    hour = session.start_vote(BAND, "2Б")
    a, b = (c.id for c in hour.vote.node.choices[:2])
    hour.dispatch(SubmitVotes({a: 2, b: 3}))
    hour.dispatch(Advance())
    while hour.vote.node.is_ending:
        hour.dispatch(Advance())
    node = hour.vote.node
    x, y = (c.id for c in node.choices[:2])
    assert not hour.dispatch(UndoVote()).accepted, "no vote is on show yet"
    hour.dispatch(SubmitVotes({x: 99, y: 1}))
    assert hour.dispatch(UndoVote()).accepted
    assert not hour.dispatch(UndoVote()).accepted, "a second press takes nothing more back"
    assert hour.vote.awaiting_vote and hour.vote.node is node
    hour.dispatch(SubmitVotes({x: 9, y: 1}))
    store = session.results.open()
    answers = store.session(store.sessions()[0].uuid).answers
    assert sorted((a.node_id, a.choice_id, a.votes) for a in answers) == sorted(
        [(hour.vote.results[0].node_id, a, 2), (hour.vote.results[0].node_id, b, 3), (node.id, x, 9), (node.id, y, 1)])
    assert [r.counts[x] for r in hour.vote.results[1:]] == [9]


def test_taking_back_a_vote_that_could_not_be_saved_keeps_the_earlier_ones(session, monkeypatch):
    hour = session.start_vote(BAND, "2Б")
    a, b = (c.id for c in hour.vote.node.choices[:2])
    hour.dispatch(SubmitVotes({a: 4, b: 1}))
    hour.dispatch(Advance())
    while hour.vote.node.is_ending:
        hour.dispatch(Advance())
    x = hour.vote.node.choices[0].id
    monkeypatch.setattr(hour.recorder, "record", lambda result, seconds: (_ for _ in ()).throw(OSError("disk full")))
    assert hour.dispatch(SubmitVotes({x: 50})).accepted and hour.stored_rows == [2, 0]
    monkeypatch.undo()
    assert hour.dispatch(UndoVote()).accepted
    hour.dispatch(SubmitVotes({x: 5}))
    store = session.results.open()
    votes = sorted((a.choice_id, a.votes) for a in store.session(store.sessions()[0].uuid).answers)
    assert votes == sorted([(a, 4), (b, 1), (x, 5)])
