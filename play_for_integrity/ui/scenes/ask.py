"""A yes/no question over the screen, such as "End the game now?"; Esc or the first button keeps things as they are."""

from __future__ import annotations

from collections.abc import Callable

import pygame

from play_for_integrity.ui.painter import Painter
from play_for_integrity.ui.scene_kit import MenuScene, content_rect
from play_for_integrity.ui.widgets import Button


class AskScene(MenuScene):
    """Shows `question`, with `keep` (go back) and `go` (run `on_go`); all three are msgids, translated when drawn."""

    name = "ask"

    def __init__(self, app, question: str, keep: str, go: str, on_go: Callable[[], None], detail: str = "") -> None:
        super().__init__(app)
        self.question, self.keep, self.go, self.detail = question, keep, go, detail
        self.on_go = on_go
        self.group.buttons = [Button("", self.back), Button("", self._go)]

    def _go(self) -> None:
        self.app.stack.pop()
        self.on_go()

    def draw(self, painter: Painter) -> None:
        m, _ = painter.metrics, self._
        area = content_rect(painter)
        box = pygame.Rect(0, 0, min(area.width, m.px(760)), m.px(380 if self.detail else 330))
        box.center = area.center
        painter.panel(box)
        pad = m.px(32)
        text_h = m.px(130)
        painter.text(_(self.question), pygame.Rect(box.x + pad, box.y + pad, box.width - 2 * pad, text_h), m.heading,
                     bold=True, align="center", valign="middle")
        if self.detail:
            painter.text(_(self.detail), pygame.Rect(box.x + pad, box.y + pad + text_h + m.px(8), box.width - 2 * pad,
                                                     m.px(60)), m.small, painter.colors.muted_ink, align="center")
        keep, go = self.group.buttons
        keep.label, go.label = _(self.keep), _(self.go)
        bw = (box.width - 3 * pad) // 2
        keep.rect = pygame.Rect(box.x + pad, box.bottom - pad - m.px(72), bw, m.px(72))
        go.rect = pygame.Rect(keep.rect.right + pad, keep.rect.y, bw, m.px(72))
        self.group.draw(painter, align="center")
