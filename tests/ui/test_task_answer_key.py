"""A task card's answer key stays off the projector until the teacher asks for it (K or the button)."""

from __future__ import annotations

import pygame

from play_for_integrity.ui.screenshot_hour import demo_board

from .conftest import click, key



def frame(app, texts: list[str]) -> str:
    texts.clear()
    app.invalidate()
    app.render()
    return "\n".join(texts)


def test_the_answer_key_shows_only_when_the_teacher_asks(make_app, drawn):
    app = make_app()
    hour = demo_board(app, stop="task")
    note = app.session.tr.task_note(hour.task)
    app.push("board", hour)
    app.push("task-card", hour)
    app.stack.apply()
    card = app.stack.top
    assert note not in frame(app, drawn)
    key(app, pygame.K_k)
    assert note in frame(app, drawn)
    assert app.render().overflows == []
    key(app, pygame.K_k)
    assert note not in frame(app, drawn)
    click(app, card.key_button.rect.center)
    assert note in frame(app, drawn)


def test_the_next_card_hides_the_key_again(make_app, drawn):
    app = make_app()
    hour = demo_board(app, stop="task")
    app.push("board", hour)
    app.push("task-card", hour)
    app.stack.apply()
    app.render()
    key(app, pygame.K_k)
    key(app, pygame.K_ESCAPE)  # back to the board: the card waits
    assert app.stack.top.name == "board"
    app.push("task-card", hour)
    app.stack.apply()
    assert app.session.tr.task_note(hour.task) not in frame(app, drawn)
