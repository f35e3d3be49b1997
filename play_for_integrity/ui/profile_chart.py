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
    count = max(1, len(values))
    font = painter.fitter.fonts.get(m.body)
    widest = max((font.size(tr.value_name(v))[0] for v in values), default=0) + m.px(8)
    stacked = widest > inner.width * 0.45  # each name on its own line above its bar, so no name is squeezed
    row_h = inner.height // count if stacked else min(max(m.px(76), m.line(m.body)), inner.height // count)
    label_w = inner.width if stacked else max(int(inner.width * 0.42), widest)
    name_h = min(m.line(m.body), row_h * 3 // 5) if stacked else row_h
    bar_x = inner.x if stacked else inner.x + label_w + m.px(12)
    bar_area = pygame.Rect(bar_x, inner.y, inner.right - bar_x, inner.height)
    centre = bar_area.centerx
    # one type size for every value name, so the chart reads as one list
    label_size = min(painter.fitter.fit(tr.value_name(v), label_w, name_h, m.body, m.min_text, max_lines=1).size
                     for v in values) if values else m.body
    value_w = painter.fitter.fonts.get(m.small, True).size("+00")[0] + m.px(8)
    for i, value in enumerate(values):
        y = inner.y + i * row_h
        painter.text(tr.value_name(value), pygame.Rect(inner.x, y, label_w, name_h), label_size, colors.ink,
                     valign="middle", max_lines=1)
        band = pygame.Rect(bar_area.x, y + name_h, bar_area.width, row_h - name_h) if stacked else \
            pygame.Rect(bar_area.x, y, bar_area.width, row_h)
        pygame.draw.line(painter.surface, colors.panel_edge, (centre, band.y + m.px(2)), (centre, band.bottom - m.px(2)),
                         max(2, m.px(3)))
        share = profile.shares.get(value.id, 0.0)
        length = int(abs(share) * max(0, bar_area.width // 2 - value_w - m.px(8)))
        thick = max(m.px(8), band.height // 2) if not stacked else max(m.px(8), band.height * 3 // 5)
        bar = pygame.Rect(0, band.centery - thick // 2, max(length, m.px(4)), thick)
        if share >= 0:
            bar.left = centre
            color = colors.good
        else:
            bar.right = centre
            color = colors.poor
        pygame.draw.rect(painter.surface, color, bar, border_radius=m.px(6))
        total = round(profile.totals.get(value.id, 0))
        label = pygame.Rect(0, band.centery - m.line(m.small) // 2, max(m.px(64), value_w), m.line(m.small))
        if share >= 0:
            label.left = min(bar.right + m.px(8), bar_area.right - label.width)
        else:
            label.right = max(bar.left - m.px(8), bar_area.left + label.width)
        sign = "+" if total > 0 else "–" if total < 0 else ""
        painter.text(f"{sign}{abs(total)}", label, m.small, colors.ink, bold=True,
                     align="left" if share >= 0 else "right", valign="middle", max_lines=1)
