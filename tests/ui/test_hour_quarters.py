"""The Hour setup offers this quarter's stories from the year plan, and shows what they teach before class."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pygame

from play_for_integrity.core.quarter_plan import plan_year
from play_for_integrity.ui.scenes.hour_stories import HourStoriesScene

from .conftest import click, key


def setup(app, mode: str, day: date):
    app.session.today = lambda: day
    app.push("hour-setup", mode)
    app.stack.apply()
    app.render()
    return app.stack.top


def year(app, band: str):
    library = app.session.library
    return plan_year(library.by_band(band), [t.id for t in library.topics.values() if t.is_theme])


def test_the_board_game_deals_this_quarters_stories(make_app):
    app = make_app("en")
    scene = setup(app, "board", date(2027, 2, 1))
    assert scene.quarter == 3
    key(app, pygame.K_RETURN)
    hour = app.session.board
    assert sorted(hour.game.dilemma_deck) == sorted(s.id for s in year(app, scene.band)[2].board)


def test_the_whole_year_deals_every_story_of_the_band(make_app):
    app = make_app("en")
    scene = setup(app, "board", date(2027, 7, 1))
    assert scene.quarter is None, "in the summer no quarter is chosen"
    click(app, scene.quarter_buttons[2].rect.center)
    assert scene.quarter == 2
    click(app, scene.quarter_buttons[0].rect.center)
    key(app, pygame.K_RETURN)
    assert sorted(app.session.board.game.dilemma_deck) == sorted(s.id for s in app.session.library.by_band(scene.band))


def test_the_class_vote_of_a_quarter_follows_its_two_deepest_stories_in_order(make_app):
    app = make_app("en")
    scene = setup(app, "vote", date(2026, 9, 15))
    key(app, pygame.K_RETURN)
    assert [s.id for s in app.session.vote.vote.playlist] == [s.id for s in year(app, scene.band)[0].vote]


def test_what_the_stories_teach_pages_through_each_objective_and_note(make_app, drawn):
    app = make_app("en")
    scene = setup(app, "board", date(2026, 11, 10))
    click(app, scene.teach_button.rect.center)
    app.stack.apply()
    pages = app.stack.top
    assert isinstance(pages, HourStoriesScene)
    assert [s.id for s in pages.stories] == [s.id for s in scene.stories()]
    shown: dict[str, set[str]] = {}
    while True:
        drawn.clear()
        app.invalidate()
        app.render()
        on_page = [s for s in pages.stories if s.objective in drawn or s.teacher_note in drawn]
        assert len(on_page) == 1, "one story a page"
        shown.setdefault(on_page[0].id, set()).update(t for t in (on_page[0].objective, on_page[0].teacher_note)
                                                      if t in drawn)
        before = pages.page
        key(app, pygame.K_RIGHT)
        if pages.page == before:
            break
    assert {s.id: {s.objective, s.teacher_note} for s in pages.stories} == shown
    assert not app.last_overflows
    key(app, pygame.K_ESCAPE)
    app.stack.apply()
    assert app.stack.top is scene


def test_a_note_too_long_to_share_a_page_with_the_objective_gets_its_own(make_app, drawn):
    app = make_app("en")
    scene = setup(app, "board", date(2026, 11, 10))
    story = replace(scene.stories()[0], teacher_note="A long note for the teacher. " * 16)
    app.stack.push(HourStoriesScene(app, [story]))
    app.stack.apply()
    pages = app.stack.top
    app.render()
    assert story.objective in drawn and story.teacher_note not in drawn
    key(app, pygame.K_RIGHT)
    drawn.clear()
    app.invalidate()
    app.render()
    assert story.teacher_note in drawn and story.objective not in drawn and pages.page == 1
    assert not app.last_overflows
