"""The integrity profile as a garden: one plant per value in a planter that carries the value's name and score.

A value shown blooms (taller, leafier and with a bigger flower the more it was shown), a value worked against droops
with a watering can beside it, a value not scored yet is a seedling; the planter says the value's name and a label
stake in it the score ("+3", "–2"), so nothing is told by colour alone. A line above names the strongest value with a gold star, which its
flower wears too. Names, scores and that line are drawn on the static layer; the plants on the dynamic layer, so
they can grow in over the celebration without the screen being drawn again.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import pygame

from play_for_integrity.core.profile import Profile
from play_for_integrity.ui.painter import Painter
from play_for_integrity.ui.plant_art import draw_plant, draw_star, mix
from play_for_integrity.ui.theme import Color, ink_on

STAGGER = 0.35
"""The share of the grow-in by which the last plant starts after the first: they come up one after another."""
MINUS = "\u2013"  # the en dash: the shipped Noto Sans has no U+2212 minus sign


@dataclass(frozen=True)
class Bed:
    """One value's place in the garden: where its plant grows and its planter with the name and score."""

    value_id: str
    name: str
    score: str
    share: float
    plant: pygame.Rect
    planter: pygame.Rect
    petal: Color


@dataclass(frozen=True)
class Garden:
    """A laid-out garden: its beds in value order, the strongest value (or None) and the names' type size."""

    beds: tuple[Bed, ...]
    strongest: str | None
    label_size: int
    columns: int


def score_text(total: float, tr) -> str:
    """A value's score with its sign, as the stake shows it: '+3', '–2', '0', or for a class's average '+0.4' (one
    decimal, so a small flower never stands over a '0')."""
    number: float = round(total) if abs(total - round(total)) < 0.05 else round(total, 1)
    sign = "+" if number > 0 else MINUS if number < 0 else ""
    return f"{sign}{tr.format_number(abs(number))}"


def plant_growth(progress: float, index: int, count: int) -> float:
    """How far plant `index` of `count` has grown when the whole garden's grow-in is at `progress` (0..1)."""
    if progress >= 1:
        return 1.0
    delay = STAGGER * index / max(1, count - 1)
    return max(0.0, min(1.0, (progress - delay) / (1 - STAGGER)))


def name_room(painter: Painter, cell_width: int) -> int:
    """How wide a value's name may be on a planter as wide as `cell_width` (inside its slanting sides)."""
    m = painter.metrics
    return cell_width - m.px(4) - 4 * m.px(6) - m.px(4)


