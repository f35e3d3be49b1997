"""Notices for the teacher: skipped scenario files, missing fonts, settings that could not be saved."""

from __future__ import annotations

from play_for_integrity.ui.painter import Painter
from play_for_integrity.ui.scene_kit import MenuScene, bottom_row, header
from play_for_integrity.ui.widgets import Button


class NoticeScene(MenuScene):
    name = "notices"

    def __init__(self, app) -> None:
        super().__init__(app)
        self.group.buttons = [Button("", self.back)]

    def draw(self, painter: Painter) -> None:
        m, tr = painter.metrics, self.session.tr
        area = header(painter, tr.gettext("Notices for the teacher"))
        [button] = self.group.buttons
        button.label = tr.gettext("Back")
        rest = bottom_row(painter, area, [button])
        painter.panel(rest)
        pad = m.px(24)
        text = "\n".join(f"• {notice}" for notice in self.session.notices) or tr.gettext("Everything is in order.")
        painter.text(text, rest.inflate(-2 * pad, -2 * pad), m.small)
        self.group.draw(painter, align="center")
