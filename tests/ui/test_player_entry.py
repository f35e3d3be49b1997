"""Who is playing? The nickname and class typed before a solo game reach the results store; the class is kept."""

from __future__ import annotations

import pygame
import pytest

from play_for_integrity.core.settings import load_settings
from play_for_integrity.results.game_recorder import NO_CLASS
from play_for_integrity.ui.scenes.band import BandScene
from play_for_integrity.ui.scenes.dilemma import DilemmaScene
from play_for_integrity.ui.scenes.player import PlayerScene
from play_for_integrity.ui.scenes.title import TitleScene

from .conftest import key


def type_text(app, text: str) -> None:
    app.handle(pygame.event.Event(pygame.TEXTINPUT, text=text))
    app.stack.apply()


@pytest.fixture
def app(make_app):
    """The band choice, over the title screen."""
    made = make_app()
    made.stack.push(TitleScene(made))
    made.stack.push(BandScene(made))
    made.stack.apply()
    made.render()
    return made


@pytest.fixture
def store(app):
    return app.session.results.open()


def choose_band(app) -> PlayerScene:
    key(app, pygame.K_1)
    app.render()
    assert isinstance(app.stack.top, PlayerScene)
    return app.stack.top


def answer_first_dilemma(app) -> None:
    assert isinstance(app.stack.top, DilemmaScene)
    app.render()
    key(app, pygame.K_1)


def test_the_band_choice_asks_who_is_playing_with_the_nickname_focused(app):
    scene = choose_band(app)
    assert scene.form.focused_field is scene.nickname


def test_typed_nickname_and_class_are_stored_with_the_answers(app, store):
    choose_band(app)
    type_text(app, "Әйгерім")
    key(app, pygame.K_TAB)
    app.stack.top.class_name.clear()
    type_text(app, "7Б")
    key(app, pygame.K_RETURN)
    answer_first_dilemma(app)
    [summary] = store.sessions()
    data = store.session(summary.uuid)
    assert data.class_name == "7Б" and [p.nickname for p in data.participants] == ["Әйгерім"]


def test_empty_fields_keep_the_defaults(app, store):
    app.session.settings.last_class = ""
    scene = choose_band(app)
    scene.class_name.clear()
    key(app, pygame.K_RETURN)
    answer_first_dilemma(app)
    data = store.session(store.sessions()[0].uuid)
    assert data.class_name == NO_CLASS and [p.nickname for p in data.participants] == ["Pupil 1"]


def test_the_class_is_remembered_between_runs(app):
    scene = choose_band(app)
    scene.form.focus_field(scene.class_name)
    type_text(app, "9А")
    key(app, pygame.K_RETURN)
    settings, _ = load_settings(app.session.data_dir)
    assert settings.last_class == "9А"
    key(app, pygame.K_ESCAPE)
    app.stack.reset(BandScene(app))
    app.stack.apply()
    app.render()
    assert choose_band(app).class_name.text == "9А"


def test_digits_typed_in_a_field_are_text_not_shortcuts(app):
    scene = choose_band(app)
    app.handle(pygame.event.Event(pygame.KEYDOWN, key=pygame.K_2, mod=0, unicode="2"))
    type_text(app, "2")
    app.stack.apply()
    assert app.stack.top is scene and scene.nickname.text == "2"


def test_escape_goes_back_to_the_band_choice(app):
    choose_band(app)
    key(app, pygame.K_ESCAPE)
    assert isinstance(app.stack.top, BandScene) and app.session.solo is None


def test_start_leaves_only_the_title_below_the_game(app):
    choose_band(app)
    key(app, pygame.K_RETURN)
    assert [type(scene) for scene in app.stack.scenes] == [TitleScene, DilemmaScene]
    assert app.session.solo is not None
