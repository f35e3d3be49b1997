"""The board's side panel pieces: the team list (names cut to fit) and the die."""

from __future__ import annotations

import pygame

from play_for_integrity.core.board_game import BoardGame
from play_for_integrity.ui.board_view import team_color
from play_for_integrity.ui.painter import Painter, Sprites
from play_for_integrity.ui.tokens import draw_token


def draw_team_list(painter: Painter, box: pygame.Rect, game: BoardGame, tr, positions: list[int]) -> None:
    """Each team's token, name, square and integrity points; the team whose turn it is highlighted.

    Every name has one type size; a name too long is cut with an ellipsis. Where the panel is too narrow for the
    names, the square column is left out (the tokens on the board show where each team is).
    """
    m, colors = painter.metrics, painter.colors
    painter.panel(box)
    pad = m.px(12)
    inner = box.inflate(-2 * pad, -2 * pad)
    teams = game.teams
    head_h = m.line(m.small)
    row_h = min(max(m.px(58), m.line(m.body) + m.px(10)), (inner.height - head_h) // len(teams))
    size = m.body
    font = painter.fitter.fonts.get(size, True)
    squares = [tr.gettext("Finish") if p == game.board.finish else tr.format_number(p) for p in positions]
    points = []
    for profile in game.profiles:
        total = sum(profile.values())
        points.append(("+" if total > 0 else "–" if total < 0 else "") + tr.format_number(abs(total)))
    head_font = painter.fitter.fonts.get(m.small)
    points_w = max(font.size(p)[0] for p in [*points, "+00"]) + m.px(12)
    points_w = max(points_w, head_font.size(tr.gettext("Points"))[0] + m.px(8))
    square_w = max(font.size(s)[0] for s in [*squares, "00"]) + m.px(12)
    square_w = max(square_w, head_font.size(tr.gettext("Square"))[0] + m.px(8))
    radius = min(m.px(15), row_h // 3)
    name_x = inner.x + m.px(12) + 2 * radius
    if inner.right - name_x - points_w - square_w < inner.width * 0.4:
        square_w = 0
    points_col = pygame.Rect(inner.right - points_w, inner.y, points_w, head_h)
    square_col = pygame.Rect(points_col.x - square_w, inner.y, square_w, head_h)
    painter.text(tr.gettext("Points"), points_col, m.small, colors.muted_ink, align="center", max_lines=1)
    if square_w:
        painter.text(tr.gettext("Square"), square_col, m.small, colors.muted_ink, align="center", max_lines=1)
    for i, team in enumerate(teams):
        row = pygame.Rect(inner.x, inner.y + head_h + i * row_h, inner.width, row_h)
        if i == game.current and not game.is_over:
            pygame.draw.rect(painter.surface, colors.button_hover, row, border_radius=m.px(8))
        draw_token(painter.surface, team.shape, (row.x + m.px(4) + radius, row.centery), radius,
                   team_color(colors, team), colors.ink, max(2, m.px(2)))
        name = pygame.Rect(name_x, row.y, square_col.x - name_x - m.px(4), row.height)
        painter.text(painter.shortened(team.name, name.width, size, True), name, size, colors.ink, bold=True,
                     valign="middle", max_lines=1)
        if square_w:
            painter.text(squares[i], pygame.Rect(square_col.x, row.y, square_w, row.height), size, colors.ink,
                         align="center", valign="middle", max_lines=1)
        total = sum(game.profiles[i].values())
        painter.text(points[i], pygame.Rect(points_col.x, row.y, points_w, row.height), size,
                     colors.good if total > 0 else colors.poor if total < 0 else colors.ink, bold=True,
                     align="center", valign="middle", max_lines=1)


_DIE_PIPS = {1: [(1, 1)], 2: [(0, 0), (2, 2)], 3: [(0, 0), (1, 1), (2, 2)], 4: [(0, 0), (2, 0), (0, 2), (2, 2)],
             5: [(0, 0), (2, 0), (1, 1), (0, 2), (2, 2)], 6: [(0, 0), (2, 0), (0, 1), (2, 1), (0, 2), (2, 2)]}
_DIE_PICTURES = Sprites(limit=64)


def draw_die(painter: Painter, rect: pygame.Rect, face: int | None) -> None:
    """A die with its pips; an empty face before the first roll. Drawn once per face, size and colours, then
    blitted: while a move plays, the board draws it every frame."""
    colors = painter.colors
    if rect.width < 4:
        return
    picture = _DIE_PICTURES.get((rect.size, face, colors.panel, colors.ink), rect.size,
                                lambda die: _draw_die(die, die.get_rect(), face, colors.panel, colors.ink))
    painter.surface.blit(picture, rect)


def _draw_die(surface: pygame.Surface, rect: pygame.Rect, face: int | None, fill, ink) -> None:
    pygame.draw.rect(surface, fill, rect, border_radius=rect.width // 6)
    pygame.draw.rect(surface, ink, rect, max(2, rect.width // 22), border_radius=rect.width // 6)
    if face is None:
        return
    cell = rect.width / 4
    for col, row in _DIE_PIPS[face]:
        center = (round(rect.x + cell * (col + 1)), round(rect.y + cell * (row + 1)))
        pygame.draw.circle(surface, ink, center, max(2, round(rect.width / 11)))
