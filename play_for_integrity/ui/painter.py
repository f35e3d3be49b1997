"""Drawing helpers shared by the scenes: fitted text boxes (with overflow records), panels, buttons, icons."""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass, field

import pygame

from play_for_integrity.ui.text_layout import TextBlock, TextFitter, drawable, ellipsize
from play_for_integrity.ui.theme import Color, Metrics, Palette


@dataclass
class Overflow:
    """A text that did not fit its box even at the minimum size (tests and `i18n check` look for these)."""

    text: str
    rect: tuple[int, int, int, int]
    size: int


class Sprites:
    """Small pictures drawn once per look on a transparent surface, then blitted (tokens, the die): forgotten all
    at once past `limit` looks, so a long game of resized windows cannot grow them without end."""

    def __init__(self, limit: int) -> None:
        self.limit = limit
        self._pictures: dict[tuple, pygame.Surface] = {}

    def get(self, key: tuple, size: tuple[int, int], draw: Callable[[pygame.Surface], object]) -> pygame.Surface:
        """The picture for `key`; the first time, `draw` paints it on a new transparent surface of `size`."""
        picture = self._pictures.get(key)
        if picture is None:
            picture = pygame.Surface(size, pygame.SRCALPHA)
            draw(picture)
            if len(self._pictures) >= self.limit:
                self._pictures.clear()
            self._pictures[key] = picture
        return picture


class _Picture:
    """One kept look: its pixels, and the overflows and smallest type size its drawing recorded."""

    __slots__ = ("image", "overflows", "smallest")  # a plain class: a dataclass would cost the game's start ~1 ms

    def __init__(self, image: pygame.Surface | None, overflows: list[Overflow], smallest: int) -> None:
        self.image, self.overflows, self.smallest = image, overflows, smallest


class Snapshot:
    """The pixels a part of the dynamic layer left in its box, kept while what it shows is the same.

    The first frame draws the part and copies its box; later frames with the same `key` (and the same static pass,
    window, colours and sizes) blit the copy, and record the drawing's overflows and type size again, as if it had
    been drawn. So the box must hold only the part and what is under it on the cached layer: the part is drawn
    first on the dynamic layer there, or paints its whole box (a timer's digits clear their box), and nothing of
    it reaches outside the box. Up to `keep` looks are kept (a group of buttons keeps each button's focused look),
    all forgotten when the screen is drawn again."""

    def __init__(self, keep: int = 1) -> None:
        self.keep = keep
        self._pictures: dict[tuple, _Picture] = {}
        self._pass: tuple | None = None

    def draw(self, painter: Painter, box: pygame.Rect, key: object, draw: Callable[[], object]) -> None:
        box = box.clip(painter.surface.get_rect())
        screen = (painter.pass_id, painter.surface.get_size(), painter.colors, painter.metrics)
        if screen != self._pass or len(self._pictures) >= self.keep and (key, tuple(box)) not in self._pictures:
            self._pictures.clear()
            self._pass = screen
        kept = self._pictures.get((key, tuple(box)))
        if kept is not None:
            if kept.image is not None:
                painter.surface.blit(kept.image, box)
            painter.overflows.extend(kept.overflows)
            if kept.smallest:
                painter.smallest = min(painter.smallest or kept.smallest, kept.smallest)
            return
        overflows, smallest = len(painter.overflows), painter.smallest
        painter.smallest = 0
        draw()
        drawn = _Picture(painter.surface.subsurface(box).copy() if box.width and box.height else None,
                         painter.overflows[overflows:], painter.smallest)
        if smallest:
            painter.smallest = min(painter.smallest or smallest, smallest)
        self._pictures[(key, tuple(box))] = drawn


