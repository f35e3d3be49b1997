"""The text field: typing through TEXTINPUT (Kazakh and Russian letters), caret editing, limits, masking, focus."""

from __future__ import annotations

import pygame
import pytest

from play_for_integrity.ui.form import Form
from play_for_integrity.ui.painter import Painter
from play_for_integrity.ui.text_field import TextField, ascii_digit
from play_for_integrity.ui.theme import palette
from play_for_integrity.ui.widgets import Button, ButtonGroup


def typed(text: str) -> pygame.event.Event:
    return pygame.event.Event(pygame.TEXTINPUT, text=text)


def pressed(code: int, mod: int = 0, unicode: str = "") -> pygame.event.Event:
    return pygame.event.Event(pygame.KEYDOWN, key=code, mod=mod, unicode=unicode)


def focused_field(**options) -> TextField:
    field = TextField(**options)
    field.focus()
    return field


@pytest.fixture
def painter(make_app):
    app = make_app()
    return Painter(app.surface, app.metrics, palette(False), app.fitter)


def test_kazakh_and_russian_letters_arrive_through_textinput(make_app):
    make_app()
    field = focused_field(max_length=40)
    for piece in ("Әйгерім", " ", "Қ", "ұ", "ң", "ғ", "ү", "ө", "һ", "і", " Ёлка"):
        assert field.handle(typed(piece))
    assert field.text == "Әйгерім ҚұңғүөһіЁлка".replace("іЁ", "і Ё")


def test_caret_moves_and_edits_in_the_middle(make_app):
    make_app()
    field = focused_field(text="Аружан")
    field.handle(pressed(pygame.K_HOME))
    field.handle(typed("«"))
    field.handle(pressed(pygame.K_END))
    field.handle(typed("»"))
    assert field.text == "«Аружан»"
    field.handle(pressed(pygame.K_LEFT))
    field.handle(pressed(pygame.K_BACKSPACE))
    assert field.text == "«Аружа»" and field.caret == 6
    field.handle(pressed(pygame.K_DELETE))
    assert field.text == "«Аружа"
    field.handle(pressed(pygame.K_HOME))
    field.handle(pressed(pygame.K_RIGHT))
    field.handle(pressed(pygame.K_DELETE))
    assert field.text == "«ружа"


def test_ctrl_backspace_deletes_the_word_before_the_caret(make_app):
    make_app()
    field = focused_field(text="Мадина Қ")
    field.handle(pressed(pygame.K_BACKSPACE, pygame.KMOD_LCTRL))
    assert field.text == "Мадина "


def test_max_length_counts_characters_and_keeps_what_fits(make_app):
    make_app()
    field = focused_field(max_length=5)
    field.handle(typed("Нұрсұлтан"))
    assert field.text == "Нұрсұ"
    field.handle(typed("х"))
    assert field.text == "Нұрсұ"
    assert TextField(text="0123456789", max_length=4).text == "0123"


def test_digits_only_field_keeps_only_ascii_digits(make_app):
    make_app()
    field = focused_field(allowed=ascii_digit, max_length=8)
    field.handle(typed("12a3"))
    field.handle(typed("²٣4"))
    assert field.text == "1234"


def test_control_characters_are_never_inserted(make_app):
    make_app()
    field = focused_field()
    field.handle(typed("a\tb\nc\x00d"))
    assert field.text == "abcd"


def test_typed_keys_are_used_by_a_focused_field_only(make_app):
    make_app()
    field = TextField()
    digit = pressed(pygame.K_1, unicode="1")
    assert not field.handle(digit), "an unfocused field leaves number keys to the scene's shortcuts"
    field.focus()
    assert field.handle(digit) and field.handle(pressed(pygame.K_a))
    for key in (pygame.K_RETURN, pygame.K_ESCAPE, pygame.K_TAB, pygame.K_F11):
        assert not field.handle(pressed(key))
    assert not field.handle(pressed(pygame.K_c, pygame.KMOD_LCTRL, "c"))
    assert field.text == "", "the letters themselves come as TEXTINPUT, never from KEYDOWN"


def _draw(painter, field: TextField) -> bytes:
    painter.surface.fill((0, 0, 0))
    field.rect = pygame.Rect(40, 40, 400, 110)
    field.draw(painter)
    return pygame.image.tobytes(painter.surface.subsurface(field.rect), "RGB")


def test_masked_drawing_does_not_reveal_the_digits(painter):
    first = _draw(painter, TextField(text="1234", masked=True, allowed=ascii_digit))
    second = _draw(painter, TextField(text="9876", masked=True, allowed=ascii_digit))
    assert first == second
    assert _draw(painter, TextField(text="1234")) != _draw(painter, TextField(text="9876"))
    assert first != _draw(painter, TextField(text="12345", masked=True)), "each digit still shows as a dot"


