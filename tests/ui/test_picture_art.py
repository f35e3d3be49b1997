"""Scenario pictures: composed from the library's SVGs at any size, cached, never a crash, and never at the cost of a
smaller text on the dilemma, feedback, board card and class vote screens."""

from __future__ import annotations

import logging
import shutil
from dataclasses import replace
from pathlib import Path

import pygame
import pytest

from play_for_integrity.content.model import Picture
from play_for_integrity.content.pictures import load_pictures, pictures_dir
from play_for_integrity.ui import picture_art
from play_for_integrity.ui.fonts import FontBook
from play_for_integrity.ui.painter import Painter
from play_for_integrity.ui.picture_art import (PictureArt, largest_room, room_above, scenario_picture,
                                               split_off_picture)
from play_for_integrity.ui.scenario_shots import scenario_shots
from play_for_integrity.ui.text_layout import TextFitter
from play_for_integrity.ui.theme import Metrics, palette

SIZES = [(1024, 768), (1920, 1080)]


@pytest.fixture
def painter() -> Painter:
    pygame.init()
    surface = pygame.Surface((800, 600))
    colors = palette(False)
    surface.fill(colors.background)
    return Painter(surface, Metrics.for_size(800, 600), colors, TextFitter(FontBook()))


def changed(painter: Painter) -> pygame.Rect | None:
    """The bounding box of everything drawn on the painter's surface since it was filled with the background."""
    surface = painter.surface
    mask = pygame.mask.from_threshold(surface, painter.colors.background, (1, 1, 1, 255))
    mask.invert()
    boxes = mask.get_bounding_rects()
    return boxes[0].unionall(boxes[1:]) if boxes else None


def copy_library(tmp_path: Path, ids: list[str]) -> Path:
    shutil.copy(pictures_dir() / "pictures.yaml", tmp_path / "pictures.yaml")
    for picture_id in ids:
        shutil.copy(pictures_dir() / f"{picture_id}.svg", tmp_path / f"{picture_id}.svg")
    return tmp_path


def test_a_picture_is_drawn_inside_its_rect(painter):
    rect = pygame.Rect(100, 80, 420, 180)
    assert PictureArt().draw(painter, rect, ["girl", "teacher-woman"], ["gift"])
    drawn = changed(painter)
    assert drawn is not None and rect.contains(drawn)
    assert drawn.width > rect.width * 0.9  # the soft panel fills the rect


@pytest.mark.parametrize("size", [(60, 40), (300, 120), (900, 500), (140, 400)])
def test_it_scales_to_fit_any_size(painter, size):
    painter.surface = pygame.Surface((1000, 600))
    painter.surface.fill(painter.colors.background)
    rect = pygame.Rect((20, 20), size)
    assert PictureArt().draw(painter, rect, ["grandmother", "doctor", "boy"], ["money", "hospital"])
    assert rect.contains(changed(painter))


def test_a_rect_too_small_draws_nothing(painter):
    assert not PictureArt().draw(painter, pygame.Rect(10, 10, 20, 200), ["girl"], ["gift"])
    assert changed(painter) is None


def test_svgs_are_drawn_once_per_size(painter, monkeypatch):
    loads = []
    real = pygame.image.load_sized_svg
    monkeypatch.setattr(pygame.image, "load_sized_svg", lambda path, size: loads.append(size) or real(path, size))
    art = PictureArt()
    for _ in range(3):
        art.draw(painter, pygame.Rect(0, 0, 400, 160), ["girl", "woman"], ["cake"])
    once = len(loads)
    assert art.image("girl", 50) is art.image("girl", 50)
    assert art.image("girl", 60) is not art.image("girl", 50)
    art.draw(painter, pygame.Rect(0, 0, 400, 160), ["girl", "woman"], ["cake"])
    assert len(loads) == once + 2  # only the two new sizes asked for above


def test_children_are_drawn_smaller_than_teenagers_and_adults(painter, monkeypatch):
    art = PictureArt()
    sizes: dict[str, int] = {}
    real = art.image
    monkeypatch.setattr(art, "image",
                        lambda picture_id, size: sizes.setdefault(picture_id, size) and real(picture_id, size))
    art.draw(painter, pygame.Rect(0, 0, 700, 240), ["girl", "teen-boy", "teacher-man"], ["notebook"])
    assert sizes["girl"] < sizes["teen-boy"] < sizes["teacher-man"]
    assert sizes["notebook"] < sizes["girl"]


def test_a_missing_file_is_left_out_and_logged_once(painter, tmp_path, caplog):
    art = PictureArt(load_pictures(copy_library(tmp_path, ["girl"])))
    with caplog.at_level(logging.WARNING, logger=picture_art.__name__):
        assert art.draw(painter, pygame.Rect(0, 0, 400, 160), ["girl", "teacher-woman"], ["gift"])
        art.draw(painter, pygame.Rect(0, 0, 300, 120), ["girl", "teacher-woman"], ["gift"])
    missing = [r for r in caplog.records if "teacher-woman" in r.getMessage()]
    assert len(missing) == 1 and "missing" in missing[0].getMessage()


def test_when_nothing_can_be_drawn_nothing_is(painter, tmp_path):
    art = PictureArt(load_pictures(copy_library(tmp_path, [])))
    assert not art.draw(painter, pygame.Rect(0, 0, 400, 160), ["girl"], ["gift"])
    assert changed(painter) is None


