"""The help overlay's lists: one meaning per key on a screen, and only screens that exist."""

from __future__ import annotations

import pytest

from play_for_integrity.ui import scene_registry
from play_for_integrity.ui.hotkeys import EVERYWHERE, SCREENS, hotkeys


@pytest.mark.parametrize("screen", sorted(SCREENS))
def test_a_screen_lists_each_key_once(screen):
    keys = [key for key, _ in hotkeys(screen)]
    assert len(keys) == len(set(keys)), f"{screen}: {keys}"


def test_a_screens_own_esc_replaces_the_general_one():
    board = dict(hotkeys("board"))
    assert board["Esc"] == "Leave the board (the game is saved)"
    assert dict(hotkeys("title"))["Esc"] == dict(EVERYWHERE)["Esc"]


def test_every_listed_screen_is_a_registered_scene():
    assert set(SCREENS) <= set(scene_registry.SCENES)


def test_the_vote_lists_its_answer_cards_key():
    assert "C" in dict(hotkeys("vote"))


def test_the_pupils_story_lists_its_number_keys_and_they_answer(make_app):
    """F1 on a story tells the pupil the keys 1-4, and a number key does choose an answer there."""
    import pygame

    from play_for_integrity.ui import screenshot

    assert "1–4" in dict(hotkeys("dilemma"))
    app = make_app("kk")
    app.stack.reset(screenshot.build_scene(app, "dilemma"))
    app.stack.apply()
    assert app.stack.top.name == "dilemma"
    app.handle(pygame.event.Event(pygame.KEYDOWN, key=pygame.K_1, mod=0, unicode="1"))
    app.stack.apply()
    assert app.stack.top.name == "feedback"
