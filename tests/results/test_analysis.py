"""Summaries for the teacher view: distributions (with votes), profiles, and where the class split most."""

from __future__ import annotations

import math

import pytest

from play_for_integrity.results.analysis import (choice_distribution, class_average, participant_profiles,
                                                 split_score, where_class_split)


def test_distribution_counts_each_choice_per_node(store, class_session):
    splits = {(s.scenario_id, s.node_id): s for s in choice_distribution([store.session(class_session)])}
    assert splits[("found-wallet", "start")].counts == {"tell-mum": 1, "keep": 1}
    assert splits[("found-wallet", "next-day")].total == 1


def test_distribution_counts_votes(store, vote_session):
    (split,) = choice_distribution([store.session(vote_session)])
    assert split.counts == {"tell-mum": 18, "keep": 6}
    assert split.total == 24


def test_distribution_adds_up_several_sessions(store, class_session, vote_session):
    sessions = [store.session(class_session), store.session(vote_session)]
    start = next(s for s in choice_distribution(sessions) if s.node_id == "start" and s.scenario_id == "found-wallet")
    assert start.counts == {"tell-mum": 19, "keep": 7}


@pytest.mark.parametrize("counts, options, expected", [
    ({"a": 10}, None, 0.0),
    ({"a": 10}, 3, 0.0),
    ({"a": 5, "b": 5}, None, 1.0),
    ({"a": 5, "b": 5}, 4, 0.5),
    ({"a": 3, "b": 3, "c": 3}, None, 1.0),
    ({}, None, 0.0),
])
def test_split_score_is_normalised_entropy(counts, options, expected):
    assert math.isclose(split_score(counts, options), expected, abs_tol=1e-9)


def test_most_divided_node_comes_first(store, class_session, vote_session):
    splits = where_class_split([store.session(class_session), store.session(vote_session)], min_answers=2)
    assert [(s.scenario_id, s.node_id) for s in splits] == [("found-wallet", "start")]
    assert splits[0].split == pytest.approx(split_score({"x": 19, "y": 7}))


def test_split_ranking_orders_by_score(store):
    sid = store.start_session("8А", "vote", "11-14", "ru", [])
    whole = store.add_participant(sid, "8А")
    for node, tally in (("agreed", {"a": 20, "b": 1}), ("split", {"a": 10, "b": 11}), ("middle", {"a": 15, "b": 6})):
        for choice, votes in tally.items():
            store.record_answer(sid, whole, "s", node, choice, {}, "stay", 30, votes)
    assert [s.node_id for s in where_class_split([store.session(sid)])] == ["split", "middle", "agreed"]


def test_profiles_use_the_stored_final_profile(store, class_session):
    profiles = dict((p.nickname, profile) for p, profile in participant_profiles(store.session(class_session)))
    assert profiles["Аружан"] == {"honesty": 2, "responsibility": 2, "fairness": 2}


def test_profile_of_a_pupil_who_left_early_is_added_up_from_answers(store):
    sid = store.start_session("8А", "solo", "11-14", "ru", [])
    pid = store.add_participant(sid, "Дияр")
    store.record_answer(sid, pid, "s", "n1", "c", {"honesty": 2}, "ladder", 5)
    store.record_answer(sid, pid, "s", "n2", "c", {"honesty": -1, "courage": 1}, "stay", 5)
    ((_, profile),) = participant_profiles(store.session(sid))
    assert profile == {"honesty": 1, "courage": 1}


def test_unfinished_vote_profile_follows_the_majority(store, vote_session):
    ((_, profile),) = participant_profiles(store.session(vote_session))
    assert profile == {"honesty": 2}


def test_class_average_is_the_mean_per_value(store, class_session):
    assert class_average(store.session(class_session)) == {
        "honesty": 1.0, "responsibility": 1.0, "fairness": 0.5, "courage": 1.0}


def test_a_class_votes_average_is_the_class_profile_beside_its_pupils_cards(store):
    sid = store.start_session("5A", "vote", "6-10", "kk", ["found-wallet"])
    whole_class = store.add_participant(sid, "5A")
    store.finish_participant(whole_class, {"honesty": 2, "care": 1})
    for number, profile in ((1, {"honesty": 2}), (2, {"honesty": 2, "care": 3})):
        pupil = store.add_participant(sid, f"№ {number}")
        store.finish_participant(pupil, profile)
    assert class_average(store.session(sid)) == {"honesty": 2.0, "care": 1.0}
