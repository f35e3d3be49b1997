"""The end of a journey: the integrity profile as a chart, what went well, one thing to think about."""

from __future__ import annotations

import pygame

from play_for_integrity.core.profile import Profile, build_profile
from play_for_integrity.ui.painter import Painter
from play_for_integrity.ui.scenes.common import MenuScene, bottom_row, header
from play_for_integrity.ui.widgets import Button


class SummaryScene(MenuScene):
    name = "summary"

    def __init__(self, app) -> None:
        super().__init__(app)
        journey = self.session.journey
        library = self.session.library
        self.profile: Profile = build_profile(list(library.values), journey.answers, library.scenarios)
        self.group.buttons = [Button("", self.to_title)]

    def enter(self) -> None:
        self.app.sounds.play("finish")
        finish = getattr(self.session.on_answer, "finish", None)
        if finish is not None:
            try:
                finish(self.session.journey)
            except Exception as err:  # noqa: BLE001 - the pupil still sees the profile
                self.app.notice(f"the final profile could not be saved: {err}")

    def back(self) -> None:
        self.to_title()

    def to_title(self) -> None:
        from play_for_integrity.ui.scenes.title import TitleScene
        self.session.journey = None
        self.app.stack.reset(TitleScene(self.app))

    def draw(self, painter: Painter) -> None:
        m, colors, tr = painter.metrics, painter.colors, self.session.tr
        area = header(painter, tr.gettext("Your integrity profile"))
        [button] = self.group.buttons
        button.label = tr.gettext("Back to the title")
        rest = bottom_row(painter, area, [button])
        chart = pygame.Rect(rest.x, rest.y, int(rest.width * 0.48), rest.height)
        notes = pygame.Rect(chart.right + m.px(24), rest.y, rest.width - chart.width - m.px(24), rest.height)
        self._draw_chart(painter, chart)
        half = (notes.height - m.px(20)) // 2
        self._note(painter, pygame.Rect(notes.x, notes.y, notes.width, half), tr.gettext("What went well"),
                   self._strength_text(), colors.good)
        self._note(painter, pygame.Rect(notes.x, notes.y + half + m.px(20), notes.width, half),
                   tr.gettext("One thing to think about"), self._think_text(), colors.focus)
        button.draw(painter, focused=True, hovered=self.group.hover == 0, align="center")

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
        """Horizontal bars from a centre line: right (green) shows a value, left (orange) works against it."""
        m, colors, tr = painter.metrics, painter.colors, self.session.tr
        painter.panel(rect)
        pad = m.px(24)
        inner = rect.inflate(-2 * pad, -2 * pad)
        values = list(self.session.library.values.values())
        label_w = int(inner.width * 0.42)
        bar_area = pygame.Rect(inner.x + label_w + m.px(12), inner.y, inner.width - label_w - m.px(12), inner.height)
        row_h = min(m.px(76), inner.height // max(1, len(values)))
        centre = bar_area.centerx
        # one type size for every value name, so the chart reads as one list
        label_size = min(painter.fitter.fit(tr.value_name(v), label_w, row_h, m.body, m.min_text, max_lines=1).size
                         for v in values) if values else m.body
        pygame.draw.line(painter.surface, colors.panel_edge, (centre, inner.y), (centre, inner.y + row_h * len(values)),
                         max(2, m.px(3)))
        for i, value in enumerate(values):
            y = inner.y + i * row_h
            painter.text(tr.value_name(value), pygame.Rect(inner.x, y, label_w, row_h), label_size, colors.ink,
                         valign="middle", max_lines=1)
            share = self.profile.shares.get(value.id, 0.0)
            length = int(abs(share) * (bar_area.width // 2 - m.px(72)))
            bar = pygame.Rect(0, y + row_h // 4, max(length, m.px(4)), row_h // 2)
            if share >= 0:
                bar.left = centre
                color = colors.good
            else:
                bar.right = centre
                color = colors.poor
            pygame.draw.rect(painter.surface, color, bar, border_radius=m.px(6))
            total = self.profile.totals.get(value.id, 0)
            label = pygame.Rect(0, y, m.px(64), row_h)
            if share >= 0:
                label.left = min(bar.right + m.px(8), bar_area.right - label.width)
            else:
                label.right = max(bar.left - m.px(8), bar_area.left + label.width)
            sign = "+" if total > 0 else "–" if total < 0 else ""
            painter.text(f"{sign}{abs(total)}", label, m.small, colors.ink, bold=True,
                         align="left" if share >= 0 else "right", valign="middle", max_lines=1)
