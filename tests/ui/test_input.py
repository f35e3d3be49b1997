"""Keyboard (1-4, arrows + Enter, Esc, F11) and mouse/touch reach the same actions."""

from __future__ import annotations

import pygame

from play_for_integrity.ui.scenes.ask import AskScene
from play_for_integrity.ui.scenes.dilemma import DilemmaScene
from play_for_integrity.ui.scenes.feedback import FeedbackScene
from play_for_integrity.ui.scenes.title import TitleScene

from .conftest import click, key


def on_dilemma(app):
    app.session.start_solo("6-10")
    app.push("dilemma")
    app.stack.apply()
    app.render()
    return app.stack.top


def test_number_key_chooses_that_option(make_app):
    app = make_app()
    scene = on_dilemma(app)
    second = scene.view.node.choices[1]
    key(app, pygame.K_2)
    assert isinstance(app.stack.top, FeedbackScene)
    assert app.session.solo.view.answers[-1].choice_id == second.id


def test_arrows_and_enter_choose_the_focused_option(make_app):
    app = make_app()
    scene = on_dilemma(app)
    key(app, pygame.K_DOWN)  # the first arrow shows the focus ring on the first choice
    key(app, pygame.K_DOWN)
    key(app, pygame.K_RETURN)
    assert app.session.solo.view.answers[-1].choice_id == scene.view.node.choices[1].id


def test_click_on_a_choice_chooses_it(make_app):
    app = make_app()
    scene = on_dilemma(app)
    target = scene.group.buttons[0]
    click(app, target.rect.center)
    assert app.session.solo.view.answers[-1].choice_id == scene.view.node.choices[0].id


def test_escape_on_a_dilemma_asks_before_leaving(make_app):
    app = make_app()
    on_dilemma(app)
    key(app, pygame.K_ESCAPE)
    assert isinstance(app.stack.top, AskScene)
    key(app, pygame.K_ESCAPE)  # Esc again keeps playing
    assert isinstance(app.stack.top, DilemmaScene)


def test_leaving_goes_back_to_the_title(make_app):
    app = make_app()
    on_dilemma(app)
    key(app, pygame.K_ESCAPE)
    app.render()
    key(app, pygame.K_RIGHT)
    key(app, pygame.K_RETURN)
    assert isinstance(app.stack.top, TitleScene) and len(app.stack.scenes) == 1
    assert app.session.solo is None


def test_whole_journey_by_keyboard_reaches_the_summary_and_back(make_app):
    app = make_app()
    on_dilemma(app)
    for _ in range(40):
        name = app.stack.top.name
        if name == "summary":
            break
        key(app, pygame.K_1 if name == "dilemma" and not app.session.solo.view.node.is_ending else pygame.K_RETURN)
        app.render()
    assert app.stack.top.name == "summary"
    assert app.session.solo.view.finished and app.session.solo.view.answers
    key(app, pygame.K_RETURN)  # a doubled Enter from the last story does not skip the profile
    assert app.stack.top.name == "summary"
    key(app, pygame.K_TAB)
    key(app, pygame.K_RETURN)
    assert isinstance(app.stack.top, TitleScene)


def test_every_confirmed_answer_is_handed_to_the_results_store(make_app):
    app = make_app()
    scene = on_dilemma(app)
    key(app, pygame.K_1)
    store = app.session.results.open()
    [summary] = store.sessions()
    [row] = store.session(summary.uuid).answers
    assert row.choice_id == scene.view.node.choices[0].id


def test_a_failing_store_never_ends_the_game(make_app, monkeypatch):
    app = make_app()
    store = app.session.results.open()

    def broken(*args, **kwargs):
        raise OSError("disk full")

    monkeypatch.setattr(store, "record_answer", broken)
    on_dilemma(app)
    key(app, pygame.K_1)
    assert app.stack.top.name == "feedback"
    assert any("disk full" in n for n in app.session.notices)


def test_two_presses_in_one_frame_answer_once(make_app):
    app = make_app()
    scene = on_dilemma(app)
    for code in (pygame.K_1, pygame.K_2):  # both arrive before the frame applies the scene change
        app.handle(pygame.event.Event(pygame.KEYDOWN, key=code, mod=0, unicode=""))
    app.stack.apply()
    assert [a.choice_id for a in app.session.solo.view.answers] == [scene.view.node.choices[0].id]
    assert app.stack.top.name == "feedback"


def test_a_press_on_a_scene_that_already_acted_is_refused_by_the_game(make_app):
    app = make_app()
    scene = on_dilemma(app)
    scene.choose(scene.view.node.choices[0].id)
    scene.choose(scene.view.node.choices[1].id)  # the same scene, before the frame ends: no crash, no answer
    assert len(app.session.solo.view.answers) == 1


def test_f11_toggles_fullscreen_and_remembers_it(make_app):
    app = make_app()
    app.push("title")
    app.stack.apply()
    key(app, pygame.K_F11)
    assert app.fullscreen and app.session.settings.fullscreen
    key(app, pygame.K_F11)
    assert not app.fullscreen


def test_language_buttons_on_the_title_switch_language(make_app):
    app = make_app("en")
    app.push("title")
    app.stack.apply()
    app.render()
    russian = app.stack.top.languages[1]
    click(app, russian.rect.center)
    assert app.session.settings.language == "ru"
