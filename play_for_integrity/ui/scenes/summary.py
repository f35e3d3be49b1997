"""The end of a journey: the integrity profile as a garden, what went well, one thing to think about.

"Next pupil" clears the game and opens the nickname screen, so at a shared PC the next pupil starts afresh. Nothing
has the focus at first, so an Enter pressed twice on the last story does not skip this screen; a few seconds of
confetti greet the profile while its plants grow in (a key or a click skips both).
"""

from __future__ import annotations

import pygame

from play_for_integrity.core.profile import Profile
from play_for_integrity.ui.celebration import Celebrating
from play_for_integrity.ui.painter import Painter
from play_for_integrity.ui.profile_picture import Garden, GrowingGarden
from play_for_integrity.ui.scene_kit import MenuScene, bottom_row, header
from play_for_integrity.ui.widgets import Button, ButtonGroup


class SummaryScene(GrowingGarden, Celebrating, MenuScene):
    name = "summary"

    def __init__(self, app) -> None:
        super().__init__(app)
        self.profile: Profile = self.session.solo.profile()
        self.band = self.session.solo.band
        self.title_button = Button("", self.to_title)
        self.next_button = Button("", self.next_pupil)
        self.group = ButtonGroup([self.title_button, self.next_button], unfocused=True)
        self.garden: Garden | None = None
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
        picture = pygame.Rect(rest.x, rest.y, int(rest.width * 0.52), rest.height)
        notes = pygame.Rect(picture.right + m.px(24), rest.y, rest.width - picture.width - m.px(24), rest.height)
        self.show_garden(painter, picture, self._banner_text(), m.small)
        texts = (self._strength_text(), self._think_text())
        first = self._first_note_height(painter, notes, texts)
        self._note(painter, pygame.Rect(notes.x, notes.y, notes.width, first), tr.gettext("What went well"),
                   texts[0], colors.good)
        self._note(painter, pygame.Rect(notes.x, notes.y + first + m.px(20), notes.width,
                                        notes.height - first - m.px(20)),
                   tr.gettext("One thing to think about"), texts[1], colors.focus)
        for i, button in enumerate(self.group.buttons):
            button.draw(painter, focused=i == self.group.focus, hovered=i == self.group.hover, align="center")

    def _banner_text(self) -> str:
        tr = self.session.tr
        # TRANSLATORS: above the pupil's profile garden when no value was shown more than worked against.
        return self.banner(tr.gettext("Your garden is ready to grow"),
                           # TRANSLATORS: above the pupil's profile garden; the value the pupil showed most, e.g. "Honesty".
                           tr.gettext("Your strongest: %(value)s"))

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

    def _first_note_height(self, painter: Painter, notes: pygame.Rect, texts: tuple[str, str]) -> int:
        """The first note's height: each note gets the room its text needs and half of what is left over (or a
        share of the room in proportion to its need, when both cannot have it)."""
        m = painter.metrics
        room = notes.height - m.px(20)
        width = notes.width - 2 * m.px(24)
        needs = [2 * m.px(24) + m.px(50) + painter.fitter.fit(t, width, 10_000, m.small, m.min_text).height
                 for t in texts]
        if sum(needs) <= room:
            return needs[0] + (room - sum(needs)) // 2
        return room * needs[0] // sum(needs)

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
