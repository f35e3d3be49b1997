"""The whole-class vote: a dilemma on the projector, the teacher types how many chose each option (the split is
shown on the "vote-result" screen), and the end of a story with questions to talk about.
"""

from __future__ import annotations

import pygame

from play_for_integrity.play.actions import Advance, SkipStory, SubmitVotes
from play_for_integrity.play.vote import VoteHour
from play_for_integrity.ui.form import Form
from play_for_integrity.ui.keys import ANSWER_LETTERS, shortcut
from play_for_integrity.ui.painter import Painter
from play_for_integrity.ui.picture_art import picture_beside_choices
from play_for_integrity.ui.scene_kit import TALK_MOST, FormScene, MenuScene, bottom_row, header, note_above, talk_panel
from play_for_integrity.ui.text_field import TextField, ascii_digit
from play_for_integrity.ui.theme import ink_on
from play_for_integrity.ui.timer_panel import TimedScene, TimerPanel
from play_for_integrity.ui.vote_kit import ask_end_vote, count_problem, next_vote_scene, vote_title
from play_for_integrity.ui.widgets import Button, ButtonGroup


class VoteScene(TimedScene, FormScene):
    """The story and its options, each with a box for the number of votes; Enter shows the result.

    `counts` fills the boxes again when the teacher came back from the split to correct them.
    """

    name = "vote"

    def __init__(self, app, hour: VoteHour, counts: dict[str, int] | None = None) -> None:
        self.hour = hour
        self.scenario, self.node = hour.vote.scenario, hour.vote.node
        self.timer = TimerPanel(app, hour.timer)
        self.fields = [TextField(max_length=3, allowed=ascii_digit, placeholder="0",
                                 text=str((counts or {}).get(c.id, "") or "")) for c in self.node.choices]
        self.show_button = Button("", self.show_result)
        self.skip_button = Button("", self.skip)
        self.end_button = Button("", self.ask_end)
        super().__init__(app, Form(self.fields, ButtonGroup([*self.timer.buttons, self.skip_button, self.end_button,
                                                             self.show_button]), on_submit=self.show_result))
        self.problem = ""
        self._rows: list[pygame.Rect] = []  # one per option, laid out by each draw
        self.form.focus(0)

    def counts(self) -> dict[str, int]:
        return {c.id: int(f.text or 0) for c, f in zip(self.node.choices, self.fields)}

    def show_result(self) -> None:
        counts = self.counts()
        problem = count_problem(self.session.tr, counts, self.hour.vote.class_size)
        if problem is not None:  # nothing is recorded: the teacher corrects the counts first
            self.problem = problem
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
            body = note_above(painter, body, self.problem)
        story = pygame.Rect(body.x, body.y, int(body.width * 0.44), body.height)
        painter.panel(story)
        pad = m.px(24)
        column = pygame.Rect(story.right + m.px(24), body.y, body.right - story.right - m.px(24), body.height)
        story_box, column = picture_beside_choices(painter, self.app.pictures, self.scenario,
                                                   story.inflate(-2 * pad, -2 * pad),
                                                   tr.story(self.scenario, self.node), m.body, column,
                                                   lambda box, roomy: self._place_rows(painter, box, roomy))
        painter.text(tr.story(self.scenario, self.node), story_box, m.body)
        count_w = m.px(96)
        texts = [tr.choice_text(self.scenario, self.node, c) for c in self.node.choices]
        text_w = column.width - count_w - m.px(64)
        size, _ = self._place_rows(painter, column)
        for i, (field, text, row) in enumerate(zip(self.fields, texts, self._rows)):
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

    def _place_rows(self, painter: Painter, column: pygame.Rect, roomy: bool = False) -> tuple[int, bool]:
        """Lay out one row per option in `column` (kept in `_rows`); returns the options' one type size and whether
        all fit (with air when `roomy`)."""
        m, tr = painter.metrics, self.session.tr
        gap = m.px(12)
        each = (column.height - gap * (len(self.fields) - 1)) // len(self.fields)
        self._rows = [pygame.Rect(column.x, column.y + i * (each + gap), column.width, each)
                      for i in range(len(self.fields))]
        text_w = column.width - m.px(96) - m.px(64)
        air = m.px(20) if roomy else 0
        blocks = [painter.fitter.fit(tr.choice_text(self.scenario, self.node, c), text_w, each - m.px(12) - air,
                                     m.small, m.min_text) for c in self.node.choices]
        roomy_rows = not roomy or each >= m.px(72)  # a count box (56 high) still sits inside its row
        return min(block.size for block in blocks), roomy_rows and all(block.fits for block in blocks)


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
        asked = tr.discussion(self.scenario, self.hour.vote.seen, TALK_MOST)
        talk_panel(painter, questions, tr.gettext("Talk about it"), asked, m.heading, m.body)
        button.draw(painter, focused=True, hovered=self.group.hover == 0, align="center")
