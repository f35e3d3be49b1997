"""Choose a language: each shown in its own name (Қазақша, Русский, English)."""

from __future__ import annotations

import pygame

from play_for_integrity.i18n import LANGUAGES
from play_for_integrity.ui.painter import Painter
from play_for_integrity.ui.scene_kit import MenuScene, content_rect
from play_for_integrity.ui.widgets import Button

# The prompt is shown in all three languages at once: the player may not read the current one.
PROMPT = "Тілді таңдаңыз  ·  Выберите язык  ·  Choose a language"


class LanguageScene(MenuScene):
    name = "language"

    def __init__(self, app, then_band: bool = True) -> None:
        super().__init__(app)
        self.then_band = then_band
        self.group.buttons = [Button(name, lambda code=code: self.choose(code)) for code, name in LANGUAGES.items()]
        codes = list(LANGUAGES)
        current = self.session.settings.language
        self.group.focus = codes.index(current) if current in codes else 0

    def choose(self, code: str) -> None:
        self.app.set_language(code)
        if self.then_band:
            self.app.replace("band")
        else:
            self.app.stack.pop()

    def draw(self, painter: Painter) -> None:
        m = painter.metrics
        area = content_rect(painter)
        prompt = pygame.Rect(area.x, area.y + m.px(40), area.width, m.px(110))
        painter.text(PROMPT, prompt, m.heading, painter.colors.ink, bold=True, align="center", valign="middle")
        bw, bh, gap = m.px(460), m.px(96), m.px(28)
        y = prompt.bottom + m.px(50)
        for button, code in zip(self.group.buttons, LANGUAGES):
            button.rect = pygame.Rect(area.centerx - bw // 2, y, bw, bh)
            button.selected = code == self.session.settings.language
            y += bh + gap
        self.group.draw(painter, size=m.heading, align="center")
        hint = pygame.Rect(area.x, area.bottom - m.px(50), area.width, m.px(50))
        painter.text("Tab  ·  Enter  ·  Esc", hint, m.small, painter.colors.muted_ink, align="center", valign="bottom")
