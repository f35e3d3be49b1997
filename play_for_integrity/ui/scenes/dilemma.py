"""A dilemma: the story on the left, 2-4 choices on the right (1-4 or arrows + Enter); or an ending."""

from __future__ import annotations

import time

import pygame

from play_for_integrity.ui.painter import Painter
from play_for_integrity.ui.scenes.common import MenuScene, bottom_row, header
from play_for_integrity.ui.widgets import Button


class DilemmaScene(MenuScene):
    name = "dilemma"

    def __init__(self, app) -> None:
        super().__init__(app)
        self.journey = self.session.journey
        assert self.journey is not None
        self.shown_at = time.monotonic()
        node = self.journey.node
        if node.is_ending:
            self.group.buttons = [Button("", self.finish_ending)]
        else:
            self.group.buttons = [Button("", lambda cid=c.id: self.choose(cid), key_hint=str(i + 1), bold=False)
                                  for i, c in enumerate(node.choices)]

    def resume(self) -> None:
        self.shown_at = time.monotonic()

    def back(self) -> None:
        from play_for_integrity.ui.scenes.confirm import ConfirmLeaveScene
        self.app.stack.push(ConfirmLeaveScene(self.app))

    def choose(self, choice_id: str) -> None:
        from play_for_integrity.ui.scenes.feedback import FeedbackScene
        answer = self.journey.choose(choice_id, time.monotonic() - self.shown_at)
        self.session.record(answer)
        self.app.sounds.play("choice")
        self.app.stack.replace(FeedbackScene(self.app))

    def finish_ending(self) -> None:
        self.journey.advance()
        self.app.stack.replace(next_scene(self.app))

    def handle(self, event: pygame.event.Event) -> bool:
        if event.type == pygame.KEYDOWN and pygame.K_1 <= event.key <= pygame.K_4 and not self.journey.node.is_ending:
            index = event.key - pygame.K_1
            choices = self.journey.node.choices
            if index < len(choices):
                self.group.focus = index
                self.choose(choices[index].id)
                return True
        return super().handle(event)

    def draw(self, painter: Painter) -> None:
        m, colors, tr = painter.metrics, painter.colors, self.session.tr
        scenario, node = self.journey.scenario, self.journey.node
        progress = tr.gettext("Story %(number)s of %(count)s") % {
            "number": tr.format_number(self.journey.scenario_index + 1), "count": tr.format_number(len(self.journey.playlist))}
        area = header(painter, tr.scenario_title(scenario), progress)
        if node.is_ending:
            [button] = self.group.buttons
            button.label = tr.gettext("Continue")
            rest = bottom_row(painter, area, [button])
            painter.panel(rest)
            pad = m.px(28)
            painter.text(tr.story(scenario, node), rest.inflate(-2 * pad, -2 * pad), m.heading)
            self.group.draw(painter, align="center")
            return
        gap = m.px(24)
        story_w = int(area.width * 0.46)
        story_rect = pygame.Rect(area.x, area.y, story_w, area.height)
        painter.panel(story_rect)
        pad = m.px(24)
        painter.text(tr.story(scenario, node), story_rect.inflate(-2 * pad, -2 * pad), m.body)
        column = pygame.Rect(story_rect.right + gap, area.y, area.width - story_w - gap, area.height)
        prompt = pygame.Rect(column.x, column.y, column.width, m.px(44))
        painter.text(tr.gettext("What would you do?"), prompt, m.body, colors.accent, bold=True, valign="middle",
                     max_lines=1)
        buttons = self.group.buttons
        top = prompt.bottom + m.px(12)
        each = (column.bottom - top - m.px(16) * (len(buttons) - 1)) // len(buttons)
        for i, (button, choice) in enumerate(zip(buttons, node.choices)):
            button.label = tr.choice_text(scenario, node, choice)
            button.rect = pygame.Rect(column.x, top + i * (each + m.px(16)), column.width, each)
        # one type size for every choice, so none looks more important than another
        boxes = [(b.label, b.label_rect(painter)) for b in buttons]
        size = min(painter.fitter.fit(label, box.width, box.height, m.font(26), m.min_text).size for label, box in boxes)
        for i, button in enumerate(buttons):
            button.draw(painter, focused=(i == self.group.focus), hovered=(i == self.group.hover), size=size)


def next_scene(app):
    """Where the journey goes after a feedback or an ending: the next dilemma, or the summary."""
    journey = app.session.journey
    if journey.finished:
        from play_for_integrity.ui.scenes.summary import SummaryScene
        return SummaryScene(app)
    return DilemmaScene(app)
