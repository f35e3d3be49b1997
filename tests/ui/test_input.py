"""Keyboard (1-4, arrows + Enter, Esc, F11) and mouse/touch reach the same actions."""

from __future__ import annotations

import pygame

from play_for_integrity.ui.scenes.confirm import ConfirmLeaveScene
from play_for_integrity.ui.scenes.dilemma import DilemmaScene
from play_for_integrity.ui.scenes.feedback import FeedbackScene
from play_for_integrity.ui.scenes.title import TitleScene

from .conftest import click, key


def on_dilemma(app):
    app.session.start_journey("6-10")
    app.stack.push(DilemmaScene(app))
    app.stack.apply()
    app.render()
    return app.stack.top


def test_number_key_chooses_that_option(make_app):
    app = make_app()
    scene = on_dilemma(app)
    second = scene.journey.node.choices[1]
    key(app, pygame.K_2)
    assert isinstance(app.stack.top, FeedbackScene)
    assert app.session.journey.answers[-1].choice_id == second.id


def test_arrows_and_enter_choose_the_focused_option(make_app):
    app = make_app()
    scene = on_dilemma(app)
    key(app, pygame.K_DOWN)
    key(app, pygame.K_DOWN)
    key(app, pygame.K_RETURN)
    assert app.session.journey.answers[-1].choice_id == scene.journey.node.choices[2].id


def test_click_on_a_choice_chooses_it(make_app):
    app = make_app()
    scene = on_dilemma(app)
    target = scene.group.buttons[0]
    click(app, target.rect.center)
    assert app.session.journey.answers[-1].choice_id == scene.journey.node.choices[0].id


def test_escape_on_a_dilemma_asks_before_leaving(make_app):
    app = make_app()
    on_dilemma(app)
    key(app, pygame.K_ESCAPE)
    assert isinstance(app.stack.top, ConfirmLeaveScene)
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
    assert app.session.journey is None


def test_whole_journey_by_keyboard_reaches_the_summary_and_back(make_app):
    app = make_app()
    on_dilemma(app)
    for _ in range(40):
        name = app.stack.top.name
        if name == "summary":
            break
        key(app, pygame.K_1 if name == "dilemma" and not app.session.journey.node.is_ending else pygame.K_RETURN)
        app.render()
    assert app.stack.top.name == "summary"
    assert app.session.journey.finished and app.session.journey.answers
    key(app, pygame.K_RETURN)
    assert isinstance(app.stack.top, TitleScene)


def test_every_confirmed_answer_is_handed_to_the_recorder(make_app):
    app = make_app()
    seen = []
    app.session.on_answer = lambda session, answer: seen.append(answer.choice_id)
    on_dilemma(app)
    key(app, pygame.K_1)
    assert seen == [app.session.journey.answers[0].choice_id]


def test_a_failing_recorder_never_ends_the_game(make_app):
    app = make_app()

    def broken(session, answer):
        raise OSError("disk full")

    app.session.on_answer = broken
    on_dilemma(app)
    key(app, pygame.K_1)
    assert isinstance(app.stack.top, FeedbackScene)
    assert any("disk full" in n for n in app.session.notices)


def test_f11_toggles_fullscreen_and_remembers_it(make_app):
    app = make_app()
    app.stack.push(TitleScene(app))
    app.stack.apply()
    key(app, pygame.K_F11)
    assert app.fullscreen and app.session.settings.fullscreen
    key(app, pygame.K_F11)
    assert not app.fullscreen


def test_language_buttons_on_the_title_switch_language(make_app):
    app = make_app("en")
    app.stack.push(TitleScene(app))
    app.stack.apply()
    app.render()
    russian = app.stack.top.languages[1]
    click(app, russian.rect.center)
    assert app.session.settings.language == "ru"