def test_a_broken_svg_never_raises(painter, tmp_path, caplog):
    folder = copy_library(tmp_path, ["girl"])
    (folder / "gift.svg").write_bytes(b"\x00\xff not an svg <<<")
    (folder / "cake.svg").write_text("<svg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 72 72'><path d='M", "utf-8")
    art = PictureArt(load_pictures(folder))
    with caplog.at_level(logging.WARNING, logger=picture_art.__name__):
        for _ in range(2):
            art.draw(painter, pygame.Rect(0, 0, 400, 160), ["girl"], ["gift", "cake"])
    assert len([r for r in caplog.records if "gift" in r.getMessage()]) <= 1


def test_an_unknown_id_is_left_out(painter, caplog):
    with caplog.at_level(logging.WARNING, logger=picture_art.__name__):
        assert PictureArt().draw(painter, pygame.Rect(0, 0, 400, 160), ["girl", "dragon"])
    assert "dragon" in caplog.text


def test_high_contrast_gives_the_pictures_a_light_panel(painter):
    painter.colors = palette(True)
    painter.surface.fill(painter.colors.background)
    rect = pygame.Rect(50, 50, 400, 160)
    PictureArt().draw(painter, rect, ["man"])
    assert sum(painter.surface.get_at((rect.x + 12, rect.y + 30))[:3]) > 500  # the black outlines stay visible


def test_a_scenario_without_a_picture_has_none(painter):
    assert scenario_picture(object()) is None
    assert not PictureArt().draw_scenario(painter, pygame.Rect(0, 0, 400, 160), object())
    assert changed(painter) is None
    pictured = type("Scenario", (), {"picture": Picture(("girl",), ("gift",))})()
    assert scenario_picture(pictured) == (("girl",), ("gift",))
    assert PictureArt().draw_scenario(painter, pygame.Rect(0, 0, 400, 160), pictured)


def test_the_picture_takes_only_room_the_text_leaves(painter):
    m = painter.metrics
    text = "Dana finds a wallet by the school gate. " * 3
    box = pygame.Rect(0, 0, 400, 500)
    before = painter.fitter.fit(text, box.width, box.height, m.body, m.min_text)
    picture, rest = split_off_picture(painter, box, text, m.body, 60, 300, 10)
    assert picture is not None and picture.bottom + 10 == rest.y and rest.bottom == box.bottom
    after = painter.fitter.fit(text, rest.width, rest.height, m.body, m.min_text)
    assert after.fits and after.size == before.size
    long = "word " * 400
    assert split_off_picture(painter, box, long, m.body, 60, 300, 10) == (None, box)


def test_room_above_keeps_the_layout_below_it_at_its_size():
    column = pygame.Rect(0, 0, 300, 600)
    needed = 380  # a layout whose text keeps its size while it has this much height

    def place(rect: pygame.Rect, roomy: bool) -> tuple[int, bool]:
        return (26 if rect.height - (20 if roomy else 0) >= needed else 22), True
    height = room_above(place, column, 50, 400, 10)
    assert height == 600 - 10 - needed - 20
    assert largest_room(lambda h: h <= 77, 10, 200) == 77 and largest_room(lambda h: False, 10, 200) == 0


def _text_sizes(monkeypatch, app, scenario, shot) -> list[tuple[str, int]]:
    """Every text the screen `shot` of `scenario` draws, with the size it is drawn at."""
    sizes: list[tuple[str, int]] = []
    real = Painter.text

    def spy(self, text, rect, size, *args, **kwargs):
        block = real(self, text, rect, size, *args, **kwargs)
        sizes.append((text, block.size))
        return block
    monkeypatch.setattr(Painter, "text", spy)
    try:
        app.session.library.scenarios[scenario.id] = scenario
        app.stack.reset(shot.build(app))
        app.stack.apply()
        assert app.render().overflows == []
    finally:
        monkeypatch.setattr(Painter, "text", real)
    return sizes


def _shot(scenario, screen: str, label: str):
    return next(s for s in scenario_shots(scenario) if s.screen == screen and s.label == label)


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
@pytest.mark.parametrize("lang", ["kk", "ru", "en"])
def test_screens_show_the_picture_without_smaller_text(make_app, monkeypatch, lang, size):
    """The dilemma, feedback, board card and class vote show the picture where there is room, and no text on them
    is smaller for it."""
    app = make_app(lang, size)
    scenario = app.session.library.scenarios["found-wallet"]
    pictured = replace(scenario, picture=Picture(("girl", "boy", "woman"), ("wallet", "money")))
    plain = replace(scenario, picture=None)
    drawn: list[bool] = []
    real_draw = PictureArt.draw
    monkeypatch.setattr(PictureArt, "draw", lambda self, *a, **k: drawn.append(real_draw(self, *a, **k)) or drawn[-1])
    start = scenario.start
    labels = [start.id, f"{start.id}/{start.choices[0].id} feedback", f"card {start.id}", start.id]
    screens = ["solo", "solo", "board", "class vote"]
    shown = {}
    for screen, label in zip(screens, labels):
        drawn.clear()
        with_picture = dict(_text_sizes(monkeypatch, app, pictured, _shot(pictured, screen, label)))
        shown[(screen, label)] = any(drawn)
        without = dict(_text_sizes(monkeypatch, app, plain, _shot(plain, screen, label)))
        # a projected card pages its story, so the picture may move words to a later page: the same texts keep
        # their size, and nothing on the page is smaller than the smallest text without the picture
        assert {t: with_picture[t] for t in with_picture.keys() & without.keys()} == \
            {t: without[t] for t in with_picture.keys() & without.keys()}, f"{screen} {label}: a text is smaller"
        assert min(with_picture.values()) >= min(without.values()), f"{screen} {label}: a text is smaller"
    assert shown[("solo", labels[1])], "the feedback has room for the picture"
    if size == (1920, 1080):
        assert all(shown.values()), shown
