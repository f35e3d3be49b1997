"""The class vote is projected for the class: no text below 4 % of the window height; the story comes first, paged,
then the options with their count boxes; a digit typed on a story page lands in a box; the talk and the card
scanning screens are projected too."""

from __future__ import annotations

import pygame
import pytest

from play_for_integrity.ui import screenshot
from play_for_integrity.ui.scenes.vote import VoteScene
from play_for_integrity.ui.screenshot_hour import demo_vote
from play_for_integrity.ui.text_fit import measure
from play_for_integrity.ui.vote_pages import first_words

from .conftest import key

SCREENS = ["vote-story", "vote", "vote-too-many", "vote-talk", "vote-scan"]
SIZES = [(1024, 768), (1920, 1080)]


def opened(app) -> VoteScene:
    app.push("vote", demo_vote(app)[0])
    app.stack.apply()
    app.render()
    return app.stack.top


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
@pytest.mark.parametrize("lang", ["kk", "ru", "en"])
def test_the_vote_screens_draw_no_text_below_four_percent_of_the_height(make_app, lang, size):
    app = make_app(lang, size)
    for name in SCREENS:
        app.stack.reset(screenshot.build_scene(app, name))
        app.stack.apply()
        overflows, smallest, metrics = measure(app)
        assert metrics.projected, name
        assert overflows == [], (name, [o.text[:40] for o in overflows])
        assert smallest >= round(0.04 * size[1]), (name, smallest)


def test_the_story_comes_first_then_the_options_with_their_boxes(make_app):
    app = make_app("ru")
    scene = opened(app)
    assert not scene.on_options and scene.pager.count >= 2 and scene.fields[0].rect.width == 0
    for _ in range(scene.pager.count - 1):
        key(app, pygame.K_RETURN)  # Next has the focus ring on a story page
        app.render()
    assert scene.on_options and all(field.rect.width for field in scene.fields)
    key(app, pygame.K_PAGEUP)
    app.render()
    assert not scene.on_options
    key(app, pygame.K_RIGHT)
    key(app, pygame.K_PAGEDOWN)
    app.render()
    assert scene.on_options


def test_a_digit_typed_on_a_story_page_opens_the_options_with_it_in_the_box(make_app):
    app = make_app()
    scene = opened(app)
    key(app, pygame.K_1)  # the key press itself types nothing: its character comes as TEXTINPUT
    assert not scene.on_options
    app.handle(pygame.event.Event(pygame.TEXTINPUT, text="7"))
    app.stack.apply()
    assert scene.on_options and scene.fields[0].text == "7"


def test_a_wrong_count_is_shown_on_the_options_page_and_clears_when_a_count_changes(make_app):
    app = make_app()
    scene = opened(app)
    key(app, pygame.K_PAGEDOWN)
    key(app, pygame.K_PAGEDOWN)
    key(app, pygame.K_PAGEDOWN)
    app.render()
    key(app, pygame.K_RETURN)  # nothing typed: the vote is refused, with a reason
    assert scene.problem and app.stack.top is scene
    assert app.render().overflows == []
    app.handle(pygame.event.Event(pygame.TEXTINPUT, text="3"))
    assert scene.problem == ""


def test_back_from_answer_cards_or_to_fix_the_counts_opens_on_the_options(make_app):
    app = make_app()
    hour = demo_vote(app)[0]
    app.push("vote", hour, None, True)
    app.stack.apply()
    app.render()
    assert app.stack.top.on_options
    app.stack.replace(VoteScene(app, hour, {hour.vote.node.choices[0].id: 4}))
    app.stack.apply()
    app.render()
    assert app.stack.top.on_options and app.stack.top.fields[0].text == "4"


def test_an_options_reminder_is_cut_between_words(make_app):
    app = make_app("en")
    painter = app.render()
    text = "I ask Dilnaz how the list was made and show my points to the teacher."
    short = first_words(painter, text, 300, 1)
    assert short.endswith("…") and text.startswith(short[:-1].rstrip())
    assert text.split()[len(short[:-1].split()) - 1] == short[:-1].split()[-1]  # a whole word before the "…"
    assert first_words(painter, "Yes.", 300, 1) == "Yes."
