"""The class vote's counts are checked against the class size (typed once, remembered), and can be corrected
from the split: the corrected vote replaces the first in the class results."""

from __future__ import annotations

import pygame

from play_for_integrity.core.settings import load_settings
from play_for_integrity.ui.scenes.vote import VoteScene
from play_for_integrity.ui.scenes.vote_result import VoteResultScene

from .conftest import click, key


def setup(app, class_size: str = ""):
    app.push("title")
    app.push("hour-setup", "vote")
    app.stack.apply()
    app.render()
    scene = app.stack.top
    scene.form.focus_field(scene.size_field)
    if class_size:
        app.handle(pygame.event.Event(pygame.TEXTINPUT, text=class_size))
    return scene


def start(app, class_size: str = "") -> VoteScene:
    setup(app, class_size)
    key(app, pygame.K_RETURN)
    app.render()
    assert isinstance(app.stack.top, VoteScene)
    return app.stack.top


def type_counts(app, counts) -> None:
    scene = app.stack.top
    for field, count in zip(scene.fields, counts):
        field.text = ""
        scene.form.focus_field(field)
        app.handle(pygame.event.Event(pygame.TEXTINPUT, text=str(count)))
    app.render()


def stored_votes(app) -> dict[str, int]:
    store = app.session.results.open()
    data = store.session(store.sessions()[0].uuid)
    return {a.choice_id: a.votes for a in data.answers}


def test_the_class_size_is_asked_and_remembered(make_app):
    app = make_app()
    vote = start(app, "22")
    assert vote.hour.vote.class_size == 22
    settings, _ = load_settings(app.session.data_dir)
    assert settings.class_size == 22
    app.stack.reset(app.stack.top)  # a new setup offers the size again
    assert setup(app).size_field.text == "22"


def test_an_empty_class_size_is_allowed_and_zero_is_explained(make_app):
    app = make_app()
    scene = setup(app, "0")
    key(app, pygame.K_RETURN)
    assert app.stack.top is scene and "1 to 99" in scene.problem
    scene.size_field.text = ""
    key(app, pygame.K_RETURN)
    assert isinstance(app.stack.top, VoteScene) and app.stack.top.hour.vote.class_size is None


def test_more_votes_than_pupils_are_explained_and_nothing_is_recorded(make_app):
    app = make_app()
    vote = start(app, "22")
    type_counts(app, [20, 5])
    key(app, pygame.K_RETURN)
    assert app.stack.top is vote and "22" in vote.problem and "25" in vote.problem
    assert stored_votes(app) == {} and vote.hour.vote.awaiting_vote
    assert app.render().overflows == []
    type_counts(app, [17, 5])
    key(app, pygame.K_RETURN)
    assert isinstance(app.stack.top, VoteResultScene)


def test_without_a_class_size_a_count_no_class_has_is_refused(make_app):
    app = make_app()
    vote = start(app)
    type_counts(app, [999])
    key(app, pygame.K_RETURN)
    assert app.stack.top is vote and "999" in vote.problem and stored_votes(app) == {}


def test_fixing_the_counts_replaces_the_stored_vote(make_app):
    app = make_app()
    vote = start(app)
    a, b = (c.id for c in vote.node.choices[:2])
    type_counts(app, [3, 30])
    key(app, pygame.K_RETURN)
    assert stored_votes(app) == {a: 3, b: 30}
    key(app, pygame.K_f)
    fixing = app.stack.top
    assert isinstance(fixing, VoteScene) and fixing.node is vote.node
    assert [f.text for f in fixing.fields[:2]] == ["3", "30"] and stored_votes(app) == {}
    type_counts(app, [30, 3])
    key(app, pygame.K_RETURN)
    result = app.stack.top
    assert isinstance(result, VoteResultScene) and result.result.followed == a
    assert stored_votes(app) == {a: 30, b: 3} and len(result.hour.vote.results) == 1
    app.render()
    click(app, result.fix_button.rect.center)  # the button does the same
    assert isinstance(app.stack.top, VoteScene) and stored_votes(app) == {}
