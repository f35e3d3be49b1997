"""The whole-class vote: a dilemma on the projector, the teacher types how many chose each option, the class sees
its split, the feedback on every option and questions to talk about; the story follows the most-chosen option.
"""

from __future__ import annotations

import pygame

from play_for_integrity.i18n import N_
from play_for_integrity.play.actions import Advance, Follow, SkipStory, SubmitVotes
from play_for_integrity.play.vote import VoteHour
from play_for_integrity.ui.charts import BarRow, bar_chart
from play_for_integrity.ui.form import Form
from play_for_integrity.ui.keys import ANSWER_LETTERS, answer_index, shortcut
from play_for_integrity.ui.painter import Painter
from play_for_integrity.ui.scene_kit import (MOVE_LABELS, FormScene, MenuScene, bottom_row, content_rect, header,
                                             talk_panel)
from play_for_integrity.ui.text_field import TextField, ascii_digit
from play_for_integrity.ui.theme import ink_on
from play_for_integrity.ui.timer_panel import TimedScene, TimerPanel
from play_for_integrity.ui.widgets import Button, ButtonGroup


def next_vote_scene(app, hour: VoteHour) -> None:
    """Show the vote's next screen: a node to vote on, an ending to read, or the class profile at the end."""
    vote = hour.vote
    app.replace("vote-end" if vote.finished else "vote-talk" if vote.node.is_ending else "vote", hour)


