"""Who is playing? An optional nickname and class before a solo game; Enter starts, Esc goes back."""

from __future__ import annotations

import pygame

from play_for_integrity.core.settings import CLASS_NAME_MAX
from play_for_integrity.ui.form import Form
from play_for_integrity.ui.painter import Painter
from play_for_integrity.ui.scene_kit import FormScene, bottom_row, header
from play_for_integrity.ui.text_field import TextField, label_height
from play_for_integrity.ui.widgets import Button, ButtonGroup

NICKNAME_MAX = 24


class PlayerScene(FormScene):
    """The nickname field has the focus first; the class is remembered between runs.

    An empty nickname is stored as "Pupil 3" (numbered in this run), shown as the field's placeholder.
    """

    name = "player"

    def __init__(self, app, band: str) -> None:
        super().__init__(app)
        self.band = band
        self.nickname = TextField(max_length=NICKNAME_MAX)
        self.class_name = TextField(text=self.session.settings.last_class, max_length=CLASS_NAME_MAX)
        self.start = Button("", self.start_game)
        self.back_button = Button("", self.back)
        self.use_form(Form([self.nickname, self.class_name], ButtonGroup([self.start, self.back_button]),
                           on_submit=self.start_game))

    def back(self) -> None:
        self.app.stack.pop()

    def start_game(self) -> None:
        session = self.session
        class_name = self.class_name.text.strip()
        session.remember_class(class_name)
        session.start_solo(self.band, self.nickname.text.strip(), class_name)
        self.app.sounds.play("choice")
        self.app.stack.pop()  # this screen; the band choice below it is then replaced by the first dilemma
        self.app.replace("dilemma")

    def draw(self, painter: Painter) -> None:
        m, colors, tr = painter.metrics, painter.colors, self.session.tr
        area = header(painter, tr.gettext("Who is playing?"))
        self.start.label, self.back_button.label = tr.gettext("Start"), tr.gettext("Back")
        rest = bottom_row(painter, area, [self.back_button, self.start])
        painter.panel(rest)
        inner = rest.inflate(-2 * m.px(32), -2 * m.px(24))
        field_h = label_height(m) + m.px(6) + m.px(64)
        width = min(inner.width, m.px(560))
        self.nickname.label = tr.gettext("Your nickname (you may leave it empty)")
        self.nickname.placeholder = self.session.default_player()
        self.class_name.label = tr.gettext("Your class (you may leave it empty)")
        # TRANSLATORS: a sample class name, written as schools there write it (7Б in kk and ru).
        self.class_name.placeholder = tr.gettext("for example 7B")
        self.nickname.rect = pygame.Rect(inner.x, inner.y, width, field_h)
        hint = pygame.Rect(inner.x, self.nickname.rect.bottom + m.px(8), inner.width, m.px(64))
        painter.text(tr.gettext("Do not type your full name: a first name or a nickname is enough. "
                                "Left empty, you are saved as “%(name)s”.") % {"name": self.nickname.placeholder},
                     hint, m.small, colors.muted_ink, max_lines=2)
        self.class_name.rect = pygame.Rect(inner.x, hint.bottom + m.px(16), width, field_h)
        self.form.draw_fields(painter, m.heading)
        keys = pygame.Rect(inner.x, self.class_name.rect.bottom + m.px(16), inner.width,
                           inner.bottom - self.class_name.rect.bottom - m.px(16))
        painter.text(tr.gettext("Tab: next field · Enter: start · Esc: back"), keys, m.small, colors.muted_ink,
                     valign="bottom", max_lines=2)
        for i, button in enumerate(self.form.group.buttons):
            button.draw(painter, focused=i == self.form.group.focus, hovered=i == self.form.group.hover,
                        align="center")
