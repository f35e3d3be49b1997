"""Layout pieces several screens share: the header, the bottom button row, menu scenes."""

from __future__ import annotations

import pygame

from play_for_integrity.i18n import N_
from play_for_integrity.ui.keys import is_help
from play_for_integrity.ui.painter import Painter
from play_for_integrity.ui.theme import Color
from play_for_integrity.ui.scene_stack import Scene
from play_for_integrity.ui.widgets import Button, ButtonGroup

CANNOT_OPEN = N_("The class results cannot be opened")
"""The heading of the teacher-message screen when the class results cannot be read."""

MOVE_LABELS = {
    "ladder": N_("Ladder: move up!"),
    "stay": N_("Stay on your square"),
    "snake": N_("Snake: slide down"),
}
"""A choice's board move in words, on the solo feedback and the class vote's feedback."""


def content_rect(painter: Painter) -> pygame.Rect:
    m = painter.metrics
    return pygame.Rect(m.margin, m.margin, m.width - 2 * m.margin, m.height - 2 * m.margin)


def _header_boxes(painter: Painter, right: bool) -> tuple[pygame.Rect, pygame.Rect, pygame.Rect]:
    """The heading's bar, its title's box and the box of the text on its right (empty when there is none)."""
    m = painter.metrics
    area = content_rect(painter)
    height = m.px(64) if m.text_scale <= 1.0 else m.px(64 * m.text_scale)
    bar = pygame.Rect(area.x, area.y, area.width, height)
    title_box = bar.copy()
    right_box = pygame.Rect(bar.right, bar.y, 0, bar.height)
    if right:
        right_box = pygame.Rect(0, bar.y, bar.width // 4, bar.height)
        right_box.right = bar.right
        title_box.width -= right_box.width + m.margin
    return bar, title_box, right_box


def header(painter: Painter, title: str, right: str | None = None) -> pygame.Rect:
    """Draw a heading at the top; returns the area left below it."""
    m = painter.metrics
    area = content_rect(painter)
    bar, title_box, right_box = _header_boxes(painter, bool(right))
    if right:
        painter.text(right, right_box, m.body, painter.colors.muted_ink, align="right", valign="middle", max_lines=1)
    painter.text(title, title_box, m.heading, painter.colors.ink, bold=True, valign="middle", max_lines=2)
    return below_header(painter)


def below_header(painter: Painter) -> pygame.Rect:
    """The area `header` leaves below the heading, without drawing it (to lay out what decides its right text)."""
    m = painter.metrics
    area = content_rect(painter)
    bar = _header_boxes(painter, False)[0]
    return pygame.Rect(area.x, bar.bottom + m.px(16), area.width, area.bottom - bar.bottom - m.px(16))


def header_gap(painter: Painter, title: str, right: str | None = None) -> pygame.Rect:
    """The free part of the heading `header` draws, between its title and its right-hand text (may be empty)."""
    m = painter.metrics
    bar, title_box, right_box = _header_boxes(painter, bool(right))
    title_w = painter.fitter.fit(title, title_box.width, title_box.height, m.heading, m.min_text, True, 2).width
    right_w = painter.fitter.fit(right, right_box.width, right_box.height, m.body, m.min_text, False, 1).width \
        if right else 0
    left, end = title_box.x + title_w + m.margin, right_box.right - right_w - m.margin
    return pygame.Rect(left, bar.y, max(0, end - left), bar.height)


def labelled_texts(painter: Painter, rect: pygame.Rect, blocks: list[tuple[str, str]], size: int) -> None:
    """Each (label, text) in turn down `rect`: a bold label, then the text as tall as it needs, the last one
    given whatever room is left (a long teacher note below a short objective)."""
    m, colors = painter.metrics, painter.colors
    y = rect.y
    for label, text in blocks:
        painter.text(label, pygame.Rect(rect.x, y, rect.width, m.px(36)), size, colors.ink, bold=True, max_lines=1)
        block = painter.text(text, pygame.Rect(rect.x, y + m.px(38), rect.width, rect.bottom - y - m.px(38)), size,
                             colors.ink)
        y += m.px(38) + block.height + m.px(18)


TALK_MOST = 4  # questions a projected talk panel shows: those of the steps the class saw first


def talk_panel(painter: Painter, rect: pygame.Rect, title: str, questions: list[str], title_size: int,
               text_size: int) -> None:
    """A panel of discussion questions for the whole class, one bullet each, under a heading."""
    m, colors = painter.metrics, painter.colors
    painter.panel(rect, edge=colors.focus)
    inner = rect.inflate(-2 * m.px(24), -2 * m.px(24))
    head = pygame.Rect(inner.x, inner.y, inner.width, max(m.px(44), m.line(title_size)))
    painter.text(title, head, title_size, colors.ink, bold=True, max_lines=1)
    body = pygame.Rect(inner.x, head.bottom + m.px(10), inner.width, inner.bottom - head.bottom - m.px(10))
    painter.text("\n".join(f"• {q}" for q in questions), body, text_size)


def note_above(painter: Painter, body: pygame.Rect, text: str, color: Color | None = None, align: str = "right",
               lines: int = 1) -> pygame.Rect:
    """A note (a problem, in red, unless `color` says otherwise) in bold at the bottom of `body`, on one line (or up
    to `lines`); returns the part of `body` above it."""
    m = painter.metrics
    line = max(m.px(36), m.line(m.small))
    height = max(m.px(40), m.line(m.small))
    if lines > 1:
        block = painter.fitter.fit(text, body.width, line * lines, m.small, m.min_text, True, lines)
        height = max(height, min(block.height, line * lines))
    painter.text(text, pygame.Rect(body.x, body.bottom - height, body.width, height), m.small,
                 color or painter.colors.poor, bold=True, align=align, valign="middle", max_lines=lines)
    return pygame.Rect(body.x, body.y, body.width, body.height - height - m.px(8))


def bottom_row(painter: Painter, area: pygame.Rect, buttons: list[Button], height: float = 72) -> pygame.Rect:
    """Lay out `buttons` in a row at the bottom of `area`; returns the area above them."""
    m = painter.metrics
    h = m.px(height)
    gap = m.px(24)
    width = min(m.px(360), (area.width - gap * (len(buttons) - 1)) // max(1, len(buttons)))
    x = area.right - (width * len(buttons) + gap * (len(buttons) - 1))
    for button in buttons:
        button.rect = pygame.Rect(x, area.bottom - h, width, h)
        x += width + gap
    return pygame.Rect(area.x, area.y, area.width, area.height - h - m.px(24))


class PageKeys:
    """Mixed in before a scene class whose `turn(step)` pages its list: Page Up and Page Down turn the pages."""

    def turn(self, step: int) -> None:
        raise NotImplementedError

    def handle(self, event: pygame.event.Event) -> bool:
        if event.type == pygame.KEYDOWN and event.key in (pygame.K_PAGEUP, pygame.K_PAGEDOWN):
            self.turn(-1 if event.key == pygame.K_PAGEUP else 1)
            return True
        return super().handle(event)  # type: ignore[misc]


def end_row(painter: Painter, area: pygame.Rect, button: Button, note: str) -> pygame.Rect:
    """An end screen's last row: `note` (e.g. where the results went) beside its one button at the bottom right;
    returns the area above the row."""
    m = painter.metrics
    row_h = max(m.px(72), 2 * m.line(m.small) + m.px(6))
    button_w = painter.fitter.fonts.get(m.body, True).size(button.label)[0] + m.px(64)
    button.rect = pygame.Rect(area.right - button_w, area.bottom - row_h, button_w, row_h)
    box = pygame.Rect(area.x, button.rect.y, button.rect.x - m.px(24) - area.x, row_h)
    painter.text(note, box, m.small, painter.colors.muted_ink, valign="middle", max_lines=2)
    return pygame.Rect(area.x, area.y, area.width, area.height - row_h - m.px(16))


class MenuScene(Scene):
    """A screen that is mostly a group of buttons; Esc goes back."""

    def __init__(self, app) -> None:
        super().__init__(app)
        self.group = ButtonGroup()

    def back(self) -> None:
        self.app.stack.pop()

    def handle(self, event: pygame.event.Event) -> bool:
        if event.type == pygame.KEYDOWN and event.key == pygame.K_ESCAPE:
            self.back()
            return True
        if is_help(event):
            self.app.push("help", self.name)
            return True
        return self.group.handle(event)

    @property
    def focus_only(self) -> bool:
        return self.group.focus_only

    def begin_event(self) -> None:
        self.group.focus_only = False

    def draw_dynamic(self, painter: Painter, static_pass: int) -> None:
        self.group.draw_focus(painter, static_pass)


class FormScene(MenuScene):
    """A screen with text fields and buttons in one Form; Tab moves the focus, typing goes to the focused field."""

    def __init__(self, app, form=None) -> None:
        super().__init__(app)
        if form is not None:
            self.use_form(form)

    def use_form(self, form) -> None:
        self.form = form
        self.group = form.group

    def enter(self) -> None:
        if self.form.index < 0:
            self.form.focus(0)

    @property
    def focus_only(self) -> bool:
        return self.form.focus_only

    def begin_event(self) -> None:
        self.form.focus_only = False

    def draw_dynamic(self, painter: Painter, static_pass: int) -> None:
        self.form.draw_focus(painter, static_pass)

    def pause(self) -> None:
        self.form.release()

    def resume(self) -> None:
        self.form.restore()

    def exit(self) -> None:
        self.form.release()

    def handle(self, event: pygame.event.Event) -> bool:
        if event.type == pygame.KEYDOWN and event.key == pygame.K_ESCAPE:
            self.back()
            return True
        if is_help(event, typing=True):
            self.app.push("help", self.name)
            return True
        return self.form.handle(event)
