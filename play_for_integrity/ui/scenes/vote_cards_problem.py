"""Why the answer cards cannot be used now (no OpenCV, no camera, a camera in use or not allowed), over the vote.

"Type the counts" (Esc) closes it and the vote goes on with typed counts; "Try again" opens the camera again.
"""

from __future__ import annotations

from collections.abc import Callable

import pygame

from play_for_integrity.ui.painter import Painter
from play_for_integrity.ui.scene_kit import MenuScene, content_rect
from play_for_integrity.ui.widgets import Button


class CardsProblemScene(MenuScene):
    """`message` (a message id, translated when drawn) and the way on: typed counts, or `retry` when it may help."""

    name = "vote-cards-problem"

    def __init__(self, app, message: str, retry: Callable[[], None] | None = None) -> None:
        super().__init__(app)
        self.message, self.retry = message, retry
        self.typed_button = Button("", self.back)
        self.retry_button = Button("", self._retry)
        self.group.buttons = [self.typed_button, *([self.retry_button] if retry is not None else [])]

    def _retry(self) -> None:
        self.app.stack.pop()
        if self.retry is not None:
            self.retry()

    def draw(self, painter: Painter) -> None:
        m, colors, _ = painter.metrics, painter.colors, self._
        area = content_rect(painter)
        box = pygame.Rect(0, 0, min(area.width, m.px(860)), min(area.height, m.px(460)))
        box.center = area.center
        painter.panel(box)
        pad = m.px(32)
        head = pygame.Rect(box.x + pad, box.y + pad, box.width - 2 * pad, m.px(56))
        painter.text(_("Answer cards cannot be used now"), head, m.heading, colors.ink, bold=True, max_lines=1)
        button_h = m.px(72)
        text = pygame.Rect(head.x, head.bottom + m.px(16), head.width,
                           box.bottom - pad - button_h - m.px(16) - head.bottom - m.px(16))
        painter.text(_(self.message), text, m.body, colors.ink)
        self.typed_button.label, self.retry_button.label = _("Type the counts"), _("Try again")
        buttons = self.group.buttons
        bw = (box.width - pad * (len(buttons) + 1)) // 2
        x = box.right - pad - bw
        for button in reversed(buttons):
            button.rect = pygame.Rect(x, box.bottom - pad - button_h, bw, button_h)
            x -= bw + pad
        self.group.draw(painter, align="center")
