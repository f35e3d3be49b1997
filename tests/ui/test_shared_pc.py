"""A PC shared by a class: Esc on the title asks before closing, "Next pupil" starts afresh, and pupils who leave
the nickname empty are numbered so the teacher can tell them apart."""

from __future__ import annotations

import pygame

from play_for_integrity.ui.scenes.ask import AskScene
from play_for_integrity.ui.scenes.player import PlayerScene
from play_for_integrity.ui.scenes.title import TitleScene
from play_for_integrity.ui.screenshot import demo_solo

from .conftest import click, key


def test_escape_on_the_title_asks_before_closing(make_app):
    app = make_app()
    app.push("title")
    app.stack.apply()
    app.render()
    key(app, pygame.K_ESCAPE)
    assert isinstance(app.stack.top, AskScene) and app.running
    key(app, pygame.K_ESCAPE)  # Esc again: stay
    assert isinstance(app.stack.top, TitleScene) and app.running
    key(app, pygame.K_ESCAPE)
    app.render()
    click(app, app.stack.top.group.buttons[1].rect.center)
    assert not app.running


def play_to_the_summary(app, nickname: str = ""):
    scene = app.stack.top
    assert isinstance(scene, PlayerScene)
    if nickname:
        app.handle(pygame.event.Event(pygame.TEXTINPUT, text=nickname))
    key(app, pygame.K_RETURN)
    for _ in range(60):
        top = app.stack.top
        if top.name == "summary":
            return top
        solo = app.session.solo
        key(app, pygame.K_1 if top.name == "dilemma" and not solo.view.node.is_ending else pygame.K_RETURN)
        app.render()
    raise AssertionError("the journey did not end")


def test_next_pupil_opens_an_empty_nickname_screen_with_the_class_kept(make_app):
    app = make_app()
    app.session.settings.last_class = "7Б"
    app.push("title")
    app.push("band")
    app.push("player", "6-10")
    app.stack.apply()
    app.render()
    summary = play_to_the_summary(app, "Аружан")
    app.render()
    click(app, summary.next_button.rect.center)
    app.render()
    scene = app.stack.top
    assert isinstance(scene, PlayerScene) and scene.band == "6-10"
    assert app.session.solo is None and scene.nickname.text == "" and scene.class_name.text == "7Б"
    assert scene.form.focused_field is scene.nickname
    assert [s.name for s in app.stack.scenes] == ["title", "band", "player"]
    key(app, pygame.K_ESCAPE)
    assert app.stack.top.name == "band"


def test_pupils_without_a_nickname_are_numbered_in_this_run(make_app):
    app = make_app()
    app.push("title")
    app.push("band")
    app.push("player", "6-10")
    app.stack.apply()
    app.render()
    assert app.stack.top.nickname.placeholder == "Pupil 1"
    play_to_the_summary(app, "Дана").next_pupil()
    app.stack.apply()
    app.render()
    assert app.stack.top.nickname.placeholder == "Pupil 2"
    play_to_the_summary(app)
    store = app.session.results.open()
    names = sorted(p.nickname for s in store.sessions() for p in store.session(s.uuid).participants)
    assert names == ["Pupil 2", "Дана"]


def test_the_pupil_number_is_in_the_language_on_show(make_app, monkeypatch):
    app = make_app("ru")
    tr = app.session.tr
    monkeypatch.setattr(tr, "gettext", lambda message: "Ученик %(number)s" if message == "Pupil %(number)s"
                        else message)
    game = demo_solo(app.session)
    assert app.session.default_player() == "Ученик 2" and game.recorder.participant == "Аружан"
