"""One value's plant in the profile garden, drawn with code: a flower that blooms, a seedling, or a drooping plant.

The shape tells the story without colour: a value shown grows a stem, leaves and a smiling flower (taller, with more
leaves and a bigger flower, the more it was shown); a value not yet scored is a seedling; a value worked against
droops, drops petals and gets a watering can beside it ("this one needs care"). `growth` (0..1) lets it grow in.
"""

from __future__ import annotations

import math

import pygame

from play_for_integrity.ui.theme import Color, Palette

Point = tuple[float, float]


def mix(a: Color, b: Color, t: float) -> Color:
    """The colour `t` of the way from `a` to `b` (0 = a, 1 = b)."""
    return (round(a[0] + (b[0] - a[0]) * t), round(a[1] + (b[1] - a[1]) * t), round(a[2] + (b[2] - a[2]) * t))


def plant_kind(share: float) -> str:
    """'bloom' for a value shown, 'droop' for one worked against, 'seedling' for neither."""
    return "bloom" if share > 0 else "droop" if share < 0 else "seedling"


def _phase(growth: float, start: float, end: float) -> float:
    """How far (0..1) a part that grows between `start` and `end` of the growth has grown."""
    return max(0.0, min(1.0, (growth - start) / (end - start)))


def _ellipse(center: Point, length: float, width: float, angle: float) -> list[Point]:
    """The outline of an ellipse turned by `angle` radians, as a polygon (pygame cannot turn an ellipse)."""
    cos, sin = math.cos(angle), math.sin(angle)
    points = []
    for i in range(16):
        t = i / 16 * math.tau
        x, y = math.cos(t) * length / 2, math.sin(t) * width / 2
        points.append((center[0] + x * cos - y * sin, center[1] + x * sin + y * cos))
    return points


def _leaf(surface: pygame.Surface, base: Point, length: float, angle: float, fill: Color, edge: Color) -> None:
    """A leaf from `base` pointing along `angle` (radians, 0 = right, screen y grows down)."""
    if length < 3:
        return
    center = (base[0] + math.cos(angle) * length / 2, base[1] + math.sin(angle) * length / 2)
    outline = _ellipse(center, length, length * 0.46, angle)
    pygame.draw.polygon(surface, fill, outline)
    pygame.draw.polygon(surface, edge, outline, max(1, round(length / 14)))


