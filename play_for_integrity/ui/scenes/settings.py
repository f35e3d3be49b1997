"""Settings: language, full screen, text size, sound, high contrast and the team-talk timer; saved at once."""

from __future__ import annotations

import pygame

from play_for_integrity.core.settings import TEXT_SIZES
from play_for_integrity.i18n import LANGUAGES, N_
from play_for_integrity.ui.painter import Painter
from play_for_integrity.ui.scene_kit import MenuScene, bottom_row, header
from play_for_integrity.ui.widgets import Button

SIZE_LABELS = {"normal": N_("Normal"), "large": N_("Large"), "larger": N_("Larger")}
ROWS = (N_("Language"), N_("Full screen"), N_("Text size"), N_("Sound"), N_("High contrast"), N_("Team-talk timer"))


class SettingsScene(MenuScene):
    name = "settings"

    def __init__(self, app) -> None:
        super().__init__(app)
        s = self.session.settings
        self.language = [Button(name, lambda c=code: app.set_language(c)) for code, name in LANGUAGES.items()]
        self.fullscreen = [Button("", lambda v=v: self._fullscreen(v)) for v in (True, False)]
        self.sizes = [Button("", lambda k=k: self._set("text_size", k)) for k in TEXT_SIZES]
        self.sound = [Button("", lambda v=v: self._sound(v)) for v in (True, False)]
        self.contrast = [Button("", lambda v=v: self._set("high_contrast", v)) for v in (True, False)]
        self.timer = [Button("", lambda v=v: self._set("team_timer", v)) for v in (True, False)]
        self.done = Button("", self.back)
        self.rows = [self.language, self.fullscreen, self.sizes, self.sound, self.contrast, self.timer]
        self.group.buttons = [b for row in self.rows for b in row] + [self.done]
        self.group.focus = list(LANGUAGES).index(s.language) if s.language in LANGUAGES else 0

    def _set(self, name: str, value) -> None:
        setattr(self.session.settings, name, value)
        self.session.save()

    def _sound(self, on: bool) -> None:
        self._set("sound", on)
        self.app.sounds.enabled = on
        self.app.sounds.play("choice")

    def _fullscreen(self, on: bool) -> None:
        if self.app.fullscreen != on:
            self.app.toggle_fullscreen()

    def draw(self, painter: Painter) -> None:
        m, tr, s = painter.metrics, self.session.tr, self.session.settings
        area = header(painter, tr.gettext("Settings"))
        self.done.label = tr.gettext("Done")
        rest = bottom_row(painter, area, [self.done])
        on, off = tr.gettext("On"), tr.gettext("Off")
        for pair in (self.fullscreen, self.sound, self.contrast, self.timer):
            pair[0].label, pair[1].label = on, off
        for button, key in zip(self.sizes, TEXT_SIZES):
            button.label = tr.gettext(SIZE_LABELS[key])
            button.selected = s.text_size == key
        for button, code in zip(self.language, LANGUAGES):
            button.selected = s.language == code
        self.fullscreen[0].selected, self.fullscreen[1].selected = self.app.fullscreen, not self.app.fullscreen
        self.sound[0].selected, self.sound[1].selected = s.sound, not s.sound
        self.contrast[0].selected, self.contrast[1].selected = s.high_contrast, not s.high_contrast
        self.timer[0].selected, self.timer[1].selected = s.team_timer, not s.team_timer
        row_h = min(m.px(84), rest.height // len(self.rows))
        label_w = int(rest.width * 0.32)
        gap = m.px(14)
        for i, (row_name, buttons) in enumerate(zip(ROWS, self.rows)):
            y = rest.y + i * row_h
            painter.text(tr.gettext(row_name), pygame.Rect(rest.x, y, label_w - gap, row_h - gap), m.body, bold=True,
                         valign="middle", max_lines=2)
            bw = (rest.width - label_w - gap * 2) // 3
            for j, button in enumerate(buttons):
                button.rect = pygame.Rect(rest.x + label_w + j * (bw + gap), y, bw, row_h - gap)
        for i, button in enumerate(self.group.buttons):
            size = m.small if button not in self.language else m.body
            button.draw(painter, focused=(i == self.group.focus), hovered=(i == self.group.hover), size=size,
                        align="center")
