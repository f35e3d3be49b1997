"""Projected screens are readable from the back row: body text at least 4 % of the window height, the timer's digits
10 %, square numbers 3 %; long texts are paged, not shrunk; solo screens keep 2.6 %."""

from __future__ import annotations

import pygame
import pytest

from play_for_integrity.i18n import LANGUAGES
from play_for_integrity.ui import screenshot
from play_for_integrity.ui.painter import Painter
from play_for_integrity.ui.scenes.board import BoardScene
from play_for_integrity.ui.screenshot_hour import demo_board
from play_for_integrity.ui.text_fit import measure, required_size
from play_for_integrity.ui.text_layout import split_pages
from play_for_integrity.ui.theme import Metrics

from .conftest import key

PROJECTED = ["board", "board-dilemma", "board-dilemma-choices", "board-feedback", "board-feedback-talk", "task-card",
             "task-card-key", "board-end", "vote-result", "vote-tie", "vote-end", "vote-end-talk"]
SOLO = ["dilemma", "feedback", "summary"]
SIZES = [(1024, 768), (1920, 1080)]


def shown(app, name: str):
    app.stack.reset(screenshot.build_scene(app, name))
    app.stack.apply()
    return measure(app)


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
@pytest.mark.parametrize("lang", ["kk", "ru", "en"])
def test_projected_screens_draw_no_text_below_four_percent_of_the_height(make_app, lang, size):
    app = make_app(lang, size)
    for name in PROJECTED:
        overflows, smallest, metrics = shown(app, name)
        assert metrics.projected, name
        assert overflows == [], (name, [o.text[:40] for o in overflows])
        assert smallest >= round(0.04 * size[1]), (name, smallest)


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
def test_solo_screens_keep_their_own_smaller_minimum(make_app, size):
    app = make_app("kk", size)
    for name in SOLO:
        _, smallest, metrics = shown(app, name)
        assert not metrics.projected and round(0.026 * size[1]) <= smallest < round(0.04 * size[1]), (name, smallest)


def test_the_fit_check_reports_text_drawn_below_the_screens_minimum(monkeypatch):
    from play_for_integrity.content.library import load_library
    from play_for_integrity.ui.text_fit import misfits

    scenario = next(iter(load_library().scenarios.values()))
    assert not [m for m in misfits(["en"], scenarios=[scenario]) if "minimum" in m.text]
    monkeypatch.setattr(Metrics, "floor", property(lambda self: 12))  # a projected screen that lets text shrink
    small = [m for m in misfits(["en"], scenarios=[scenario]) if "below this screen's minimum of 31px" in m.text]
    assert small and {m.screen for m in small} >= {"board", "class vote"}


def test_the_timer_digits_are_a_tenth_of_the_window_high(make_app, monkeypatch):
    for size in SIZES:
        app = make_app("ru", size)
        sizes: dict[str, int] = {}
        original = Painter.text

        def spy(self, text, *args, **kwargs):
            block = original(self, text, *args, **kwargs)
            sizes[text] = block.size
            return block
        monkeypatch.setattr(Painter, "text", spy)
        shown(app, "board-dilemma")
        monkeypatch.undo()
        label = app.stack.top.timer.timer.label()
        assert sizes[label] >= 0.10 * size[1], (size, sizes[label])


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
def test_the_board_fills_the_screen_and_its_numbers_are_three_percent_high(make_app, size):
    app = make_app("kk", size)
    shown(app, "board")
    view = app.stack.top.view
    board = view.board
    assert view.rect.height >= 0.8 * size[1], "the board takes the height below the title"
    assert view.rect.width * view.rect.height >= 0.45 * size[0] * size[1]
    numbers = [view.geometry.number_box(square).height for square in range(1, board.size - 1)]
    assert min(numbers) >= 0.03 * size[1]


def test_split_pages_keeps_every_word_in_order_and_each_page_fits(make_app):
    app = make_app("kk")
    fitter = app.fitter
    text = "\n".join(" ".join(f"сөз{i}{j}" for j in range(12)) + "." for i in range(25))  # paragraphs
    pages = split_pages(fitter, text, 500, 200, 31, first_height=100)
    assert len(pages) > 3
    assert " ".join(" ".join(page.split()) for page in pages).split() == text.split()
    for number, page in enumerate(pages):
        height = 100 if number == 0 else 200
        assert fitter.fit(page, 500, height, 31, 31).fits, number
    assert all(page.rstrip().endswith(".") for page in pages[1:-1]), "a page ends after a sentence where it can"


