"""The window opens within the screen it is on: a 1280x800 window does not open past a 1024x768 projector."""

from __future__ import annotations

import pytest

from play_for_integrity.ui.app import within_screen
from play_for_integrity.ui.theme import MIN_WINDOW


@pytest.mark.parametrize("desktop, expected", [
    ((1024, 768), (960, 660)),  # never narrower than MIN_WINDOW
    ((1920, 1080), (1280, 800)),
    ((1366, 768), (1256, 660)),
    ((800, 600), MIN_WINDOW),
])
def test_the_remembered_size_is_kept_within_the_desktop(desktop, expected):
    assert within_screen((1280, 800), desktop) == expected


def test_without_a_known_desktop_the_size_is_kept():
    assert within_screen((1280, 800), None) == (1280, 800)
    assert within_screen((1280, 800), (0, 0)) == (1280, 800)
