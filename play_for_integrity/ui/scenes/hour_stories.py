"""What an Hour's stories teach, for the teacher before class: each story's themes, objective and teacher note.

One story a page, so the text stays large: Left/Right or Page Up/Down turn the pages, Esc goes back.
"""

from __future__ import annotations

import pygame

from play_for_integrity.ui.painter import Painter
from play_for_integrity.ui.scene_kit import MenuScene, bottom_row, header, labelled_texts
from play_for_integrity.ui.widgets import Button


class HourStoriesScene(MenuScene):
    name = "hour-stories"

    def __init__(self, app, stories: list) -> None:
        super().__init__(app)
        self.stories = list(stories)
        self.page = 0
        self.previous_button = Button("", lambda: self.turn(-1))
        self.next_button = Button("", lambda: self.turn(1))
        self.back_button = Button("", self.back)
        self.group.buttons = [self.previous_button, self.next_button, self.back_button]

    def turn(self, step: int) -> None:
        self.page = max(0, min(len(self.stories) - 1, self.page + step))

    def handle(self, event: pygame.event.Event) -> bool:
        if event.type == pygame.KEYDOWN and event.key in (pygame.K_RIGHT, pygame.K_PAGEDOWN):
            self.turn(1)
            return True
        if event.type == pygame.KEYDOWN and event.key in (pygame.K_LEFT, pygame.K_PAGEUP):
            self.turn(-1)
            return True
        return super().handle(event)

    def draw(self, painter: Painter) -> None:
        m, colors, tr = painter.metrics, painter.colors, self.session.tr
        count = len(self.stories)
        where = tr.gettext("%(number)s of %(count)s") % {"number": tr.format_number(self.page + 1),
                                                         "count": tr.format_number(count)} if count else ""
        area = header(painter, tr.gettext("What the stories teach"), where)
        self.previous_button.label, self.next_button.label = tr.gettext("Previous"), tr.gettext("Next")
        self.back_button.label = tr.gettext("Back")
        rest = bottom_row(painter, area, self.group.buttons)
        painter.panel(rest)
        pad = m.px(24)
        inner = rest.inflate(-2 * pad, -2 * pad)
        if not count:
            painter.text(tr.gettext("There are no scenarios to play yet. Check the scenario files."), inner, m.body)
        else:
            scenario = self.stories[self.page]
            topics = self.session.library.topics
            themes = " · ".join(tr.topic_name(topics[t]) for t in scenario.topics if t in topics)
            title_h = m.px(56)
            painter.text(tr.scenario_title(scenario), pygame.Rect(inner.x, inner.y, inner.width, title_h), m.heading,
                         colors.ink, bold=True, max_lines=1)
            painter.text(themes, pygame.Rect(inner.x, inner.y + title_h, inner.width, m.px(40)), m.small,
                         colors.muted_ink, max_lines=1)
            top = inner.y + title_h + m.px(48)
            blocks = [(tr.gettext("Objective"), tr.objective(scenario))]
            note = tr.teacher_note(scenario)
            if note:
                blocks.append((tr.gettext("Teacher note"), note))
            labelled_texts(painter, pygame.Rect(inner.x, top, inner.width, inner.bottom - top), blocks, m.small)
        for i, button in enumerate(self.group.buttons):
            button.draw(painter, focused=i == self.group.focus, hovered=i == self.group.hover, align="center")
