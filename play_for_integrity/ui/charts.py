"""Bar charts that fit any box: counts per option, a value's total around zero, shares in one stacked bar."""

from __future__ import annotations

from dataclasses import dataclass, field

import pygame

from play_for_integrity.ui.painter import Painter
from play_for_integrity.ui.theme import Color

SIDE_LABEL_SHARE = 0.36  # of the width, when every label fits on one line beside its bar


@dataclass(frozen=True)
class BarRow:
    """One bar: `label` names it, `value` sets its length, `text` (e.g. '12 · 40 %') is written at its end."""

    label: str
    value: float
    text: str
    color: Color


@dataclass
class ChartLayout:
    """Where a chart put things, for tests and for scenes that draw on top of it."""

    bars: list[pygame.Rect] = field(default_factory=list)
    labels: list[pygame.Rect] = field(default_factory=list)
    label_size: int = 0
    full_length: int = 0
    labels_above: bool = False


def _line_height(painter: Painter, size: int, bold: bool = False) -> int:
    return painter.fitter.fonts.get(size, bold).get_height()


def _common_size(painter: Painter, texts: list[str], width: int, height: int, size: int,
                 max_lines: int | None) -> tuple[int, bool]:
    """The largest size at which every text fits its box, and whether they all do."""
    m = painter.metrics
    blocks = [painter.fitter.fit(t, width, height, size, m.min_text, max_lines=max_lines) for t in texts]
    return min(b.size for b in blocks), all(b.fits for b in blocks)


def cut_to_fit(painter: Painter, text: str, width: int, height: int, max_lines: int | None = None) -> str:
    """`text` if it fits the box at the smallest type size, else its longest start that fits with an ellipsis
    (or "" when not even the ellipsis fits)."""
    fit, least = painter.fitter.fit, painter.metrics.min_text
    if fit(text, width, height, least, least, max_lines=max_lines).fits:
        return text
    low, high = 0, len(text)
    while low < high:
        middle = (low + high + 1) // 2
        if fit(text[:middle].rstrip() + "…", width, height, least, least, max_lines=max_lines).fits:
            low = middle
        else:
            high = middle - 1
    cut = text[:low].rstrip() + "…"
    return cut if fit(cut, width, height, least, least, max_lines=max_lines).fits else ""


