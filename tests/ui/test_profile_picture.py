"""The profile garden at the end of a journey and of a class vote: every value named and scored, a value worked against
drawn unlike one shown, readable at every size and language, growing in smoothly and skippably."""

from __future__ import annotations

import pygame
import pytest

from play_for_integrity.core.profile import Profile
from play_for_integrity.ui import screenshot
from play_for_integrity.ui.celebration import DURATION_S, GROW_S
from play_for_integrity.ui.plant_art import draw_plant
from play_for_integrity.ui.profile_picture import draw_plants, plan_garden, plant_growth, score_text
from play_for_integrity.ui.text_fit import measure, required_size
from play_for_integrity.ui.theme import CALM

from .conftest import fresh_summary, key, spy_on_texts

LANGS = ["kk", "ru", "en"]
SUMMARY_SIZES = [(800, 600), (1024, 768), (1920, 1080)]
VOTE_SIZES = [(1024, 768), (1920, 1080)]


def shown(app, name: str):
    app.stack.reset(screenshot.build_scene(app, name))
    app.stack.apply()
    app.stack.top.settle()
    return app.stack.top


def plant_pixels(share: float, growth: float = 1.0, size: tuple[int, int] = (240, 200)) -> pygame.Surface:
    surface = pygame.Surface(size)
    surface.fill(CALM.panel)
    draw_plant(surface, surface.get_rect(), share, growth, CALM.series[0], CALM)
    return surface


def painted(surface: pygame.Surface) -> list[tuple[int, int]]:
    w, h = surface.get_size()
    return [(x, y) for y in range(0, h, 2) for x in range(0, w, 2) if tuple(surface.get_at((x, y)))[:3] != CALM.panel]


@pytest.mark.parametrize("name", ["summary", "vote-end"])
@pytest.mark.parametrize("lang", LANGS)
def test_every_value_is_named_with_its_score_in_the_garden(make_app, monkeypatch, lang, name):
    app = make_app(lang)
    scene = shown(app, name)
    drawn = spy_on_texts(monkeypatch)
    app.invalidate()
    app.render()
    tr, values = app.session.tr, app.session.library.values
    for value in values.values():
        assert tr.value_name(value) in drawn, (lang, value.id)
        assert score_text(scene.profile.totals[value.id], tr) in drawn, (lang, value.id)
    strongest = tr.value_name(values[scene.profile.strength])
    assert any(strongest in text and text != strongest for text in drawn), "a line names the strongest value"


def test_scores_carry_their_sign_and_a_class_average_keeps_a_decimal(make_app):
    tr = make_app("ru").session.tr
    assert [score_text(t, tr) for t in (3, -2, 0, 0.4, -1.5)] == ["+3", "–2", "0", "+0,4", "–1,5"]


def test_a_value_worked_against_droops_lower_than_one_shown_and_gets_a_watering_can(make_app):
    make_app()
    shown_value, worked_against, seedling = (painted(plant_pixels(s)) for s in (0.5, -0.5, 0.0))
    top = {name: min(y for _, y in pixels) for name, pixels in
           (("shown", shown_value), ("against", worked_against), ("seedling", seedling))}
    assert top["shown"] < top["against"] < top["seedling"], top
    right = {name: max(x for x, _ in pixels) for name, pixels in (("shown", shown_value), ("against", worked_against))}
    assert right["against"] > 200 > right["shown"], "only the plant worked against has the can at its right"


def test_a_value_shown_more_grows_a_bigger_plant(make_app):
    make_app()
    little, much = (len(painted(plant_pixels(s))) for s in (0.2, 1.0))
    assert much > little * 1.3


