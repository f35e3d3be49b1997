"""How the class split on a vote, with the feedback on each option (A-D pick one); on a tie the teacher picks the
branch the story follows. F (or "Fix the counts") takes the votes back to correct a mistyped count.
"""

from __future__ import annotations

import pygame

from play_for_integrity.play.actions import Advance, Follow, UndoVote
from play_for_integrity.play.vote import VoteHour
from play_for_integrity.ui.charts import BarRow, bar_chart
from play_for_integrity.ui.keys import ANSWER_LETTERS, answer_index, shortcut
from play_for_integrity.ui.painter import Painter
from play_for_integrity.ui.scene_kit import MOVE_LABELS, MenuScene, bottom_row, header, note_above
from play_for_integrity.ui.vote_kit import next_vote_scene
from play_for_integrity.ui.widgets import Button


class VoteResultScene(MenuScene):
    """The split as a bar chart, the feedback on the option picked with A-D; Continue follows the class."""

    name = "vote-result"

    def __init__(self, app, hour: VoteHour, result) -> None:
        super().__init__(app)
        self.hour, self.result = hour, result
        self.scenario = hour.vote.scenario
        self.node = self.scenario.nodes[result.node_id]
        self.selected = self.node.choices.index(self.node.choice(result.followed))
        self.options = [Button(ANSWER_LETTERS[i], lambda i=i: self.select(i)) for i in range(len(self.node.choices))]
        self.continue_button = Button("", self.proceed)
        self.fix_button = Button("", self.fix_counts, key_hint="F")
        self.group.buttons = [*self.options, self.fix_button, self.continue_button]
        self.group.focus = len(self.options) + 1

    @property
    def tie(self) -> bool:
        return len(self.result.leading) > 1

    def select(self, index: int) -> None:
        self.selected = index
        choice = self.node.choices[index]
        if self.tie and choice.id in self.result.leading:
            self.hour.dispatch(Follow(choice.id))

    def back(self) -> None:
        self.proceed()

    def fix_counts(self) -> None:
        """Back to the count boxes, filled as typed; the votes on show leave the class results."""
        if self.hour.dispatch(UndoVote()).accepted:
            self.app.replace("vote", self.hour, self.result.counts)

    def proceed(self) -> None:
        if self.hour.vote.result is None:  # the votes were just taken back
            return
        followed = self.node.choice(self.hour.vote.result.followed)
        if followed.next is None:  # the story ends here: talk about it before the next one
            self.app.replace("vote-talk", self.hour, after_vote=True)
            return
        if self.hour.dispatch(Advance()).accepted:
            next_vote_scene(self.app, self.hour)

    def handle(self, event: pygame.event.Event) -> bool:
        index = answer_index(event, len(self.options))
        if index is not None:
            self.select(index)
            return True
        if shortcut(event, "f"):
            self.fix_counts()
            return True
        return super().handle(event)

    def draw(self, painter: Painter) -> None:
        m, colors, tr = painter.metrics, painter.colors, self.session.tr
        total = self.result.total
        votes = tr.ngettext("%(count)s vote", "%(count)s votes", total) % {"count": tr.format_number(total)}
        area = header(painter, tr.scenario_title(self.scenario), votes)
        self.continue_button.label = tr.gettext("Continue")
        # TRANSLATORS: a button on the class vote's result: go back and correct the typed numbers of votes.
        self.fix_button.label = tr.gettext("Fix the counts")
        rest = bottom_row(painter, area, [self.continue_button])
        cont = self.continue_button.rect
        self.fix_button.rect = pygame.Rect(area.x, cont.y, min(m.px(340), cont.x - area.x - m.px(24)), cont.height)
        if self.tie and self.hour.vote.result is not None:
            leaders = tr.format_list([ANSWER_LETTERS[i] for i, c in enumerate(self.node.choices)
                                      if c.id in self.result.leading])
            followed = ANSWER_LETTERS[self.node.choices.index(self.node.choice(self.hour.vote.result.followed))]
            note = tr.gettext("A tie between %(options)s: press a letter to choose the one the story follows "
                              "(now %(chosen)s).") % {"options": leaders, "chosen": followed}
            rest = note_above(painter, rest, note, colors.ink, align="left", lines=2)
        chart = pygame.Rect(rest.x, rest.y, int(rest.width * 0.5), rest.height)
        rows = []
        for i, choice in enumerate(self.node.choices):
            count = self.result.counts[choice.id]
            rows.append(BarRow(f"{ANSWER_LETTERS[i]}. {tr.choice_text(self.scenario, self.node, choice)}", count,
                               f"{tr.format_number(count)} · {tr.format_percent(self.result.shares[choice.id])}",
                               colors.series[i]))
        painter.panel(chart)
        bar_chart(painter, chart.inflate(-2 * m.px(20), -2 * m.px(20)), rows, max_value=max(1, max(
            self.result.counts.values())))
        side = pygame.Rect(chart.right + m.px(24), rest.y, rest.right - chart.right - m.px(24), rest.height)
        self._draw_feedback(painter, side)
        for i, button in enumerate(self.group.buttons):
            button.selected = i == self.selected if button in self.options else False
            button.draw(painter, focused=i == self.group.focus, hovered=i == self.group.hover,
                        size=m.small if button is self.fix_button else m.body, align="center")

    def _draw_feedback(self, painter: Painter, side: pygame.Rect) -> None:
        m, colors, tr = painter.metrics, painter.colors, self.session.tr
        painter.panel(side)
        pad = m.px(20)
        inner = side.inflate(-2 * pad, -2 * pad)
        tab_h, gap = m.px(52), m.px(10)
        tab_w = min(m.px(72), (inner.width - gap * (len(self.options) - 1)) // len(self.options))
        for i, button in enumerate(self.options):
            button.rect = pygame.Rect(inner.x + i * (tab_w + gap), inner.y, tab_w, tab_h)
        choice = self.node.choices[self.selected]
        icon = pygame.Rect(inner.right - tab_h, inner.y, tab_h, tab_h)
        painter.move_icon(choice.board, icon)
        label = pygame.Rect(inner.x, inner.y + tab_h + m.px(10), inner.width, m.px(40))
        move_color = {"ladder": colors.good, "snake": colors.poor}.get(choice.board, colors.muted_ink)
        painter.text(tr.gettext(MOVE_LABELS[choice.board]), label, m.body, move_color, bold=True, max_lines=1)
        text = pygame.Rect(inner.x, label.bottom + m.px(8), inner.width, inner.bottom - label.bottom - m.px(8))
        painter.text(tr.feedback(self.scenario, self.node, choice), text, m.small)


