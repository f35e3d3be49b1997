"""The snakes-and-ladders board drawn with code: squares in a zigzag, ladders, snakes, card marks and tokens.

Where things go comes from core.board_geometry, which the printed board uses too; this module only paints.
"""

from __future__ import annotations

from collections.abc import Sequence

import pygame

from play_for_integrity.core.board import Board
from play_for_integrity.core.board_geometry import BoardGeometry, Box, Point, star_points
from play_for_integrity.core.board_game import Team
from play_for_integrity.ui.painter import Painter
from play_for_integrity.ui.theme import Color, Palette
from play_for_integrity.ui.tokens import draw_token


def mix(a: Color, b: Color, share_of_b: float) -> Color:
    return tuple(round(x + (y - x) * share_of_b) for x, y in zip(a, b))  # type: ignore[return-value]


def team_color(colors: Palette, team: Team) -> Color:
    return colors.series[team.color % len(colors.series)]


class BoardView:
    """Where each square is inside `rect` (the board fills as much of it as fits), and how it is all drawn."""

    def __init__(self, board: Board, rect: pygame.Rect):
        self.board = board
        self.columns = board.columns
        self.rows = board.rows
        self.geometry = BoardGeometry(board, Box(rect.x, rect.y, rect.width, rect.height), whole=True, min_cell=8)
        self.cell = int(self.geometry.cell)
        self.rect = _rect(self.geometry.box)
        self._spots: tuple[tuple, list[tuple[Point, float]]] = ((), [])  # the last positions and their spots

    def square_rect(self, square: int) -> pygame.Rect:
        return _rect(self.geometry.square_box(square))

    def center(self, square: int) -> Point:
        """Where ladders and snakes end and a lone token stands (below the square's number)."""
        return self.geometry.center(square)

    # -- the static board ------------------------------------------------------------------------
    def draw(self, painter: Painter) -> None:
        colors, m = painter.colors, painter.metrics
        pygame.draw.rect(painter.surface, colors.panel_edge, self.rect.inflate(m.px(8), m.px(8)), border_radius=m.px(10))
        for square in range(self.board.size):
            self._draw_square(painter, square)
        for foot, top in self.board.ladders.items():
            self._draw_ladder(painter, foot, top)
        for head, tail in self.board.snakes.items():
            self._draw_snake(painter, head, tail)
        for square in range(self.board.size):  # last, so that no ladder or snake hides a number or a mark
            kind = self.board.kind(square)
            if kind in ("dilemma", "task"):
                self._draw_mark(painter, square, kind)
            if kind not in ("start", "finish"):
                self._draw_number(painter, square)

    def _fill(self, colors: Palette, square: int) -> Color:
        kind = self.board.kind(square)
        row, col = self.board.row_col(square, self.columns)
        base = colors.panel if (row + col) % 2 == 0 else mix(colors.panel, colors.panel_edge, 0.35)
        if kind == "dilemma":
            return mix(base, colors.good if square in self.board.ladders else colors.poor, 0.22)
        if kind == "task":
            return mix(base, colors.focus, 0.22)
        if kind in ("start", "finish"):
            return mix(base, colors.accent, 0.25)
        return base

    def _draw_square(self, painter: Painter, square: int) -> None:
        colors, m = painter.colors, painter.metrics
        rect = self.square_rect(square)
        pygame.draw.rect(painter.surface, self._fill(colors, square), rect)
        pygame.draw.rect(painter.surface, colors.panel_edge, rect, max(1, m.px(1)))
        kind = self.board.kind(square)
        if kind in ("start", "finish"):
            icon = _rect(self.geometry.play_box(square)).inflate(-rect.width // 3, -rect.height // 6)
            side = min(icon.width, icon.height)
            icon = pygame.Rect(0, 0, side, side)
            icon.center = rect.center
            (self._arrow if kind == "start" else self._flag)(painter, icon)

    def _draw_number(self, painter: Painter, square: int) -> None:
        """The square's number on a plate of the square's colour, in the corner no token or link end uses."""
        colors = painter.colors
        box = _rect(self.geometry.number_box(square))
        image = painter.fitter.image(str(square), max(10, box.height), False, colors.ink)
        plate = image.get_rect(topleft=box.topleft).inflate(max(2, box.height // 6), 0)
        plate.topleft = box.topleft
        pygame.draw.rect(painter.surface, self._fill(colors, square), plate, border_radius=max(2, box.height // 5))
        painter.surface.blit(image, image.get_rect(center=plate.center))

    def _arrow(self, painter: Painter, box: pygame.Rect) -> None:
        c = painter.colors.accent
        mid = box.centery
        shaft = pygame.Rect(box.x, mid - box.height // 8, box.width * 3 // 5, box.height // 4)
        pygame.draw.rect(painter.surface, c, shaft)
        pygame.draw.polygon(painter.surface, c, [(shaft.right, box.y + box.height // 6), (box.right, mid),
                                                 (shaft.right, box.bottom - box.height // 6)])

    def _flag(self, painter: Painter, box: pygame.Rect) -> None:
        c = painter.colors.accent
        pole = max(2, box.width // 10)
        pygame.draw.rect(painter.surface, painter.colors.ink, (box.x, box.y, pole, box.height))
        cloth = pygame.Rect(box.x + pole, box.y, box.width - pole, box.height * 3 // 5)
        pygame.draw.rect(painter.surface, c, cloth)
        half = max(2, cloth.width // 3)
        for i in range(3):  # a chequered finish flag
            for j in range(2):
                if (i + j) % 2 == 0:
                    pygame.draw.rect(painter.surface, painter.colors.panel,
                                     (cloth.x + i * half, cloth.y + j * cloth.height // 2, half, cloth.height // 2))

    def _draw_mark(self, painter: Painter, square: int, kind: str) -> None:
        """A small card (dilemma) or star (task) in the square's top-right corner, above any ladder or snake."""
        colors = painter.colors
        box = _rect(self.geometry.mark_box(square))
        size = max(8, min(box.width, box.height))
        if kind == "task":
            points = star_points(box.center, size)
            pygame.draw.polygon(painter.surface, colors.focus, points)
            pygame.draw.polygon(painter.surface, colors.ink, points, 1)
            return
        card = pygame.Rect(0, 0, size * 3 // 4, size)
        card.center = box.center
        pygame.draw.rect(painter.surface, colors.panel, card, border_radius=max(2, size // 6))
        pygame.draw.rect(painter.surface, colors.ink, card, max(1, size // 12), border_radius=max(2, size // 6))
        mark = painter.fitter.image("?", max(8, size * 3 // 4), True, colors.accent)
        painter.surface.blit(mark, mark.get_rect(center=card.center))

    def _draw_ladder(self, painter: Painter, foot: int, top: int) -> None:
        color = painter.colors.good
        ladder = self.geometry.ladder(foot, top)
        width = max(3, round(ladder.width))
        for a, b in ladder.rungs:
            pygame.draw.line(painter.surface, color, a, b, max(2, width - 1))
        for a, b in ladder.rails:
            pygame.draw.line(painter.surface, color, a, b, width)

    def snake_point(self, head: Point, tail: Point, t: float) -> Point:
        """A point on the snake's wavy body, t=0 at the head and 1 at the tail (tokens slide along it)."""
        return self.geometry.snake_point(head, tail, t)

    def _draw_snake(self, painter: Painter, head: int, tail: int) -> None:
        colors = painter.colors
        body = self.geometry.snake(head, tail, min_radius=3)
        for (x, y), radius in body.discs:
            pygame.draw.circle(painter.surface, colors.poor, (round(x), round(y)), round(radius))
        radius = round(body.head_radius)
        hx, hy = round(body.head[0]), round(body.head[1])
        pygame.draw.circle(painter.surface, colors.poor, (hx, hy), radius)
        eye = max(1, radius // 3)
        pygame.draw.circle(painter.surface, colors.panel, (hx - eye, hy - eye), eye)
        pygame.draw.circle(painter.surface, colors.panel, (hx + eye + 1, hy - eye), eye)

    # -- tokens (the dynamic layer) ----------------------------------------------------------------
    def token_radius(self, sharing: int) -> float:
        return self.geometry.token_radius(sharing)

    def token_spots(self, positions: Sequence[int | Point]) -> list[tuple[Point, float]]:
        """Centre and radius of each team's token; teams on one square stand side by side, below its number (worked
        out again only when a token has moved: the board draws its tokens every frame)."""
        key = tuple(positions)
        if key != self._spots[0]:
            self._spots = (key, self.geometry.token_spots(positions))
        return self._spots[1]

    def draw_tokens(self, painter: Painter, teams: Sequence[Team], positions: Sequence[int | tuple[float, float]],
                    current: int | None = None) -> None:
        colors = painter.colors
        spots = self.token_spots(positions)
        order = [i for i in range(len(teams)) if i != current] + ([current] if current is not None else [])
        for i in order:
            (x, y), radius = spots[i]
            if i == current:
                pygame.draw.circle(painter.surface, colors.focus, (round(x), round(y)), round(radius * 1.55),
                                   max(2, round(radius * 0.22)))
            draw_token(painter.surface, teams[i].shape, (x, y), radius, team_color(colors, teams[i]), colors.ink,
                       max(2, round(radius * 0.16)))


def _rect(box: Box) -> pygame.Rect:
    return pygame.Rect(round(box.x), round(box.y), round(box.right) - round(box.x), round(box.bottom) - round(box.y))

