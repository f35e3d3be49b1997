"""A dilemma: the story on the left, 2-4 choices on the right; or an ending.

A choice is made with its number key or a click; arrows or Tab first put the focus ring on a choice, and only then
does Enter choose it, so a stray or doubled Enter never answers a story the pupil has not read.
"""

from __future__ import annotations

import pygame

from play_for_integrity.i18n import N_
from play_for_integrity.play.actions import Advance, Choose
from play_for_integrity.ui.painter import Painter
from play_for_integrity.ui.scene_kit import MenuScene, bottom_row, header
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


def next_scene(session) -> str:
    """Where the journey goes after a feedback or an ending: the next dilemma, or the summary."""
    return "summary" if session.solo.view.finished else "dilemma"
