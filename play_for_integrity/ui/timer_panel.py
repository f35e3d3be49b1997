"""The team-talk timer on a card: big digits, start/pause and -15/+15 s buttons, T and +/- keys.

What it shows changes with every press (the time left moves at once, and "+15 s" shows beside it); 20 seconds before
the end two quiet ticks sound and the digits turn orange; at the end a bell rings and the digits bounce for a few
seconds (twice a second: nothing flashes more than three times a second), so the end never hangs on colour alone.
"""

from __future__ import annotations

import math

import pygame

from play_for_integrity.core.team_timer import TeamTimer
from play_for_integrity.ui.keys import is_minus, is_plus, shortcut
from play_for_integrity.ui.painter import Painter, Snapshot
from play_for_integrity.ui.widgets import Button

STEP_SECONDS = 15
SHOW_CHANGE_S = 1.5  # how long "+15" stays beside the digits
BOUNCE_S, BOUNCE_HZ = 3.0, 2.0  # the end signal's motion


class TimerPanel:
    """Draws and drives a TeamTimer; its buttons join the scene's ButtonGroup."""

    def __init__(self, app, timer: TeamTimer):
        self.app = app
        self.timer = timer
        self.toggle = Button("", self.toggle_timer, icon=self._play_pause)
        self.less = Button(f"-{STEP_SECONDS}", lambda: self.adjust(-STEP_SECONDS))
        self.more = Button(f"+{STEP_SECONDS}", lambda: self.adjust(STEP_SECONDS))
        # switched off in the settings: no digits, no buttons, no keys (a card made while it is off keeps it off)
        self.enabled = bool(getattr(app.session.settings, "team_timer", True))
        self.buttons = [self.toggle, self.less, self.more] if self.enabled else []
        self.rect = pygame.Rect(0, 0, 0, 0)
        self.digits = pygame.Rect(0, 0, 0, 0)
        self.caption = pygame.Rect(0, 0, 0, 0)
        self._shown = ""
        self.change = ""  # "+15" after a press, for SHOW_CHANGE_S
        self._change_left = 0.0
        self._bounce_left = 0.0  # the end signal's motion still to play
        self._drawn_offset = 0
        self._picture = Snapshot()  # the digits as last drawn

    def toggle_timer(self) -> None:
        if self.timer.finished:
            self.timer.reset()
        self.timer.toggle()

    def adjust(self, delta: int) -> None:
        before = self.timer.duration
        self.timer.adjust(delta)
        moved = self.timer.duration - before
        self.change = f"{moved:+d}" if moved else "="  # as on the buttons; "=" at the 15 s or 10 min limit
        self._change_left = SHOW_CHANGE_S
        self.app.invalidate()

    def handle(self, event: pygame.event.Event) -> bool:
        """T starts or pauses, + and - change the time; True when the event was used."""
        if not self.enabled:
            return False
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
        """Advance the timer; True when what the digits show changes, so the loop can stay idle otherwise."""
        if not self.enabled:
            return False
        changed = False
        if self.timer.tick(dt):
            self.app.sounds.play("timer")
            self._bounce_left = BOUNCE_S
            self.app.invalidate()  # the play symbol comes back in place of pause
        if self.timer.take_warning():
            self.app.sounds.play("warning")
            changed = True
        if self._change_left > 0:
            self._change_left = max(0.0, self._change_left - dt)
            changed = changed or self._change_left == 0
        if self._bounce_left > 0:
            self._bounce_left = max(0.0, self._bounce_left - dt)
            changed = changed or self.bounce_offset(1) != self._drawn_offset or self._bounce_left == 0
        return changed or self.timer.label() != self._shown

    @property
    def running(self) -> bool:
        """Whether the loop must keep ticking: the countdown runs, or a change or the end signal is on show."""
        return self.timer.running or self._change_left > 0 or self._bounce_left > 0

    @property
    def ending(self) -> bool:
        """The end signal is playing."""
        return self._bounce_left > 0

    def bounce_offset(self, height: int) -> int:
        """How far up the digits are drawn now: a bounce at BOUNCE_HZ while the end signal plays, else 0."""
        if self._bounce_left <= 0:
            return 0
        phase = (BOUNCE_S - self._bounce_left) * BOUNCE_HZ
        return round(abs(math.sin(math.pi * phase)) * height * 0.14)

    def _block_width(self, painter: Painter, label: str) -> tuple[int, int]:
        """The width of the buttons' block (three buttons, or the caption if wider) and of one button."""
        m = painter.metrics
        gap = m.px(8)
        plus = painter.fitter.fonts.get(m.small, True).size(f"+{STEP_SECONDS}")[0]
        button_w = max(m.px(86), plus + 2 * m.px(16) + m.px(8))
        caption = painter.fitter.fonts.get(m.small).size(label)[0] + m.px(4) if label else 0
        return max(3 * button_w + 2 * gap, caption), button_w

    def _longest(self) -> str:
        """The widest the digits get at this duration ("0:00", or "00:00" from ten minutes)."""
        return "00:00" if self.timer.duration >= 600 else "0:00"

    def wanted_width(self, painter: Painter, height: int, label: str = "") -> int:
        """How wide the panel must be at `height` for its digits (2/3 of it, with "+15" beside) and its buttons."""
        m = painter.metrics
        size = max(m.heading, height * 2 // 3)
        digits = painter.fitter.fonts.get(size, True).size(self._longest())[0]
        change = painter.fitter.fonts.get(m.small, True).size(f"+{STEP_SECONDS}")[0] + m.px(12)
        return digits + change + m.px(16) + self._block_width(painter, label)[0]

    def layout(self, rect: pygame.Rect, painter: Painter, label: str = "") -> None:
        """The digits as tall as the panel on the left; on the right the caption above the three buttons (or, when
        the panel is too low for that, the caption across the top and the buttons beside the digits)."""
        m = painter.metrics
        self.rect = rect
        gap = m.px(8)
        caption_h = m.line(m.small)
        button_h = max(m.px(52), m.line(m.small) + m.px(16))
        block_w, button_w = self._block_width(painter, label)
        block_w = min(block_w, rect.width * 3 // 5)
        button_w = min(button_w, (block_w - 2 * gap) // 3)
        if rect.height >= caption_h + button_h + gap:
            block = pygame.Rect(rect.right - block_w, rect.y, block_w, rect.height)
            self.caption = pygame.Rect(block.x, block.y, block.width, block.height - button_h - gap)
            y = block.bottom - button_h
            self.digits = pygame.Rect(rect.x, rect.y, block.x - rect.x - m.px(16), rect.height)
        else:
            self.caption = pygame.Rect(rect.x, rect.y, rect.width, rect.height // 3)
            low = pygame.Rect(rect.x, self.caption.bottom, rect.width, rect.bottom - self.caption.bottom)
            button_h = min(button_h, low.height)
            y = low.centery - button_h // 2
            self.digits = pygame.Rect(low.x, low.y, rect.right - block_w - gap - low.x, low.height)
        x = rect.right - 3 * button_w - 2 * gap
        for button in self.buttons:
            button.rect = pygame.Rect(x, y, button_w, button_h)
            x += button_w + gap

    def place_right(self, painter: Painter, bar: pygame.Rect, caption: str) -> int:
        """Lay the panel out at the right end of a top `bar`, with `caption` above the digits if there is room
        (no more than half the bar); draws the caption; returns the width it takes (none when switched off)."""
        if not self.enabled:
            self.digits = pygame.Rect(bar.right, bar.y, 0, 0)
            return 0
        width = self.wanted_width(painter, bar.height, caption)
        if width > bar.width // 2:
            caption, width = "", self.wanted_width(painter, bar.height)
        self.layout(pygame.Rect(bar.right - width, bar.y, width, bar.height), painter, caption)
        if caption:
            self.draw_static(painter, caption)
        return width

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
        """The remaining time (as large as its box allows), and "+15" after a press, on the dynamic layer: drawn when
        what it shows changes, else its last picture blitted (it paints its whole box, so nothing under it shows)."""
        if not self.enabled:
            return
        self._shown = self.timer.label()
        timer = self.timer
        colors = painter.colors
        ink = colors.poor if timer.finished or timer.warning else colors.accent if timer.running else colors.ink
        change = self.change if self._change_left > 0 else ""
        self._drawn_offset = self.bounce_offset(self.digits.height)
        self._picture.draw(painter, self.digits, (self._shown, ink, change, self._drawn_offset),
                           lambda: self._draw_digits(painter, ink, change))

    def _draw_digits(self, painter: Painter, ink, change: str) -> None:
        m, colors = painter.metrics, painter.colors
        box = self.digits
        pygame.draw.rect(painter.surface, colors.background, box)
        change_w = 0
        if change:
            change_w = painter.fitter.fit(change, box.width // 3, box.height, m.small, m.min_text, True, 1).width
            change_w = min(box.width // 3, change_w + m.px(6))
            painter.text(change, pygame.Rect(box.right - change_w, box.y, change_w, box.height), m.small,
                         colors.accent, bold=True, align="right", valign="middle", max_lines=1)
        size = max(m.heading, box.height * 2 // 3)  # the bounce stays inside the box it clears
        digits = pygame.Rect(box.x, box.y - self._drawn_offset, box.width - change_w, box.height)
        painter.text(self._shown, digits, size, ink, bold=True, align="center", valign="middle", max_lines=1)


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
