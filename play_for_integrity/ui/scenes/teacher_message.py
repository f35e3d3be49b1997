"""A problem in the teacher view, in one sentence with its fix, and a way back."""

from __future__ import annotations

from play_for_integrity.ui.painter import Painter
from play_for_integrity.ui.scene_kit import MenuScene, bottom_row, header
from play_for_integrity.ui.widgets import Button


class TeacherMessageScene(MenuScene):
    """`title` is a message id, translated when drawn; `detail` is the results layer's sentence with its fix."""

    name = "teacher-message"

    def __init__(self, app, title: str, detail: str) -> None:
        super().__init__(app)
        self.title = title
        self.detail = detail
        self.group.buttons = [Button("", self.back)]

    def draw(self, painter: Painter) -> None:
        m = painter.metrics
        area = header(painter, self._(self.title))
        [button] = self.group.buttons
        button.label = self._("Back")
        rest = bottom_row(painter, area, [button])
        painter.panel(rest)
        pad = m.px(24)
        painter.text(self.detail, rest.inflate(-2 * pad, -2 * pad), m.body)
        self.group.draw(painter, align="center")
