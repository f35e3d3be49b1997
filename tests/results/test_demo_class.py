"""The demo class: believable, complete and reproducible."""

from __future__ import annotations

import pytest

from play_for_integrity.content.library import load_library
from play_for_integrity.results.demo_class import NICKNAMES, fill_demo_class
from play_for_integrity.results.errors import ResultsError
from tests.play.conftest import CONTENT as PLAY_CONTENT


@pytest.fixture(scope="module")
def library():
    """Small fixture content (branching and single-step stories), not the shipped scenarios."""
    return load_library(PLAY_CONTENT)


def test_demo_class_has_24_finished_pupils_with_nicknames(store, library):
    data = store.session(fill_demo_class(store, library, "7Б"))
    assert len(data.participants) == 24
    assert [p.nickname for p in data.participants] == list(NICKNAMES[:24])
    assert all(p.finished_at is not None and p.profile for p in data.participants)
    assert data.ended_at is not None


def test_demo_answers_follow_the_story_graph(store, library):
    data = store.session(fill_demo_class(store, library, "7Б"))
    for answer in data.answers:
        node = library.scenarios[answer.scenario_id].nodes[answer.node_id]
        choice = node.choice(answer.choice_id)
        assert (answer.effects, answer.board) == (choice.effects, choice.board)
    for pupil in data.participants:
        mine = [a for a in data.answers if a.participant_uuid == pupil.uuid]
        for this, following in zip(mine, mine[1:]):
            leads_to = library.scenarios[this.scenario_id].nodes[this.node_id].choice(this.choice_id).next
            if following.scenario_id == this.scenario_id:
                assert following.node_id == leads_to
            else:
                assert leads_to is None or library.scenarios[this.scenario_id].nodes[leads_to].is_ending


def test_profiles_add_up_the_chosen_effects(store, library):
    data = store.session(fill_demo_class(store, library, "7Б"))
    pupil = data.participants[0]
    totals = dict.fromkeys(pupil.profile, 0)
    for answer in data.answers:
        if answer.participant_uuid == pupil.uuid:
            for value, grade in answer.effects.items():
                totals[value] += grade
    assert pupil.profile == totals


def test_vote_demo_records_every_pupil_once_per_node(store, library):
    data = store.session(fill_demo_class(store, library, "7Б", mode="vote", pupils=20))
    assert [p.nickname for p in data.participants] == ["7Б"]
    per_node: dict[tuple[str, str], int] = {}
    for answer in data.answers:
        key = (answer.scenario_id, answer.node_id)
        per_node[key] = per_node.get(key, 0) + answer.votes
    assert set(per_node.values()) == {20}


def test_same_seed_gives_the_same_class(store, library):
    first = store.session(fill_demo_class(store, library, "7Б", seed=7))
    second = store.session(fill_demo_class(store, library, "7Б", seed=7))
    assert [a.choice_id for a in first.answers] == [a.choice_id for a in second.answers]


def test_band_without_scenarios_is_refused(store, library, monkeypatch):
    monkeypatch.setattr(type(library), "by_band", lambda self, band: [])
    with pytest.raises(ResultsError, match="no (valid )?scenarios"):
        fill_demo_class(store, library, "7Б", band=next(iter(library.bands)))


def test_unknown_band_is_refused(store, library):
    with pytest.raises(ResultsError, match="unknown age band"):
        fill_demo_class(store, library, "7Б", band="99-100")
