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
    app.stack.top.draw_dynamic(painter, -1)  # moving tokens, timer digits: never part of the static layer
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


def test_a_focused_field_shows_each_edit_and_caret_move_as_a_full_redraw_would():
    """The focused field's picture is kept between frames; typing, moving the caret and leaving and coming back
    each show exactly what drawing the screen afresh shows."""
    app, _ = screenshot.render("vote", "kk", (1024, 768))
    scene = app.stack.top
    field = scene.form.focused_field
    assert field is not None
    field.text, field.caret = "", 0
    app.invalidate()
    app.render()
    frames, carets = [], []
    for event in (pygame.event.Event(pygame.TEXTINPUT, text="12"),
                  pygame.event.Event(pygame.KEYDOWN, key=pygame.K_HOME, mod=0, unicode="", scancode=74),
                  pygame.event.Event(pygame.KEYDOWN, key=pygame.K_TAB, mod=0, unicode="\t", scancode=43),
                  pygame.event.Event(pygame.KEYDOWN, key=pygame.K_TAB, mod=pygame.KMOD_SHIFT, unicode="\t",
                                     scancode=43)):
        app.handle(event)
        app.render()
        frames.append(_pixels(app))
        carets.append(field.caret if field.focused else None)
        assert frames[-1] == _full_redraw(app), pygame.event.event_name(event.type)
    assert field.text == "12" and carets == [2, 0, None, 2]
    assert len(set(frames[:2])) == 2, "the caret move shows"
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


def test_a_snapshot_redraws_only_when_what_it_shows_changes_and_keeps_what_the_drawing_recorded():
    """A part that paints its whole box (a timer's digits) is drawn once per look, then its pixels are blitted;
    the overflows and the smallest type size its drawing recorded are recorded again on every frame."""
    from play_for_integrity.ui.painter import Overflow, Snapshot

    app, _ = screenshot.render("dilemma", "en", (1024, 768))
    box = pygame.Rect(100, 100, 120, 60)
    calls = []

    def draw_with(colour, painter):
        def draw():
            calls.append(colour)
            pygame.draw.rect(painter.surface, colour, box)
            painter.overflows.append(Overflow("9:99", tuple(box), 11))
            painter.smallest = 11
        return draw

    def frame(key, colour, pass_id=1):
        painter = Painter(app.surface, app.metrics, palette(False), app.fitter, layer="dynamic", pass_id=pass_id)
        app.surface.fill((0, 0, 0))
        snapshot.draw(painter, box, key, draw_with(colour, painter))
        return painter

    snapshot = Snapshot()
    first = frame("1:00", (200, 0, 0))
    again = frame("1:00", (0, 200, 0))  # the same key: the first picture comes back, not this colour
    assert calls == [(200, 0, 0)]
    assert tuple(app.surface.get_at(box.center))[:3] == (200, 0, 0)
    assert again.overflows == first.overflows and again.smallest == first.smallest == 11
    frame("0:59", (0, 0, 200))
    assert tuple(app.surface.get_at(box.center))[:3] == (0, 0, 200) and len(calls) == 2
    frame("0:59", (0, 200, 0), pass_id=2)  # the screen was drawn again: so is the part
    assert len(calls) == 3 and tuple(app.surface.get_at(box.center))[:3] == (0, 200, 0)


def test_a_snapshot_keeps_as_many_looks_as_asked_and_forgets_them_when_the_screen_is_drawn_again():
    from play_for_integrity.ui.painter import Snapshot

    app, _ = screenshot.render("title", "en", (1024, 768))
    drawn = []
    looks = Snapshot(keep=2)

    def show(key, pass_id=1):
        painter = Painter(app.surface, app.metrics, palette(False), app.fitter, layer="dynamic", pass_id=pass_id)
        looks.draw(painter, pygame.Rect(10, 10, 50, 50), key, lambda: drawn.append(key))

    for key_ in ("a", "b", "a", "b"):
        show(key_)
    assert drawn == ["a", "b"], "two looks kept: moving back and forth draws each once"
    show("c")
    show("a")
    assert drawn == ["a", "b", "c", "a"], "a third look makes room by forgetting the others"
    show("a", pass_id=2)
    assert drawn[-1] == "a" and len(drawn) == 5, "a new static pass forgets every look"
