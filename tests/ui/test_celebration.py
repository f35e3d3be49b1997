"""The end screens' celebration: short, skippable, on the dynamic layer, and nothing on it flashes."""

from __future__ import annotations

import pygame

from play_for_integrity.core.clock import SteppedClock
from play_for_integrity.ui.celebration import DURATION_S
from play_for_integrity.ui.screenshot_hour import demo_board

from .conftest import fresh_summary, key


def board_end(app):
    app.push("board-end", demo_board(app, turns=10_000))
    app.stack.apply()
    app.render()
    return app.stack.top


def test_the_confetti_plays_a_few_seconds_over_the_cached_screen_then_the_loop_idles(make_app):
    app = make_app("kk")
    end = board_end(app)
    clock = SteppedClock()
    passes = app._passes
    assert end.animating
    frames = []
    for _ in range(int(DURATION_S * 60) + 30):
        app.step(1 / 60, clock)
        frames.append(pygame.image.tobytes(app.surface, "RGB"))
    assert not end.animating and app._passes == passes, "the end screen itself is never drawn again for it"
    assert len(set(frames[:-30])) > 100, "the confetti moves"
    assert frames[-1] == frames[-30], "then nothing is drawn"


def test_no_frame_changes_more_than_a_small_part_of_the_screen(make_app):
    app = make_app("en", (1024, 768))
    board_end(app)
    clock = SteppedClock()
    before = pygame.surfarray.array3d(app.surface).copy()
    most = 0.0
    for _ in range(int(DURATION_S * 60)):
        app.step(1 / 60, clock)
        now = pygame.surfarray.array3d(app.surface)
        changed = (abs(now.astype(int) - before.astype(int)).sum(axis=2) > 60).mean()
        most = max(most, float(changed))
        before = now.copy()
    assert 0 < most < 0.05, "confetti pieces move; the screen never flashes"


def test_enter_during_the_confetti_only_ends_it(make_app):
    app = make_app("en")
    end = board_end(app)
    key(app, pygame.K_RETURN)
    assert app.stack.top is end and not end.animating
    key(app, pygame.K_RETURN)
    assert app.stack.top.name == "title"


def test_the_solo_profile_celebrates_and_a_click_on_a_button_still_works(make_app):
    app = make_app("ru")
    summary = fresh_summary(app)
    assert summary.animating
    pos = summary.title_button.rect.center
    app.handle(pygame.event.Event(pygame.MOUSEMOTION, pos=pos, rel=(0, 0), buttons=(0, 0, 0)))
    app.handle(pygame.event.Event(pygame.MOUSEBUTTONUP, pos=pos, button=1))
    app.stack.apply()
    assert app.stack.top.name == "title"