@pytest.mark.parametrize("size", SUMMARY_SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
@pytest.mark.parametrize("lang", LANGS)
def test_the_solo_garden_fits_and_keeps_the_solo_type_size(make_app, lang, size):
    app = make_app(lang, size)
    shown(app, "summary")
    overflows, smallest, metrics = measure(app)
    assert overflows == [], [o.text[:40] for o in overflows]
    assert smallest >= required_size(metrics)


@pytest.mark.parametrize("size", VOTE_SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
@pytest.mark.parametrize("lang", LANGS)
def test_both_pages_of_the_vote_end_fit_at_the_projected_type_size(make_app, lang, size):
    app = make_app(lang, size)
    scene = shown(app, "vote-end")
    for page in ("garden", "talk"):
        overflows, smallest, metrics = measure(app)
        assert metrics.projected and overflows == [], (page, [o.text[:40] for o in overflows])
        assert smallest >= required_size(metrics), (page, smallest)
        scene.turn_page()


def test_the_garden_keeps_its_rows_even(make_app):
    app = make_app("ru", (1920, 1080))
    scene = shown(app, "vote-end")
    app.render()
    rows: dict[int, int] = {}
    for bed in scene.garden.beds:
        rows[bed.plant.y] = rows.get(bed.plant.y, 0) + 1
    assert len(set(rows.values())) == 1, rows


def test_names_too_long_for_a_grid_fall_back_to_one_column_at_the_smallest_size(make_app):
    app = make_app("en")
    painter = app.render()
    values = list(app.session.library.values.values())
    profile = Profile({v.id: 0 for v in values}, {v.id: 0.0 for v in values}, None, None, None)
    tr = app.session.tr
    garden = plan_garden(painter, pygame.Rect(0, 0, 300, 700), values, profile, tr, 40)
    assert garden.columns == 1 and len(garden.beds) == len(values)


def test_enter_on_the_garden_opens_the_talk_page_then_the_title(make_app, monkeypatch):
    app = make_app("en")
    scene = shown(app, "vote-end")
    app.render()
    key(app, pygame.K_RETURN)
    assert app.stack.top is scene and scene.talking
    drawn = spy_on_texts(monkeypatch)
    app.render()
    assert any("most divided" in text for text in drawn)
    key(app, pygame.K_RETURN)
    assert app.stack.top.name == "title"


def test_the_plants_grow_in_one_after_another_and_never_shrink(make_app):
    app = make_app("en")
    scene = shown(app, "summary")
    painter = app.render()
    garden = scene.garden
    grown = []
    for frame in range(int(GROW_S * 60) + 2):
        scene.celebration.left = max(0.0, DURATION_S - frame / 60)
        surface = pygame.Surface(app.surface.get_size())
        surface.fill(CALM.panel)
        painter.surface = surface
        draw_plants(painter, garden, scene.celebration.grown)
        grown.append([len(painted(surface.subsurface(bed.plant))) for bed in (garden.beds[0], garden.beds[-1])])
    first, last = zip(*grown)
    assert first[0] == last[0] == 0, "nothing before the grow-in starts"
    assert first[6] > 0 and last[6] == 0, "the last plant comes up after the first"
    assert last[-1] > 0 and first[-1] > 0
    for series in (first, last):
        assert all(b >= a - 2 for a, b in zip(series, series[1:])), "a growing plant never shrinks or blinks"


def test_a_screenshot_shows_the_end_screens_at_rest(make_app):
    for name in ("summary", "vote-end"):
        app, _ = screenshot.render(name, "en", (1024, 768))
        assert app.stack.top.celebration.grown == 1.0, name


def test_a_key_shows_the_garden_fully_grown_at_once(make_app):
    app = make_app("en")
    summary = fresh_summary(app)
    assert summary.celebration.grown == 0.0
    key(app, pygame.K_SPACE)
    assert summary.celebration.grown == 1.0 and app.stack.top is summary


def test_each_plant_reaches_full_growth_by_the_end_of_the_grow_in():
    assert [plant_growth(0.0, i, 6) for i in range(6)] == [0.0] * 6
    assert [plant_growth(1.0, i, 6) for i in range(6)] == [1.0] * 6
    assert plant_growth(0.5, 0, 6) > plant_growth(0.5, 5, 6)


@pytest.mark.parametrize("name", ["summary", "vote-end"])
def test_once_grown_the_plants_are_part_of_the_still_screen(make_app, monkeypatch, name):
    """While they grow the plants are drawn every frame; when the celebration ends the still screen is drawn again
    with them, and a later frame (the focus moved) only blits it, drawing no plant."""
    from play_for_integrity.core.clock import SteppedClock
    from play_for_integrity.ui import profile_picture

    app = make_app("ru")
    app.stack.reset(screenshot.build_scene(app, name))
    app.stack.apply()
    scene = app.stack.top
    scene.start_celebration()
    clock = SteppedClock()
    calls = []
    real = profile_picture.draw_plants
    monkeypatch.setattr(profile_picture, "draw_plants", lambda *a, **k: calls.append(a[2] if len(a) > 2 else 1.0)
                        or real(*a, **k))
    app.step(1 / 30, clock)
    assert calls and calls[-1] < 1.0  # growing, on the dynamic layer
    for _ in range(int(DURATION_S * 30) + 5):
        app.step(1 / 30, clock)
    assert not scene.celebration.running
    calls.clear()
    key(app, pygame.K_TAB)
    app.step(1 / 30, clock)
    assert calls == [], "a frame after the growing draws no plant: they are in the cached still screen"
    cached = pygame.image.tobytes(app.surface, "RGB")
    app.invalidate()
    app.step(1 / 30, clock)
    assert calls and pygame.image.tobytes(app.surface, "RGB") == cached, "the cached screen shows the grown plants"
