"""800x600 works for the solo journey: every screen outside the Integrity Hour fits in kk, ru and en with its text at
least 2.6 % of the height, every button can be clicked, and a pupil plays to the end with the mouse alone."""

from __future__ import annotations

import pygame
import pytest

from play_for_integrity.ui import screenshot
from play_for_integrity.ui.scenes.title import TitleScene
from play_for_integrity.ui.text_fit import SOLO_SIZE, measure, misfits, required_size
from play_for_integrity.ui.theme import MIN_WINDOW, Metrics

from .conftest import click
from .test_limits_fit import at_limits

SMALL = (800, 600)


def test_800x600_is_the_smallest_window():
    assert MIN_WINDOW == SOLO_SIZE == SMALL


@pytest.mark.parametrize("lang", ["kk", "ru", "en"])
def test_every_solo_screen_fits_800x600(lang):
    assert [str(m) for m in misfits([lang], with_scenarios=False, size=SMALL, solo_only=True)] == []


def test_the_fit_check_at_800x600_draws_the_screens_not_the_too_small_notice(make_app):
    app = make_app("kk", SMALL)
    for name in ("dilemma", "feedback", "player"):
        app.stack.reset(screenshot.build_scene(app, name))
        app.stack.apply()
        _, smallest, metrics = measure(app)
        assert smallest >= required_size(metrics) == 16, name


def test_a_scenario_at_every_limit_fits_the_solo_screens_at_800x600():
    assert misfits(["en"], scenarios=[at_limits(1)], size=SMALL, solo_only=True) == []


@pytest.mark.parametrize("size", [(799, 600), (800, 599)])
def test_a_window_below_800x600_shows_the_notice_instead(make_app, monkeypatch, size):
    drawn = []
    monkeypatch.setattr(TitleScene, "draw", lambda self, painter: drawn.append(painter))
    app = make_app("en", size)
    app.push("title")
    app.stack.apply()
    app.render()
    assert drawn == []
    app.surface = pygame.display.set_mode(SMALL)
    app.render()
    assert len(drawn) == 1


def test_every_button_and_field_of_a_solo_screen_is_inside_the_window_and_clickable(make_app):
    app = make_app("kk", SMALL)
    window = pygame.Rect((0, 0), SMALL)
    for name in screenshot.SOLO_SCENES:
        app.stack.reset(screenshot.build_scene(app, name))
        app.stack.apply()
        app.render()
        scene = app.stack.top
        group = getattr(scene, "group", None)
        buttons = [b for b in (group.buttons if group is not None else ()) if b.rect.width]
        form = getattr(scene, "form", None)
        for item in [*buttons, *(form.fields if form is not None else ())]:
            assert window.contains(item.rect), (name, getattr(item, "label", ""), item.rect)
        for index, button in enumerate(group.buttons if group is not None else ()):
            if button.rect.width:
                assert group._hit(button.rect.center) == index, (name, button.label, "covered by another button")


def test_a_pupil_plays_the_journey_to_the_summary_with_the_mouse_at_800x600(make_app):
    app = make_app("en", SMALL)
    app.push("title")
    app.stack.apply()
    seen = []
    while app.stack.top.name != "summary" and len(seen) < 60:
        scene = app.stack.top
        seen.append(scene.name)
        app.render()
        target = scene.play if scene.name == "title" else scene.group.buttons[0]
        click(app, target.rect.center)
        assert app.stack.top is not scene, (scene.name, target.label)
    assert app.stack.top.name == "summary"
    assert seen[:4] == ["title", "language", "band", "player"] and {"dilemma", "feedback"} <= set(seen)


def test_the_type_minimums_are_shares_of_the_largest_4_by_3_area():
    assert Metrics.for_size(1024, 768).room_height == 768
    assert Metrics.for_size(1920, 1080).room_height == 1080
    assert Metrics.for_size(800, 768).room_height == 600
    assert Metrics.for_size(800, 768, projected=True).floor == Metrics.for_size(800, 600, projected=True).floor == 24


@pytest.mark.parametrize("name", ["board", "board-rolling", "task-card-key", "board-end", "vote-tie"])
def test_a_projected_screen_in_a_window_narrower_than_4_by_3_fits(make_app, name):
    app = make_app("kk", (800, 768))
    app.stack.reset(screenshot.build_scene(app, name))
    app.stack.apply()
    overflows, smallest, metrics = measure(app)
    assert metrics.projected and overflows == [], [o.text[:40] for o in overflows]
    assert smallest >= required_size(metrics) == 24


def test_the_fit_check_refuses_a_size_the_game_does_not_draw():
    with pytest.raises(ValueError, match="below the smallest window"):
        misfits(["en"], with_scenarios=False, size=(640, 480))


def test_the_hours_setup_fits_800x600_in_kazakh(make_app):
    app = make_app("kk", SMALL)
    app.stack.reset(screenshot.build_scene(app, "hour-setup-board"))  # «Команданы өшіру» in a half-width button
    app.stack.apply()
    assert measure(app)[0] == []


def test_validate_names_the_window_a_text_does_not_fit():
    from play_for_integrity.content.library import load_library
    from play_for_integrity.i18n import get_translator
    from play_for_integrity.ui.fit_places import problem_for
    from play_for_integrity.ui.text_fit import Misfit

    wallet = load_library().scenarios["found-wallet"]
    misfit = Misfit("ru", "found-wallet solo start", "x", 16, 1, wallet.id, "solo", "start", window=SMALL)
    assert "in ru at 800×600, even at 16px" in str(problem_for(wallet, misfit, get_translator("ru")))
    assert str(misfit).startswith("ru 800x600 found-wallet solo start:")
