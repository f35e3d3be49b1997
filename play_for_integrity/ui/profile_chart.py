"""An integrity profile as a chart: one bar per value from a centre line, right for the value, left against it."""

from __future__ import annotations

import pygame

from play_for_integrity.core.profile import Profile
from play_for_integrity.ui.painter import Painter


def profile_chart(painter: Painter, rect: pygame.Rect, values: list, profile: Profile, tr) -> None:
    """Horizontal bars from a centre line: right (green) shows a value, left (orange) works against it."""
    m, colors = painter.metrics, painter.colors
    painter.panel(rect)
    pad = m.px(24)
    inner = rect.inflate(-2 * pad, -2 * pad)
    label_w = int(inner.width * 0.42)
    bar_area = pygame.Rect(inner.x + label_w + m.px(12), inner.y, inner.width - label_w - m.px(12), inner.height)
    row_h = min(m.px(76), inner.height // max(1, len(values)))
    centre = bar_area.centerx
    # one type size for every value name, so the chart reads as one list
    label_size = min(painter.fitter.fit(tr.value_name(v), label_w, row_h, m.body, m.min_text, max_lines=1).size
                     for v in values) if values else m.body
    pygame.draw.line(painter.surface, colors.panel_edge, (centre, inner.y), (centre, inner.y + row_h * len(values)),
                     max(2, m.px(3)))
    for i, value in enumerate(values):
        y = inner.y + i * row_h
        painter.text(tr.value_name(value), pygame.Rect(inner.x, y, label_w, row_h), label_size, colors.ink,
                     valign="middle", max_lines=1)
        share = profile.shares.get(value.id, 0.0)
        length = int(abs(share) * (bar_area.width // 2 - m.px(72)))
        bar = pygame.Rect(0, y + row_h // 4, max(length, m.px(4)), row_h // 2)
        if share >= 0:
            bar.left = centre
            color = colors.good
        else:
            bar.right = centre
            color = colors.poor
        pygame.draw.rect(painter.surface, color, bar, border_radius=m.px(6))
        total = round(profile.totals.get(value.id, 0))
        label = pygame.Rect(0, y, m.px(64), row_h)
        if share >= 0:
            label.left = min(bar.right + m.px(8), bar_area.right - label.width)
        else:
            label.right = max(bar.left - m.px(8), bar_area.left + label.width)
        sign = "+" if total > 0 else "–" if total < 0 else ""
        painter.text(f"{sign}{abs(total)}", label, m.small, colors.ink, bold=True,
                     align="left" if share >= 0 else "right", valign="middle", max_lines=1)
