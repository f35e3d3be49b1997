"""Every scene renders in every language at 1024x768 and 1920x1080 with no text overflowing its box."""

from __future__ import annotations

import pygame
import pytest

from play_for_integrity.ui import screenshot
from play_for_integrity.ui.scenes.title import TitleScene

SIZES = [(1024, 768), (1920, 1080)]
SCENES = [s for s in screenshot.SCENES if s != "too-small"]


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
@pytest.mark.parametrize("lang", ["kk", "ru", "en"])
@pytest.mark.parametrize("scene", SCENES)
def test_scene_text_fits(scene, lang, size):
    app, painter = screenshot.render(scene, lang, size)
    assert painter.overflows == [], [o.text[:50] for o in painter.overflows]
    assert app.surface.get_size() == size


@pytest.mark.parametrize("scene", SCENES)
def test_every_button_of_a_screen_is_drawn(scene):
    app, painter = screenshot.render(scene, "en", (1024, 768))
    group = getattr(app.stack.top, "group", None)
    background = tuple(painter.colors.background)[:3]
    for button in group.buttons if group is not None else ():
        if button.rect.width == 0:
            continue  # laid out only when shown (a page button on a short list)
        inner = button.rect.inflate(-6, -6)
        points = (inner.center, inner.topleft, inner.topright, inner.bottomleft, inner.bottomright)
        assert any(tuple(app.surface.get_at(p))[:3] != background for p in points), \
            f"{scene}: the button {button.label!r} has a place but was not drawn"


@pytest.mark.parametrize("scene", ["dilemma", "summary"])
def test_high_contrast_renders_without_overflow(scene):
    _, painter = screenshot.render(scene, "ru", (1024, 768), high_contrast=True)
    assert painter.overflows == []


def test_larger_text_setting_still_fits_at_the_smallest_window(make_app):
    app = make_app("kk")
    app.session.settings.text_size = "larger"
    app.stack.push(screenshot.build_scene(app, "dilemma"))
    app.stack.apply()
    assert app.render().overflows == []


def test_a_too_small_window_says_so_instead_of_drawing_the_scene(make_app, monkeypatch):
    app = make_app("en", size=(800, 500))
    drawn = []
    monkeypatch.setattr(TitleScene, "draw", lambda self, painter: drawn.append(painter))
    app.push("title")
    app.stack.apply()
    app.render()
    assert app.surface.get_size() == (800, 500) and drawn == []
    blank = pygame.Surface((800, 500))
    blank.fill(app.surface.get_at((0, 0)))
    assert pygame.image.tobytes(app.surface, "RGB") != pygame.image.tobytes(blank, "RGB")
    app.surface = pygame.display.set_mode((1024, 768))
    app.render()
    assert len(drawn) == 1


def test_switching_language_changes_the_rendered_title(make_app):
    app = make_app("en")
    app.stack.push(TitleScene(app))
    app.stack.apply()
    app.render()
    english = pygame.image.tobytes(app.surface, "RGB")
    app.set_language("kk")
    app.render()
    kazakh = pygame.image.tobytes(app.surface, "RGB")
    assert english != kazakh
    assert app.session.tr.gettext("Play") != "Play"
