"""The title screen: start, settings, quit, a language switch, and any notice for the teacher."""

from __future__ import annotations

import pygame

from play_for_integrity.i18n import LANGUAGES, N_
from play_for_integrity.ui.painter import Painter
from play_for_integrity.ui.scene_kit import CANNOT_OPEN, MenuScene, content_rect
from play_for_integrity.ui.widgets import Button


class TitleScene(MenuScene):
    name = "title"

    def __init__(self, app) -> None:
        super().__init__(app)
        self.play = Button("", lambda: app.push("language"))
        self.hour = Button("", self.open_hour)
        self.teacher = Button("", self.open_teacher)
        self.settings = Button("", lambda: app.push("settings"))
        self.quit = Button("", app.quit)
        self.languages = [Button(name, lambda code=code: app.set_language(code))
                          for code, name in LANGUAGES.items()]
        self.notices = Button("", lambda: app.push("notices"))
        self.group.buttons = [self.play, self.hour, self.teacher, self.settings, self.quit, *self.languages]

    def back(self) -> None:
        """Esc asks first: a stray Esc must not close the game in front of the class."""
        self.app.push("ask", N_("Quit the game?"), N_("Stay in the game"), N_("Quit"), self.app.quit)

    def open_hour(self) -> None:
        self.app.push("hour-start")

    def open_teacher(self) -> None:
        """The PIN screen; a store that cannot be opened shows why instead."""
        problem = self.session.teacher.open_problem()
        if problem is not None:
            self.app.push("teacher-message", CANNOT_OPEN, problem)
        else:
            self.app.push("pin")

    def draw(self, painter: Painter) -> None:
        m, colors, _ = painter.metrics, painter.colors, self._
        area = content_rect(painter)
        # language switch, top right, each language in its own name
        lang_w, lang_h, gap = m.px(170), m.px(56), m.px(12)
        x = area.right - (lang_w * 3 + gap * 2)
        for button, code in zip(self.languages, LANGUAGES):
            button.rect = pygame.Rect(x, area.y, lang_w, lang_h)
            button.selected = code == self.session.settings.language
            x += lang_w + gap
        strip = pygame.Rect(area.x, area.bottom - m.px(60), area.width, m.px(60))
        bh, small_h, gap = m.px(66), m.px(56), m.px(14)
        buttons_h = 2 * bh + small_h + 2 * gap
        title_box = pygame.Rect(area.x, area.y + lang_h + m.px(10), area.width, m.px(140))
        painter.text(_("Play for Integrity"), title_box, m.title, colors.accent, bold=True, align="center",
                     valign="bottom", max_lines=2)
        sub_box = pygame.Rect(area.x + m.px(60), title_box.bottom + m.px(12), area.width - m.px(120), m.px(72))
        painter.text(_("Honest choices, fair play: a game about integrity"), sub_box, m.body, colors.muted_ink,
                     align="center", max_lines=2)
        self.play.label, self.hour.label = _("Play"), _("Integrity Hour")
        self.teacher.label, self.settings.label, self.quit.label = _("Teacher"), _("Settings"), _("Quit")
        bw = m.px(480)
        y = sub_box.bottom + (strip.top - sub_box.bottom - buttons_h) // 2
        for button in (self.play, self.hour):
            button.rect = pygame.Rect(area.centerx - bw // 2, y, bw, bh)
            y += bh + gap
        third = (bw - 2 * m.px(10)) // 3
        for i, button in enumerate((self.teacher, self.settings, self.quit)):
            button.rect = pygame.Rect(area.centerx - bw // 2 + i * (third + m.px(10)), y, third, small_h)
        self._draw_board_strip(painter, strip)
        buttons = [self.play, self.hour, self.teacher, self.settings, self.quit, *self.languages]
        if self.session.notices:
            count = len(self.session.notices)
            self.notices.label = self.session.tr.ngettext(
                "%(count)d notice for the teacher: show", "%(count)d notices for the teacher: show", count) % {"count": count}
            self.notices.rect = pygame.Rect(area.x, area.y, m.px(330), lang_h)
            self.notices.fill = colors.button
            buttons.append(self.notices)
        self.group.buttons = buttons
        for i, button in enumerate(self.group.buttons):
            size = m.body if button in (self.play, self.hour) else m.small
            button.draw(painter, focused=(i == self.group.focus), hovered=(i == self.group.hover), size=size,
                        align="center")

    def _draw_board_strip(self, painter: Painter, strip: pygame.Rect) -> None:
        """A row of board squares with a ladder and a snake, as on the classroom board game."""
        m = painter.metrics
        count = 12
        gap = m.px(6)
        size = min(strip.height, (strip.width - gap * (count - 1)) // count)
        x = strip.centerx - (size * count + gap * (count - 1)) // 2
        for i in range(count):
            square = pygame.Rect(x + i * (size + gap), strip.y, size, size)
            pygame.draw.rect(painter.surface, painter.colors.series[i % len(painter.colors.series)], square,
                             border_radius=m.px(8))
            if i == 3:
                painter.ladder_icon(square.inflate(-size // 4, -size // 4), painter.colors.panel)
            elif i == 8:
                painter.snake_icon(square.inflate(-size // 4, -size // 4), painter.colors.panel)
