"""The end of a class vote: the class's integrity profile, and the story on which the class was most divided."""

from __future__ import annotations

import pygame

from play_for_integrity.play.actions import Finish
from play_for_integrity.play.vote import VoteHour
from play_for_integrity.ui.keys import ANSWER_LETTERS
from play_for_integrity.ui.celebration import Celebrating
from play_for_integrity.ui.painter import Painter
from play_for_integrity.ui.profile_chart import profile_chart
from play_for_integrity.ui.scene_kit import MenuScene, end_row, header
from play_for_integrity.ui.widgets import Button


class VoteEndScene(Celebrating, MenuScene):
    name = "vote-end"
    projected = True

    def __init__(self, app, hour: VoteHour) -> None:
        super().__init__(app)
        self.hour = hour
        library = self.session.library
        self.profile = hour.profile(list(library.values))
        self.group.buttons = [Button("", self.to_title)]
        self.start_celebration()

    def enter(self) -> None:
        self.hour.dispatch(Finish())
        self.app.sounds.play("finish")

    def back(self) -> None:
        self.to_title()

    def to_title(self) -> None:
        self.session.vote = None
        self.app.reset("title")

    def most_divided(self):
        """The vote whose largest option had the smallest share (the class split most), or None."""
        results = [r for r in self.hour.vote.results if r.total > 1]
        return min(results, key=lambda r: max(r.shares.values()), default=None)

    def draw(self, painter: Painter) -> None:
        m, colors, tr = painter.metrics, painter.colors, self.session.tr
        area = header(painter, tr.gettext("The class's integrity profile"))
        [button] = self.group.buttons
        button.label = tr.gettext("Back to the title")
        rest = end_row(painter, area, button, tr.gettext("The votes are saved for the teacher."))
        chart = pygame.Rect(rest.x, rest.y, int(rest.width * 0.48), rest.height)
        profile_chart(painter, chart, list(self.session.library.values.values()), self.profile, tr)
        side = pygame.Rect(chart.right + m.px(24), rest.y, rest.right - chart.right - m.px(24), rest.height)
        painter.panel(side, edge=colors.focus)
        pad = m.px(24)
        inner = side.inflate(-2 * pad, -2 * pad)
        votes = len(self.hour.vote.results)
        lines = [tr.ngettext("The class voted %(count)s time.", "The class voted %(count)s times.", votes) % {
            "count": tr.format_number(votes)}]
        split = self.most_divided()
        if split is not None:
            scenario = next(s for s in self.hour.vote.playlist if s.id == split.scenario_id)
            node = scenario.nodes[split.node_id]
            shares = ", ".join(f"{ANSWER_LETTERS[i]} {tr.format_percent(split.shares[c.id])}"
                               for i, c in enumerate(node.choices))
            lines.append(tr.gettext("The class was most divided on “%(title)s” (%(shares)s). Which reasons did each "
                                    "side have?") % {"title": tr.scenario_title(scenario), "shares": shares})
        painter.text("\n\n".join(lines), inner, m.body)
        button.draw(painter, focused=True, hovered=self.group.hover == 0, align="center")
