"""Icons for the four kinds of task card, drawn with code: name it, act it out, talk it over, draw it."""

from __future__ import annotations

import math

import pygame

from play_for_integrity.ui.painter import Painter


def _bubble(painter: Painter, rect: pygame.Rect, color, tail_left: bool = True) -> None:
    body = pygame.Rect(rect.x, rect.y, rect.width, rect.height * 3 // 4)
    pygame.draw.rect(painter.surface, color, body, border_radius=rect.width // 5)
    x = body.x + body.width // 4 if tail_left else body.right - body.width // 4
    pygame.draw.polygon(painter.surface, color, [(x - rect.width // 10, body.bottom - 1), (x + rect.width // 10, body.bottom - 1),
                                                 (x - rect.width // 6 if tail_left else x + rect.width // 6, rect.bottom)])


def draw_task_icon(painter: Painter, kind: str, rect: pygame.Rect) -> None:
    colors = painter.colors
    surface = painter.surface
    if kind == "name":
        _bubble(painter, rect, colors.accent)
        dot = max(2, rect.width // 14)
        for i in range(3):
            pygame.draw.circle(surface, colors.panel, (rect.x + rect.width * (i + 1) // 4, rect.y + rect.height * 3 // 8), dot)
    elif kind == "discuss":
        first = pygame.Rect(rect.x, rect.y, rect.width * 2 // 3, rect.height * 2 // 3)
        second = pygame.Rect(rect.x + rect.width // 3, rect.y + rect.height // 3, rect.width * 2 // 3, rect.height * 2 // 3)
        _bubble(painter, first, colors.accent)
        _bubble(painter, second, colors.good, tail_left=False)
    elif kind == "act":
        r = min(rect.width, rect.height) // 2
        c = rect.center
        pygame.draw.circle(surface, colors.focus, c, r)
        eye = max(2, r // 7)
        pygame.draw.circle(surface, colors.ink, (c[0] - r // 3, c[1] - r // 4), eye)
        pygame.draw.circle(surface, colors.ink, (c[0] + r // 3, c[1] - r // 4), eye)
        smile = pygame.Rect(c[0] - r // 2, c[1] - r // 4, r, r * 3 // 4)
        pygame.draw.arc(surface, colors.ink, smile, math.pi * 1.1, math.pi * 1.9, max(2, r // 9))
    else:  # draw: a pencil at an angle
        w = max(4, rect.width // 5)
        a = (rect.x + rect.width * 0.8, rect.y + rect.height * 0.1)
        b = (rect.x + rect.width * 0.25, rect.y + rect.height * 0.65)
        dx, dy = b[0] - a[0], b[1] - a[1]
        length = math.hypot(dx, dy)
        px, py = -dy / length * w / 2, dx / length * w / 2
        body = [(a[0] + px, a[1] + py), (a[0] - px, a[1] - py), (b[0] - px, b[1] - py), (b[0] + px, b[1] + py)]
        pygame.draw.polygon(surface, colors.focus, body)
        tip = (b[0] + dx / length * w * 1.4, b[1] + dy / length * w * 1.4)
        pygame.draw.polygon(surface, colors.ink, [(b[0] - px, b[1] - py), (b[0] + px, b[1] + py), tip])
        pygame.draw.line(surface, colors.ink, (rect.x, rect.bottom - 2), (rect.right, rect.bottom - 2), max(2, w // 3))