def test_the_placeholder_shows_only_while_the_field_is_empty(painter):
    empty = _draw(painter, TextField(placeholder="PC-07"))
    assert empty != _draw(painter, TextField())
    assert _draw(painter, TextField(text="Дана", placeholder="PC-07")) == _draw(painter, TextField(text="Дана"))


def test_a_click_focuses_the_field_with_the_caret_at_the_end(make_app):
    make_app()
    field = TextField(text="Дана")
    field.rect = pygame.Rect(10, 10, 300, 100)
    assert not field.handle(pygame.event.Event(pygame.MOUSEBUTTONUP, pos=(500, 500), button=1))
    field.focus()
    field.handle(pressed(pygame.K_HOME))
    field.blur()
    assert field.handle(pygame.event.Event(pygame.MOUSEBUTTONUP, pos=(20, 20), button=1))
    assert field.focused and field.caret == 4


def test_focus_turns_text_input_on_and_off(make_app, monkeypatch):
    make_app()
    calls = []
    monkeypatch.setattr(pygame.key, "start_text_input", lambda: calls.append("start"))
    monkeypatch.setattr(pygame.key, "stop_text_input", lambda: calls.append("stop"))
    field = TextField()
    field.focus()
    field.blur()
    assert calls == ["start", "stop"] and not field.focused


# -- the form: one focus over fields and buttons ----------------------------------------------------
@pytest.fixture
def form(make_app):
    make_app()
    pressed_buttons = []
    submitted = []
    buttons = [Button(name, lambda name=name: pressed_buttons.append(name)) for name in ("ok", "back")]
    made = Form([TextField(), TextField()], ButtonGroup(buttons), on_submit=lambda: submitted.append(True))
    made.pressed, made.submitted = pressed_buttons, submitted
    made.focus(0)
    for i, field in enumerate(made.fields):
        field.rect = pygame.Rect(0, i * 100, 300, 90)
    for i, button in enumerate(buttons):
        button.rect = pygame.Rect(400, i * 100, 200, 90)
    return made


def test_tab_cycles_over_fields_then_buttons_and_back(form):
    seen = []
    for _ in range(5):
        seen.append(form.index)
        form.handle(pressed(pygame.K_TAB))
    assert seen == [0, 1, 2, 3, 0]
    assert form.focus_only
    form.handle(pressed(pygame.K_TAB, pygame.KMOD_LSHIFT))
    form.handle(pressed(pygame.K_TAB, pygame.KMOD_LSHIFT))
    assert form.index == 3 and form.group.focus == 1 and form.focused_field is None


def test_only_one_thing_has_the_focus(form):
    form.focus(2)
    assert not any(field.focused for field in form.fields) and form.group.focus == 0
    form.focus(1)
    assert [field.focused for field in form.fields] == [False, True] and form.group.focus == -1


def test_typing_goes_to_the_focused_field_and_enter_submits(form):
    form.handle(typed("7"))
    form.handle(pressed(pygame.K_TAB))
    form.handle(typed("Б"))
    assert [field.text for field in form.fields] == ["7", "Б"]
    form.handle(pressed(pygame.K_RETURN))
    assert form.submitted == [True] and form.pressed == []


def test_space_in_a_field_types_instead_of_pressing_a_button(form):
    assert form.handle(pressed(pygame.K_SPACE, unicode=" "))
    form.handle(typed(" "))
    assert form.fields[0].text == " " and form.pressed == []


def test_enter_on_a_button_presses_it(form):
    form.focus(3)
    form.handle(pressed(pygame.K_RETURN))
    assert form.pressed == ["back"]


def test_clicking_a_field_focuses_it(form):
    form.handle(pygame.event.Event(pygame.MOUSEBUTTONUP, pos=form.fields[1].rect.center, button=1))
    assert form.focused_field is form.fields[1]


def test_clicking_a_button_keeps_the_focus_in_the_field(form):
    form.handle(pygame.event.Event(pygame.MOUSEBUTTONUP, pos=form.group.buttons[0].rect.center, button=1))
    assert form.pressed == ["ok"] and form.focused_field is form.fields[0]


def test_releasing_and_restoring_the_form_keeps_the_focused_field(form):
    form.focus(1)
    form.release()
    assert not any(field.focused for field in form.fields)
    form.restore()
    assert form.focused_field is form.fields[1] and form.fields[1].focused
