"""Notices for the teacher: skipped scenario files, missing fonts, settings that could not be saved.

As many notices as fit make a page; PgUp/PgDn or the buttons turn the pages, Esc goes back.
"""

from __future__ import annotations

import pygame

from play_for_integrity.play.notices import shown
from play_for_integrity.ui.painter import Painter
from play_for_integrity.ui.scene_kit import MenuScene, PageKeys, bottom_row, header
from play_for_integrity.ui.widgets import Button


class NoticeScene(PageKeys, MenuScene):
    name = "notices"

    def __init__(self, app) -> None:
        super().__init__(app)
        self.page = 0
        self.page_starts: list[int] = [0]  # the index of each page's first notice, from the last drawing
        self.prev = Button("", lambda: self.turn(-1))
        self.next = Button("", lambda: self.turn(1))
        self.back_button = Button("", self.back)
        self.group.buttons = [self.back_button]
        self.focus_placed = False  # the first drawing puts the focus on Next (or Back when there is one page)

    @property
    def pages(self) -> int:
        return len(self.page_starts)

    def turn(self, step: int) -> None:
        self.page = max(0, min(self.pages - 1, self.page + step))

    def draw(self, painter: Painter) -> None:
        m, tr = painter.metrics, self.session.tr
        area = header(painter, tr.gettext("Notices for the teacher"))
        self.back_button.label = tr.gettext("Back")
        self.prev.label, self.next.label = "‹ " + tr.gettext("Previous"), tr.gettext("Next") + " ›"
        # the pages are laid out for the panel of the one-page layout; the buttons take the same row either way
        rest = bottom_row(painter, area, [self.prev, self.next, self.back_button])
        pad = m.px(24)
        inner = rest.inflate(-2 * pad, -2 * pad)
        texts = [f"• {shown(tr, notice)}" for notice in self.session.notices]
        self.page_starts = self._paginate(painter, texts, inner)
        self.page = min(self.page, self.pages - 1)
        nav = [self.prev, self.next] if self.pages > 1 else []
        if nav:
            left_w = area.width // 4
            bottom_row(painter, pygame.Rect(area.x + left_w, area.y, area.width - left_w, area.height),
                       [*nav, self.back_button])
            box = pygame.Rect(area.x, self.back_button.rect.y, left_w - m.px(16), self.back_button.rect.height)
            painter.text(tr.gettext("Page %(number)s of %(count)s") % {
                "number": tr.format_number(self.page + 1), "count": tr.format_number(self.pages)}, box, m.small,
                painter.colors.muted_ink, valign="middle", max_lines=2)
        else:
            bottom_row(painter, area, [self.back_button])
        self.group.buttons = [*nav, self.back_button]
        if not self.focus_placed:
            self.group.focus, self.focus_placed = (1 if nav else 0), True
        self.group.focus = min(self.group.focus, len(self.group.buttons) - 1)
        painter.panel(rest)
        if not texts:
            painter.text(tr.gettext("Everything is in order."), inner, m.small)
        else:
            self._draw_page(painter, texts, inner)
        self.group.draw(painter, align="center")

    def _block_height(self, painter: Painter, text: str, width: int, height: int) -> int:
        m = painter.metrics
        return painter.fitter.fit(text, width, height, m.small, m.small).height

    def _paginate(self, painter: Painter, texts: list[str], box: pygame.Rect) -> list[int]:
        """Where each page starts: notices in order, as many whole ones as fit the box at the body-text size."""
        gap = painter.metrics.px(14)
        starts, used = [0], 0
        for i, text in enumerate(texts):
            height = self._block_height(painter, text, box.width, box.height)
            if used and used + gap + height > box.height:
                starts.append(i)
                used = height
            else:
                used += (gap if used else 0) + height
        return starts

    def _draw_page(self, painter: Painter, texts: list[str], box: pygame.Rect) -> None:
        m = painter.metrics
        start = self.page_starts[self.page]
        end = self.page_starts[self.page + 1] if self.page + 1 < self.pages else len(texts)
        y = box.y
        for text in texts[start:end]:
            height = min(self._block_height(painter, text, box.width, box.height), box.bottom - y)
            painter.text(text, pygame.Rect(box.x, y, box.width, height), m.small)
            y += height + m.px(14)
