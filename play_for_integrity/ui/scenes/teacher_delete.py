"""Deleting a session asks first, naming the class, the date and what will go; 'Keep it' has the focus."""

from __future__ import annotations

import pygame

from play_for_integrity.play.teacher import DeleteSession
from play_for_integrity.results.records import SessionData
from play_for_integrity.ui.painter import Painter
from play_for_integrity.ui.scene_kit import MenuScene, content_rect
from play_for_integrity.ui.teacher_sections import class_label, when
from play_for_integrity.ui.widgets import Button


class DeleteSessionScene(MenuScene):
    """Delete removes the session and goes back to the list; Keep it (or Esc) goes back to the session."""

    name = "teacher-delete"

    def __init__(self, app, data: SessionData) -> None:
        super().__init__(app)
        self.data = data
        self.problem: str | None = None
        self.keep = Button("", self.back)
        self.remove = Button("", self.confirm)
        self.group.buttons = [self.keep, self.remove]

    def confirm(self) -> None:
        outcome = self.session.teacher.dispatch(DeleteSession(self.data.uuid))
        if not outcome.accepted:
            self.problem = outcome.reason
            return
        self.app.stack.pop()  # this question
        self.app.stack.pop()  # the deleted session; the list below reloads when it resumes

    def _question(self) -> str:
        tr, data = self.session.tr, self.data
        people = tr.ngettext("%(count)s participant", "%(count)s participants", len(data.participants)) % {
            "count": tr.format_number(len(data.participants))}
        answers = tr.ngettext("%(count)s answer", "%(count)s answers", len(data.answers)) % {
            "count": tr.format_number(len(data.answers))}
        return tr.gettext("Delete the results of class %(class)s from %(date)s (%(participants)s, %(answers)s)? "
                          "This cannot be undone: export them first if you may need them.") % {
            "class": class_label(tr, data.class_name), "date": when(tr, data.started_at), "participants": people,
            "answers": answers}

    def draw(self, painter: Painter) -> None:
        m, colors, tr = painter.metrics, painter.colors, self.session.tr
        area = content_rect(painter)
        box = pygame.Rect(0, 0, min(area.width, m.px(820)), min(area.height, m.px(420)))
        box.center = area.center
        painter.panel(box)
        pad = m.px(32)
        text = self.problem or self._question()
        painter.text(text, pygame.Rect(box.x + pad, box.y + pad, box.width - 2 * pad, box.height - 3 * pad - m.px(72)),
                     m.body, colors.poor if self.problem else colors.ink, bold=True, align="center", valign="middle")
        self.keep.label, self.remove.label = tr.gettext("Keep it"), tr.gettext("Delete")
        bw = (box.width - 3 * pad) // 2
        self.keep.rect = pygame.Rect(box.x + pad, box.bottom - pad - m.px(72), bw, m.px(72))
        self.remove.rect = pygame.Rect(self.keep.rect.right + pad, self.keep.rect.y, bw, m.px(72))
        self.group.draw(painter, align="center")
