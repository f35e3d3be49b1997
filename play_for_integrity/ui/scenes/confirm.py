"""Leaving a journey half-way asks first, so a stray Esc never throws a pupil's game away."""

from __future__ import annotations

import pygame

from play_for_integrity.ui.painter import Painter
from play_for_integrity.ui.scenes.common import MenuScene, content_rect
from play_for_integrity.ui.widgets import Button


class ConfirmLeaveScene(MenuScene):
    name = "confirm-leave"

    def __init__(self, app) -> None:
        super().__init__(app)
        self.group.buttons = [Button("", self.back), Button("", self.leave)]

    def leave(self) -> None:
        from play_for_integrity.ui.scenes.title import TitleScene
        self.session.journey = None
        self.app.stack.reset(TitleScene(self.app))

    def draw(self, painter: Painter) -> None:
        m, tr = painter.metrics, self.session.tr
        area = content_rect(painter)
        box = pygame.Rect(0, 0, min(area.width, m.px(720)), m.px(330))
        box.center = area.center
        painter.panel(box)
        pad = m.px(32)
        painter.text(tr.gettext("Leave this game? Your answers so far are saved."),
                     pygame.Rect(box.x + pad, box.y + pad, box.width - 2 * pad, m.px(140)), m.heading, bold=True,
                     align="center", valign="middle")
        stay, leave = self.group.buttons
        stay.label, leave.label = tr.gettext("Keep playing"), tr.gettext("Leave")
        bw = (box.width - 3 * pad) // 2
        stay.rect = pygame.Rect(box.x + pad, box.bottom - pad - m.px(72), bw, m.px(72))
        leave.rect = pygame.Rect(stay.rect.right + pad, stay.rect.y, bw, m.px(72))
        self.group.draw(painter, align="center")
