"""The cached static layer: a frame drawn from the cache looks exactly like a full redraw of the same state."""

from __future__ import annotations

import pygame
import pytest

from play_for_integrity.ui import screenshot
from play_for_integrity.ui.painter import Painter
from play_for_integrity.ui.theme import palette
from play_for_integrity.ui.scenes.settings import SettingsScene

from .conftest import key

CACHED_SCENES = [name for name in screenshot.SCENES if name != "too-small"]


def _pixels(app) -> bytes:
    return pygame.image.tobytes(app.surface, "RGB")


def _full_redraw(app) -> bytes:
    """The scene drawn in one pass with its focus and hover, as before the cache existed."""
    settings = app.session.settings
    colors = palette(settings.high_contrast)
    app.surface.fill(colors.background)
    painter = Painter(app.surface, app.metrics, colors, app.fitter, layer="full")
    app.stack.top.draw(painter)
    app.stack.top.draw_dynamic(painter, -1)  # tokens, dice, timer digits: never part of the static layer
    return _pixels(app)


@pytest.mark.parametrize("scene", CACHED_SCENES)
def test_moving_the_focus_redraws_from_the_cache_without_a_difference(scene):
    app, _ = screenshot.render(scene, "ru", (1024, 768))
    passes = app._passes
    key(app, pygame.K_DOWN)
    assert app.stack.top.focus_only, "an arrow key only moves the focus"
    app.render()
    assert app._passes == passes, "a focus change must not redraw the static layer"
    cached = _pixels(app)
    assert cached == _full_redraw(app)
    pygame.quit()


def test_hovering_redraws_from_the_cache_without_a_difference():
    app, _ = screenshot.render("title", "kk", (1920, 1080))
    passes = app._passes
    target = app.stack.top.group.buttons[2]
    app.handle(pygame.event.Event(pygame.MOUSEMOTION, pos=target.rect.center, rel=(0, 0), buttons=(0, 0, 0)))
    app.render()
    assert app._passes == passes
    assert app.stack.top.group.hover == 2
    assert _pixels(app) == _full_redraw(app)
    pygame.quit()


def test_pressing_a_button_redraws_the_static_layer(make_app):
    app = make_app()
    app.stack.push(SettingsScene(app))
    app.stack.apply()
    app.render()
    scene = app.stack.top
    sound_off = scene.group.buttons.index(scene.sound[1])
    scene.group.focus = sound_off
    passes = app._passes
    key(app, pygame.K_RETURN)
    assert app.session.settings.sound is False
    app.render()
    assert app._passes == passes + 1, "an action may change any text, so the whole scene is drawn again"
    assert _pixels(app) == _full_redraw(app)


def test_a_new_notice_redraws_the_title(make_app):
    app = make_app()
    screenshot_scene = screenshot.build_scene(app, "title")
    app.stack.push(screenshot_scene)
    app.stack.apply()
    app.render()
    before = _pixels(app)
    app.notice("results could not be saved: the disk is full")
    app.render()
    assert _pixels(app) != before
    assert _pixels(app) == _full_redraw(app)


@pytest.mark.parametrize("scene", ["title", "hour-start", "task-card", "pin-enter", "teacher-sessions", "settings"])
def test_a_button_focused_again_is_shown_from_its_kept_look_without_a_difference(scene, monkeypatch):
    """Down, up, down, up: the second time a button has the focus its kept look is blitted (its panel, ring and
    label are not drawn again), and every frame equals the scene drawn whole."""
    from play_for_integrity.ui.widgets import Button

    app, _ = screenshot.render(scene, "kk", (1024, 768))
    drawn = []
    real = Button.draw
    monkeypatch.setattr(Button, "draw", lambda self, painter, *a, **k: (
        drawn.append(painter.layer) if painter.layer == "dynamic" else None) or real(self, painter, *a, **k))
    for step, arrow in enumerate((pygame.K_DOWN, pygame.K_UP, pygame.K_DOWN, pygame.K_UP)):
        before = len(drawn)
        key(app, arrow)
        app.render()
        cached = _pixels(app)
        monkeypatch.setattr(Button, "draw", real)
        assert cached == _full_redraw(app), (scene, step)
        monkeypatch.setattr(Button, "draw", lambda self, painter, *a, **k: (
            drawn.append(painter.layer) if painter.layer == "dynamic" else None) or real(self, painter, *a, **k))
        if step >= 2:
            assert len(drawn) == before, f"{scene}: step {step} drew a button again instead of its kept look"
    pygame.quit()
