"""What an Hour's stories teach, for the teacher before class: each story's themes, objective and teacher note.

One story a page, so the text stays large; a story whose objective and note do not both fit at the reading size
gets a second page for its note. Left/Right or Page Up/Down turn the pages, Esc goes back.
"""

from __future__ import annotations

import pygame

from play_for_integrity.ui.painter import Painter
from play_for_integrity.ui.scene_kit import MenuScene, below_header, bottom_row, header, labelled_texts
from play_for_integrity.ui.widgets import Button


class HourStoriesScene(MenuScene):
    name = "hour-stories"

    def __init__(self, app, stories: list) -> None:
        super().__init__(app)
        self.stories = list(stories)
        self.page = 0
        self._pages: list[tuple[int, list[tuple[str, str]]]] = []
        self._laid_out_for: tuple | None = None
        self.previous_button = Button("", lambda: self.turn(-1))
        self.next_button = Button("", lambda: self.turn(1))
        self.back_button = Button("", self.back)
        self.group.buttons = [self.previous_button, self.next_button, self.back_button]

    def turn(self, step: int) -> None:
        last = (len(self._pages) if self._pages else len(self.stories)) - 1
        self.page = max(0, min(last, self.page + step))

    def _themes(self, scenario) -> str:
        topics, tr = self.session.library.topics, self.session.tr
        return " · ".join(tr.topic_name(topics[t]) for t in scenario.topics if t in topics)

    def _blocks(self, scenario) -> list[tuple[str, str]]:
        tr = self.session.tr
        blocks = [(tr.gettext("Objective"), tr.objective(scenario))]
        note = tr.teacher_note(scenario)
        if note:
            blocks.append((tr.gettext("Teacher note"), note))
        return blocks

    def _text_area(self, painter: Painter, below_title: pygame.Rect, scenario) -> pygame.Rect:
        """The part of `below_title` under the story's themes (one line, or two in a long language)."""
        m = painter.metrics
        themes_h = painter.fitter.fit(self._themes(scenario), below_title.width, m.px(80), m.small, m.min_text,
                                      False, 2).height
        top = below_title.y + themes_h + m.px(16)
        return pygame.Rect(below_title.x, top, below_title.width, below_title.bottom - top)

    def _lay_out(self, painter: Painter, below_title: pygame.Rect) -> list[tuple[int, list[tuple[str, str]]]]:
        """(story index, its blocks on this page) for every page: all of a story's blocks on one page if they fit
        at the reading size, else one block a page."""
        key = (tuple(below_title), self.session.settings.language, painter.metrics.small)
        if key != self._laid_out_for:
            self._pages = []
            for index, scenario in enumerate(self.stories):
                blocks = self._blocks(scenario)
                if len(blocks) > 1 and not _fits(painter, blocks, self._text_area(painter, below_title, scenario)):
                    self._pages.extend((index, [block]) for block in blocks)
                else:
                    self._pages.append((index, blocks))
            self._laid_out_for = key
            self.page = min(self.page, max(0, len(self._pages) - 1))
        return self._pages

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
        area = below_header(painter)
        self.previous_button.label, self.next_button.label = tr.gettext("Previous"), tr.gettext("Next")
        self.back_button.label = tr.gettext("Back")
        rest = bottom_row(painter, area, self.group.buttons)
        painter.panel(rest)
        pad = m.px(24)
        inner = rest.inflate(-2 * pad, -2 * pad)
        title_h = m.px(56)
        below_title = pygame.Rect(inner.x, inner.y + title_h, inner.width, inner.height - title_h)
        pages = self._lay_out(painter, below_title) if self.stories else []
        where = tr.gettext("%(number)s of %(count)s") % {"number": tr.format_number(self.page + 1),
                                                         "count": tr.format_number(len(pages))} if pages else ""
        header(painter, tr.gettext("What the stories teach"), where)
        if not pages:
            painter.text(tr.gettext("There are no scenarios to play yet. Check the scenario files."), inner, m.body)
        else:
            index, blocks = pages[self.page]
            scenario = self.stories[index]
            painter.text(tr.scenario_title(scenario), pygame.Rect(inner.x, inner.y, inner.width, title_h), m.heading,
                         colors.ink, bold=True, max_lines=1)
            painter.text(self._themes(scenario), pygame.Rect(below_title.x, below_title.y, below_title.width,
                                                             m.px(80)), m.small, colors.muted_ink, max_lines=2)
            labelled_texts(painter, self._text_area(painter, below_title, scenario), blocks, m.small)
        for i, button in enumerate(self.group.buttons):
            button.draw(painter, focused=i == self.group.focus, hovered=i == self.group.hover, align="center")


def _fits(painter: Painter, blocks: list[tuple[str, str]], area: pygame.Rect) -> bool:
    """Whether `blocks` fit one above the other at the reading size, as `labelled_texts` lays them out."""
    m = painter.metrics
    used = 0
    for _label, text in blocks:
        block = painter.fitter.fit(text, area.width, 10 ** 6, m.small, m.small)
        used += m.px(38) + block.height + m.px(18)
    return used - m.px(18) <= area.height