def bar_chart(painter: Painter, rect: pygame.Rect, rows: list[BarRow], *, max_value: float | None = None,
              labels: bool = True) -> ChartLayout:
    """Horizontal bars, one type size for every label; short labels go beside the bars, long ones above them.

    A label too long for its row even at the smallest type size is cut with an ellipsis, so no text overflows.
    """
    layout = ChartLayout()
    if not rows or rect.width <= 0 or rect.height <= 0:
        return layout
    m, colors = painter.metrics, painter.colors
    gap = m.px(8)
    text_size = m.small
    value_font = painter.fitter.fonts.get(text_size, True)
    text_w = max(value_font.size(row.text)[0] for row in rows) + m.px(12)
    row_h = (rect.height - gap * (len(rows) - 1)) // len(rows)
    band_h = _line_height(painter, text_size, True) + m.px(4)
    if not labels:  # the rows are named beside the chart (by buttons): bars and their texts only
        return _bars_only(painter, rect, rows, max_value, text_w)
    labels = [row.label for row in rows]
    side_w = int(rect.width * SIDE_LABEL_SHARE)
    side_h = min(row_h, m.px(72))
    side_size, side_fits = _common_size(painter, labels, side_w, side_h, m.body, 1)
    label_h = min(row_h, m.px(140)) - band_h - m.px(2)
    one_line = _line_height(painter, m.min_text)
    layout.labels_above = not (side_fits and side_size >= m.small) and label_h >= one_line
    if layout.labels_above:
        row_h = min(row_h, m.px(140))
        labels = [cut_to_fit(painter, label, rect.width, label_h) for label in labels]
        layout.label_size, _ = _common_size(painter, labels, rect.width, label_h, m.body, None)
        bar_x, bar_room = rect.x, rect.width - text_w
    else:
        row_h = side_h
        if not side_fits:  # too little height for labels above the bars: one cut line beside each
            labels = [cut_to_fit(painter, label, side_w, side_h, 1) for label in labels]
            side_size, _ = _common_size(painter, labels, side_w, side_h, m.body, 1)
        layout.label_size = side_size
        bar_x = rect.x + side_w + gap
        bar_room = rect.right - bar_x - text_w
    bar_room = max(1, bar_room)
    top_value = max_value if max_value is not None else max(row.value for row in rows)
    layout.full_length = bar_room
    thickness = max(m.px(10), min(band_h, m.px(34)))
    for i, (row, label) in enumerate(zip(rows, labels)):
        y = rect.y + i * (row_h + gap)
        if layout.labels_above:
            label_box = pygame.Rect(rect.x, y, rect.width, label_h)
            band = pygame.Rect(bar_x, label_box.bottom + m.px(2), bar_room + text_w, band_h)
            if label:
                painter.text(label, label_box, layout.label_size, colors.ink, valign="bottom")
        else:
            label_box = pygame.Rect(rect.x, y, side_w, row_h)
            band = pygame.Rect(bar_x, y + (row_h - band_h) // 2, bar_room + text_w, band_h)
            if label:
                painter.text(label, label_box, layout.label_size, colors.ink, valign="middle", max_lines=1)
        length = round(bar_room * row.value / top_value) if top_value > 0 else 0
        length = max(0, min(bar_room, length))
        bar = pygame.Rect(bar_x, band.centery - thickness // 2, length, thickness)
        track = pygame.Rect(bar_x, bar.y, bar_room, thickness)
        pygame.draw.rect(painter.surface, colors.background, track, border_radius=m.px(6))
        shown = bar if length >= m.px(3) else pygame.Rect(bar_x, bar.y, m.px(3), thickness)
        pygame.draw.rect(painter.surface, row.color, shown, border_radius=m.px(6))
        text_box = pygame.Rect(shown.right + m.px(8), band.y, text_w - m.px(8), band.height)
        painter.text(row.text, text_box, text_size, colors.ink, bold=True, valign="middle", max_lines=1)
        layout.bars.append(bar)
        layout.labels.append(label_box)
    return layout


def _bars_only(painter: Painter, rect: pygame.Rect, rows: list[BarRow], max_value: float | None,
               text_w: int) -> ChartLayout:
    """One bar per row, as tall as a line of text, with its text at its end; rows share `rect` evenly."""
    m, colors = painter.metrics, painter.colors
    layout = ChartLayout()
    gap = m.px(8)
    row_h = (rect.height - gap * (len(rows) - 1)) // len(rows)
    room = max(1, rect.width - text_w - m.px(8))
    top = max_value if max_value is not None else max(row.value for row in rows)
    thickness = max(m.px(10), min(row_h * 3 // 5, m.px(40)))
    layout.full_length = room
    for i, row in enumerate(rows):
        y = rect.y + i * (row_h + gap)
        length = max(0, min(room, round(room * row.value / top))) if top > 0 else 0
        bar = pygame.Rect(rect.x, y + (row_h - thickness) // 2, length, thickness)
        pygame.draw.rect(painter.surface, colors.background, (rect.x, bar.y, room, thickness), border_radius=m.px(6))
        shown = bar if length >= m.px(3) else pygame.Rect(rect.x, bar.y, m.px(3), thickness)
        pygame.draw.rect(painter.surface, row.color, shown, border_radius=m.px(6))
        text_box = pygame.Rect(shown.right + m.px(8), y, rect.right - shown.right - m.px(8), row_h)
        painter.text(row.text, text_box, m.small, colors.ink, bold=True, valign="middle", max_lines=1)
        layout.bars.append(bar)
    return layout


def diverging_bar(painter: Painter, rect: pygame.Rect, value: float, limit: float, text: str,
                  size: int | None = None) -> pygame.Rect:
    """A bar from the middle of `rect`: right (good colour) for a positive value, left (poor colour) for a negative
    one; `text` goes on the empty side. Returns the bar drawn (width 0 for zero)."""
    m, colors = painter.metrics, painter.colors
    centre = rect.centerx
    half = rect.width // 2
    length = round(half * min(1.0, abs(value) / limit)) if limit > 0 else 0
    thickness = max(m.px(8), rect.height * 11 // 20)
    bar = pygame.Rect(centre, rect.centery - thickness // 2, length, thickness)
    if value < 0:
        bar.right = centre
    if length:
        pygame.draw.rect(painter.surface, colors.good if value > 0 else colors.poor, bar, border_radius=m.px(4))
    pygame.draw.line(painter.surface, colors.panel_edge, (centre, rect.y), (centre, rect.bottom - 1), max(1, m.px(2)))
    pad = m.px(6)
    if value < 0:
        box = pygame.Rect(centre + pad, rect.y, half - pad, rect.height)
        align = "left"
    else:
        box = pygame.Rect(rect.x, rect.y, half - pad, rect.height)
        align = "right"
    painter.text(text, box, size or m.small, colors.ink, bold=True, align=align, valign="middle", max_lines=1)
    return bar


def stacked_bar(painter: Painter, rect: pygame.Rect, parts: list[tuple[float, Color, str]]) -> list[pygame.Rect]:
    """One bar split by share (share, colour, tag); a tag is written inside its part only where it fits."""
    m = painter.metrics
    total = sum(share for share, _, _ in parts)
    boxes: list[pygame.Rect] = []
    x = rect.x
    so_far = 0.0
    for share, color, tag in parts:
        so_far += share
        right = rect.x + round(rect.width * so_far / total) if total else rect.x
        box = pygame.Rect(x, rect.y, max(0, right - x), rect.height)
        boxes.append(box)
        if box.width:
            pygame.draw.rect(painter.surface, color, box)
            font = painter.fitter.fonts.get(m.small, True)
            if tag and font.size(tag)[0] + m.px(8) <= box.width and font.get_height() <= box.height:
                ink = _ink_on(color)
                image = painter.fitter.image(tag, m.small, True, ink)
                painter.surface.blit(image, image.get_rect(center=box.center))
        x = right
    pygame.draw.rect(painter.surface, painter.colors.panel_edge, rect, max(1, m.px(2)))
    return boxes


def _ink_on(color: Color) -> Color:
    """Black or white, whichever reads better on `color`."""
    r, g, b = color
    return (0, 0, 0) if 0.299 * r + 0.587 * g + 0.114 * b > 140 else (255, 255, 255)
