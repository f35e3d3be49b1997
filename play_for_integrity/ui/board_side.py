"""The board's side panel pieces: the team list (names cut to fit) and the die."""

from __future__ import annotations

import pygame

from play_for_integrity.core.board_game import BoardGame
from play_for_integrity.ui.board_view import team_color
from play_for_integrity.ui.painter import Painter
from play_for_integrity.ui.tokens import draw_token


def draw_team_list(painter: Painter, box: pygame.Rect, game: BoardGame, tr, positions: list[int]) -> None:
    """Each team's token, name, square and integrity points; the team whose turn it is highlighted.

    Every name has one type size; a name too long even at the small size is cut with an ellipsis.
    """
    m, colors = painter.metrics, painter.colors
    painter.panel(box)
    pad = m.px(14)
    inner = box.inflate(-2 * pad, -2 * pad)
    head_h = m.px(30)
    num_w = m.px(76)
    heads = pygame.Rect(inner.x, inner.y, inner.width, head_h)
    square_col = pygame.Rect(inner.right - 2 * num_w, heads.y, num_w, head_h)
    points_col = pygame.Rect(inner.right - num_w, heads.y, num_w, head_h)
    painter.text(tr.gettext("Square"), square_col, m.min_text, colors.muted_ink, align="center", max_lines=1)
    painter.text(tr.gettext("Points"), points_col, m.min_text, colors.muted_ink, align="center", max_lines=1)
    teams = game.teams
    row_h = min(m.px(58), (inner.height - head_h) // len(teams))
    name_w = inner.width - 2 * num_w - m.px(56)
    name_size = max(m.small, min(painter.fitter.fit(t.name, name_w, row_h, m.body, m.min_text, bold=True,
                                                    max_lines=1).size for t in teams))
    for i, team in enumerate(teams):
        row = pygame.Rect(inner.x, heads.bottom + i * row_h, inner.width, row_h)
        if i == game.current and not game.is_over:
            pygame.draw.rect(painter.surface, colors.button_hover, row, border_radius=m.px(8))
        radius = min(m.px(15), row_h // 3)
        draw_token(painter.surface, team.shape, (row.x + m.px(8) + radius, row.centery), radius,
                   team_color(colors, team), colors.ink, max(2, m.px(2)))
        name = pygame.Rect(row.x + m.px(16) + 2 * radius, row.y, row.width - 2 * num_w - m.px(16) - 2 * radius,
                           row.height)
        painter.text(painter.shortened(team.name, name.width, name_size, True), name, name_size, colors.ink,
                     bold=True, valign="middle", max_lines=1)
        at_finish = positions[i] == game.board.finish
        square = tr.gettext("Finish") if at_finish else tr.format_number(positions[i])
        painter.text(square, pygame.Rect(row.right - 2 * num_w, row.y, num_w, row.height), m.body, colors.ink,
                     align="center", valign="middle", max_lines=1)
        points = sum(game.profiles[i].values())
        sign = "+" if points > 0 else "–" if points < 0 else ""
        painter.text(f"{sign}{tr.format_number(abs(points))}", pygame.Rect(row.right - num_w, row.y, num_w, row.height),
                     m.body, colors.good if points > 0 else colors.poor if points < 0 else colors.ink, bold=True,
                     align="center", valign="middle", max_lines=1)


def draw_die(painter: Painter, rect: pygame.Rect, face: int | None) -> None:
    """A die with its pips; an empty face before the first roll."""
    colors = painter.colors
    if rect.width < 4:
        return
    pygame.draw.rect(painter.surface, colors.panel, rect, border_radius=rect.width // 6)
    pygame.draw.rect(painter.surface, colors.ink, rect, max(2, rect.width // 22), border_radius=rect.width // 6)
    if face is None:
        return
    spots = {1: [(1, 1)], 2: [(0, 0), (2, 2)], 3: [(0, 0), (1, 1), (2, 2)], 4: [(0, 0), (2, 0), (0, 2), (2, 2)],
             5: [(0, 0), (2, 0), (1, 1), (0, 2), (2, 2)], 6: [(0, 0), (2, 0), (0, 1), (2, 1), (0, 2), (2, 2)]}[face]
    cell = rect.width / 4
    for col, row in spots:
        center = (round(rect.x + cell * (col + 1)), round(rect.y + cell * (row + 1)))
        pygame.draw.circle(painter.surface, colors.ink, center, max(2, round(rect.width / 11)))
