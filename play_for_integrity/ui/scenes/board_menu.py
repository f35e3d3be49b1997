"""The board game's menu: the game waits (paused) while it is open; settings, the keys, end or leave.

The board stays under the menu, so closing it, or coming back from the settings, resumes the game exactly where it
was; a language or text size chosen in the settings shows at once.
"""

from __future__ import annotations

from collections.abc import Callable

import pygame

from play_for_integrity.ui.painter import Painter
from play_for_integrity.ui.scene_kit import MenuScene, content_rect
from play_for_integrity.ui.widgets import Button


class BoardMenuScene(MenuScene):
    """Continue, Settings, Keys, End the game, Leave the board; Esc continues."""

    name = "board-menu"

    def __init__(self, app, end: Callable[[], None], leave: Callable[[], None]) -> None:
        super().__init__(app)
        self.resume_button = Button("", self.back)
        self.settings_button = Button("", lambda: self.app.push("settings"))
        self.keys_button = Button("", lambda: self.app.push("help", "board"))
        self.end_button = Button("", lambda: self._then(end))
        self.leave_button = Button("", lambda: self._then(leave))
        self.group.buttons = [self.resume_button, self.settings_button, self.keys_button, self.end_button,
                              self.leave_button]

    def _then(self, action: Callable[[], None]) -> None:
        """Close the menu, then run `action` on the board (it may ask first)."""
        self.app.stack.pop()
        action()

    def draw(self, painter: Painter) -> None:
        m, colors, tr = painter.metrics, painter.colors, self.session.tr
        area = content_rect(painter)
        width = min(area.width, m.px(620))
        button_h = m.line(m.body) + m.px(24)
        gap = m.px(16)
        head_h = m.line(m.heading) + m.line(m.small)
        box = pygame.Rect(0, 0, width, head_h + len(self.group.buttons) * (button_h + gap) + 2 * m.px(28))
        box.height = min(box.height, area.height)
        box.center = area.center
        painter.panel(box, edge=colors.accent)
        inner = box.inflate(-2 * m.px(28), -2 * m.px(28))
        painter.text(tr.gettext("The game is paused"), pygame.Rect(inner.x, inner.y, inner.width, m.line(m.heading)),
                     m.heading, colors.ink, bold=True, align="center", max_lines=1)
        painter.text(tr.gettext("Nothing is lost: continue where you left off."),
                     pygame.Rect(inner.x, inner.y + m.line(m.heading), inner.width, m.line(m.small)), m.small,
                     colors.muted_ink, align="center", max_lines=1)
        self.resume_button.label = tr.gettext("Continue the game")
        self.settings_button.label = tr.gettext("Settings")
        self.keys_button.label = tr.gettext("Keys (F1)")
        self.end_button.label = tr.gettext("End the game")
        self.leave_button.label = tr.gettext("Leave the board")
        y = inner.y + head_h + gap
        for button in self.group.buttons:
            button.rect = pygame.Rect(inner.x, y, inner.width, button_h)
            y += button_h + gap
        self.group.draw(painter, size=m.body, align="center")
