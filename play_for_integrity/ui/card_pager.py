"""Pages of a projected card: long text is paged, never shrunk below the projected size.

A "2 / 3" label and Previous/Next buttons at the bottom right; PageDown or → turns forward, PageUp or ← back.
"""

from __future__ import annotations

import pygame

from play_for_integrity.ui.painter import Painter
from play_for_integrity.ui.widgets import Button


class Pager:
    """Which page of `count` is on show, with its buttons (they join the scene's ButtonGroup)."""

    def __init__(self, app, count: int = 1) -> None:
        self.app = app
        self.page = 0
        self.count = count
        self.previous_button = Button("", self.previous)
        self.next_button = Button("", self.next)
        self.label_rect = pygame.Rect(0, 0, 0, 0)

    @property
    def last(self) -> bool:
        return self.page >= self.count - 1

    def turn(self, step: int) -> bool:
        """Show the page `step` away (within the pages); True when the page changed."""
        page = max(0, min(self.count - 1, self.page + step))
        if page == self.page:
            return False
        self.page = page
        self.app.invalidate()
        return True

    def next(self) -> bool:
        return self.turn(1)

    def previous(self) -> bool:
        return self.turn(-1)

    def settle(self, count: int) -> None:
        """The page count as the last drawing found it; a page past the end shows the last."""
        self.count = max(1, count)
        self.page = min(self.page, self.count - 1)

    def handle(self, event: pygame.event.Event) -> bool:
        """PageDown/→ and PageUp/← turn the pages; True when the key was one of them (even at the first or last)."""
        if event.type != pygame.KEYDOWN or self.count < 2:
            return False
        if event.key in (pygame.K_PAGEDOWN, pygame.K_RIGHT):
            self.next()
            return True
        if event.key in (pygame.K_PAGEUP, pygame.K_LEFT):
            self.previous()
            return True
        return False

    def layout(self, painter: Painter, row: pygame.Rect, with_next: bool = True) -> pygame.Rect:
        """Place the label and the buttons at the right end of `row` (Next only `with_next`); returns the part of
        `row` left of them."""
        m, tr = painter.metrics, self.app.session.tr
        gap = m.px(12)
        self.previous_button.label = "‹ " + tr.gettext("Previous")
        self.next_button.label = tr.gettext("Next") + " ›"
        font = painter.fitter.fonts.get(m.small, True)
        right = row.right
        for button, shown in ((self.next_button, with_next), (self.previous_button, self.page > 0)):
            if self.count < 2 or not shown:
                button.rect = pygame.Rect(0, 0, 0, 0)
                continue
            width = font.size(button.label)[0] + 2 * m.px(16) + m.px(8)
            button.rect = pygame.Rect(right - width, row.y, width, row.height)
            right = button.rect.x - gap
        if self.count < 2:
            self.label_rect = pygame.Rect(right, row.y, 0, row.height)
            return pygame.Rect(row.x, row.y, right - row.x, row.height)
        label_w = font.size(self.label(tr))[0] + m.px(8)
        self.label_rect = pygame.Rect(right - label_w, row.y, label_w, row.height)
        return pygame.Rect(row.x, row.y, self.label_rect.x - gap - row.x, row.height)

    def label(self, tr) -> str:
        return f"{tr.format_number(self.page + 1)} / {tr.format_number(self.count)}"

    def draw_label(self, painter: Painter) -> None:
        if self.count > 1:
            painter.text(self.label(self.app.session.tr), self.label_rect, painter.metrics.small,
                         painter.colors.muted_ink, bold=True, align="center", valign="middle", max_lines=1)
