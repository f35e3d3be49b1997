"""A game clock that is a plain object advanced by tick(dt), so tests can step time exactly."""

from __future__ import annotations


class SteppedClock:
    """Accumulates real or test time and hands out whole fixed steps for the game rules."""

    def __init__(self, step: float = 1 / 60, max_steps: int = 5):
        self.step = step
        self.max_steps = max_steps
        self.time = 0.0
        self._pending = 0.0

    def tick(self, dt: float) -> int:
        """Add `dt` seconds; return how many fixed steps are due (capped, so a stall never snowballs)."""
        self._pending += max(0.0, dt)
        steps = int(self._pending / self.step)
        self._pending -= steps * self.step
        if steps > self.max_steps:
            steps = self.max_steps
            self._pending = 0.0
        self.time += steps * self.step
        return steps
