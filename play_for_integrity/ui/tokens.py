"""Team tokens drawn with code: six shapes, so teams differ in shape as well as colour."""

from __future__ import annotations

import pygame

from play_for_integrity.core.board_geometry import token_outline
from play_for_integrity.ui.theme import Color


def draw_token(surface: pygame.Surface, shape: str, center: tuple[float, float], radius: float, fill: Color,
               edge: Color, edge_width: int = 2) -> None:
    """A filled token with a contrasting edge, readable on any square colour."""
    points = token_outline(shape, center, radius)
    if points is None:
        c = (round(center[0]), round(center[1]))
        pygame.draw.circle(surface, edge, c, round(radius) + edge_width)
        pygame.draw.circle(surface, fill, c, round(radius))
        return
    pygame.draw.polygon(surface, fill, points)
    pygame.draw.polygon(surface, edge, points, edge_width)
