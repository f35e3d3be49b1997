"""How the class split on a vote, with the feedback on each option (A-D pick one); on a tie the teacher picks the
branch the story follows. F (or "Fix the counts") takes the votes back to correct a mistyped count.
"""

from __future__ import annotations

import pygame

from play_for_integrity.play.actions import Advance, Follow, UndoVote
from play_for_integrity.play.vote import VoteHour
from play_for_integrity.ui.card_pager import Pager
from play_for_integrity.ui.charts import BarRow, bar_chart
from play_for_integrity.ui.keys import ANSWER_LETTERS, answer_index, shortcut
from play_for_integrity.ui.painter import Painter
from play_for_integrity.ui.scene_kit import MOVE_LABELS, MenuScene, header, note_above
from play_for_integrity.ui.text_layout import split_pages
from play_for_integrity.ui.vote_kit import next_vote_scene
from play_for_integrity.ui.widgets import Button


class VoteResultScene(MenuScene):
    """The split as a bar chart, the feedback on the option picked with A-D; Continue follows the class."""

    name = "vote-result"
    projected = True

    def __init__(self, app, hour: VoteHour, result) -> None:
        super().__init__(app)
        self.hour, self.result = hour, result
        self.scenario = hour.vote.scenario
        self.node = self.scenario.nodes[result.node_id]
        self.selected = self.node.choices.index(self.node.choice(result.followed))
        self.options = [Button(ANSWER_LETTERS[i], lambda i=i: self.select(i)) for i in range(len(self.node.choices))]
        self.continue_button = Button("", self.proceed)
        self.fix_button = Button("", self.fix_counts, key_hint="F")
        self.pager = Pager(app)
        self.group.buttons = [*self.options, self.fix_button, self.continue_button]
        self.group.focus = len(self.options) + 1

    @property
    def tie(self) -> bool:
        return len(self.result.leading) > 1

    def select(self, index: int) -> None:
        self.selected = index
        self.pager.page = 0
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
        if event.type == pygame.KEYDOWN and event.key in (pygame.K_PAGEDOWN, pygame.K_PAGEUP):
            self.pager.turn(1 if event.key == pygame.K_PAGEDOWN else -1)
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
        font = painter.fitter.fonts.get(m.small, True)
        row_h = m.line(m.body) + m.px(24)
        cont_w = painter.fitter.fonts.get(m.body, True).size(self.continue_button.label)[0] + m.px(64)
        self.continue_button.rect = pygame.Rect(area.right - cont_w, area.bottom - row_h, cont_w, row_h)
        fix_w = font.size(self.fix_button.label)[0] + 2 * m.px(16) + 2 * m.px(22) + m.px(24)
        self.fix_button.rect = pygame.Rect(area.x, area.bottom - row_h, fix_w, row_h)
        pager_row = pygame.Rect(self.fix_button.rect.right + m.px(24), area.bottom - row_h,
                                self.continue_button.rect.x - m.px(24) - self.fix_button.rect.right - m.px(24), row_h)
        rest = pygame.Rect(area.x, area.y, area.width, area.height - row_h - m.px(16))
        if self.tie and self.hour.vote.result is not None:
            leaders = tr.format_list([ANSWER_LETTERS[i] for i, c in enumerate(self.node.choices)
                                      if c.id in self.result.leading])
            followed = ANSWER_LETTERS[self.node.choices.index(self.node.choice(self.hour.vote.result.followed))]
            note = tr.gettext("A tie between %(options)s: press a letter to choose the one the story follows "
                              "(now %(chosen)s).") % {"options": leaders, "chosen": followed}
            rest = note_above(painter, rest, note, colors.ink, align="left", lines=3)
        chart = pygame.Rect(rest.x, rest.y, int(rest.width * 0.38), rest.height)
        self._draw_split(painter, chart)
        side = pygame.Rect(chart.right + m.px(24), rest.y, rest.right - chart.right - m.px(24), rest.height)
        self._draw_feedback(painter, side)
        self.pager.layout(painter, pager_row)
        self.pager.draw_label(painter)
        self._arrange()
        for i, button in enumerate(self.group.buttons):
            button.selected = i == self.selected if button in self.options else False
            button.draw(painter, focused=i == self.group.focus, hovered=i == self.group.hover,
                        size=m.body if button in (*self.options, self.continue_button) else m.small, align="center")

    def _draw_split(self, painter: Painter, chart: pygame.Rect) -> None:
        """How the class voted: each option's letter (a button: it shows that option's feedback) beside its bar."""
        m, colors, tr = painter.metrics, painter.colors, self.session.tr
        painter.panel(chart)
        inner = chart.inflate(-2 * m.px(16), -2 * m.px(16))
        count = len(self.options)
        gap = m.px(12)
        each = min((inner.height - gap * (count - 1)) // count, m.line(m.body) + m.px(40))
        side = max(m.line(m.body) + m.px(16), m.px(56))
        rows = []
        for i, choice in enumerate(self.node.choices):
            votes = self.result.counts[choice.id]
            rows.append(BarRow("", votes, f"{tr.format_number(votes)} · {tr.format_percent(self.result.shares[choice.id])}",
                               colors.series[i]))
            y = inner.y + i * (each + gap)
            self.options[i].rect = pygame.Rect(inner.x, y + (each - side) // 2, side, side)
        bars = pygame.Rect(inner.x + side + m.px(12), inner.y, inner.width - side - m.px(12), count * each + (count - 1) * gap)
        bar_chart(painter, bars, rows, max_value=max(1, max(self.result.counts.values())), labels=False)

    def _arrange(self) -> None:
        pager = [self.pager.previous_button] if self.pager.page else []
        pager += [self.pager.next_button] if not self.pager.last else []
        buttons = [*self.options, self.fix_button, *pager, self.continue_button]
        if list(map(id, buttons)) != list(map(id, self.group.buttons)):
            focused = self.group.buttons[self.group.focus] if 0 <= self.group.focus < len(self.group.buttons) else None
            self.group.buttons = buttons
            self.group.focus = buttons.index(focused) if focused in buttons else len(buttons) - 1

    def _draw_feedback(self, painter: Painter, side: pygame.Rect) -> None:
        """The option picked with A-D: its text, its move on the board and its feedback, paged where it is long."""
        m, colors, tr = painter.metrics, painter.colors, self.session.tr
        painter.panel(side)
        inner = side.inflate(-2 * m.px(20), -2 * m.px(20))
        choice = self.node.choices[self.selected]
        chosen = f"{ANSWER_LETTERS[self.selected]}. {tr.choice_text(self.scenario, self.node, choice)}"
        chosen_h = painter.fitter.fit(chosen, inner.width, 5 * m.line(m.small), m.small, m.min_text, False, 5).height
        label_h = m.line(m.body)
        head_h = chosen_h + m.px(8) + label_h + m.px(8)
        pages = split_pages(painter.fitter, tr.feedback(self.scenario, self.node, choice), inner.width, inner.height,
                            m.body, first_height=inner.height - head_h)
        self.pager.settle(len(pages))
        top = inner.y
        if self.pager.page == 0:
            painter.text(chosen, pygame.Rect(inner.x, top, inner.width, chosen_h), m.small, colors.muted_ink,
                         max_lines=5)
            label = pygame.Rect(inner.x, top + chosen_h + m.px(8), inner.width - label_h, label_h)
            painter.move_icon(choice.board, pygame.Rect(inner.right - label_h, label.y, label_h, label_h))
            move_color = {"ladder": colors.good, "snake": colors.poor}.get(choice.board, colors.muted_ink)
            painter.text(tr.gettext(MOVE_LABELS[choice.board]), label, m.body, move_color, bold=True, max_lines=1)
            top += head_h
        painter.text(pages[self.pager.page], pygame.Rect(inner.x, top, inner.width, inner.bottom - top), m.body)
