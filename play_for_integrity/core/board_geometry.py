"""Where everything on the snakes-and-ladders board goes, in any units: shared by the screen and the printed board.

Coordinates grow right and down from the target rectangle's top-left corner. Each square keeps its top band for
its number (top-left) and its card mark (top-right); ladders, snakes and tokens stay in the part below, so a number
is never under a token, and the numbers are drawn last so that a ladder or snake crossing a square never hides one.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

from play_for_integrity.core.board import Board

Point = tuple[float, float]
Segment = tuple[Point, Point]

MAX_CELL_ASPECT = 1.35
"""A square may be this much taller than wide (or wider than tall) to fill the area it is given."""
NUMBER_BAND = 0.3
"""The top share of a square's height that holds its number and card mark."""
ANCHOR_DOWN = 0.64
"""Where, down a square, ladders and snakes end and a lone token stands (below the number band)."""


@dataclass(frozen=True)
class Box:
    """An axis-aligned rectangle: x and y are its top-left corner."""

    x: float
    y: float
    width: float
    height: float

    @property
    def right(self) -> float:
        return self.x + self.width

    @property
    def bottom(self) -> float:
        return self.y + self.height

    @property
    def center(self) -> Point:
        return self.x + self.width / 2, self.y + self.height / 2

    def inset(self, by: float) -> Box:
        return Box(self.x + by, self.y + by, self.width - 2 * by, self.height - 2 * by)

    def overlaps(self, other: Box) -> bool:
        return self.x < other.right and other.x < self.right and self.y < other.bottom and other.y < self.bottom


@dataclass(frozen=True)
class Ladder:
    """A ladder as lines: its two rails and the rungs between them, and the stroke width of a rail."""

    rails: tuple[Segment, Segment]
    rungs: tuple[Segment, ...]
    width: float


@dataclass(frozen=True)
class SnakeBody:
    """A snake as a chain of discs from head to tail (each a centre and radius), and its head disc."""

    discs: tuple[tuple[Point, float], ...]
    head: Point
    head_radius: float


