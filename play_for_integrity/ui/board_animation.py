"""How a move is shown: the dice spinning, the token walking square by square, then up a ladder or down a snake."""

from __future__ import annotations

import random
from dataclasses import dataclass

from play_for_integrity.core.board_game import Move
from play_for_integrity.ui.board_view import BoardView

DICE_SECONDS = 0.6
STEP_SECONDS = 0.16
SLIDE_SECONDS = 0.7
FACE_SECONDS = 0.08


@dataclass
class MoveAnimation:
    """Time-driven playback of one Move; `where()` gives the moving token's point, `face()` the die shown."""

    move: Move
    with_dice: bool
    time: float = 0.0

    @property
    def dice_time(self) -> float:
        return DICE_SECONDS if self.with_dice and self.move.dice is not None else 0.0

    @property
    def walk_time(self) -> float:
        return STEP_SECONDS * len(self.move.path)

    @property
    def slide_time(self) -> float:
        return SLIDE_SECONDS if self.move.slide else 0.0

    @property
    def total(self) -> float:
        return self.dice_time + self.walk_time + self.slide_time

    @property
    def done(self) -> bool:
        return self.time >= self.total

    def advance(self, dt: float) -> str | None:
        """Move time on; returns the event just reached ("landed", "slide", "done") for sounds, else None."""
        before = self.time
        self.time = min(self.total, self.time + dt)
        walked = self.dice_time + self.walk_time
        if before < self.total <= self.time:
            return "done"
        if self.move.slide and before < walked <= self.time:
            return "slide"
        return None

    def face(self) -> int | None:
        """The die face to show: spinning faces first, then the roll (None when this move had no roll)."""
        if self.move.dice is None:
            return None
        if self.time < self.dice_time:
            spin = int(self.time / FACE_SECONDS)
            return random.Random(f"{self.move.start}:{spin}").randint(1, 6)
        return self.move.dice

    def where(self, view: BoardView) -> tuple[float, float] | int:
        """The moving token's place: a square when standing, a point while walking or sliding."""
        move = self.move
        t = self.time - self.dice_time
        if t <= 0:
            return move.start
        if t < self.walk_time:
            step, part = divmod(t / STEP_SECONDS, 1.0)
            squares = (move.start, *move.path)
            a, b = view.center(squares[int(step)]), view.center(squares[int(step) + 1])
            hop = 4 * part * (1 - part) * view.cell * 0.18  # a small hop on each step
            return a[0] + (b[0] - a[0]) * part, a[1] + (b[1] - a[1]) * part - hop
        t -= self.walk_time
        if move.slide and t < self.slide_time:
            begin = move.path[-1] if move.path else move.start
            share = t / self.slide_time
            a, b = view.center(begin), view.center(move.end)
            if move.slide == "snake":
                return view.snake_point(a, b, share)
            return a[0] + (b[0] - a[0]) * share, a[1] + (b[1] - a[1]) * share
        return move.end
