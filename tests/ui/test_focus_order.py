"""Going back to an earlier text box (Shift+Tab, a click) leaves SDL's text input on, so typing still arrives."""

from __future__ import annotations

import pygame
import pytest

from play_for_integrity.ui.form import Form
from play_for_integrity.ui.text_field import TextField

from .conftest import key


@pytest.fixture
def text_input(monkeypatch):
    """Whether SDL's text input is on, as the last start/stop call left it."""
    state = {"on": False}
    monkeypatch.setattr(pygame.key, "start_text_input", lambda: state.update(on=True))
    monkeypatch.setattr(pygame.key, "stop_text_input", lambda: state.update(on=False))
    return state


def shift_tab(app) -> None:
    key(app, pygame.K_TAB, pygame.KMOD_LSHIFT)


def click_at(app, pos) -> None:
    app.handle(pygame.event.Event(pygame.MOUSEBUTTONUP, pos=pos, button=1))
    app.stack.apply()


def show(app, name: str, *args):
    app.push(name, *args)
    app.stack.apply()
    app.render()
    return app.stack.top


def test_focusing_an_earlier_field_blurs_the_later_one_first(make_app, text_input):
    make_app()
    form = Form([TextField(), TextField(), TextField()])
    form.focus(2)
    form.focus(0)
    assert text_input["on"] and form.fields[0].focused and not form.fields[2].focused
    form.focus(1)
    assert text_input["on"] and form.focused_field is form.fields[1]


def test_shift_tab_back_to_the_nickname_keeps_typing(make_app, text_input):
    app = make_app()
    scene = show(app, "player", "6-10")
    key(app, pygame.K_TAB)
    shift_tab(app)
    assert scene.form.focused_field is scene.nickname and text_input["on"]
    key(app, pygame.K_TAB)
    click_at(app, scene.nickname.rect.center)
    assert scene.form.focused_field is scene.nickname and text_input["on"]


def test_shift_tab_back_to_a_vote_count_keeps_typing(make_app, text_input):
    from play_for_integrity.ui.screenshot_hour import demo_vote
    app = make_app()
    scene = show(app, "vote", demo_vote(app)[0], None, True)  # on the options' page, with the count boxes
    key(app, pygame.K_TAB)
    key(app, pygame.K_TAB)
    shift_tab(app)
    assert scene.form.focused_field is scene.fields[1] and text_input["on"]
    click_at(app, scene.fields[0].rect.center)
    assert scene.form.focused_field is scene.fields[0] and text_input["on"]


def test_going_back_to_a_team_name_keeps_typing(make_app, text_input):
    app = make_app()
    scene = show(app, "hour-setup", "board")
    for _ in range(3):
        key(app, pygame.K_TAB)
    shift_tab(app)
    assert scene.form.focused_field is scene.team_fields[1] and text_input["on"]
    click_at(app, scene.team_fields[0].rect.center)
    assert scene.form.focused_field is scene.team_fields[0] and text_input["on"]


def test_the_pin_box_takes_typing_again_after_a_mismatch(make_app, text_input):
    from play_for_integrity.ui.screenshot import _demo_store
    app = make_app()
    _demo_store(app.session, filled=False)
    app.session.teacher.unlocked = False
    scene = show(app, "pin")
    scene.pin.text = "2468"
    key(app, pygame.K_RETURN)  # on to the second box
    scene.again.text = "1357"
    key(app, pygame.K_RETURN)  # the two differ: back to the first box
    assert scene.form.focused_field is scene.pin and text_input["on"]
