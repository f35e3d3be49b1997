"""The team-talk countdown: adjustable and pausable, driven by tick(dt) so tests step time exactly."""

from __future__ import annotations

import math

DEFAULT_SECONDS = 60
MIN_SECONDS, MAX_SECONDS = 15, 10 * DEFAULT_SECONDS  # extendable to ten times the default (WCAG 2.2.1)
WARN_SECONDS = 20  # a warning this long before the end, for a timer longer than that
_EPSILON = 1e-6


class TeamTimer:
    """Counts a team's thinking time down to zero and says so exactly once."""

    def __init__(self, seconds: int = DEFAULT_SECONDS) -> None:
        self.duration = _clamp(seconds)
        self.remaining: float = float(self.duration)
        self.running = False
        self.finished = False
        self.warned = False  # the warning has been given in this countdown
        self._warning_due = False

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
        self.warned = self._warning_due = False

    def adjust(self, delta: int) -> None:
        """Lengthen or shorten the duration (kept within 15..600 s), and the time left with it: visibly at once on
        a running countdown (which keeps at least a second), for a stopped one when it starts."""
        old = self.duration
        self.duration = _clamp(old + delta)
        if self.finished and not self.running:
            self.reset()
            return
        floor = 1.0 if self.running else 0.0
        self.remaining = min(max(floor, self.remaining + self.duration - old), float(self.duration))
        if self.remaining > WARN_SECONDS:
            self.warned = self._warning_due = False  # lengthened past the warning: warn again when it comes

    def tick(self, dt: float) -> bool:
        """Let `dt` seconds pass; True exactly once, on the tick that runs the time out."""
        if not self.running or dt <= 0:
            return False
        self.remaining -= dt
        if self.remaining > _EPSILON:  # many small float steps leave crumbs such as 2e-12
            if not self.warned and self.remaining <= WARN_SECONDS < self.duration:
                self.warned = self._warning_due = True
            return False
        self.remaining = 0.0
        self.running = False
        self.finished = True
        return True

    def take_warning(self) -> bool:
        """True once when the countdown has passed WARN_SECONDS before its end (the panel then warns)."""
        due, self._warning_due = self._warning_due, False
        return due

    @property
    def warning(self) -> bool:
        """In the last WARN_SECONDS of a running countdown."""
        return self.running and self.warned and self.remaining <= WARN_SECONDS

    def label(self) -> str:
        """The time left as m:ss, counting whole seconds up (so 0:00 shows only when time is up)."""
        seconds = math.ceil(round(self.remaining, 6))
        return f"{seconds // 60}:{seconds % 60:02d}"


def _clamp(seconds: int) -> int:
    return min(MAX_SECONDS, max(MIN_SECONDS, int(seconds)))
