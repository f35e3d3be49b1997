"""Choose an age band; after the nickname and class the journey is drawn from that band's scenarios."""

from __future__ import annotations

import pygame

from play_for_integrity.ui.painter import Painter
from play_for_integrity.ui.scene_kit import MenuScene, header
from play_for_integrity.ui.widgets import Button


class BandScene(MenuScene):
    name = "band"

    def __init__(self, app) -> None:
        super().__init__(app)
        self.bands = [b for b in self.session.library.bands.values() if self.session.library.by_band(b.id)]
        self.group.buttons = [Button("", lambda band=b.id: self.choose(band), key_hint=str(i + 1))
                              for i, b in enumerate(self.bands)]

    def choose(self, band: str) -> None:
        """Next: who is playing (nickname and class); that screen starts the journey."""
        self.app.sounds.play("choice")
        self.app.push("player", band)

    def handle(self, event: pygame.event.Event) -> bool:
        if event.type == pygame.KEYDOWN and pygame.K_1 <= event.key <= pygame.K_9:
            index = event.key - pygame.K_1
            if index < len(self.bands):
                self.choose(self.bands[index].id)
                return True
        return super().handle(event)

    def draw(self, painter: Painter) -> None:
        m, tr = painter.metrics, self.session.tr
        area = header(painter, self._("How old are you?"))
        if not self.bands:
            painter.text(self._("There are no scenarios to play yet. Ask your teacher to check the scenario files."),
                         area, m.body)
            return
        gap = m.px(20)
        height = min(m.px(170), (area.height - gap * (len(self.bands) - 1)) // len(self.bands))
        y = area.y
        for button, band in zip(self.group.buttons, self.bands):
            button.label = f"{tr.band_name(band)} · {tr.band_grades(band)}"
            button.detail = tr.band_description(band)
            button.rect = pygame.Rect(area.x, y, area.width, height)
            y += height + gap
        self.group.draw(painter, size=m.heading)
