"""A dilemma: the story on the left, 2-4 choices on the right; or an ending.

A choice is made with its number key or a click; arrows or Tab first put the focus ring on a choice, and only then
does Enter choose it, so a stray or doubled Enter never answers a story the pupil has not read.
"""

from __future__ import annotations

import pygame

from play_for_integrity.i18n import N_
from play_for_integrity.play.actions import Advance, Choose
from play_for_integrity.ui.painter import Painter
from play_for_integrity.ui.picture_art import (HIGHEST, LOWEST, picture_beside_choices, scenario_picture,
                                               split_off_picture)
from play_for_integrity.ui.scene_kit import MenuScene, bottom_row, header, header_gap
from play_for_integrity.ui.widgets import Button, ButtonGroup

NUMBER_KEYS = {**{pygame.K_1 + i: i for i in range(4)}, **{pygame.K_KP1 + i: i for i in range(4)}}


class DilemmaScene(MenuScene):
    name = "dilemma"

    def __init__(self, app) -> None:
        super().__init__(app)
        self.game = self.session.solo
        assert self.game is not None
        self.view = self.game.view
        self.game.shown()
        node = self.view.node
        if node.is_ending:
            self.group.buttons = [Button("", self.finish_ending)]
        else:
            self.group = ButtonGroup([Button("", lambda cid=c.id: self.choose(cid), key_hint=str(i + 1), bold=False)
                                      for i, c in enumerate(node.choices)], unfocused=True)

    def resume(self) -> None:
        self.game.shown()

    def back(self) -> None:
        """Leaving half-way asks first, so a stray Esc never throws a pupil's game away."""
        self.app.push("ask", N_("Leave this game? Your answers so far are saved."), N_("Keep playing"), N_("Leave"),
                      self.leave)

    def leave(self) -> None:
        self.session.solo = None
        self.app.reset("title")

    def choose(self, choice_id: str) -> None:
        """Confirm a choice; a second press in the same frame finds the choice already made and does nothing."""
        if self.game.dispatch(Choose(choice_id)).accepted:
            self.app.sounds.play("choice")
            self.app.replace("feedback")

    def finish_ending(self) -> None:
        if self.game.dispatch(Advance()).accepted:
            self.app.replace(next_scene(self.session))

    def handle(self, event: pygame.event.Event) -> bool:
        plain = event.type == pygame.KEYDOWN and not getattr(event, "mod", 0) & (pygame.KMOD_CTRL | pygame.KMOD_ALT)
        if plain and event.key in NUMBER_KEYS and not self.view.node.is_ending:
            index = NUMBER_KEYS[event.key]
            choices = self.view.node.choices
            if index < len(choices):
                self.group.focus = index
                self.choose(choices[index].id)
                return True
        return super().handle(event)

    def draw(self, painter: Painter) -> None:
        m, colors, tr = painter.metrics, painter.colors, self.session.tr
        scenario, node = self.view.scenario, self.view.node
        progress = tr.gettext("Story %(number)s of %(count)s") % {
            "number": tr.format_number(self.view.number), "count": tr.format_number(self.view.count)}
        area = header(painter, tr.scenario_title(scenario), progress)
        picture = scenario_picture(scenario)
        if node.is_ending:
            [button] = self.group.buttons
            button.label = tr.gettext("Continue")
            rest = bottom_row(painter, area, [button])
            painter.panel(rest)
            pad = m.px(28)
            box = rest.inflate(-2 * pad, -2 * pad)
            if picture is not None:
                picture_box, box = split_off_picture(painter, box, tr.story(scenario, node), m.heading,
                                                     m.px(LOWEST), m.px(HIGHEST), m.px(20))
                if picture_box is not None:
                    self.app.pictures.draw(painter, picture_box, *picture)
            painter.text(tr.story(scenario, node), box, m.heading)
            self.group.draw(painter, align="center")
            return
        gap = m.px(24)
        story_w = int(area.width * 0.46)
        story_rect = pygame.Rect(area.x, area.y, story_w, area.height)
        painter.panel(story_rect)
        pad = m.px(24)
        story_box = story_rect.inflate(-2 * pad, -2 * pad)
        column = pygame.Rect(story_rect.right + gap, area.y, area.width - story_w - gap, area.height)
        story_box, column = picture_beside_choices(painter, self.app.pictures, scenario, story_box,
                                                   tr.story(scenario, node), m.body, column,
                                                   lambda box, roomy: self._place_choices(painter, box, roomy),
                                                   header_gap(painter, tr.scenario_title(scenario), progress))
        painter.text(tr.story(scenario, node), story_box, m.body)
        size, _ = self._place_choices(painter, column)
        painter.text(tr.gettext("What would you do?"), pygame.Rect(column.x, column.y, column.width, m.px(44)),
                     m.body, colors.accent, bold=True, valign="middle", max_lines=1)
        for i, button in enumerate(self.group.buttons):
            button.draw(painter, focused=(i == self.group.focus), hovered=(i == self.group.hover), size=size)

    def _place_choices(self, painter: Painter, column: pygame.Rect, roomy: bool = False) -> tuple[int, bool]:
        """Lay out the prompt's row and the choices in `column`; returns their one type size and whether all fit
        (with some air to spare when `roomy`)."""
        m, tr = painter.metrics, self.session.tr
        scenario, node = self.view.scenario, self.view.node
        buttons = self.group.buttons
        top = column.y + m.px(44) + m.px(12)
        each = (column.bottom - top - m.px(16) * (len(buttons) - 1)) // len(buttons)
        for i, (button, choice) in enumerate(zip(buttons, node.choices)):
            button.label = tr.choice_text(scenario, node, choice)
            button.rect = pygame.Rect(column.x, top + i * (each + m.px(16)), column.width, each)
        # one type size for every choice, so none looks more important than another
        air = m.px(20) if roomy else 0
        blocks = [painter.fitter.fit(b.label, box.width, box.height - air, m.font(26), m.min_text)
                  for b, box in ((b, b.label_rect(painter)) for b in buttons)]
        return min(block.size for block in blocks), all(block.fits for block in blocks)


def next_scene(session) -> str:
    """Where the journey goes after a feedback or an ending: the next dilemma, or the summary."""
    return "summary" if session.solo.view.finished else "dilemma"
