"""The end of a board game: two scores kept apart, the race (for fun) and integrity (what was learned)."""

from __future__ import annotations

import pygame

from play_for_integrity.ui.board_view import team_color
from play_for_integrity.play.board import BoardHour
from play_for_integrity.ui.celebration import Celebrating
from play_for_integrity.ui.painter import Painter
from play_for_integrity.ui.scene_kit import MenuScene, end_row, header
from play_for_integrity.ui.text_layout import text_width
from play_for_integrity.ui.tokens import draw_token
from play_for_integrity.ui.widgets import Button


def names(tr, teams, group: list[int], short=lambda name: name) -> str:
    """Team names (each through `short`) joined the way the language joins a list ("A, B and C")."""
    return tr.format_list([short(teams[i].name) for i in group])


class BoardEndScene(Celebrating, MenuScene):
    name = "board-end"
    projected = True

    def __init__(self, app, hour: BoardHour) -> None:
        super().__init__(app)
        self.hour = hour
        self.game = hour.game
        self.group.buttons = [Button("", self.to_title)]
        self.start_celebration()

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
        rest = end_row(painter, area, button, tr.gettext("Both results are saved for the teacher."))
        gap = m.px(24)
        half = (rest.width - gap) // 2
        race = pygame.Rect(rest.x, rest.y, half, rest.height)
        honesty = pygame.Rect(race.right + gap, rest.y, rest.width - half - gap, rest.height)

        race_rank = self.game.race_ranking()
        integrity_rank = self.game.integrity_ranking()
        width = race.width - 2 * m.px(16)
        if self.game.finish_order:
            race_line = self._headline(painter, tr.gettext("%(teams)s won the race!"), race_rank[0], width)
        else:
            race_line = self._headline(painter, tr.gettext("Nobody reached the finish; %(teams)s got furthest."),
                                       race_rank[0], width)
        board = self.game.board
        self._column(painter, race, tr.gettext("The race"), race_line, race_rank,
                     lambda t: tr.gettext("Finish") if self.game.positions[t] == board.finish
                     else tr.format_number(self.game.positions[t]), colors.accent)
        integrity_line = self._headline(painter, tr.gettext("%(teams)s earned the most integrity points!"),
                                        integrity_rank[0], width)
        self._column(painter, honesty, tr.gettext("Integrity"), integrity_line, integrity_rank, self._points, colors.good)
        button.draw(painter, focused=True, hovered=self.group.hover == 0, align="center")

    def _headline(self, painter: Painter, template: str, group: list[int], width: int) -> str:
        """`template` naming the teams of `group`, each name cut as little as lets the line fit two lines (three
        when the names are already cut short)."""
        m, tr, teams = painter.metrics, self.session.tr, self.game.teams
        cut = width * 2
        while True:
            line = template % {"teams": names(tr, teams, group,
                                              lambda name: painter.shortened(name, cut // len(group), m.body, True))}
            if cut <= width // 4 or painter.fitter.fit(line, width, 3 * m.line(m.body), m.body, m.min_text, True,
                                                       3 if cut <= width // 2 else 2).fits:
                return line
            cut = cut * 4 // 5

    def _points(self, team: int) -> str:
        total = sum(self.game.profiles[team].values())
        sign = "+" if total > 0 else "–" if total < 0 else ""
        return f"{sign}{self.session.tr.format_number(abs(total))}"

    def _column(self, painter: Painter, rect: pygame.Rect, title: str, line: str, ranking: list[list[int]], figure,
                color) -> None:
        m, colors = painter.metrics, painter.colors
        painter.panel(rect, edge=color)
        pad = m.px(16)
        inner = rect.inflate(-2 * pad, -2 * pad)
        title_box = pygame.Rect(inner.x, inner.y, inner.width, m.px(48))
        painter.text(title, title_box, m.heading, color, bold=True, max_lines=1)
        title_box.height = max(title_box.height, m.line(m.heading))
        line_h = painter.fitter.fit(line, inner.width, 3 * m.line(m.body), m.body, m.min_text, True, 3).height
        line_box = pygame.Rect(inner.x, title_box.bottom + m.px(4), inner.width, line_h)
        painter.text(line, line_box, m.body, colors.ink, bold=True, max_lines=3)
        top = line_box.bottom + m.px(12)
        count = len(self.game.teams)
        row_h = min(max(m.px(52), m.line(m.body)), (inner.bottom - top) // count)
        font = painter.fitter.fonts.get(m.body, True)
        figure_w = max(text_width(font, figure(i)) for i in range(count)) + m.px(8)
        name_size = max(m.small, min(painter.fitter.fit(t.name, inner.width - m.px(104) - figure_w, row_h, m.body,
                                                        m.min_text, max_lines=1).size for t in self.game.teams))
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
                name = pygame.Rect(name_x, row.y, row.right - figure_w - m.px(4) - name_x, row.height)
                painter.text(painter.shortened(team.name, name.width, name_size), name, name_size, colors.ink,
                             valign="middle", max_lines=1)
                painter.text(figure(team_index), pygame.Rect(row.right - figure_w, row.y, figure_w, row.height), m.body,
                             colors.ink, bold=True, align="right", valign="middle", max_lines=1)
                y += row_h
            place += len(group)
