"""Text is wrapped at words, shrunk when needed, and reported when even the minimum size does not fit."""

from __future__ import annotations

import pygame
import pytest

from play_for_integrity.ui.fonts import FontBook
from play_for_integrity.ui.text_layout import TextFitter, wrap


@pytest.fixture(scope="module")
def fitter():
    pygame.font.init()
    return TextFitter(FontBook())


def test_wrap_keeps_words_whole_and_lines_within_width(fitter):
    font = fitter.fonts.get(24)
    lines = wrap(font, "Әділдік пен адалдық — мектептегі ең маңызды құндылықтар", 200)
    assert len(lines) > 1 and all(font.size(line)[0] <= 200 for line in lines)
    assert " ".join(lines).split() == "Әділдік пен адалдық — мектептегі ең маңызды құндылықтар".split()


def test_wrap_keeps_paragraph_breaks(fitter):
    assert wrap(fitter.fonts.get(20), "one\n\ntwo", 500) == ["one", "", "two"]


def test_text_that_fits_keeps_its_size(fitter):
    block = fitter.fit("Ойнау", 400, 100, 30, 14)
    assert block.fits and block.size == 30 and block.lines == ("Ойнау",)


def test_long_text_shrinks_before_overflowing(fitter):
    text = "Честность — это когда слова и поступки совпадают, даже если никто не смотрит. " * 3
    block = fitter.fit(text, 400, 200, 40, 14)
    assert block.fits and block.size < 40 and block.height <= 200


def test_text_that_cannot_fit_is_reported_not_clipped(fitter):
    block = fitter.fit("слово " * 400, 200, 60, 30, 20)
    assert not block.fits and block.size == 20


def test_a_missing_font_file_is_reported_once(tmp_path):
    pygame.font.init()  # as the game has by then, whichever test ran before in this process
    reports = []
    book = FontBook(tmp_path, report=reports.append)
    book.get(20)
    book.get(30)
    assert len(reports) == 1 and "NotoSans-Regular.ttf" in reports[0]


def test_no_line_starts_with_a_dash(fitter):
    font = fitter.fonts.get(24)
    text = "Его задача — записывать время. Это сложно — но честно — и важно — для всех."
    for width in range(260, 600, 7):
        lines = wrap(font, text, width)
        assert lines is not None and not any(line.startswith(("—", "–")) for line in lines), (width, lines)


# ----- any string can be drawn ---------------------------------------------------------------------
NASTY = ["\x00", "a\x00b", "\x1b[2J", "\ud800", "x\udfffy", "\x7f\x9f", "tab\there", "\r\n", "\u2028", "\ufeff", "",
         "Мен\x07 адалмын"]


@pytest.mark.parametrize("text", NASTY, ids=repr)
def test_control_characters_and_lone_surrogates_never_crash_drawing(make_app, text):
    from play_for_integrity.ui.painter import Painter
    from play_for_integrity.ui.theme import palette
    app = make_app()
    painter = Painter(app.surface, app.metrics, palette(False), app.fitter)
    painter.text(text, pygame.Rect(10, 10, 400, 200), 24)
    painter.text(text * 50, pygame.Rect(10, 10, 60, 30), 24, bold=True, max_lines=1)
    painter.badge((50, 50), 20, text, (0, 0, 0), (255, 255, 255))
    assert "\x00" not in painter.shortened(text * 40, 100, 24)
    app.fitter.image(text, 20, False, (0, 0, 0))


def test_drawable_text_keeps_what_can_be_drawn():
    from play_for_integrity.ui.text_layout import drawable
    assert drawable("\x1b[2J clear") == "[2J clear"
    assert drawable("a\r\nb\tc") == "a\nb c" and drawable("a\nb", lines=False) == "a b"
    assert drawable("x\ud800") == "x\ufffd" and drawable("Қазақ «тілі» — 7–9") == "Қазақ «тілі» — 7–9"


def test_a_long_name_is_cut_with_an_ellipsis_to_the_width(make_app):
    from play_for_integrity.ui.text_layout import ellipsize
    font = make_app().fitter.fonts.get(24)
    cut = ellipsize(font, "Ш" * 24, 200)
    assert cut.endswith("…") and font.size(cut)[0] <= 200 and len(cut) > 2
    assert ellipsize(font, "Барыс", 200) == "Барыс"