class BoardGeometry:
    """The board laid out in `area`: as large as fits, centred across and at the top (cells whole when `whole`)."""

    def __init__(self, board: Board, area: Box, whole: bool = False, min_cell: float = 0.0):
        self.board = board
        self.columns, self.rows = board.columns, board.rows
        width, height = area.width / self.columns, area.height / self.rows
        width = min(width, height * MAX_CELL_ASPECT)
        height = min(height, width * MAX_CELL_ASPECT)
        if whole:
            width, height = float(int(width)), float(int(height))
        self.cell_width, self.cell_height = max(min_cell, width), max(min_cell, height)
        self.cell = min(self.cell_width, self.cell_height)
        board_width = self.cell_width * self.columns
        left = area.x + (area.width - board_width) / 2
        if whole:
            left = float(int(left))
        self.box = Box(left, area.y, board_width, self.cell_height * self.rows)

    # -- squares ---------------------------------------------------------------------------------------
    def square_box(self, square: int) -> Box:
        row, col = self.board.row_col(square, self.columns)
        return Box(self.box.x + col * self.cell_width, self.box.bottom - (row + 1) * self.cell_height,
                   self.cell_width, self.cell_height)

    def center(self, square: int) -> Point:
        """Where ladders and snakes end and a lone token stands: centred across, below the number band."""
        box = self.square_box(square)
        return box.x + box.width / 2, box.y + box.height * ANCHOR_DOWN

    def number_box(self, square: int) -> Box:
        """The top-left corner that holds the square's number (its height is the number's type size)."""
        box = self.square_box(square)
        pad = self.cell * 0.05
        return Box(box.x + pad, box.y + pad, box.width * 0.5 - pad, box.height * NUMBER_BAND - pad)

    def mark_box(self, square: int) -> Box:
        """The top-right corner that holds a dilemma's card or a task's star."""
        box = self.square_box(square)
        side = min(box.height * NUMBER_BAND, box.width * 0.32)
        pad = self.cell * 0.05
        return Box(box.right - side - pad, box.y + pad, side, side)

    def play_box(self, square: int) -> Box:
        """The part of the square below its number band, where tokens stand."""
        box = self.square_box(square)
        band = box.height * NUMBER_BAND
        return Box(box.x, box.y + band, box.width, box.height - band)

    # -- ladders and snakes ----------------------------------------------------------------------------
    def ladder(self, foot: int, top: int) -> Ladder:
        return self.ladder_between(self.center(foot), self.center(top))

    def ladder_between(self, foot: Point, top: Point) -> Ladder:
        dx, dy = top[0] - foot[0], top[1] - foot[1]
        length = math.hypot(dx, dy) or 1.0
        ux, uy = dx / length, dy / length
        px, py = -uy, ux
        half = self.cell * 0.16
        rails = tuple(((foot[0] + px * s * half, foot[1] + py * s * half), (top[0] + px * s * half, top[1] + py * s * half))
                      for s in (-1, 1))
        step = self.cell * 0.28
        rungs = []
        for i in range(1, int(length // step) + 1):
            t = i * step
            rungs.append(((rails[0][0][0] + ux * t, rails[0][0][1] + uy * t),
                          (rails[1][0][0] + ux * t, rails[1][0][1] + uy * t)))
        return Ladder(rails, tuple(rungs), max(1.0, self.cell / 14))  # type: ignore[arg-type]

    def snake_point(self, head: Point, tail: Point, t: float) -> Point:
        """A point on the snake's wavy body, t=0 at the head and 1 at the tail (tokens slide along it)."""
        dx, dy = tail[0] - head[0], tail[1] - head[1]
        length = math.hypot(dx, dy) or 1.0
        px, py = -dy / length, dx / length
        wave = math.sin(t * math.pi * 3) * self.cell * 0.2 * math.sin(t * math.pi)
        return head[0] + dx * t + px * wave, head[1] + dy * t + py * wave

    def snake(self, head: int, tail: int, min_radius: float = 0.0) -> SnakeBody:
        return self.snake_between(self.center(head), self.center(tail), min_radius)

    def snake_between(self, head: Point, tail: Point, min_radius: float = 0.0) -> SnakeBody:
        """The body as discs close enough to read as one, thinning towards the tail."""
        thick = self.cell * 0.1
        length = math.hypot(tail[0] - head[0], tail[1] - head[1])
        steps = max(40, int(length * 1.6 / max(1e-6, thick * 0.4)))
        discs = tuple((self.snake_point(head, tail, i / steps), max(min_radius, thick * (1 - 0.5 * i / steps)))
                      for i in range(steps + 1))
        return SnakeBody(discs, head, max(min_radius, self.cell * 0.13))

    # -- tokens ----------------------------------------------------------------------------------------
    def token_radius(self, sharing: int) -> float:
        return self.cell * (0.25 if sharing <= 1 else 0.19 if sharing <= 2 else 0.14 if sharing <= 3 else 0.13)

    def token_spots(self, positions: Sequence[int | Point]) -> list[tuple[Point, float]]:
        """Centre and radius of each team's token: alone in the middle, or teams sharing a square in one or two
        rows, always below the number band. A point (a token on its way) stays where it is."""
        by_square: dict[int, list[int]] = {}
        for team, where in enumerate(positions):
            if isinstance(where, int):
                by_square.setdefault(where, []).append(team)
        spots: list[tuple[Point, float]] = []
        for team, where in enumerate(positions):
            if not isinstance(where, int):
                spots.append((where, self.token_radius(1)))
                continue
            sharing = by_square[where]
            radius = self.token_radius(len(sharing))
            if len(sharing) == 1:
                spots.append((self.center(where), radius))
                continue
            play = self.play_box(where)
            per_row = len(sharing) if len(sharing) <= 3 else math.ceil(len(sharing) / 2)
            rows = math.ceil(len(sharing) / per_row)
            index = sharing.index(team)
            row, col = divmod(index, per_row)
            in_row = min(per_row, len(sharing) - row * per_row)
            x = play.x + play.width * (col + 0.5 + (per_row - in_row) / 2) / per_row
            y = play.y + play.height * (row + 0.5) / rows
            slot = min(play.width / per_row, play.height / rows)
            spots.append(((x, y), min(radius, slot / 2.5)))  # the star reaches 1.18 radii: it stays in its slot
        return spots


def token_outline(shape: str, center: Point, radius: float) -> list[Point] | None:
    """The outline of a team's polygon token (None for the circle), the same six shapes the game draws."""
    cx, cy = center

    def ring(count: int, r: float, turn: float) -> list[Point]:
        return [(cx + r * math.cos(turn + i * 2 * math.pi / count), cy + r * math.sin(turn + i * 2 * math.pi / count))
                for i in range(count)]

    if shape == "circle":
        return None
    if shape == "square":
        r = radius * 0.86
        return [(cx - r, cy - r), (cx + r, cy - r), (cx + r, cy + r), (cx - r, cy + r)]
    if shape == "triangle":
        return ring(3, radius * 1.15, -math.pi / 2)
    if shape == "diamond":
        return ring(4, radius * 1.12, -math.pi / 2)
    if shape == "star":
        outer = ring(5, radius * 1.18, -math.pi / 2)
        inner = ring(5, radius * 0.55, -math.pi / 2 + math.pi / 5)
        return [p for pair in zip(outer, inner) for p in pair]
    if shape == "hexagon":
        return ring(6, radius * 1.02, 0)
    raise ValueError(f"unknown token shape {shape!r}")


def star_points(center: Point, size: float) -> list[Point]:
    """A five-pointed star `size` across: the task squares' mark."""
    points = []
    for i in range(10):
        r = size / 2 if i % 2 == 0 else size / 4.4
        angle = -math.pi / 2 + i * math.pi / 5
        points.append((center[0] + r * math.cos(angle), center[1] + r * math.sin(angle)))
    return points
