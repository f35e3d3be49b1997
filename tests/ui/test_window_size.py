"""The window opens within the screen it is on: a 1280x800 window does not open past a 1024x768 projector."""

from __future__ import annotations

import pytest

from play_for_integrity.ui.app import within_screen
from play_for_integrity.ui.theme import MIN_WINDOW


@pytest.mark.parametrize("desktop, expected", [
    ((1024, 768), (942, 660)),  # 92 % x 86 % of the desktop
    ((640, 480), MIN_WINDOW),  # never smaller than MIN_WINDOW
    ((1920, 1080), (1280, 800)),
    ((1366, 768), (1256, 660)),
    ((800, 600), MIN_WINDOW),
])
def test_the_remembered_size_is_kept_within_the_desktop(desktop, expected):
    assert within_screen((1280, 800), desktop) == expected


def test_without_a_known_desktop_the_size_is_kept():
    assert within_screen((1280, 800), None) == (1280, 800)
    assert within_screen((1280, 800), (0, 0)) == (1280, 800)


# ----- the Integrity Hour fills the screen --------------------------------------------------------------------------
import pygame  # noqa: E402

from play_for_integrity.core.clock import SteppedClock  # noqa: E402
from play_for_integrity.core.settings import load_settings  # noqa: E402
from play_for_integrity.ui.app import App  # noqa: E402
from play_for_integrity.ui.launch import build_session  # noqa: E402
from play_for_integrity.ui.screenshot_hour import demo_board  # noqa: E402


@pytest.fixture
def window_app():
    """A real (dummy-driver) window, not a headless surface: the one that changes mode."""
    pygame.init()
    app = App(build_session(language="en"))
    yield app
    pygame.quit()


def settle(app):
    app.step(1 / 60, SteppedClock())


def test_the_hour_is_full_screen_and_the_title_is_not(window_app):
    app = window_app
    app.push("title")
    settle(app)
    assert not app.fullscreen and not app.in_hour
    app.replace("board", demo_board(app))
    settle(app)
    assert app.in_hour and app.fullscreen
    app.push("help", "board")  # a screen over the board: still the Hour
    settle(app)
    assert app.fullscreen
    app.reset("title")
    settle(app)
    assert not app.in_hour and not app.fullscreen


def test_f11_in_the_hour_is_remembered_for_the_hour_only(window_app):
    app = window_app
    app.push("title")
    settle(app)
    app.replace("board", demo_board(app))
    settle(app)
    app.handle(pygame.event.Event(pygame.KEYDOWN, key=pygame.K_F11, mod=0, unicode=""))
    assert not app.fullscreen
    saved = load_settings(app.session.data_dir)[0]
    assert saved.hour_fullscreen is False and saved.fullscreen is False
    app.reset("title")
    settle(app)
    app.replace("board", demo_board(app))
    settle(app)
    assert not app.fullscreen, "the teacher's choice for the Hour is kept"
