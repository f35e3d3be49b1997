"""The help overlay: the keys of the screen below it, translated; Esc, F1, ? or Enter closes it."""

from __future__ import annotations

import pygame

from play_for_integrity.ui.hotkeys import hotkeys, key_label
from play_for_integrity.ui.keys import is_help
from play_for_integrity.ui.painter import Painter
from play_for_integrity.ui.scene_kit import MenuScene, content_rect
from play_for_integrity.ui.widgets import Button


class HelpScene(MenuScene):
    """A list of keys over the screen `screen` (a scene name), in two columns: the key, and what it does."""

    name = "help"

    def __init__(self, app, screen: str) -> None:
        super().__init__(app)
        self.screen = screen
        self.keys = hotkeys(screen)
        self.close = Button("", self.back)
        self.group.buttons = [self.close]

    def handle(self, event: pygame.event.Event) -> bool:
        if is_help(event):
            self.back()
            return True
        return super().handle(event)

    def draw(self, painter: Painter) -> None:
        m, colors, tr = painter.metrics, painter.colors, self.session.tr
        area = content_rect(painter)
        painter.panel(area, edge=colors.accent)
        pad = m.px(24)
        inner = area.inflate(-2 * pad, -2 * pad)
        head = pygame.Rect(inner.x, inner.y, inner.width, m.line(m.heading))
        painter.text(tr.gettext("Keys on this screen"), head, m.heading, colors.ink, bold=True, valign="middle",
                     max_lines=1)
        self.close.label = tr.gettext("Close")
        h = m.line(m.small) + m.px(20)
        width = painter.fitter.fonts.get(m.small, True).size(self.close.label)[0] + m.px(64)
        self.close.rect = pygame.Rect(inner.right - width, inner.bottom - h, width, h)
        rows = pygame.Rect(inner.x, head.bottom + m.px(12), inner.width, self.close.rect.y - m.px(12) - head.bottom
                           - m.px(12))
        labels = [key_label(tr, key) for key, _ in self.keys]
        size = m.small
        font = painter.fitter.fonts.get(size, True)
        key_w = min(rows.width * 2 // 5, max(font.size(label)[0] for label in labels) + m.px(24))
        texts = [tr.gettext(what) for _, what in self.keys]
        heights = [painter.fitter.fit(text, rows.width - key_w, rows.height, size, m.min_text).height for text in texts]
        spare = max(0, rows.height - sum(heights)) // max(1, len(heights))
        y = rows.y
        for label, text, height in zip(labels, texts, heights):
            row_h = height + min(spare, m.px(12))
            painter.text(label, pygame.Rect(rows.x, y, key_w - m.px(16), row_h), size, colors.accent, bold=True,
                         max_lines=2)
            painter.text(text, pygame.Rect(rows.x + key_w, y, rows.width - key_w, row_h), size, colors.ink)
            y += row_h
        self.close.draw(painter, focused=self.group.focus == 0, hovered=self.group.hover == 0, align="center")
