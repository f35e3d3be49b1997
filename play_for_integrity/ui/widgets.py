"""A button with a visible focus, usable by mouse, touch (whiteboards send mouse events) and keyboard."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

import pygame

from play_for_integrity.ui.painter import Painter, Snapshot
from play_for_integrity.ui.theme import Color


@dataclass
class Button:
    """A labelled rectangle; `key_hint` ('1'-'4') is drawn as a badge so keyboard players see the shortcut."""

    label: str
    action: Callable[[], None]
    rect: pygame.Rect = field(default_factory=lambda: pygame.Rect(0, 0, 0, 0))
    key_hint: str | None = None
    detail: str | None = None
    selected: bool = False
    fill: Color | None = None
    bold: bool = True
    icon: Callable[[Painter, pygame.Rect, Color], None] | None = None
    """Drawn instead of the label (a symbol the font may lack, such as play and pause)."""
    drawn: tuple | None = field(default=None, repr=False)
    """(pass id, size, align) of the last static drawing, so the focus layer can redraw this button alike."""

    def label_rect(self, painter: Painter) -> pygame.Rect:
        """Where the label goes: inside the padding, right of the key badge."""
        m = painter.metrics
        pad = m.px(16)
        inner = self.rect.inflate(-2 * pad, -2 * m.px(8))
        if not (self.key_hint or self.detail or self.icon) and not painter.fitter.fit(
                self.label, inner.width, inner.height, m.min_text, m.min_text, self.bold).fits:
            inner = self.rect.inflate(-2 * m.px(4), -2 * m.px(8))  # a long label in a narrow button: nearer its edges
        if self.key_hint:
            radius = min(m.px(22), inner.height // 2)
            inner.width -= 2 * radius + pad
            inner.x += 2 * radius + pad
        return inner

    def draw(self, painter: Painter, focused: bool, hovered: bool, size: int | None = None,
             align: str = "left") -> None:
        if painter.layer == "static":
            self.drawn = (painter.pass_id, size, align)
            focused = hovered = False
        colors, m = painter.colors, painter.metrics
        fill = self.fill or (colors.button_hover if hovered or focused else colors.button)
        if self.selected:
            fill = colors.accent
        painter.panel(self.rect, fill, colors.accent if (focused or self.selected) else colors.panel_edge,
                      radius=m.px(14), width=m.px(3))
        if focused:
            painter.focus_ring(self.rect)
        ink = colors.accent_ink if self.selected else colors.ink
        inner = self.label_rect(painter)
        if self.key_hint:
            radius = min(m.px(22), (self.rect.height - 2 * m.px(8)) // 2)
            painter.badge((self.rect.x + m.px(16) + radius, self.rect.centery), radius, self.key_hint, colors.accent,
                          colors.accent_ink)
        size = size or m.body
        if self.icon is not None:
            self.icon(painter, inner, ink)
        elif self.detail:
            top = inner.copy()
            top.height = inner.height * 2 // 5
            painter.text(self.label, top, size, ink, bold=self.bold, align=align, valign="bottom")
            bottom = inner.copy()
            bottom.y = top.bottom + m.px(4)
            bottom.height = inner.bottom - bottom.y
            painter.text(self.detail, bottom, m.small, colors.muted_ink if not self.selected else ink, align=align)
        else:
            painter.text(self.label, inner, size, ink, bold=self.bold, align=align, valign="middle")


class ButtonGroup:
    """Buttons with one keyboard focus: arrows/Tab move it, Enter/Space press it.

    `unfocused` groups (a dilemma's options, a task card) start with no focus, and neither hovering nor a click
    gives one, so Enter presses nothing until an arrow key or Tab has put the focus ring on a button.
    """

    def __init__(self, buttons: list[Button] | None = None, unfocused: bool = False):
        self.buttons = buttons or []
        self.focus = -1 if unfocused else 0
        self.pointer_focuses = not unfocused
        self.hover: int | None = None
        self.focus_only = False  # the last handled event moved focus or hover and pressed nothing
        self._looks = Snapshot(keep=16)  # see draw_focus

    def move(self, step: int) -> None:
        """Focus the next (1) or previous (-1) button; from no focus, the first or the last."""
        if not self.buttons:
            return
        if not 0 <= self.focus < len(self.buttons):
            self.focus = 0 if step > 0 else len(self.buttons) - 1
        else:
            self.focus = (self.focus + step) % len(self.buttons)

    def handle(self, event: pygame.event.Event) -> bool:
        """Returns True when the event changed something that needs a redraw."""
        self.focus_only = False
        if not self.buttons:
            return False
        if event.type == pygame.KEYDOWN:
            if event.key in (pygame.K_UP, pygame.K_LEFT) or (event.key == pygame.K_TAB and event.mod & pygame.KMOD_SHIFT):
                self.move(-1)
                self.focus_only = True
                return True
            if event.key in (pygame.K_DOWN, pygame.K_RIGHT, pygame.K_TAB):
                self.move(1)
                self.focus_only = True
                return True
            if event.key in (pygame.K_RETURN, pygame.K_KP_ENTER, pygame.K_SPACE):
                if not 0 <= self.focus < len(self.buttons):
                    return False  # nothing has the focus: Enter is not aimed at any button
                self.buttons[self.focus].action()
                return True
        elif event.type == pygame.MOUSEMOTION:
            hover = self._hit(event.pos)
            if hover != self.hover:
                self.hover = hover
                if hover is not None and self.pointer_focuses:
                    self.focus = hover
                self.focus_only = True
                return True
        elif event.type == pygame.MOUSEBUTTONUP and event.button == 1:
            hit = self._hit(event.pos)
            if hit is not None:
                if self.pointer_focuses:
                    self.focus = hit
                self.buttons[hit].action()
                return True
        return False

    def _hit(self, pos: tuple[int, int]) -> int | None:
        for i, button in enumerate(self.buttons):
            if button.rect.collidepoint(pos):
                return i
        return None

    def draw(self, painter: Painter, size: int | None = None, align: str = "left") -> None:
        for i, button in enumerate(self.buttons):
            button.draw(painter, focused=(i == self.focus), hovered=(i == self.hover), size=size, align=align)

    def draw_focus(self, painter: Painter, static_pass: int) -> None:
        """Redraw the focused and hovered buttons over the cached layer, as the static pass laid them out.

        A button's look with the focus ring is kept (the pixels of its area, ring included) until the still screen
        is drawn again: moving the focus back to it is then one blit, not its panel, ring and label drawn anew."""
        for i in sorted({self.focus, self.hover} - {None}):
            if not 0 <= i < len(self.buttons):  # a form sets focus -1 while one of its fields has it
                continue
            button = self.buttons[i]
            if button.drawn is None or button.drawn[0] != static_pass:
                continue
            _, size, align = button.drawn
            focused, hovered = i == self.focus, i == self.hover
            key = (i, self.focus, self.hover, button.label, button.selected)  # the whole focus state: neighbours alike
            self._looks.draw(painter, painter.focus_ring_rect(button.rect), key,
                             lambda: button.draw(painter, focused=focused, hovered=hovered, size=size, align=align))
