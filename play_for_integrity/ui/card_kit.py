"""What the projected cards of the board game share: the top bar with the team and a large timer, the card scene
with Skip and Board, and the keys that turn a card's pages."""

from __future__ import annotations

import pygame

from play_for_integrity.play.actions import SkipCard
from play_for_integrity.play.board import BoardHour
from play_for_integrity.ui.board_view import team_color
from play_for_integrity.ui.keys import shortcut
from play_for_integrity.ui.painter import Painter
from play_for_integrity.ui.scene_kit import MenuScene, content_rect
from play_for_integrity.ui.timer_panel import TimedScene, TimerPanel
from play_for_integrity.ui.tokens import draw_token
from play_for_integrity.ui.widgets import Button, ButtonGroup

PAGE_KEYS = {pygame.K_PAGEDOWN: 1, pygame.K_RIGHT: 1, pygame.K_PAGEUP: -1, pygame.K_LEFT: -1}



def card_top(painter: Painter, scene, timer: TimerPanel | None) -> pygame.Rect:
    """The card's top bar: the team's token and name, large, and the timer with digits a tenth of the window high;
    returns the area below."""
    m, colors = painter.metrics, painter.colors
    area = content_rect(painter)
    height = max(m.px(96), (3 * m.timer_digits + 1) // 2 + 1) if timer is not None else m.px(96)
    bar = pygame.Rect(area.x, area.y, area.width, height)
    game = scene.hour.game
    team = game.teams[game.current]
    radius = m.px(24)
    draw_token(painter.surface, team.shape, (bar.x + radius + m.px(4), bar.centery), radius, team_color(colors, team),
               colors.ink, max(2, m.px(3)))
    timer_w = timer.place_right(painter, bar, scene._("Team talk")) if timer is not None else 0
    text = pygame.Rect(bar.x + 2 * radius + m.px(20), bar.y, bar.width - timer_w - 2 * radius - m.px(44), bar.height)
    painter.text(painter.shortened(team.name, text.width, m.heading, True), text, m.heading, colors.ink, bold=True,
                 valign="middle", max_lines=1)
    return pygame.Rect(area.x, bar.bottom + m.px(16), area.width, area.bottom - bar.bottom - m.px(16))


class CardScene(TimedScene, MenuScene):
    """What the card scenes share: the hour, the timer panel, S to skip and Esc back to the board."""

    projected = True

    def __init__(self, app, hour: BoardHour) -> None:
        super().__init__(app)
        self.group = ButtonGroup(unfocused=True)
        self.hour = hour
        self.timer = TimerPanel(app, hour.timer)
        self.skip_button = Button("", self.skip)
        self.board_button = Button("", self.back)

    def skip(self) -> None:
        """Put the card away; a second press in the same frame finds no card and does nothing."""
        if self.hour.dispatch(SkipCard()).accepted:
            self.app.stack.pop()

    def handle(self, event: pygame.event.Event) -> bool:
        if shortcut(event, "s"):
            self.skip()
            return True
        return super().handle(event)

    def bottom_row(self, painter: Painter, area: pygame.Rect) -> tuple[pygame.Rect, pygame.Rect]:
        """Skip and Board, bottom left, as wide as their labels; returns the area above them and the rest of their
        row (right of them)."""
        m = painter.metrics
        h = m.line(m.small) + m.px(20)
        self.skip_button.label = self._("Skip the card")
        self.board_button.label = self._("Board")
        font = painter.fitter.fonts.get(m.small, True)
        x = area.x
        for button in (self.skip_button, self.board_button):
            width = font.size(button.label)[0] + 2 * m.px(16) + m.px(8)
            button.rect = pygame.Rect(x, area.bottom - h, width, h)
            x = button.rect.right + m.px(16)
        rest = pygame.Rect(x + m.px(16), area.bottom - h, area.right - x - m.px(16), h)
        return pygame.Rect(area.x, area.y, area.width, area.height - h - m.px(16)), rest
