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
