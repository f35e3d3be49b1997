"""Team tokens drawn with code: six shapes, so teams differ in shape as well as colour."""

from __future__ import annotations

import math

import pygame

from play_for_integrity.core.board_geometry import token_outline
from play_for_integrity.ui.painter import Sprites
from play_for_integrity.ui.theme import Color


_SPRITES = Sprites(limit=256)


def draw_token(surface: pygame.Surface, shape: str, center: tuple[float, float], radius: float, fill: Color,
               edge: Color, edge_width: int = 2) -> None:
    """A filled token with a contrasting edge, readable on any square colour; drawn once per look and size, then
    blitted (while a move plays, the board draws its tokens every frame over its cached still layer)."""
    side = math.ceil(2 * (radius + edge_width)) + 4
    sprite = _SPRITES.get((shape, round(radius, 2), fill, edge, edge_width), (side, side),
                          lambda picture: _draw(picture, shape, (side / 2, side / 2), radius, fill, edge, edge_width))
    surface.blit(sprite, sprite.get_rect(center=(round(center[0]), round(center[1]))))


def _draw(surface: pygame.Surface, shape: str, center: tuple[float, float], radius: float, fill: Color,
          edge: Color, edge_width: int) -> None:
    points = token_outline(shape, center, radius)
    if points is None:
        c = (round(center[0]), round(center[1]))
        pygame.draw.circle(surface, edge, c, round(radius) + edge_width)
        pygame.draw.circle(surface, fill, c, round(radius))
        return
    pygame.draw.polygon(surface, fill, points)
    pygame.draw.polygon(surface, edge, points, edge_width)
