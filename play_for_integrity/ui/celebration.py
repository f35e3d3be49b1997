"""A short, skippable celebration over an end screen: confetti that falls and turns for a few seconds.

The end screen's picture (the profile garden) grows in during its first GROW_S seconds, smoothly and once; skipping
the confetti shows it fully grown at once.

Nothing flashes: every piece keeps its colour and moves smoothly (its turn, a slow swing, changes its width at most
0.8 times a second, far below three flashes a second). Any key or click ends it at once; Enter, Space and Esc do
nothing else, so a teacher's Enter during the confetti never leaves the screen. It is drawn on the dynamic layer
over the cached screen, which is never redrawn for it.
"""

from __future__ import annotations

import math
import random
from dataclasses import dataclass

import pygame

from play_for_integrity.ui.painter import Painter

DURATION_S = 3.0
GROW_S = 1.2
"""How long the end screen's picture takes to grow in, from the start of the celebration."""
PIECES = 90
TURNS_HZ = 0.8  # how often a piece's width swings: a smooth turn, well under three flashes a second
SKIPPING = frozenset((pygame.KEYDOWN, pygame.MOUSEBUTTONUP, pygame.FINGERUP))
SKIP_ONLY = frozenset((pygame.K_RETURN, pygame.K_KP_ENTER, pygame.K_SPACE, pygame.K_ESCAPE))


@dataclass(frozen=True)
class Piece:
    """One scrap of confetti, in shares of the window: where it starts, how fast it falls and swings, its colour."""

    x: float
    delay: float
    speed: float
    drift: float
    phase: float
    size: float
    color: int


class Celebration:
    """Confetti for DURATION_S seconds after `start()`; `running` while it plays, `skip()` ends it."""

    def __init__(self, seed: int = 7) -> None:
        rng = random.Random(seed)
        self.pieces = [Piece(rng.random(), rng.random() * 0.9, 0.35 + rng.random() * 0.3, rng.uniform(-0.04, 0.04),
                             rng.random() * math.tau, 0.6 + rng.random() * 0.8, rng.randrange(6)) for _ in range(PIECES)]
        self.left = 0.0

    @property
    def running(self) -> bool:
        return self.left > 0

    @property
    def grown(self) -> float:
        """How far the end screen's picture has grown in: 0 at the start, eased to 1 after GROW_S seconds, and 1
        whenever no celebration plays (skipped, over, or never started)."""
        if not self.running:
            return 1.0
        t = min(1.0, (DURATION_S - self.left) / GROW_S)
        return 1.0 - (1.0 - t) ** 3

    def start(self) -> None:
        self.left = DURATION_S

    def skip(self) -> None:
        self.left = 0.0

    def update(self, dt: float) -> bool:
        """Advance; True while there is something to draw again (and once more when it ends, to clear it)."""
        if self.left <= 0:
            return False
        self.left = max(0.0, self.left - dt)
        return True

    def handle(self, event: pygame.event.Event) -> bool:
        """A key or a click while it plays ends it. Enter, Space and Esc do only that (True: used up), so a teacher's
        key meant for the confetti does not leave the screen; a click, an arrow or Tab then does what it does."""
        if not self.running or event.type not in SKIPPING:
            return False
        self.skip()
        return event.type == pygame.KEYDOWN and event.key in SKIP_ONLY

    def draw(self, painter: Painter) -> None:
        if not self.running:
            return
        surface = painter.surface
        width, height = surface.get_size()
        series = painter.colors.series
        time = DURATION_S - self.left
        side = max(8, height // 42)
        fade = min(1.0, self.left / 0.5)  # the last half second the pieces shrink away, nothing blinks off
        for piece in self.pieces:
            t = time - piece.delay
            if t < 0:
                continue
            y = -side + t * piece.speed * height
            if y > height + side:
                continue
            x = (piece.x + piece.drift * t + 0.015 * math.sin(piece.phase + t * 2.0)) * width
            turn = abs(math.cos(piece.phase + t * math.pi * TURNS_HZ))
            w = max(1, round(side * piece.size * (0.25 + 0.75 * turn) * fade))
            h = max(1, round(side * piece.size * 0.6 * fade))
            pygame.draw.rect(surface, series[piece.color % len(series)], (round(x) - w // 2, round(y), w, h))


class Celebrating:
    """Mixed into an end screen: confetti when it opens, drawn on the dynamic layer; a key or click skips it."""

    dynamic_animation = True
    celebration: Celebration

    def start_celebration(self) -> None:
        self.celebration = Celebration()
        self.celebration.start()

    @property
    def animating(self) -> bool:
        return self.celebration.running

    def settle(self) -> None:
        """Show the screen as it stands once the celebration is over (a screenshot, a layout test)."""
        self.celebration.skip()

    def update(self, dt: float) -> bool:
        return self.celebration.update(dt)

    def handle(self, event: pygame.event.Event) -> bool:
        return self.celebration.handle(event) or super().handle(event)  # type: ignore[misc]

    def draw_dynamic(self, painter: Painter, static_pass: int) -> None:
        super().draw_dynamic(painter, static_pass)  # type: ignore[misc]
        self.celebration.draw(painter)
