"""The whole-class vote in the window: counts typed, the split shown, ties decided by the teacher, results stored."""

from __future__ import annotations

from datetime import date

import pygame

from play_for_integrity.play.actions import SkipStory
from play_for_integrity.results.store import ResultsStore
from play_for_integrity.ui.scenes.hour_setup import HourSetupScene
from play_for_integrity.ui.scenes.vote import VoteScene, VoteTalkScene
from play_for_integrity.ui.scenes.vote_result import VoteResultScene
from play_for_integrity.ui.scenes.vote_end import VoteEndScene

from .conftest import key


def start_vote(app) -> VoteScene:
    app.stack.push(HourSetupScene(app, "vote"))
    app.stack.apply()
    app.render()
    setup = app.stack.top
    app.handle(pygame.event.Event(pygame.TEXTINPUT, text="5А"))
    setup.start()
    app.stack.apply()
    app.render()
    assert isinstance(app.stack.top, VoteScene)
    return app.stack.top


def type_counts(app, counts) -> None:
    scene = app.stack.top
    for field, count in zip(scene.fields, counts):
        scene.form.focus_field(field)
        app.handle(pygame.event.Event(pygame.TEXTINPUT, text=str(count)))
    app.render()


def test_typed_counts_show_the_split_and_are_stored_with_their_votes(make_app):
    app = make_app("ru")
    vote = start_vote(app)
    node = vote.node
    counts = [12, 5, 3, 1][:len(node.choices)]
    type_counts(app, counts)
    key(app, pygame.K_RETURN)
    result_scene = app.stack.top
    assert isinstance(result_scene, VoteResultScene)
    assert result_scene.result.counts == {c.id: n for c, n in zip(node.choices, counts)}
    assert app.render().overflows == []
    store = ResultsStore.open(app.session.data_dir)
    [summary] = store.sessions()
    data = store.session(summary.uuid)
    assert data.mode == "vote" and data.class_name == "5А" and [p.nickname for p in data.participants] == ["5А"]
    assert {a.choice_id: a.votes for a in data.answers} == {c.id: n for c, n in zip(node.choices, counts) if n}


def test_letters_in_a_count_box_are_ignored_and_an_empty_vote_is_explained(make_app):
    app = make_app()
    vote = start_vote(app)
    app.handle(pygame.event.Event(pygame.TEXTINPUT, text="1x2"))
    assert vote.fields[0].text == "12"
    vote.fields[0].text = ""
    key(app, pygame.K_RETURN)
    assert app.stack.top is vote and vote.problem


def test_on_a_tie_the_teacher_picks_the_branch_the_story_follows(make_app):
    app = make_app()
    vote = start_vote(app)
    node = vote.node
    counts = [7, 7] + [0] * (len(node.choices) - 2)
    type_counts(app, counts)
    key(app, pygame.K_RETURN)
    result_scene = app.stack.top
    assert result_scene.tie
    key(app, pygame.K_b)
    hour = result_scene.hour
    assert hour.vote.result.followed == node.choices[1].id
    key(app, pygame.K_a)
    assert hour.vote.result.followed == node.choices[0].id
    key(app, pygame.K_c)  # not one of the leaders: shows C's feedback, the branch stays
    assert hour.vote.result.followed == node.choices[0].id and result_scene.selected == 2


def test_a_whole_vote_ends_with_the_class_profile_and_closes_the_session(make_app):
    app = make_app()
    start_vote(app)
    for _ in range(40):
        top = app.stack.top
        if isinstance(top, VoteEndScene):
            break
        if isinstance(top, VoteScene):
            type_counts(app, [3, 1, 1, 1][:len(top.node.choices)])
        key(app, pygame.K_RETURN)
        app.render()
    end = app.stack.top
    assert isinstance(end, VoteEndScene)
    assert app.render().overflows == []
    store = ResultsStore.open(app.session.data_dir)
    data = store.session(store.sessions()[0].uuid)
    assert data.ended_at is not None
    assert data.participants[0].profile == end.hour.vote.class_profile()


def test_a_story_whose_choice_ends_it_shows_the_questions_before_the_next(make_app):
    app = make_app()
    app.session.band = "6-10"
    app.session.seed = 1
    app.session.today = lambda: date(2027, 7, 1)  # the summer: the whole band, not one quarter's two stories
    vote = start_vote(app)
    hour = vote.hour
    while not any(c.next is None for c in vote.node.choices):  # found-wallet and copied-homework have such choices
        hour.dispatch(SkipStory())
        app.stack.replace(VoteScene(app, hour))
        app.stack.apply()
        vote = app.stack.top
    app.render()
    ending = next(c for c in vote.node.choices if c.next is None)
    counts = [1 if c is ending else 0 for c in vote.node.choices]
    type_counts(app, counts)
    key(app, pygame.K_RETURN)
    key(app, pygame.K_RETURN)
    assert isinstance(app.stack.top, VoteTalkScene)
    index = hour.vote.scenario_index
    key(app, pygame.K_RETURN)
    assert hour.vote.scenario_index == index + 1


def test_s_skips_the_story_and_e_asks_before_ending_even_while_a_count_box_has_the_focus(make_app):
    from play_for_integrity.ui.scenes.ask import AskScene

    app = make_app()
    vote = start_vote(app)
    hour = vote.hour
    assert vote.form.focused_field is vote.fields[0]
    key(app, pygame.K_s)
    assert hour.vote.scenario_index == 1 and vote.fields[0].text == ""
    key(app, pygame.K_e)
    assert isinstance(app.stack.top, AskScene)
    key(app, pygame.K_ESCAPE)
    assert isinstance(app.stack.top, VoteScene)
