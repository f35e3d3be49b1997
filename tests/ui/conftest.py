"""A headless App on the dummy video driver, with a session that writes only to a temp folder."""

from __future__ import annotations

import pygame
import pytest

from play_for_integrity.ui.app import App
from play_for_integrity.ui.launch import build_session
from play_for_integrity.ui.painter import Painter


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


def fresh_summary(app: App):
    """The end of a finished solo journey, its first frame drawn (the celebration just begun)."""
    from play_for_integrity.ui.screenshot import demo_solo

    demo_solo(app.session, finish=True)
    app.push("summary")
    app.stack.apply()
    app.render()
    return app.stack.top


def click(app: App, pos: tuple[int, int]) -> None:
    app.handle(pygame.event.Event(pygame.MOUSEMOTION, pos=pos, rel=(0, 0), buttons=(0, 0, 0)))
    app.handle(pygame.event.Event(pygame.MOUSEBUTTONUP, pos=pos, button=1))
    app.stack.apply()


@pytest.fixture
def drawn(monkeypatch) -> list[str]:
    """Every text drawn since the fixture started (a test clears it when it wants a fresh frame)."""
    return spy_on_texts(monkeypatch)


def spy_on_texts(monkeypatch) -> list[str]:
    """A list that every text drawn from now on (until monkeypatch undoes it) is appended to."""
    texts: list[str] = []
    original = Painter.text

    def spy(self, text, *args, **kwargs):
        texts.append(text)
        return original(self, text, *args, **kwargs)

    monkeypatch.setattr(Painter, "text", spy)
    return texts
