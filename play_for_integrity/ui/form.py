"""One keyboard focus over text fields and a group of buttons: Tab moves it, typing goes to the focused field."""

from __future__ import annotations

from collections.abc import Callable

import pygame

from play_for_integrity.ui.painter import Painter
from play_for_integrity.ui.text_field import TextField
from play_for_integrity.ui.widgets import ButtonGroup

ENTER_KEYS = (pygame.K_RETURN, pygame.K_KP_ENTER)


class Form:
    """Fields first, then the group's buttons, in Tab order.

    While a field has the focus it gets the typing (digits included), so a scene's number-key shortcuts
    must only run when `handle` returned False. Enter in a field calls `on_submit`. A click on a button
    presses it without taking the focus from a field, so an on-screen keypad types into that field.
    """

    def __init__(self, fields: list[TextField], group: ButtonGroup | None = None,
                 on_submit: Callable[[], None] | None = None):
        self.fields = fields
        self.group = group or ButtonGroup()
        self.on_submit = on_submit
        self.index = -1
        self.focus_only = False  # the last event only moved the focus or the hover
        self.last_field: TextField | None = fields[0] if fields else None

    @property
    def count(self) -> int:
        return len(self.fields) + len(self.group.buttons)

    @property
    def focused_field(self) -> TextField | None:
        return self.fields[self.index] if 0 <= self.index < len(self.fields) else None

    def focus(self, index: int) -> None:
        """Move the keyboard focus to item `index` (fields first, then buttons)."""
        if self.count == 0:
            return
        index %= self.count
        # blur before focus: a blur after the new field's focus() would switch SDL's text input off again
        for i, field in enumerate(self.fields):
            if i != index and field.focused:
                field.blur()
        if index < len(self.fields) and not self.fields[index].focused:
            self.fields[index].focus()
        self.index = index
        if index < len(self.fields):
            self.last_field = self.fields[index]
            self.group.focus = -1  # no button shows the focus ring while a field has it
        else:
            self.group.focus = index - len(self.fields)

    def focus_field(self, field: TextField) -> None:
        self.focus(self.fields.index(field))

    def release(self) -> None:
        """Give the keyboard back (the scene is paused or left): no field keeps text input on."""
        for field in self.fields:
            if field.focused:
                field.blur()

    def restore(self) -> None:
        """Take the keyboard again after `release` (the scene is shown again)."""
        if self.index >= 0:
            field = self.focused_field
            if field is not None and not field.focused:
                field.focus()

    def move(self, step: int) -> None:
        self.focus((self.index if self.index >= 0 else -1 if step > 0 else 0) + step)

    def handle(self, event: pygame.event.Event) -> bool:
        """True when the event was used; the scene acts on the rest."""
        self.focus_only = False
        return self._handle(event)

    def _navigate(self, step: int) -> bool:
        self.move(step)
        self.focus_only = True
        return True

    def _handle(self, event: pygame.event.Event) -> bool:
        if event.type == pygame.KEYDOWN and event.key == pygame.K_TAB:
            return self._navigate(-1 if event.mod & pygame.KMOD_SHIFT else 1)
        if event.type == pygame.MOUSEMOTION:
            hover = self._hit_button(event.pos)
            if hover != self.group.hover:
                self.group.hover = hover
                self.focus_only = True
                return True
            return False
        if event.type == pygame.MOUSEBUTTONUP and event.button == 1:
            return self._click(event)
        field = self.focused_field
        if field is not None:
            return self._field_key(field, event)
        if event.type == pygame.KEYDOWN and 0 <= self.group.focus < len(self.group.buttons):
            if event.key in (pygame.K_UP, pygame.K_LEFT, pygame.K_DOWN, pygame.K_RIGHT):
                return self._navigate(-1 if event.key in (pygame.K_UP, pygame.K_LEFT) else 1)
            if event.key in (*ENTER_KEYS, pygame.K_SPACE):
                self.group.buttons[self.group.focus].action()
                return True
        return False

    def _field_key(self, field: TextField, event: pygame.event.Event) -> bool:
        if event.type == pygame.KEYDOWN and event.key in ENTER_KEYS:
            if self.on_submit is not None:
                self.on_submit()
            else:
                self.move(1)
            return True
        if field.handle(event):
            return True
        if event.type == pygame.KEYDOWN and event.key in (pygame.K_UP, pygame.K_DOWN):
            return self._navigate(-1 if event.key == pygame.K_UP else 1)
        return False

    def _click(self, event: pygame.event.Event) -> bool:
        for i, field in enumerate(self.fields):
            if field.rect.collidepoint(event.pos):
                self.focus(i)
                field.handle(event)
                self.focus_only = True  # the caret and the focus ring are drawn on the focus layer
                return True
        hit = self._hit_button(event.pos)
        if hit is None:
            return False
        if self.focused_field is None:
            self.focus(len(self.fields) + hit)
        self.group.buttons[hit].action()
        return True

    def _hit_button(self, pos: tuple[int, int]) -> int | None:
        for i, button in enumerate(self.group.buttons):
            if button.rect.collidepoint(pos):
                return i
        return None

    def draw_fields(self, painter: Painter, size: int | None = None) -> None:
        for field in self.fields:
            field.draw(painter, size)

    def draw_focus(self, painter: Painter, static_pass: int) -> None:
        """The focused field or button (and the hovered button) over the cached static layer."""
        for field in self.fields:
            field.draw_focus(painter, static_pass)
        self.group.draw_focus(painter, static_pass)
