"""The end of a board game: two scores kept apart, the race (for fun) and integrity (what was learned)."""

from __future__ import annotations

import pygame

from play_for_integrity.ui.board_view import team_color
from play_for_integrity.play.board import BoardHour
from play_for_integrity.ui.painter import Painter
from play_for_integrity.ui.scene_kit import MenuScene, bottom_row, header
from play_for_integrity.ui.tokens import draw_token
from play_for_integrity.ui.widgets import Button


def names(tr, teams, group: list[int], short=lambda name: name) -> str:
    """Team names (each through `short`) joined the way the language joins a list ("A, B and C")."""
    return tr.format_list([short(teams[i].name) for i in group])


class BoardEndScene(MenuScene):
    name = "board-end"

    def __init__(self, app, hour: BoardHour) -> None:
        super().__init__(app)
        self.hour = hour
        self.game = hour.game
        self.group.buttons = [Button("", self.to_title)]

    def back(self) -> None:
        self.to_title()

    def to_title(self) -> None:
        self.session.board = None
        self.app.reset("title")

    def draw(self, painter: Painter) -> None:
        m, colors, tr = painter.metrics, painter.colors, self.session.tr
        area = header(painter, tr.gettext("The game is over: well played, everyone!"))
        [button] = self.group.buttons
        button.label = tr.gettext("Back to the title")
        rest = bottom_row(painter, area, [button])
        note = pygame.Rect(area.x, rest.bottom + m.px(24), area.width - min(m.px(360), area.width // 2) - m.px(24),
                           m.px(72))
        painter.text(tr.gettext("Both results are saved for the teacher."), note, m.small, colors.muted_ink,
                     valign="middle", max_lines=2)
        gap = m.px(24)
        half = (rest.width - gap) // 2
        race = pygame.Rect(rest.x, rest.y, half, rest.height)
        honesty = pygame.Rect(race.right + gap, rest.y, rest.width - half - gap, rest.height)
        teams = self.game.teams

        def short(name: str) -> str:  # a headline names several teams: a long name must not push it over
            return painter.shortened(name, race.width // 3, m.body, True)
        race_rank = self.game.race_ranking()
        if self.game.finish_order:
            race_line = tr.gettext("%(teams)s won the race!") % {"teams": names(tr, teams, race_rank[0], short)}
        else:
            race_line = tr.gettext("Nobody reached the finish; %(teams)s got furthest.") % {
                "teams": names(tr, teams, race_rank[0], short)}
        board = self.game.board
        self._column(painter, race, tr.gettext("The race"), race_line, race_rank,
                     lambda t: tr.gettext("Finish") if self.game.positions[t] == board.finish
                     else tr.format_number(self.game.positions[t]), colors.accent)
        integrity_rank = self.game.integrity_ranking()
        integrity_line = tr.gettext("%(teams)s earned the most integrity points!") % {
            "teams": names(tr, teams, integrity_rank[0], short)}
        self._column(painter, honesty, tr.gettext("Integrity"), integrity_line, integrity_rank, self._points, colors.good)
        button.draw(painter, focused=True, hovered=self.group.hover == 0, align="center")

    def _points(self, team: int) -> str:
        total = sum(self.game.profiles[team].values())
        sign = "+" if total > 0 else "–" if total < 0 else ""
        return f"{sign}{self.session.tr.format_number(abs(total))}"

    def _column(self, painter: Painter, rect: pygame.Rect, title: str, line: str, ranking: list[list[int]], figure,
                color) -> None:
        m, colors = painter.metrics, painter.colors
        painter.panel(rect, edge=color)
        pad = m.px(24)
        inner = rect.inflate(-2 * pad, -2 * pad)
        title_box = pygame.Rect(inner.x, inner.y, inner.width, m.px(48))
        painter.text(title, title_box, m.heading, color, bold=True, max_lines=1)
        line_box = pygame.Rect(inner.x, title_box.bottom + m.px(4), inner.width, m.px(84))
        painter.text(line, line_box, m.body, colors.ink, bold=True, max_lines=3)
        top = line_box.bottom + m.px(12)
        count = len(self.game.teams)
        row_h = min(m.px(52), (inner.bottom - top) // count)
        name_size = max(m.small, min(painter.fitter.fit(t.name, inner.width - m.px(200), row_h, m.body, m.min_text,
                                                        max_lines=1).size for t in self.game.teams))
        place = 1
        y = top
        for group in ranking:
            for team_index in group:
                team = self.game.teams[team_index]
                row = pygame.Rect(inner.x, y, inner.width, row_h)
                painter.text(f"{place}.", pygame.Rect(row.x, row.y, m.px(40), row.height), m.body, colors.muted_ink,
                             bold=True, valign="middle", max_lines=1)
                radius = min(m.px(16), row_h // 3)
                draw_token(painter.surface, team.shape, (row.x + m.px(48) + radius, row.centery), radius,
                           team_color(colors, team), colors.ink, max(2, m.px(2)))
                name_x = row.x + m.px(60) + 2 * radius
                name = pygame.Rect(name_x, row.y, row.right - m.px(100) - name_x, row.height)
                painter.text(painter.shortened(team.name, name.width, name_size), name, name_size, colors.ink,
                             valign="middle", max_lines=1)
                painter.text(figure(team_index), pygame.Rect(row.right - m.px(96), row.y, m.px(96), row.height), m.body,
                             colors.ink, bold=True, align="right", valign="middle", max_lines=1)
                y += row_h
            place += len(group)
