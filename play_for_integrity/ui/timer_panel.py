"""The team-talk timer on a card: big digits, start/pause and -15/+15 s buttons, T and +/- keys, a chime at the end."""

from __future__ import annotations

import pygame

from play_for_integrity.core.team_timer import TeamTimer
from play_for_integrity.ui.keys import is_minus, is_plus, shortcut
from play_for_integrity.ui.painter import Painter
from play_for_integrity.ui.widgets import Button

STEP_SECONDS = 15


class TimerPanel:
    """Draws and drives a TeamTimer; its buttons join the scene's ButtonGroup."""

    def __init__(self, app, timer: TeamTimer):
        self.app = app
        self.timer = timer
        self.toggle = Button("", self.toggle_timer, icon=self._play_pause)
        self.less = Button(f"-{STEP_SECONDS}", lambda: self.adjust(-STEP_SECONDS))
        self.more = Button(f"+{STEP_SECONDS}", lambda: self.adjust(STEP_SECONDS))
        self.buttons = [self.toggle, self.less, self.more]
        self.rect = pygame.Rect(0, 0, 0, 0)
        self.digits = pygame.Rect(0, 0, 0, 0)
        self.caption = pygame.Rect(0, 0, 0, 0)
        self._shown = ""

    def toggle_timer(self) -> None:
        if self.timer.finished:
            self.timer.reset()
        self.timer.toggle()

    def adjust(self, delta: int) -> None:
        self.timer.adjust(delta)

    def handle(self, event: pygame.event.Event) -> bool:
        """T starts or pauses, + and - change the time; True when the event was used."""
        if shortcut(event, "t"):
            self.toggle_timer()
            return True
        if is_plus(event):
            self.adjust(STEP_SECONDS)
            return True
        if is_minus(event):
            self.adjust(-STEP_SECONDS)
            return True
        return False

    def update(self, dt: float) -> bool:
        """Advance the timer; True when the digits shown change (once a second), so the loop can stay idle."""
        if self.timer.tick(dt):
            self.app.sounds.play("timer")
            self.app.invalidate()  # the play symbol comes back in place of pause
        return self.timer.label() != self._shown

    @property
    def running(self) -> bool:
        return self.timer.running

    def layout(self, rect: pygame.Rect, painter: Painter) -> None:
        """The caption across the top; below it the digits on the left and the three buttons on the right."""
        m = painter.metrics
        self.rect = rect
        gap = m.px(8)
        self.caption = pygame.Rect(rect.x, rect.y, rect.width, rect.height // 3)
        low = pygame.Rect(rect.x, self.caption.bottom, rect.width, rect.bottom - self.caption.bottom)
        button_w = min(m.px(86), (rect.width * 3 // 5 - 2 * gap) // 3)
        button_h = min(m.px(52), low.height)
        x = rect.right - 3 * button_w - 2 * gap
        for button in self.buttons:
            button.rect = pygame.Rect(x, low.centery - button_h // 2, button_w, button_h)
            x += button_w + gap
        self.digits = pygame.Rect(low.x, low.y, self.toggle.rect.x - low.x - gap, low.height)

    def _play_pause(self, painter: Painter, box: pygame.Rect, ink) -> None:
        """Two bars while running (press to pause), a triangle while stopped (press to start)."""
        side = min(box.width, box.height) * 3 // 5
        icon = pygame.Rect(0, 0, side, side)
        icon.center = box.center
        if self.timer.running:
            bar = max(3, side // 3)
            pygame.draw.rect(painter.surface, ink, (icon.x, icon.y, bar, side))
            pygame.draw.rect(painter.surface, ink, (icon.right - bar, icon.y, bar, side))
        else:
            pygame.draw.polygon(painter.surface, ink, [icon.topleft, (icon.right, icon.centery), icon.bottomleft])

    def draw_static(self, painter: Painter, label: str) -> None:
        """The caption above the digits: what changes only on a press."""
        painter.text(label, self.caption, painter.metrics.small, painter.colors.muted_ink, max_lines=1, align="right",
                     valign="bottom")

    def draw_digits(self, painter: Painter) -> None:
        """The remaining time, drawn on the dynamic layer every second."""
        m, colors = painter.metrics, painter.colors
        box = self.digits
        pygame.draw.rect(painter.surface, colors.background, box)
        self._shown = self.timer.label()
        ink = colors.poor if self.timer.finished else colors.accent if self.timer.running else colors.ink
        painter.text(self._shown, box, m.heading, ink, bold=True, align="center", valign="middle", max_lines=1)


class TimedScene:
    """Mixed into a scene whose `timer` is a TimerPanel: the loop stays awake while it runs, and the digits are
    redrawn on the dynamic layer, so a running timer never redraws the whole card."""

    dynamic_animation = True
    timer: TimerPanel

    @property
    def animating(self) -> bool:
        return self.timer.running

    def update(self, dt: float) -> bool:
        return self.timer.update(dt)

    def handle(self, event: pygame.event.Event) -> bool:
        return self.timer.handle(event) or super().handle(event)  # type: ignore[misc]

    def draw_dynamic(self, painter: Painter, static_pass: int) -> None:
        super().draw_dynamic(painter, static_pass)  # type: ignore[misc]
        self.timer.draw_digits(painter)