def test_a_long_story_is_paged_with_a_visible_count_and_the_options_come_last(make_app, drawn, monkeypatch):
    app = make_app("ru")
    hour = demo_board(app, stop="dilemma")
    node = hour.node or hour.scenario.start
    monkeypatch.setattr(app.session.tr, "story", lambda scenario, n: "Очень длинная история о честности. " * 60)
    app.push("board", hour)
    app.push("board-dilemma", hour)
    app.stack.apply()
    card = app.stack.top
    drawn.clear()
    assert app.render().overflows == []
    assert card.pager.count > 2 and f"1 / {card.pager.count}" in drawn
    for _ in range(card.pager.count - 1):
        assert not card.on_choices
        key(app, pygame.K_PAGEDOWN)
        app.render()
    assert card.on_choices and app.render().overflows == []
    key(app, pygame.K_PAGEUP)
    assert not card.on_choices
    key(app, pygame.K_RIGHT)
    app.render()
    key(app, pygame.K_b)
    assert app.stack.top.name == "board-feedback" and app.stack.top.choice is node.choices[1]


def test_f1_lists_the_screens_keys_in_its_language_and_esc_closes_it(make_app, drawn):
    app = make_app("kk")
    app.push("board", demo_board(app))
    app.stack.apply()
    board = app.stack.top
    app.render()
    key(app, pygame.K_F1)
    assert app.stack.top.name == "help"
    drawn.clear()
    assert app.render().overflows == []
    tr = app.session.tr
    assert tr.gettext("Undo the last move") in drawn and "U / Ctrl+Z" in drawn
    key(app, pygame.K_ESCAPE)
    assert app.stack.top is board
    app.handle(pygame.event.Event(pygame.KEYDOWN, key=pygame.K_SLASH, mod=pygame.KMOD_SHIFT, unicode="?"))
    app.stack.apply()
    assert app.stack.top.name == "help"


def test_a_question_mark_typed_into_a_field_is_text_not_help(make_app):
    app = make_app("en")
    app.push("hour-setup", "board")
    app.stack.apply()
    scene = app.stack.top
    app.render()
    app.handle(pygame.event.Event(pygame.TEXTINPUT, text="?"))
    app.handle(pygame.event.Event(pygame.KEYDOWN, key=pygame.K_SLASH, mod=pygame.KMOD_SHIFT, unicode="?"))
    app.stack.apply()
    assert app.stack.top is scene


def test_the_menu_pauses_the_board_and_a_language_change_resumes_it_unchanged(make_app):
    app = make_app("en")
    hour = demo_board(app)
    app.push("board", hour)
    app.stack.apply()
    board = app.stack.top
    app.render()
    before = (hour.game.turns, list(hour.game.positions), hour.game.phase)
    key(app, pygame.K_m)
    menu = app.stack.top
    assert menu.name == "board-menu"
    menu.settings_button.action()
    app.stack.apply()
    settings = app.stack.top
    settings.language[list(LANGUAGES).index("kk")].action()
    key(app, pygame.K_ESCAPE)  # back to the menu
    key(app, pygame.K_ESCAPE)  # back to the game
    assert app.stack.top is board and isinstance(board, BoardScene)
    assert (hour.game.turns, list(hour.game.positions), hour.game.phase) == before
    assert app.session.settings.language == "kk"
    assert app.render().overflows == []


def test_the_menu_ends_the_game_only_after_asking(make_app):
    app = make_app("en")
    hour = demo_board(app)
    app.push("board", hour)
    app.stack.apply()
    app.render()
    key(app, pygame.K_m)
    app.stack.top.end_button.action()
    app.stack.apply()
    assert app.stack.top.name == "ask" and not hour.game.is_over


def test_required_sizes_follow_the_window_height():
    assert required_size(Metrics.for_size(1024, 768, projected=True)) == 31
    assert required_size(Metrics.for_size(1920, 1080, projected=True)) == 43
    assert required_size(Metrics.for_size(1024, 768)) == 20
    assert Metrics.for_size(1920, 1080, projected=True).timer_digits == 108


@pytest.mark.parametrize("lang", ["kk", "ru"])
def test_the_larger_text_setting_still_fits_the_projected_screens(make_app, lang):
    app = make_app(lang)
    app.session.settings.text_size = "larger"
    for name in PROJECTED:
        overflows, _, _ = shown(app, name)
        assert overflows == [], (name, [o.text[:40] for o in overflows])


def test_a_page_ends_after_a_sentence_in_its_second_half_rather_than_cutting_one(make_app):
    """A paragraph of six lines, then one that needs most of a page, on pages of ten lines: the first page stops
    after the short paragraph (four lines before its end), so the long one is not cut across two pages."""
    from play_for_integrity.ui.text_layout import LINE_SPACING

    app = make_app("ru")
    fitter = app.fitter
    font = fitter.fonts.get(31)
    height = font.get_height() + 9 * round(font.get_linesize() * LINE_SPACING)  # ten lines a page
    words = "честность дружба смелость правда".split()
    count = 1
    while len(fitter.fit(" ".join(words[i % 4] for i in range(count)) + ".", 520, 10_000, 31, 31).lines) < 6:
        count += 1
    short = " ".join(words[i % 4] for i in range(count)) + "."
    long = " ".join(words[i % 4] for i in range(70)) + "."
    pages = split_pages(fitter, f"{short}\n{long}", 520, height, 31)
    assert pages[0].split() == short.split(), pages[0]
    assert " ".join(pages).split() == f"{short} {long}".split()
