"""The team-talk countdown: adjustable and pausable, driven by tick(dt) so tests step time exactly."""

from __future__ import annotations

import math

DEFAULT_SECONDS = 60
MIN_SECONDS, MAX_SECONDS = 15, 600
_EPSILON = 1e-6


class TeamTimer:
    """Counts a team's thinking time down to zero and says so exactly once."""

    def __init__(self, seconds: int = DEFAULT_SECONDS) -> None:
        self.duration = _clamp(seconds)
        self.remaining: float = float(self.duration)
        self.running = False
        self.finished = False

    def start(self) -> None:
        """Run from where it stands; a timer that has run out starts again from the full duration."""
        if self.finished:
            self.reset()
        self.running = True

    def pause(self) -> None:
        """Hold the time left."""
        self.running = False

    def toggle(self) -> None:
        """Pause a running timer, start a stopped one (one key or button for both)."""
        if self.running:
            self.pause()
        else:
            self.start()

    def reset(self) -> None:
        """Back to the full duration, stopped."""
        self.remaining = float(self.duration)
        self.running = False
        self.finished = False

    def adjust(self, delta: int) -> None:
        """Lengthen or shorten the duration (kept within 15..600 s); a stopped timer's time left moves with it."""
        old = self.duration
        self.duration = _clamp(old + delta)
        if self.running:
            return
        if self.finished:
            self.reset()
        else:
            self.remaining = min(max(0.0, self.remaining + self.duration - old), float(self.duration))

    def tick(self, dt: float) -> bool:
        """Let `dt` seconds pass; True exactly once, on the tick that runs the time out."""
        if not self.running or dt <= 0:
            return False
        self.remaining -= dt
        if self.remaining > _EPSILON:  # many small float steps leave crumbs such as 2e-12
            return False
        self.remaining = 0.0
        self.running = False
        self.finished = True
        return True

    def label(self) -> str:
        """The time left as m:ss, counting whole seconds up (so 0:00 shows only when time is up)."""
        seconds = math.ceil(round(self.remaining, 6))
        return f"{seconds // 60}:{seconds % 60:02d}"


def _clamp(seconds: int) -> int:
    return min(MAX_SECONDS, max(MIN_SECONDS, int(seconds)))
