"""Many notices turn pages instead of overflowing; long team names are cut with an ellipsis where they are drawn;
team names that look the same on the board are refused at setup."""

from __future__ import annotations

import pygame
import pytest

from play_for_integrity.core.board_game import TEAM_NAME_MAX, TOKEN_SHAPES, Team
from play_for_integrity.play.actions import AnswerCard
from play_for_integrity.play.notices import shown
from play_for_integrity.ui import scene_registry
from play_for_integrity.ui.screenshot import demo_notices
from play_for_integrity.ui.screenshot_hour import demo_board

from .conftest import click, key



def test_many_notices_are_paged_and_each_is_shown_once(make_app, drawn):
    app = make_app("ru")
    notices = demo_notices(14)
    for notice in notices:
        app.session.notify(notice)
    app.push("notices")
    app.stack.apply()
    seen: list[str] = []
    scene = app.stack.top
    for page in range(10):
        drawn.clear()
        assert app.render().overflows == []
        seen += [text for text in drawn if text.startswith("• ")]
        if scene.page == scene.pages - 1:
            break
        key(app, pygame.K_PAGEDOWN) if page % 2 else click(app, scene.next.rect.center)
    assert scene.pages > 1
    assert seen == [f"• {shown(app.session.tr, n)}" for n in notices], "every notice once, in order, in Russian"
    assert seen[0] != f"• {notices[0]}", "the notice is shown translated"
    key(app, pygame.K_PAGEUP)
    assert scene.page == scene.pages - 2


LONG_NAMES = ["Ш" * TEAM_NAME_MAX, "Жұлдыздар Жұлдыздар Жұлд", "W" * TEAM_NAME_MAX, "Снежные барсы и ещё кто-то",
              "Қырандар-қырандар-қыран", "М" * TEAM_NAME_MAX]


def long_name_board(app, stop: str | None = None):
    """The demo game, stopped at a card of kind `stop`, with six teams of the longest names allowed."""
    hour = demo_board(app, stop=stop)
    hour.game.teams = [Team(name[:TEAM_NAME_MAX], i, TOKEN_SHAPES[i]) for i, name in enumerate(LONG_NAMES)]
    return hour


def shows_without_overflow(app, drawn, scene) -> None:
    app.stack.reset(scene)
    app.stack.apply()
    drawn.clear()
    assert app.render().overflows == [], scene.name
    assert any("…" in text for text in drawn), f"{scene.name}: a long name is cut with an ellipsis"


@pytest.mark.parametrize("lang", ["kk", "ru", "en"])
def test_long_team_names_never_overflow(make_app, drawn, lang):
    app = make_app(lang)
    for name, stop in (("board", None), ("board-end", None), ("board-dilemma", "dilemma"), ("task-card", "task")):
        shows_without_overflow(app, drawn, scene_registry.make(app, name, long_name_board(app, stop)))
    hour = long_name_board(app, "dilemma")
    scenario = hour.scenario
    choice = scenario.start.choices[0]
    move = hour.dispatch(AnswerCard(choice.id)).value
    shows_without_overflow(app, drawn, scene_registry.make(app, "board-feedback", hour, scenario, scenario.start,
                                                           choice, move))


@pytest.mark.parametrize("names", [("Барыс", "Бaрыс"), ("Eagles", " eag les "), ("Снежные барсы", "Cнежные Барсы"),
                                   ("Ёжики", "Ежики")])
def test_setup_refuses_team_names_that_look_the_same(make_app, names):
    app = make_app("en")
    app.push("hour-setup", "board")
    app.stack.apply()
    app.render()
    scene = app.stack.top
    for field, name in zip(scene.team_fields, names):
        field.text = name
    key(app, pygame.K_RETURN)
    assert app.stack.top is scene and scene.problem and app.session.board is None
    assert app.render().overflows == []
