"""A font file that is missing, empty or not a font never stops the game: pygame's font is used, the file named."""

from __future__ import annotations

import os
from pathlib import Path

import pygame
import pytest

from play_for_integrity.ui.fonts import BOLD, REGULAR, FontBook


@pytest.fixture(autouse=True)
def _fonts():
    pygame.font.init()
    yield
    pygame.font.quit()


def _book(folder: Path, regular: bytes, reports: list[str]) -> FontBook:
    (folder / REGULAR).write_bytes(regular)
    return FontBook(folder, report=reports.append)


@pytest.mark.parametrize("content", [b"", b"this is not a font at all " * 20, os.urandom(4096)],
                         ids=["empty", "text", "random"])
def test_an_unusable_font_file_falls_back_with_one_notice_naming_it(tmp_path, content):
    reports: list[str] = []
    book = _book(tmp_path, content, reports)
    assert book.get(20).size("Қазақ") > (0, 0) and book.get(30).render("Ғ", True, (0, 0, 0))
    [regular] = [report for report in reports if REGULAR in report]
    assert str(tmp_path / REGULAR) in regular and "cannot be read" in regular
    assert "reinstall the game" in regular.lower()


def test_the_bold_fallback_is_drawn_bold_when_its_file_is_unusable(tmp_path):
    reports: list[str] = []
    book = _book(tmp_path, b"", reports)
    (tmp_path / BOLD).write_bytes(b"")
    assert book.get(24, bold=True).get_bold() and not book.get(24).get_bold()
    assert sorted(BOLD in report for report in reports) == [False, True]


def test_idle_frames_ready_the_fonts_of_this_windows_screens_one_a_frame(make_app, monkeypatch):
    """After the first frame, each idle frame opens one font the solo and projected screens use and loads its
    glyphs; a busy frame readies none; a new window size queues its own sizes."""
    import pygame

    from play_for_integrity.core.clock import SteppedClock
    from play_for_integrity.ui.fonts import WARM_TEXT
    from play_for_integrity.ui.scenes.title import TitleScene
    from play_for_integrity.ui.theme import Metrics

    app = make_app("kk", (1024, 768))
    app.stack.push(TitleScene(app))
    clock = SteppedClock()
    measured = []
    real_get = app.fonts.get

    def get(size, bold=False):
        font = real_get(size, bold)
        return type("Spy", (), {"size": lambda _, text: measured.append((size, bold, text)) or font.size(text),
                                "__getattr__": lambda _, name: getattr(font, name)})()
    app.step(1 / 30, clock)  # the first frame
    monkeypatch.setattr(app.fonts, "get", get)
    app.step(1 / 30, clock)
    warmed = [m[:2] for m in measured if m[2] == WARM_TEXT]
    assert len(warmed) == 1 and set(warmed) == app.fonts._ready, "one idle frame readies one font"
    for _ in range(40):
        app.step(1 / 30, clock)
    m = Metrics.for_size(1024, 768, app.session.settings.text_scale, True)
    assert {(m.body, True), (m.heading, True), (m.min_text, False)} <= app.fonts._ready
    assert not app.fonts.warm_one(), "every expected font is ready"
    ready = len(app.fonts._ready)
    app.dirty = True
    app.step(1 / 30, clock)  # a frame that draws readies nothing
    assert len(app.fonts._ready) == ready
    app.surface = pygame.Surface((1920, 1080))
    app.step(1 / 30, clock)
    assert len(app.fonts._ready) == ready + 1, "a new window size queues its own fonts"