@dataclass
class Painter:
    """One frame's drawing context: the surface, sizes, colours and the text fitter."""

    surface: pygame.Surface
    metrics: Metrics
    colors: Palette
    fitter: TextFitter
    overflows: list[Overflow] = field(default_factory=list)
    layer: str = "full"
    """"full" draws everything; "static" leaves focus and hover out (the cached layer); "dynamic" draws them on top."""
    pass_id: int = 0
    smallest: int = 0
    """The smallest type size drawn by `text` in this frame (0 before any): the fit check reports and bounds it."""

    def text(self, text: str, rect: pygame.Rect, size: int, color: Color | None = None, bold: bool = False,
             align: str = "left", valign: str = "top", max_lines: int | None = None) -> TextBlock:
        """Draw `text` wrapped (and shrunk if needed) inside `rect`; record an overflow instead of clipping silently."""
        block = self.fitter.fit(text, rect.width, rect.height, size, self.metrics.min_text, bold, max_lines)
        if not block.fits:
            self.overflows.append(Overflow(text, tuple(rect), block.size))
        if text.strip():
            self.smallest = min(self.smallest or block.size, block.size)
        y = rect.y
        if valign == "middle":
            y = rect.y + (rect.height - block.height) // 2
        elif valign == "bottom":
            y = rect.bottom - block.height
        for line in block.lines:
            if line:
                image = self.fitter.image(line, block.size, bold, color or self.colors.ink)
                if align == "center":
                    x = rect.x + (rect.width - image.get_width()) // 2
                elif align == "right":
                    x = rect.right - image.get_width()
                else:
                    x = rect.x
                self.surface.blit(image, (x, y))
            y += block.line_height
        return block

    def shortened(self, text: str, width: int, size: int, bold: bool = False) -> str:
        """`text` on one line, cut with an ellipsis if it is wider than `width` at `size` (for names people typed,
        such as a team's: a long one must not push a row or a sentence out of its box)."""
        return ellipsize(self.fitter.fonts.get(size, bold), drawable(text, lines=False), width)

    def panel(self, rect: pygame.Rect, fill: Color | None = None, edge: Color | None = None, radius: int | None = None,
              width: int | None = None) -> None:
        radius = self.metrics.px(16) if radius is None else radius
        pygame.draw.rect(self.surface, fill or self.colors.panel, rect, border_radius=radius)
        pygame.draw.rect(self.surface, edge or self.colors.panel_edge, rect, width or max(1, self.metrics.px(2)),
                         border_radius=radius)

    def focus_ring_rect(self, rect: pygame.Rect) -> pygame.Rect:
        """Where the focus ring around `rect` is drawn: its outer edge."""
        grow = self.metrics.px(6)
        return rect.inflate(grow * 2, grow * 2)

    def focus_ring(self, rect: pygame.Rect) -> None:
        pygame.draw.rect(self.surface, self.colors.focus, self.focus_ring_rect(rect), max(3, self.metrics.px(5)),
                         border_radius=self.metrics.px(20))

    def badge(self, center: tuple[int, int], radius: int, label: str, fill: Color, ink: Color) -> None:
        pygame.draw.circle(self.surface, fill, center, radius)
        image = self.fitter.image(label, max(8, int(radius * 1.1)), True, ink)
        self.surface.blit(image, image.get_rect(center=center))

    # -- icons drawn with code ---------------------------------------------------------------
    def ladder_icon(self, rect: pygame.Rect, color: Color | None = None) -> None:
        color = color or self.colors.good
        w = max(2, rect.width // 10)
        left, right = rect.x + rect.width // 4, rect.right - rect.width // 4
        pygame.draw.line(self.surface, color, (left, rect.bottom), (left, rect.top), w)
        pygame.draw.line(self.surface, color, (right, rect.bottom), (right, rect.top), w)
        for i in range(1, 5):
            y = rect.bottom - i * rect.height // 5
            pygame.draw.line(self.surface, color, (left, y), (right, y), w)
        tip = rect.width // 5
        pygame.draw.polygon(self.surface, color, [(rect.centerx, rect.top - tip), (rect.centerx - tip, rect.top + tip // 3),
                                                  (rect.centerx + tip, rect.top + tip // 3)])

    def snake_icon(self, rect: pygame.Rect, color: Color | None = None) -> None:
        """A friendly snake sliding down: a round tube along a wave, head at the top."""
        color = color or self.colors.poor
        radius = max(2, rect.width // 12)
        inner = rect.inflate(-4 * radius, -4 * radius)
        steps = 48
        points = [(inner.x + inner.width * (0.5 + 0.42 * math.sin(i / steps * math.pi * 2.4)), inner.y + inner.height * i / steps)
                  for i in range(steps + 1)]
        for i, (x, y) in enumerate(points):
            taper = radius * (1.0 - 0.55 * i / steps)
            pygame.draw.circle(self.surface, color, (round(x), round(y)), max(1, round(taper)))
        head_x, head_y = round(points[0][0]), round(points[0][1])
        pygame.draw.circle(self.surface, color, (head_x, head_y), round(radius * 1.6))
        eye = max(1, radius // 2)
        pygame.draw.circle(self.surface, self.colors.panel, (head_x + eye, head_y - eye // 2), eye)

    def stay_icon(self, rect: pygame.Rect, color: Color | None = None) -> None:
        color = color or self.colors.neutral
        r = rect.width // 3
        pygame.draw.circle(self.surface, color, rect.center, r, max(3, rect.width // 8))

    def move_icon(self, move: str, rect: pygame.Rect) -> None:
        {"ladder": self.ladder_icon, "snake": self.snake_icon}.get(move, self.stay_icon)(rect)
