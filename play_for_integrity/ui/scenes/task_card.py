"""The board game's task card: a task the team does aloud, judged by the teacher (1 right, 2 not yet).

Projected like the dilemma cards (ui/scenes/hour_cards.py): T, + and - drive the team-talk timer, S skips the card,
Esc goes back to the board, K shows the answer key in place of the task (never on screen unless asked for).
"""

from __future__ import annotations

import pygame

from play_for_integrity.i18n import N_
from play_for_integrity.play.actions import JudgeTask
from play_for_integrity.play.board import BoardHour
from play_for_integrity.ui.card_kit import CardScene, card_top
from play_for_integrity.ui.keys import shortcut
from play_for_integrity.ui.painter import Painter
from play_for_integrity.ui.task_icons import draw_task_icon
from play_for_integrity.ui.widgets import Button

TASK_KIND_LABELS = {"name": N_("Name it"), "act": N_("Act it out"), "discuss": N_("Talk it over"),
                    "draw": N_("Draw it")}


class TaskCardScene(CardScene):
    """A task the team does aloud; the teacher judges it right (two squares on) or not yet (stay)."""

    name = "task-card"

    def __init__(self, app, hour: BoardHour) -> None:
        super().__init__(app, hour)
        self.card = hour.task
        self.right = Button("", lambda: self.judge(True), key_hint="1")
        self.not_yet = Button("", lambda: self.judge(False), key_hint="2")
        self.key_button = Button("", self.toggle_key, key_hint="K", bold=False)
        self.key_shown = False  # the answer key stays off the projector until the teacher asks for it
        self.group.buttons = [self.right, self.not_yet, *self.timer.buttons, self.skip_button, self.board_button,
                              self.key_button]

    def toggle_key(self) -> None:
        self.key_shown = not self.key_shown

    def judge(self, right: bool) -> None:
        if self.hour.dispatch(JudgeTask(right)).accepted:
            self.app.sounds.play("ladder" if right else "choice")
            self.app.stack.pop()

    def handle(self, event: pygame.event.Event) -> bool:
        if event.type == pygame.KEYDOWN and event.key in (pygame.K_1, pygame.K_KP1, pygame.K_2, pygame.K_KP2):
            self.judge(event.key in (pygame.K_1, pygame.K_KP1))
            return True
        if shortcut(event, "k"):
            self.toggle_key()
            return True
        return super().handle(event)

    def draw(self, painter: Painter) -> None:
        m, colors, tr = painter.metrics, painter.colors, self.session.tr
        area = card_top(painter, self, self.timer)
        area, _ = self.bottom_row(painter, area)
        self.key_button.label = tr.gettext("Hide the answer key") if self.key_shown else tr.gettext(
            "Show the answer key")
        h = m.line(m.body) + m.px(28)
        self.right.label, self.not_yet.label = tr.gettext("Right"), tr.gettext("Not yet")
        font = painter.fitter.fonts.get(m.body, True)
        bw = max(font.size(b.label)[0] for b in (self.right, self.not_yet)) + 2 * m.px(16) + 2 * m.px(22) + m.px(32)
        bw = min(max(bw, m.px(220)), (area.width - m.px(48)) // 3)
        self.not_yet.rect = pygame.Rect(area.right - bw, area.bottom - h, bw, h)
        self.right.rect = pygame.Rect(self.not_yet.rect.x - m.px(24) - bw, area.bottom - h, bw, h)
        self.right.fill = None
        self.key_button.rect = pygame.Rect(area.x, area.bottom - h, self.right.rect.x - m.px(24) - area.x, h)
        card = pygame.Rect(area.x, area.y, area.width, area.height - h - m.px(16))
        painter.panel(card, edge=colors.focus, fill=colors.background if self.key_shown else None)
        pad = m.px(24)
        icon_side = min(m.px(96), card.height - 2 * pad)
        icon = pygame.Rect(card.x + pad, card.y + pad, icon_side, icon_side)
        draw_task_icon(painter, self.card.kind, icon)
        text = pygame.Rect(icon.right + pad, card.y + pad, card.right - icon.right - 2 * pad, card.height - 2 * pad)
        kind = pygame.Rect(text.x, text.y, text.width, m.line(m.small))
        painter.text(tr.gettext(TASK_KIND_LABELS.get(self.card.kind, "Name it")), kind, m.small, colors.muted_ink,
                     bold=True, max_lines=1)
        text = pygame.Rect(text.x, kind.bottom + m.px(8), text.width, text.bottom - kind.bottom - m.px(8))
        if self.key_shown:  # the key in place of the task, which the class has heard: both at a readable size
            painter.text(tr.gettext("For the teacher: %(note)s") % {"note": tr.task_note(self.card)}, text, m.body,
                         colors.ink, valign="middle")
        else:
            painter.text(tr.task_text(self.card), text, m.heading, colors.ink, valign="middle")
        for i, button in enumerate(self.group.buttons):
            button.draw(painter, focused=i == self.group.focus, hovered=i == self.group.hover,
                        size=m.body if button in (self.right, self.not_yet) else m.small, align="center")
