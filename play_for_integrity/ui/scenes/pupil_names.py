"""The teacher's names for a class's answer-card numbers (teacher view, behind the PIN): one box per number.

The names stay in a private file on this PC; the class results and their exports keep the numbers only. Tab moves
between the boxes, PgUp/PgDn turn the page, Enter or Esc saves and goes back.
"""

from __future__ import annotations

import pygame

from play_for_integrity.core.pupil_names import NAME_MAX, NUMBERS
from play_for_integrity.results.card_recorder import pupil_nickname
from play_for_integrity.ui.form import Form
from play_for_integrity.ui.painter import Painter
from play_for_integrity.ui.scene_kit import FormScene, PageKeys, header, note_above
from play_for_integrity.ui.teacher_sections import class_label
from play_for_integrity.ui.text_field import TextField
from play_for_integrity.ui.widgets import Button, ButtonGroup

COLUMNS = 2
ROW = 64  # a row's height at 1024x768


class PupilNamesScene(PageKeys, FormScene):
    """Names for the card numbers 1..`last` of `class_name` (more pages when they do not fit on one)."""

    name = "pupil-names"

    def __init__(self, app, class_name: str, last: int = 30) -> None:
        self.class_name = class_name
        teacher = app.session.teacher
        kept = teacher.pupil_names().of_class(class_name)
        self.last = max(1, min(NUMBERS.stop - 1, max([last, *kept])))
        self.fields = [TextField(max_length=NAME_MAX, text=kept.get(n, "")) for n in range(1, self.last + 1)]
        self.prev = Button("", lambda: self.turn(-1))
        self.next = Button("", lambda: self.turn(1))
        self.done = Button("", self.save)
        self.page = 0
        self.per_page = 8 * COLUMNS  # until the first drawing says how many rows fit
        buttons = ButtonGroup([self.prev, self.next, self.done])
        super().__init__(app, Form([self.fields[i] for i in self.shown()], buttons, on_submit=self.save))
        self.problem = ""

    @property
    def pages(self) -> int:
        return max(1, -(-len(self.fields) // self.per_page))

    def shown(self) -> range:
        """The indexes of the boxes on the page on show."""
        start = self.page * self.per_page
        return range(start, min(len(self.fields), start + self.per_page))

    def turn(self, step: int) -> None:
        page = max(0, min(self.pages - 1, self.page + step))
        if page != self.page:
            self.form.release()
            self.page = page
            self.form.fields = [self.fields[i] for i in self.shown()]
            self.form.focus(0)

    def save(self) -> None:
        names = {n: field.text for n, field in enumerate(self.fields, start=1)}
        outcome = self.session.teacher.save_pupil_names(self.class_name, names)
        if not outcome.accepted:
            self.problem = outcome.reason
            return
        self.form.release()
        self.app.stack.pop()

    def back(self) -> None:
        self.save()

    def draw(self, painter: Painter) -> None:
        m, colors, tr = painter.metrics, painter.colors, self.session.tr
        area = header(painter, tr.gettext("Pupils' names"), class_label(tr, self.class_name))
        h = m.px(64)
        self.prev.label, self.next.label = "‹ " + tr.gettext("Previous"), tr.gettext("Next") + " ›"
        # TRANSLATORS: keeps the typed names of the pupils and goes back.
        self.done.label = tr.gettext("Save")
        bw = min(m.px(260), area.width // 4)
        self.done.rect = pygame.Rect(area.right - bw, area.bottom - h, bw, h)
        self.next.rect = pygame.Rect(self.done.rect.x - m.px(24) - bw, area.bottom - h, bw, h)
        self.prev.rect = pygame.Rect(self.next.rect.x - m.px(16) - bw, area.bottom - h, bw, h)
        pages = tr.gettext("Page %(number)s of %(count)s") % {"number": tr.format_number(self.page + 1),
                                                              "count": tr.format_number(self.pages)}
        painter.text(pages, pygame.Rect(area.x, area.bottom - h, self.prev.rect.x - area.x - m.px(16), h), m.small,
                     colors.muted_ink, valign="middle", max_lines=1)
        body = pygame.Rect(area.x, area.y, area.width, area.height - h - m.px(20))
        body = note_above(painter, body, self.problem or tr.gettext(
            "The names stay on this computer only: the class results and the exports keep the numbers."),
            None if self.problem else colors.muted_ink, align="left", lines=2)
        rows = max(1, body.height // m.px(ROW))
        per_page = rows * COLUMNS
        if per_page != self.per_page:  # a window of another size: the page starts at the same box
            first = self.shown().start
            self.per_page = per_page
            self.page = min(first // per_page, self.pages - 1)
            self.form.release()
            self.form.fields = [self.fields[i] for i in self.shown()]
            self.form.focus(0)
        gap = m.px(32)
        column_w = (body.width - gap) // COLUMNS
        label_w = m.px(84)
        for slot, index in enumerate(self.shown()):
            column, row = divmod(slot, rows)
            x, y = body.x + column * (column_w + gap), body.y + row * m.px(ROW)
            painter.text(pupil_nickname(index + 1), pygame.Rect(x, y, label_w, m.px(ROW) - m.px(8)), m.body,
                         colors.ink, bold=True, valign="middle", max_lines=1)
            field = self.fields[index]
            field.label = ""
            field.rect = pygame.Rect(x + label_w, y, column_w - label_w, m.px(ROW) - m.px(8))
        self.form.draw_fields(painter, m.body)
        buttons = self.group.buttons
        for i, button in enumerate(buttons):
            if button in (self.prev, self.next) and self.pages == 1:
                button.rect = pygame.Rect(0, 0, 0, 0)
                continue
            button.draw(painter, focused=i == self.group.focus, hovered=i == self.group.hover, align="center")
