"""The end of a journey: the integrity profile as a chart, what went well, one thing to think about.

"Next pupil" clears the game and opens the nickname screen, so at a shared PC the next pupil starts afresh. Nothing
has the focus at first, so an Enter pressed twice on the last story does not skip this screen; a few seconds of
confetti greet the profile (a key or a click skips them).
"""

from __future__ import annotations

import pygame

from play_for_integrity.core.profile import Profile
from play_for_integrity.ui.celebration import Celebrating
from play_for_integrity.ui.painter import Painter
from play_for_integrity.ui.profile_chart import profile_chart
from play_for_integrity.ui.scene_kit import MenuScene, bottom_row, header
from play_for_integrity.ui.widgets import Button, ButtonGroup


class SummaryScene(Celebrating, MenuScene):
    name = "summary"

    def __init__(self, app) -> None:
        super().__init__(app)
        self.profile: Profile = self.session.solo.profile()
        self.band = self.session.solo.band
        self.title_button = Button("", self.to_title)
        self.next_button = Button("", self.next_pupil)
        self.group = ButtonGroup([self.title_button, self.next_button], unfocused=True)
        self.start_celebration()

    def enter(self) -> None:
        self.app.sounds.play("finish")

    def back(self) -> None:
        self.to_title()

    def to_title(self) -> None:
        self.session.solo = None
        self.app.reset("title")

    def next_pupil(self) -> None:
        """The nickname screen with empty fields (the class kept), over the band choice and the title."""
        self.session.solo = None
        self.app.reset("title")
        self.app.push("band")
        self.app.push("player", self.band)

    def draw(self, painter: Painter) -> None:
        m, colors, tr = painter.metrics, painter.colors, self.session.tr
        area = header(painter, tr.gettext("Your integrity profile"))
        self.title_button.label = tr.gettext("Back to the title")
        # TRANSLATORS: a button at the end of a pupil's game: clear it and let the next pupil type their nickname.
        self.next_button.label = tr.gettext("Next pupil")
        rest = bottom_row(painter, area, [self.title_button, self.next_button])
        chart = pygame.Rect(rest.x, rest.y, int(rest.width * 0.48), rest.height)
        notes = pygame.Rect(chart.right + m.px(24), rest.y, rest.width - chart.width - m.px(24), rest.height)
        self._draw_chart(painter, chart)
        half = (notes.height - m.px(20)) // 2
        self._note(painter, pygame.Rect(notes.x, notes.y, notes.width, half), tr.gettext("What went well"),
                   self._strength_text(), colors.good)
        self._note(painter, pygame.Rect(notes.x, notes.y + half + m.px(20), notes.width, half),
                   tr.gettext("One thing to think about"), self._think_text(), colors.focus)
        for i, button in enumerate(self.group.buttons):
            button.draw(painter, focused=i == self.group.focus, hovered=i == self.group.hover, align="center")

    def _strength_text(self) -> str:
        tr, values = self.session.tr, self.session.library.values
        if self.profile.strength is None:
            return tr.gettext("Every story is a chance to practise. Try again and see how your choices change the profile.")
        return tr.gettext("You showed %(value)s most often. %(description)s") % {
            "value": tr.value_name(values[self.profile.strength]),
            "description": tr.value_description(values[self.profile.strength])}

    def _think_text(self) -> str:
        tr, values = self.session.tr, self.session.library.values
        if self.profile.to_think_about is None:
            return tr.gettext("Your choices were strong on every value. Which story was the hardest to decide, and why?")
        return tr.gettext("%(value)s: %(description)s When could this be hard for you at school?") % {
            "value": tr.value_name(values[self.profile.to_think_about]),
            "description": tr.value_description(values[self.profile.to_think_about])}

    def _note(self, painter: Painter, rect: pygame.Rect, title: str, text: str, color) -> None:
        m = painter.metrics
        painter.panel(rect)
        pygame.draw.rect(painter.surface, color, (rect.x, rect.y + m.px(14), m.px(10), rect.height - m.px(28)),
                         border_radius=m.px(5))
        pad = m.px(24)
        inner = rect.inflate(-2 * pad, -2 * pad)
        title_box = pygame.Rect(inner.x, inner.y, inner.width, m.px(44))
        painter.text(title, title_box, m.body, painter.colors.ink, bold=True, max_lines=1)
        painter.text(text, pygame.Rect(inner.x, title_box.bottom + m.px(6), inner.width, inner.bottom - title_box.bottom - m.px(6)),
                     m.small)

    def _draw_chart(self, painter: Painter, rect: pygame.Rect) -> None:
        profile_chart(painter, rect, list(self.session.library.values.values()), self.profile, self.session.tr)
