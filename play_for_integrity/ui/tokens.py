"""Team tokens drawn with code: six shapes, so teams differ in shape as well as colour."""

from __future__ import annotations

import math

import pygame

from play_for_integrity.ui.theme import Color


def shape_points(shape: str, center: tuple[float, float], radius: float) -> list[tuple[float, float]] | None:
    """The outline of a polygon token, or None for the circle."""
    cx, cy = center

    def ring(count: int, r: float, turn: float) -> list[tuple[float, float]]:
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


def draw_token(surface: pygame.Surface, shape: str, center: tuple[float, float], radius: float, fill: Color,
               edge: Color, edge_width: int = 2) -> None:
    """A filled token with a contrasting edge, readable on any square colour."""
    points = shape_points(shape, center, radius)
    if points is None:
        c = (round(center[0]), round(center[1]))
        pygame.draw.circle(surface, edge, c, round(radius) + edge_width)
        pygame.draw.circle(surface, fill, c, round(radius))
        return
    pygame.draw.polygon(surface, fill, points)
    pygame.draw.polygon(surface, edge, points, edge_width)