def _stem(surface: pygame.Surface, points: list[Point], color: Color, width: int) -> None:
    for a, b in zip(points, points[1:]):
        pygame.draw.line(surface, color, a, b, width)
    for p in points:
        pygame.draw.circle(surface, color, p, max(1, width // 2))


def star_points(center: Point, radius: float, turn: float = -math.pi / 2) -> list[Point]:
    """A five-pointed star's outline around `center`."""
    points = []
    for i in range(10):
        r = radius if i % 2 == 0 else radius * 0.45
        a = turn + i * math.pi / 5
        points.append((center[0] + math.cos(a) * r, center[1] + math.sin(a) * r))
    return points


def draw_star(surface: pygame.Surface, center: Point, radius: float, colors: Palette) -> None:
    """A gold star with a dark edge: the strongest value's mark."""
    if radius < 3:
        return
    outline = star_points(center, radius)
    pygame.draw.polygon(surface, colors.focus, outline)
    pygame.draw.polygon(surface, colors.ink, outline, max(1, round(radius / 9)))


def _flower(surface: pygame.Surface, center: Point, radius: float, petal: Color, colors: Palette) -> None:
    """A round flower with a smiling face: eight petals around a gold middle."""
    if radius < 2:
        return
    edge = mix(petal, colors.ink, 0.45)
    for i in range(8):
        a = i * math.tau / 8
        p = (center[0] + math.cos(a) * radius * 0.62, center[1] + math.sin(a) * radius * 0.62)
        pygame.draw.circle(surface, petal, p, radius * 0.46)
        pygame.draw.circle(surface, edge, p, radius * 0.46, max(1, round(radius / 16)))
    middle = radius * 0.5
    pygame.draw.circle(surface, colors.focus, center, middle)
    pygame.draw.circle(surface, edge, center, middle, max(1, round(radius / 16)))
    if middle >= 8:
        eye = max(1.5, middle * 0.12)
        for side in (-1, 1):
            pygame.draw.circle(surface, colors.ink, (center[0] + side * middle * 0.35, center[1] - middle * 0.2), eye)
        smile = pygame.Rect(0, 0, middle * 0.9, middle * 0.7)
        smile.center = (round(center[0]), round(center[1] + middle * 0.05))
        pygame.draw.arc(surface, colors.ink, smile, math.pi * 1.15, math.pi * 1.85, max(1, round(middle / 7)))


def _watering_can(surface: pygame.Surface, rect: pygame.Rect, colors: Palette) -> None:
    """A small watering can standing in `rect`, its spout towards the plant on the left."""
    if rect.height < 10:
        return
    fill, edge = mix(colors.accent, colors.panel, 0.35), colors.ink
    width = max(1, rect.height // 16)
    body = pygame.Rect(0, 0, rect.width * 0.5, rect.height * 0.55)
    body.bottomright = (rect.right - rect.width * 0.18, rect.bottom)
    handle = pygame.Rect(0, 0, body.width * 0.55, body.height * 0.7)
    handle.midleft = (body.right - handle.width // 2, body.centery - body.height * 0.1)
    pygame.draw.arc(surface, edge, handle, -math.pi / 2, math.pi / 2, max(2, width * 2))
    tip = (rect.left + rect.width * 0.06, body.top - rect.height * 0.2)
    spout = [(body.left + 2, body.bottom - body.height * 0.3), (tip[0] + rect.width * 0.03, tip[1] + rect.height * 0.05),
             (tip[0] + rect.width * 0.1, tip[1] + rect.height * 0.1), (body.left + 2, body.bottom - body.height * 0.6)]
    pygame.draw.polygon(surface, fill, spout)
    pygame.draw.polygon(surface, edge, spout, width)
    pygame.draw.circle(surface, fill, tip, rect.height * 0.09)
    pygame.draw.circle(surface, edge, tip, rect.height * 0.09, width)
    pygame.draw.rect(surface, fill, body, border_radius=max(1, rect.height // 8))
    pygame.draw.rect(surface, edge, body, width, border_radius=max(1, rect.height // 8))


def draw_plant(surface: pygame.Surface, rect: pygame.Rect, share: float, growth: float, petal: Color,
               colors: Palette, strongest: bool = False) -> None:
    """The plant for a value with this share (-1..1) growing out of the middle of `rect`'s bottom edge."""
    if growth <= 0 or rect.height < 12:
        return
    kind = plant_kind(share)
    if kind == "bloom":
        _bloom(surface, rect, min(1.0, share), growth, petal, colors, strongest)
    elif kind == "droop":
        _droop(surface, rect, min(1.0, -share), growth, colors)
    else:
        _seedling(surface, rect, growth, colors)


def _bloom(surface, rect, share, growth, petal, colors, strongest) -> None:
    stem_color, leaf, leaf_edge = mix(colors.good, colors.ink, 0.25), colors.good, mix(colors.good, colors.ink, 0.45)
    radius_most = min(rect.width * 0.22, rect.height * 0.27)
    radius = radius_most * (0.65 + 0.35 * share) * _phase(growth, 0.45, 1.0)
    top = rect.height - radius_most * 1.05
    height = top * (0.55 + 0.45 * share) * _phase(growth, 0.0, 0.7)
    base = (rect.centerx, rect.bottom)
    sway = rect.width * 0.04
    points = [(base[0] + sway * math.sin(t / 10 * math.pi), base[1] - height * t / 10) for t in range(11)]
    width = max(2, round(rect.height / 30))
    _stem(surface, points, stem_color, width)
    pairs = 1 + round(2 * share)
    for i in range(pairs):
        at = points[2 + i * 2]
        length = rect.height * 0.26 * (0.7 + 0.3 * share) * _phase(growth, 0.2 + i * 0.1, 0.6 + i * 0.1)
        side = -1 if i % 2 == 0 else 1
        _leaf(surface, at, length, math.pi / 2 - side * math.radians(125), leaf, leaf_edge)
        _leaf(surface, (at[0], at[1] - width), length * 0.8, math.pi / 2 + side * math.radians(125), leaf, leaf_edge)
    head = points[-1]
    _flower(surface, head, radius, petal, colors)
    if strongest and radius > 0:
        draw_star(surface, (head[0] + radius * 1.3, head[1] - radius * 0.75),
                  radius * 0.7 * _phase(growth, 0.8, 1.0), colors)


def _seedling(surface, rect, growth, colors) -> None:
    stem_color, leaf_edge = mix(colors.good, colors.ink, 0.25), mix(colors.good, colors.ink, 0.45)
    height = rect.height * 0.3 * _phase(growth, 0.0, 0.8)
    base = (rect.centerx, rect.bottom)
    top = (base[0], base[1] - height)
    width = max(2, round(rect.height / 30))
    _stem(surface, [base, top], stem_color, width)
    length = rect.height * 0.2 * _phase(growth, 0.3, 1.0)
    _leaf(surface, top, length, -math.radians(30), colors.good, leaf_edge)
    _leaf(surface, top, length, -math.radians(150), colors.good, leaf_edge)


def _droop(surface, rect, share, growth, colors) -> None:
    """A plant worked against: it bends over (further, the more it was worked against), petals fallen at its foot."""
    stem_color = mix(colors.neutral, colors.poor, 0.35)
    leaf, leaf_edge = mix(colors.poor, colors.panel, 0.3), mix(colors.poor, colors.ink, 0.4)
    grow = _phase(growth, 0.0, 0.8)
    base = (rect.centerx - rect.width * 0.08, rect.bottom)
    rise = rect.height * 0.38 * grow
    bend = math.radians(100 + 60 * share)  # how far the top turns over: 100° to 160° from upright
    arc = rect.height * 0.3 * grow
    points = [(base[0], base[1] - rise * t / 6) for t in range(7)]
    for t in range(1, 9):
        a = bend * t / 8
        step = arc / 8
        x, y = points[-1]
        points.append((x + math.sin(a) * step, y - math.cos(a) * step))
    width = max(2, round(rect.height / 30))
    _stem(surface, points, stem_color, width)
    length = rect.height * 0.22 * grow
    at = points[3]
    _leaf(surface, at, length, math.radians(125), leaf, leaf_edge)
    _leaf(surface, at, length, math.radians(55), leaf, leaf_edge)
    tip = points[-1]
    bud = rect.height * 0.09 * grow
    if bud >= 2:
        outline = _ellipse((tip[0] + math.sin(bend) * bud, tip[1] - math.cos(bend) * bud), bud * 2.2, bud * 1.4,
                           bend - math.pi / 2)
        pygame.draw.polygon(surface, mix(colors.poor, colors.panel, 0.15), outline)
        pygame.draw.polygon(surface, leaf_edge, outline, max(1, round(bud / 6)))
    fallen = 1 + round(2 * share)
    petal = rect.height * 0.09 * _phase(growth, 0.5, 1.0)
    for i in range(fallen):
        x = base[0] + (-1) ** i * rect.width * (0.1 + 0.07 * i) - rect.width * 0.02
        center = (x, rect.bottom - petal * 0.35)
        outline = _ellipse(center, petal * 1.8, petal * 0.8, math.radians(12 * (-1) ** i))
        pygame.draw.polygon(surface, leaf, outline)
        pygame.draw.polygon(surface, leaf_edge, outline, 1)
    can = round(min(rect.height * 0.36, rect.width * 0.26) * _phase(growth, 0.6, 1.0))
    if can >= 10:
        _watering_can(surface, pygame.Rect(rect.right - can - rect.width * 0.04, rect.bottom - can, can, can), colors)