def vote_title(scene, painter: Painter, timer: TimerPanel | None) -> pygame.Rect:
    """Class and story title on the left, the thinking-time timer on the right; returns the area below."""
    m, colors, tr = painter.metrics, painter.colors, scene.session.tr
    area = content_rect(painter)
    bar = pygame.Rect(area.x, area.y, area.width, m.px(96))
    timer_w = int(bar.width * 0.38) if timer is not None else 0
    text = pygame.Rect(bar.x, bar.y, bar.width - timer_w - m.px(16), bar.height)
    subtitle = tr.gettext("Class vote")
    if scene.hour.class_name:
        subtitle = f"{subtitle} · {scene.hour.class_name}"
    vote = scene.hour.vote
    subtitle += " · " + tr.gettext("Story %(number)s of %(count)s") % {
        "number": tr.format_number(vote.scenario_index + 1), "count": tr.format_number(len(vote.playlist))}
    painter.text(subtitle, pygame.Rect(text.x, text.y, text.width, text.height * 2 // 5), m.small, colors.muted_ink,
                 valign="bottom", max_lines=1)
    painter.text(tr.scenario_title(vote.scenario), pygame.Rect(text.x, text.y + text.height * 2 // 5, text.width,
                                                                 text.height * 3 // 5), m.heading, colors.ink,
                 bold=True, max_lines=1)
    if timer is not None:
        timer.layout(pygame.Rect(bar.right - timer_w, bar.y, timer_w, bar.height), painter)
        timer.draw_static(painter, scene._("Thinking time"))
    return pygame.Rect(area.x, bar.bottom + m.px(16), area.width, area.bottom - bar.bottom - m.px(16))


class VoteScene(TimedScene, FormScene):
    """The story and its options, each with a box for the number of votes; Enter shows the result."""

    name = "vote"

    def __init__(self, app, hour: VoteHour) -> None:
        self.hour = hour
        self.scenario, self.node = hour.vote.scenario, hour.vote.node
        self.timer = TimerPanel(app, hour.timer)
        self.fields = [TextField(max_length=3, allowed=ascii_digit, placeholder="0") for _ in self.node.choices]
        self.show_button = Button("", self.show_result)
        self.skip_button = Button("", self.skip)
        self.end_button = Button("", self.ask_end)
        super().__init__(app, Form(self.fields, ButtonGroup([*self.timer.buttons, self.skip_button, self.end_button,
                                                             self.show_button]), on_submit=self.show_result))
        self.problem = ""
        self.form.focus(0)

    def counts(self) -> dict[str, int]:
        return {c.id: int(f.text or 0) for c, f in zip(self.node.choices, self.fields)}

    def show_result(self) -> None:
        counts = self.counts()
        if sum(counts.values()) < 1:
            self.problem = self._("Type how many pupils chose each option, then press Enter.")
            return
        outcome = self.hour.dispatch(SubmitVotes(counts))
        if not outcome.accepted:
            self.problem = outcome.reason
            return
        self.form.release()
        self.app.sounds.play("choice")
        self.app.replace("vote-result", self.hour, outcome.value)

    def skip(self) -> None:
        if self.hour.dispatch(SkipStory()).accepted:
            self.form.release()
            next_vote_scene(self.app, self.hour)

    def ask_end(self) -> None:
        ask_end_vote(self.app, self.hour)

    def back(self) -> None:
        ask_end_vote(self.app, self.hour)

    def handle(self, event: pygame.event.Event) -> bool:
        # the count boxes take digits only, so letters (and the timer's T, + and -) are free for shortcuts
        if shortcut(event, "s"):
            self.skip()
            return True
        if shortcut(event, "e"):
            self.ask_end()
            return True
        return super().handle(event)

    def draw(self, painter: Painter) -> None:
        m, colors, tr = painter.metrics, painter.colors, self.session.tr
        area = vote_title(self, painter, self.timer)
        h = m.px(64)
        self.show_button.label = tr.gettext("Show the result")
        self.skip_button.label = tr.gettext("Skip the story")
        self.end_button.label = tr.gettext("End the vote")
        bw = min(m.px(300), area.width // 3)
        self.show_button.rect = pygame.Rect(area.right - bw, area.bottom - h, bw, h)
        small = min(m.px(230), (area.width - bw) // 3)
        self.skip_button.rect = pygame.Rect(area.x, area.bottom - h, small, h)
        self.end_button.rect = pygame.Rect(self.skip_button.rect.right + m.px(12), area.bottom - h, small, h)
        body = pygame.Rect(area.x, area.y, area.width, area.height - h - m.px(20))
        if self.problem:  # above the buttons, across the whole width
            line = m.px(40)
            body.height -= line + m.px(8)
            painter.text(self.problem, pygame.Rect(area.x, body.bottom + m.px(8), area.width, line), m.small,
                         colors.poor, bold=True, align="right", valign="middle", max_lines=1)
        story = pygame.Rect(body.x, body.y, int(body.width * 0.44), body.height)
        painter.panel(story)
        pad = m.px(24)
        painter.text(tr.story(self.scenario, self.node), story.inflate(-2 * pad, -2 * pad), m.body)
        column = pygame.Rect(story.right + m.px(24), body.y, body.right - story.right - m.px(24), body.height)
        count_w = m.px(96)
        gap = m.px(12)
        each = (column.height - gap * (len(self.fields) - 1)) // len(self.fields)
        texts = [tr.choice_text(self.scenario, self.node, c) for c in self.node.choices]
        text_w = column.width - count_w - m.px(64)
        size = min(painter.fitter.fit(t, text_w, each - m.px(12), m.small, m.min_text).size for t in texts)
        for i, (field, text) in enumerate(zip(self.fields, texts)):
            row = pygame.Rect(column.x, column.y + i * (each + gap), column.width, each)
            painter.panel(row, radius=m.px(12))
            radius = min(m.px(20), row.height // 3)
            painter.badge((row.x + m.px(12) + radius, row.centery), radius, ANSWER_LETTERS[i], colors.series[i],
                          ink_on(colors.series[i]))
            painter.text(text, pygame.Rect(row.x + 2 * radius + m.px(24), row.y + m.px(6), text_w - m.px(8),
                                           row.height - m.px(12)), size, colors.ink, valign="middle")
            field.rect = pygame.Rect(row.right - count_w - m.px(10), row.centery - m.px(28), count_w, m.px(56))
        self.form.draw_fields(painter, m.heading)
        for i, button in enumerate(self.group.buttons):
            button.draw(painter, focused=i == self.group.focus, hovered=i == self.group.hover,
                        size=m.body if button is self.show_button else m.small, align="center")


def ask_end_vote(app, hour: VoteHour) -> None:
    app.push("ask", N_("End the class vote now?"), N_("Keep voting"), N_("End the vote"),
             lambda: app.replace("vote-end", hour), N_("The votes so far are saved in the class results."))


class VoteResultScene(MenuScene):
    """How the class split, and the feedback on each option (A-D pick one); on a tie the teacher picks the branch."""

    name = "vote-result"

    def __init__(self, app, hour: VoteHour, result) -> None:
        super().__init__(app)
        self.hour, self.result = hour, result
        self.scenario = hour.vote.scenario
        self.node = self.scenario.nodes[result.node_id]
        self.selected = self.node.choices.index(self.node.choice(result.followed))
        self.options = [Button(ANSWER_LETTERS[i], lambda i=i: self.select(i)) for i in range(len(self.node.choices))]
        self.continue_button = Button("", self.proceed)
        self.group.buttons = [*self.options, self.continue_button]
        self.group.focus = len(self.options)

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

    def proceed(self) -> None:
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
        return super().handle(event)

    def draw(self, painter: Painter) -> None:
        m, colors, tr = painter.metrics, painter.colors, self.session.tr
        total = self.result.total
        votes = tr.ngettext("%(count)s vote", "%(count)s votes", total) % {"count": tr.format_number(total)}
        area = header(painter, tr.scenario_title(self.scenario), votes)
        self.continue_button.label = tr.gettext("Continue")
        rest = bottom_row(painter, area, [self.continue_button])
        if self.tie:
            leaders = tr.format_list([ANSWER_LETTERS[i] for i, c in enumerate(self.node.choices)
                                      if c.id in self.result.leading])
            followed = ANSWER_LETTERS[self.node.choices.index(self.node.choice(self.hour.vote.result.followed))]
            note = tr.gettext("A tie between %(options)s: press a letter to choose the one the story follows "
                              "(now %(chosen)s).") % {"options": leaders, "chosen": followed}
            bw = self.continue_button.rect.width
            painter.text(note, pygame.Rect(area.x, self.continue_button.rect.y, area.width - bw - m.px(24),
                                           self.continue_button.rect.height), m.small, colors.ink, bold=True,
                         valign="middle", max_lines=2)
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
                        size=m.body, align="center")

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


class VoteTalkScene(MenuScene):
    """The end of a story: its ending (if it has one) and the questions for the class; Continue goes on."""

    name = "vote-talk"

    def __init__(self, app, hour: VoteHour, after_vote: bool = False) -> None:
        super().__init__(app)
        self.hour = hour
        self.after_vote = after_vote
        self.scenario = hour.vote.scenario
        self.node = hour.vote.node
        self.group.buttons = [Button("", self.proceed)]

    def back(self) -> None:
        self.proceed()

    def proceed(self) -> None:
        if self.hour.dispatch(Advance()).accepted:
            next_vote_scene(self.app, self.hour)

    def draw(self, painter: Painter) -> None:
        m, tr = painter.metrics, self.session.tr
        area = header(painter, tr.scenario_title(self.scenario))
        [button] = self.group.buttons
        button.label = tr.gettext("Continue")
        rest = bottom_row(painter, area, [button])
        pad = m.px(24)
        questions = pygame.Rect(rest.x, rest.y, rest.width, rest.height)
        if self.node.is_ending and not self.after_vote:
            ending = pygame.Rect(rest.x, rest.y, int(rest.width * 0.5), rest.height)
            painter.panel(ending)
            painter.text(tr.story(self.scenario, self.node), ending.inflate(-2 * pad, -2 * pad), m.body)
            questions = pygame.Rect(ending.right + m.px(24), rest.y, rest.right - ending.right - m.px(24), rest.height)
        talk_panel(painter, questions, tr.gettext("Talk about it"), tr.discussion(self.scenario), m.heading, m.body)
        button.draw(painter, focused=True, hovered=self.group.hover == 0, align="center")
