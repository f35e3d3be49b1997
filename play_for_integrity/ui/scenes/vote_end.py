"""The end of a class vote: the class's integrity profile as a garden, growing in under the confetti (a key or a click
skips both); then, when the class was split on a story, a page to talk about the story it was most divided on.

The garden has the whole screen to itself, so it reads from the back row even at 1024x768 with the projected type
size; Enter on the garden opens the talk page, and Enter there goes back to the title.
"""

from __future__ import annotations

import pygame

from play_for_integrity.play.actions import Finish
from play_for_integrity.play.vote import VoteHour
from play_for_integrity.ui.keys import ANSWER_LETTERS
from play_for_integrity.ui.celebration import Celebrating
from play_for_integrity.ui.painter import Painter
from play_for_integrity.ui.profile_picture import Garden, GrowingGarden
from play_for_integrity.ui.scene_kit import MenuScene, bottom_row, end_row, header
from play_for_integrity.ui.widgets import Button


class VoteEndScene(GrowingGarden, Celebrating, MenuScene):
    name = "vote-end"
    projected = True

    def __init__(self, app, hour: VoteHour) -> None:
        super().__init__(app)
        self.hour = hour
        library = self.session.library
        self.profile = hour.profile(list(library.values))
        self.title_button = Button("", self.to_title)
        self.talk_button = Button("", self.turn_page)
        self.talking = False
        self.group.buttons = [self.talk_button, self.title_button] if self.most_divided() else [self.title_button]
        self.garden: Garden | None = None
        self.start_celebration()

    def enter(self) -> None:
        self.hour.dispatch(Finish())
        self.app.sounds.play("finish")

    def back(self) -> None:
        self.to_title()

    def to_title(self) -> None:
        self.session.vote = None
        self.app.reset("title")

    def _banner_text(self) -> str:
        tr = self.session.tr
        # TRANSLATORS: above the class's profile garden at the end of a class vote, when no value was shown more
        # than worked against.
        return self.banner(tr.gettext("The class's garden is ready to grow"),
                           # TRANSLATORS: above the class's profile garden at the end of a class vote; the value the
                           # class showed most.
                           tr.gettext("The class's strongest: %(value)s"))

    def turn_page(self) -> None:
        """Between the garden and the talk page; on the talk page the focus waits on "Back to the title"."""
        self.talking = not self.talking
        self.group.focus = self.group.buttons.index(self.title_button if self.talking else self.talk_button)

    def most_divided(self):
        """The vote whose largest option had the smallest share (the class split most), or None."""
        results = [r for r in self.hour.vote.results if r.total > 1]
        return min(results, key=lambda r: max(r.shares.values()), default=None)

    def draw(self, painter: Painter) -> None:
        m, tr = painter.metrics, self.session.tr
        area = header(painter, tr.gettext("The class's integrity profile"))
        self.title_button.label = tr.gettext("Back to the title")
        # TRANSLATORS: a button on the class vote's last page: from the discussion back to the class's profile garden.
        self.talk_button.label = tr.gettext("Back to the garden") if self.talking else tr.gettext("Talk about it")
        if len(self.group.buttons) == 1:
            rest = end_row(painter, area, self.title_button, f"{self._votes_text()} {self._saved_text()}")
        else:
            rest = bottom_row(painter, area, self.group.buttons)
        self.garden = None
        if self.talking:
            self._draw_talk(painter, rest)
        else:
            self.show_garden(painter, rest, self._banner_text(), m.body)
        for i, button in enumerate(self.group.buttons):
            button.draw(painter, focused=i == self.group.focus, hovered=i == self.group.hover, align="center")

    def _votes_text(self) -> str:
        tr, votes = self.session.tr, len(self.hour.vote.results)
        return tr.ngettext("The class voted %(count)s time.", "The class voted %(count)s times.", votes) % {
            "count": tr.format_number(votes)}

    def _saved_text(self) -> str:
        return self.session.tr.gettext("The votes are saved for the teacher.")

    def _draw_talk(self, painter: Painter, rect: pygame.Rect) -> None:
        """How often the class voted, the story it was most divided on with a question, and where the votes went."""
        m, colors, tr = painter.metrics, painter.colors, self.session.tr
        painter.panel(rect, edge=colors.focus)
        inner = rect.inflate(-2 * m.px(24), -2 * m.px(24))
        lines = [self._votes_text()]
        split = self.most_divided()
        if split is not None:
            scenario = next(s for s in self.hour.vote.playlist if s.id == split.scenario_id)
            node = scenario.nodes[split.node_id]
            shares = ", ".join(f"{ANSWER_LETTERS[i]} {tr.format_percent(split.shares[c.id])}"
                               for i, c in enumerate(node.choices))
            lines.append(tr.gettext("The class was most divided on “%(title)s” (%(shares)s). Which reasons did each "
                                    "side have?") % {"title": tr.scenario_title(scenario), "shares": shares})
        note_rect = pygame.Rect(inner.x, inner.bottom - m.line(m.small), inner.width, m.line(m.small))
        painter.text(self._saved_text(), note_rect, m.small, colors.muted_ink, max_lines=1)
        rest = pygame.Rect(inner.x, inner.y, inner.width, note_rect.y - m.px(12) - inner.y)
        painter.text("\n\n".join(lines), rest, m.body)