def planter_height(painter: Painter, size: int) -> int:
    """A planter's height for names at `size`: its rim and one line of text."""
    m = painter.metrics
    return m.line(size) + max(m.px(8), m.line(size) // 5) + m.px(8)


def _grid(painter: Painter, area: pygame.Rect, names: list[str], size: int) -> tuple[int, int, int] | None:
    """The best (columns, names' type size, plant height) for `names` in `area`: the largest plants, then the largest
    names, that keep every name on one line in its planter; None when no grid fits."""
    m = painter.metrics
    count, gap = len(names), m.px(12)
    best: tuple[float, int, int, int, int] | None = None
    for columns in range(count, 0, -1):
        rows = math.ceil(count / columns)
        cell_w = (area.width - gap * (columns - 1)) // columns
        fitting = [s for s in range(size, m.min_text - 1, -1)
                   if max(painter.fitter.fonts.get(s, True).size(n)[0] for n in names) <= name_room(painter, cell_w)]
        if not fitting:
            continue
        label = fitting[0]
        planter_h = planter_height(painter, label)
        plant_h = (area.height - gap * (rows - 1)) // rows - planter_h
        score = min(plant_h, cell_w * 0.9)
        empty = columns * rows - count  # rows of even length read as one garden, not a row and a remnant
        if plant_h > 0 and (best is None or (score, label, -empty) > best[:3]):
            best = (score, label, -empty, columns, plant_h)
    return None if best is None else (best[3], best[1], best[4])


def plan_garden(painter: Painter, rect: pygame.Rect, values: list, profile: Profile, tr, size: int) -> Garden:
    """Lay out one bed per value inside `rect` with names at most `size` (one size for all, so they read as a set)."""
    m = painter.metrics
    names = [tr.value_name(v) for v in values]
    gap = m.px(12)
    columns, label, plant_h = _grid(painter, rect, names, size) or (1, m.min_text, max(1, rect.height // 8))
    rows = math.ceil(len(values) / columns) if values else 0
    cell_w = (rect.width - gap * (columns - 1)) // columns
    cell_h = (rect.height - gap * (rows - 1)) // max(1, rows)
    series = painter.colors.series
    beds = []
    for i, value in enumerate(values):
        row, column = divmod(i, columns)
        in_row = min(columns, len(values) - row * columns)
        x = rect.x + (rect.width - (in_row * cell_w + (in_row - 1) * gap)) // 2 + column * (cell_w + gap)
        y = rect.y + row * (cell_h + gap)
        plant = pygame.Rect(x, y, cell_w, plant_h)
        planter = pygame.Rect(x, plant.bottom, cell_w, cell_h - plant_h)
        beds.append(Bed(value.id, names[i], score_text(profile.totals.get(value.id, 0), tr),
                        profile.shares.get(value.id, 0.0), plant, planter, series[i % len(series)]))
    return Garden(tuple(beds), profile.strength, label, columns)


def draw_garden(painter: Painter, rect: pygame.Rect, values: list, profile: Profile, tr, banner: str,
                name_size: int) -> Garden:
    """The garden's panel, its line about the strongest value and every planter with its name and score at most
    `name_size` (the static layer); returns the layout that `draw_plants` grows the plants in."""
    m, colors = painter.metrics, painter.colors
    painter.panel(rect)
    inner = rect.inflate(-2 * m.px(20), -2 * m.px(18))
    star = m.line(m.body)
    block = painter.fitter.fit(banner, inner.width - star - m.px(10), 2 * m.line(m.body), m.body, m.min_text, True, 2)
    head = pygame.Rect(inner.x + star + m.px(10), inner.y, inner.width - star - m.px(10), block.height)
    if profile.strength is not None:
        draw_star(painter.surface, (inner.x + star / 2, head.y + min(star, head.height) / 2), star * 0.46, colors)
    else:
        head = pygame.Rect(inner.x, inner.y, inner.width, block.height)
    painter.text(banner, head, m.body, colors.ink, bold=True, valign="middle", max_lines=2)
    beds_area = pygame.Rect(inner.x, head.bottom + m.px(6), inner.width, inner.bottom - head.bottom - m.px(6))
    garden = plan_garden(painter, beds_area, values, profile, tr, name_size)
    for bed in garden.beds:
        _planter(painter, bed, garden.label_size)
    return garden


def _planter(painter: Painter, bed: Bed, size: int) -> None:
    """A terracotta planter with a rim and the value's name on it, and a label stake in it with the score."""
    m, colors = painter.metrics, painter.colors
    box = bed.planter.inflate(-m.px(4), 0)
    fill = mix(colors.poor, colors.panel, 0.55)
    edge = mix(colors.poor, colors.ink, 0.45)
    ink = ink_on(fill)
    rim_h = max(m.px(8), m.line(size) // 5)
    inset = m.px(6)
    body = [(box.x + inset, box.y + rim_h), (box.right - inset, box.y + rim_h),
            (box.right - 2 * inset, box.bottom), (box.x + 2 * inset, box.bottom)]
    pygame.draw.polygon(painter.surface, fill, body)
    pygame.draw.polygon(painter.surface, edge, body, max(1, m.px(2)))
    rim = pygame.Rect(box.x, box.y, box.width, rim_h)
    pygame.draw.rect(painter.surface, mix(fill, colors.ink, 0.12), rim, border_radius=m.px(4))
    pygame.draw.rect(painter.surface, edge, rim, max(1, m.px(2)), border_radius=m.px(4))
    text_box = pygame.Rect(box.x + 2 * inset, rim.bottom + m.px(2), box.width - 4 * inset, m.line(size))
    painter.text(bed.name, text_box, size, ink, bold=True, align="center", valign="middle", max_lines=1)
    _stake(painter, bed, size, fill, edge, ink)


def _stake(painter: Painter, bed: Bed, size: int, fill: Color, edge: Color, ink: Color) -> None:
    """A garden label stake at the plant's left, stuck in the planter: the value's score, e.g. "+3"."""
    m = painter.metrics
    font = painter.fitter.fonts.get(size, True)
    sign = pygame.Rect(0, 0, font.size(bed.score)[0] + m.px(16), m.line(size))
    stick_h = min(m.px(14), max(0, bed.plant.height - sign.height))
    sign.bottomleft = (bed.plant.x + m.px(8), bed.plant.bottom - stick_h)
    stick = pygame.Rect(0, sign.bottom - m.px(2), max(2, m.px(5)), stick_h + m.px(2))
    stick.centerx = sign.centerx
    pygame.draw.rect(painter.surface, edge, stick)
    painter.panel(sign, fill=mix(fill, painter.colors.panel, 0.5), edge=edge, radius=m.px(6))
    painter.text(bed.score, sign, size, ink, bold=True, align="center", valign="middle", max_lines=1)


def draw_plants(painter: Painter, garden: Garden, progress: float = 1.0) -> None:
    """Every bed's plant, grown as far as the garden's grow-in `progress` (0..1) has come."""
    count = len(garden.beds)
    for i, bed in enumerate(garden.beds):
        draw_plant(painter.surface, bed.plant, bed.share, plant_growth(progress, i, count), bed.petal, painter.colors,
                   strongest=bed.value_id == garden.strongest)


class GrowingGarden:
    """For an end screen that is also Celebrating: its garden's plants grow in with the celebration (drawn every
    frame over the still screen while they grow, then once into the still screen, so an idle screen only blits),
    and the line above the garden names the strongest value."""

    garden: Garden | None = None

    def show_garden(self, painter: Painter, rect: pygame.Rect, banner: str, name_size: int) -> None:
        """Draw the garden's panel and planters (the still screen), with its plants once they have grown."""
        self.garden = draw_garden(painter, rect, list(self.session.library.values.values()), self.profile,
                                  self.session.tr, banner, name_size)
        if not self.celebration.running:
            draw_plants(painter, self.garden)

    def draw_dynamic(self, painter: Painter, static_pass: int) -> None:
        if self.garden is not None and self.celebration.running:
            draw_plants(painter, self.garden, self.celebration.grown)
        super().draw_dynamic(painter, static_pass)  # type: ignore[misc]

    def update(self, dt: float) -> bool:
        growing = self.celebration.running
        changed = super().update(dt)  # type: ignore[misc]
        self._grown_in(growing)
        return changed

    def handle(self, event: pygame.event.Event) -> bool:
        growing = self.celebration.running
        used = super().handle(event)  # type: ignore[misc]
        self._grown_in(growing)
        return used

    def _grown_in(self, was_growing: bool) -> None:
        if was_growing and not self.celebration.running:
            self.app.invalidate()  # the grown plants join the still screen

    def banner(self, ready: str, strongest: str) -> str:
        """`ready` (translated) when no value came out ahead, else `strongest` (translated, with %(value)s) naming
        the value shown most."""
        if self.profile.strength is None:
            return ready
        values = self.session.library.values
        return strongest % {"value": self.session.tr.value_name(values[self.profile.strength])}
