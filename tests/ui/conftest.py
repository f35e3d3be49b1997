"""A headless App on the dummy video driver, with a session that writes only to a temp folder."""

from __future__ import annotations

import pygame
import pytest

from play_for_integrity.ui.app import App
from play_for_integrity.ui.launch import build_session


@pytest.fixture
def make_app():
    made = []

    def make(lang: str = "en", size: tuple[int, int] = (1024, 768)) -> App:
        pygame.init()
        session = build_session(language=lang)
        session.seed = 5
        app = App(session, size=size, headless=True)
        made.append(app)
        return app

    yield make
    pygame.quit()


def key(app: App, code: int, mod: int = 0) -> None:
    app.handle(pygame.event.Event(pygame.KEYDOWN, key=code, mod=mod, unicode=""))
    app.stack.apply()


def click(app: App, pos: tuple[int, int]) -> None:
    app.handle(pygame.event.Event(pygame.MOUSEMOTION, pos=pos, rel=(0, 0), buttons=(0, 0, 0)))
    app.handle(pygame.event.Event(pygame.MOUSEBUTTONUP, pos=pos, button=1))
    app.stack.apply()
