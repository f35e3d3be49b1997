"""The snakes-and-ladders board drawn with code: squares in a zigzag, ladders, snakes, card marks and tokens."""

from __future__ import annotations

import math
from collections.abc import Sequence

import pygame

from play_for_integrity.core.board import Board
from play_for_integrity.core.board_game import Team
from play_for_integrity.ui.painter import Painter
from play_for_integrity.ui.theme import Color, Palette
from play_for_integrity.ui.tokens import draw_token


def mix(a: Color, b: Color, share_of_b: float) -> Color:
    return tuple(round(x + (y - x) * share_of_b) for x, y in zip(a, b))  # type: ignore[return-value]


def team_color(colors: Palette, team: Team) -> Color:
    return colors.series[team.color % len(colors.series)]


class BoardView:
    """Where each square is inside `rect`, and how the board, its links and the tokens are drawn."""

    def __init__(self, board: Board, rect: pygame.Rect):
        self.board = board
        self.columns = board.columns
        self.rows = board.rows
        self.cell = max(8, min(rect.width // self.columns, rect.height // self.rows))
        width, height = self.cell * self.columns, self.cell * self.rows
        self.rect = pygame.Rect(rect.x + (rect.width - width) // 2, rect.y + min(rect.height - height, 8) // 2, width,
                                height)  # at the top, level with the team list

    def square_rect(self, square: int) -> pygame.Rect:
        row, col = self.board.row_col(square, self.columns)
        return pygame.Rect(self.rect.x + col * self.cell, self.rect.bottom - (row + 1) * self.cell, self.cell, self.cell)

    def center(self, square: int) -> tuple[float, float]:
        r = self.square_rect(square)
        return r.x + r.width / 2, r.y + r.height / 2

    # -- the static board ------------------------------------------------------------------------
    def draw(self, painter: Painter) -> None:
        colors, m = painter.colors, painter.metrics
        pygame.draw.rect(painter.surface, colors.panel_edge, self.rect.inflate(m.px(8), m.px(8)), border_radius=m.px(10))
        for square in range(self.board.size):
            self._draw_square(painter, square)
        for foot, top in self.board.ladders.items():
            self._draw_ladder(painter, self.center(foot), self.center(top))
        for head, tail in self.board.snakes.items():
            self._draw_snake(painter, self.center(head), self.center(tail))
        for square in range(self.board.size):
            kind = self.board.kind(square)
            if kind in ("dilemma", "task"):
                self._draw_mark(painter, square, kind)

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
        if kind == "start":
            self._arrow(painter, rect.inflate(-rect.width // 3, -rect.height // 3))
        elif kind == "finish":
            self._flag(painter, rect.inflate(-rect.width // 3, -rect.height // 3))
        else:
            size = max(10, min(m.small, self.cell // 4))
            image = painter.fitter.image(str(square), size, False, colors.muted_ink)
            painter.surface.blit(image, (rect.x + m.px(4), rect.y + m.px(2)))

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
        """A small card (dilemma) or star (task) in the square's corner, above any ladder or snake."""
        colors = painter.colors
        rect = self.square_rect(square)
        size = max(8, self.cell * 2 // 7)
        box = pygame.Rect(rect.right - size - self.cell // 14, rect.y + self.cell // 14, size, size)
        if kind == "task":
            points = []
            for i in range(10):
                r = size / 2 if i % 2 == 0 else size / 4.4
                angle = -math.pi / 2 + i * math.pi / 5
                points.append((box.centerx + r * math.cos(angle), box.centery + r * math.sin(angle)))
            pygame.draw.polygon(painter.surface, colors.focus, points)
            pygame.draw.polygon(painter.surface, colors.ink, points, 1)
            return
        card = pygame.Rect(0, 0, size * 3 // 4, size)
        card.center = box.center
        pygame.draw.rect(painter.surface, colors.panel, card, border_radius=max(2, size // 6))
        pygame.draw.rect(painter.surface, colors.ink, card, max(1, size // 12), border_radius=max(2, size // 6))
        mark = painter.fitter.image("?", max(8, size * 3 // 4), True, colors.accent)
        painter.surface.blit(mark, mark.get_rect(center=card.center))

    def _draw_ladder(self, painter: Painter, foot: tuple[float, float], top: tuple[float, float]) -> None:
        color = painter.colors.good
        dx, dy = top[0] - foot[0], top[1] - foot[1]
        length = math.hypot(dx, dy) or 1.0
        ux, uy = dx / length, dy / length
        px, py = -uy, ux
        half = self.cell * 0.16
        width = max(3, self.cell // 14)
        rails = [((foot[0] + px * s * half, foot[1] + py * s * half), (top[0] + px * s * half, top[1] + py * s * half))
                 for s in (-1, 1)]
        step = self.cell * 0.28
        rungs = int(length // step)
        for i in range(1, rungs + 1):
            t = i * step
            a = (rails[0][0][0] + ux * t, rails[0][0][1] + uy * t)
            b = (rails[1][0][0] + ux * t, rails[1][0][1] + uy * t)
            pygame.draw.line(painter.surface, color, a, b, max(2, width - 1))
        for a, b in rails:
            pygame.draw.line(painter.surface, color, a, b, width)

    def snake_point(self, head: tuple[float, float], tail: tuple[float, float], t: float) -> tuple[float, float]:
        """A point on the snake's wavy body, t=0 at the head and 1 at the tail (tokens slide along it)."""
        dx, dy = tail[0] - head[0], tail[1] - head[1]
        length = math.hypot(dx, dy) or 1.0
        px, py = -dy / length, dx / length
        wave = math.sin(t * math.pi * 3) * self.cell * 0.2 * math.sin(t * math.pi)
        return head[0] + dx * t + px * wave, head[1] + dy * t + py * wave

    def _draw_snake(self, painter: Painter, head: tuple[float, float], tail: tuple[float, float]) -> None:
        colors = painter.colors
        thick = self.cell * 0.1
        length = math.hypot(tail[0] - head[0], tail[1] - head[1])
        steps = max(40, int(length * 1.6 / max(1.0, thick * 0.4)))  # dense enough to read as one body
        for i in range(steps + 1):
            t = i / steps
            x, y = self.snake_point(head, tail, t)
            pygame.draw.circle(painter.surface, colors.poor, (round(x), round(y)), max(3, round(thick * (1 - 0.5 * t))))
        radius = max(3, round(self.cell * 0.13))
        hx, hy = round(head[0]), round(head[1])
        pygame.draw.circle(painter.surface, colors.poor, (hx, hy), radius)
        eye = max(1, radius // 3)
        pygame.draw.circle(painter.surface, colors.panel, (hx - eye, hy - eye), eye)
        pygame.draw.circle(painter.surface, colors.panel, (hx + eye + 1, hy - eye), eye)

    # -- tokens (the dynamic layer) ----------------------------------------------------------------
    def token_radius(self, sharing: int) -> float:
        return self.cell * (0.25 if sharing <= 1 else 0.2 if sharing <= 3 else 0.17)

    def token_spots(self, positions: Sequence[float | tuple[float, float]]) -> list[tuple[tuple[float, float], float]]:
        """Centre and radius of each team's token; teams on one square stand in a small ring."""
        by_square: dict[int, list[int]] = {}
        for team, where in enumerate(positions):
            if isinstance(where, int):
                by_square.setdefault(where, []).append(team)
        spots = []
        for team, where in enumerate(positions):
            if not isinstance(where, int):  # a point on the way (animation)
                spots.append((where, self.token_radius(1)))
                continue
            sharing = by_square[where]
            cx, cy = self.center(where)
            radius = self.token_radius(len(sharing))
            if len(sharing) > 1:
                angle = 2 * math.pi * sharing.index(team) / len(sharing) - math.pi / 2
                ring = self.cell * 0.24
                cx, cy = cx + ring * math.cos(angle), cy + ring * math.sin(angle)
            spots.append(((cx, cy), radius))
        return spots

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
