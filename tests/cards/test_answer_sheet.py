"""The printed answer cards: six a page inside the printable margin, fonts embedded, markers that read back."""

from __future__ import annotations

import io
import shutil
import subprocess

import cv2
import numpy as np
import pytest
from pypdf import PdfReader
from pypdf.generic import ContentStream
from reportlab.pdfgen.canvas import Canvas

from play_for_integrity.cards import layout
from play_for_integrity.cards.answer_sheet import PAPERS, draw_answer_cards, register_fonts, write_answer_cards
from play_for_integrity.cards.scan import read_cards
from tests.cards.helpers import pdf_marker_raster


def sheet_pdf(paper: str, numbers: list[int]) -> bytes:
    """The cards drawn through the print kit's entry point, with the fonts registered as the test's own."""
    font, bold = register_fonts()
    out = io.BytesIO()
    canvas = Canvas(out, pagesize=PAPERS[paper], initialFontName=font)  # else ReportLab lists Helvetica, unembedded
    draw_answer_cards(canvas, PAPERS[paper], numbers, font, bold)
    canvas.save()
    return out.getvalue()


@pytest.fixture(scope="module")
def a4_pdf() -> bytes:
    return sheet_pdf("a4", list(range(1, 41)))


def test_forty_cards_fill_seven_a4_pages_with_every_number_and_letter(a4_pdf):
    reader = PdfReader(io.BytesIO(a4_pdf))
    assert len(reader.pages) == 7
    words = reader.pages[0].extract_text().split()
    assert sorted(w for w in words if w.isdigit()) == sorted(str(n) for n in range(1, 7))
    assert all(words.count(letter) == 6 for letter in "ABCD")
    assert reader.pages[6].extract_text().split().count("A") == 4


def test_every_font_is_embedded(a4_pdf):
    reader = PdfReader(io.BytesIO(a4_pdf))
    fonts = reader.pages[0]["/Resources"]["/Font"]
    assert len(fonts) == 2
    for ref in fonts.values():
        descendant = ref.get_object()["/DescendantFonts"][0].get_object() if "/DescendantFonts" in ref.get_object() \
            else ref.get_object()
        assert "/FontFile2" in descendant["/FontDescriptor"].get_object(), descendant["/BaseFont"]


def _path_points(pdf: bytes, page: int) -> list[tuple[float, float]]:
    """Every corner of every line and rectangle drawn on the page outside a transform."""
    reader = PdfReader(io.BytesIO(pdf))
    points, depth = [], 0
    for operands, operator in ContentStream(reader.pages[page].get_contents(), reader).operations:
        depth += {b"q": 1, b"Q": -1}.get(operator, 0)
        if depth == 0 and operator in (b"m", b"l"):
            points.append((float(operands[0]), float(operands[1])))
        elif depth == 0 and operator == b"re":
            x, y, w, h = (float(v) for v in operands)
            points += [(x, y), (x + w, y + h)]
    return points


@pytest.mark.parametrize("paper", ["a4", "letter"])
def test_nothing_is_drawn_in_the_5_mm_margin(paper):
    pdf = sheet_pdf(paper, list(range(1, 8)))
    width, height = PAPERS[paper]
    margin = 5 * layout.MM - 0.01
    for page in (0, 1):
        points = _path_points(pdf, page)
        assert len(points) > 30
        assert all(margin <= x <= width - margin and margin <= y <= height - margin for x, y in points), paper
    grid = layout.sheet_grid(PAPERS[paper])
    assert grid.side > 85 * layout.MM, "cards stay large enough for a 48 mm marker"
    assert grid.left - layout.CUT_BAND >= margin and grid.bottom - layout.CUT_BAND >= margin


def test_a_page_too_small_for_cards_is_refused():
    with pytest.raises(ValueError, match="too small"):
        layout.sheet_grid((300, 400))


@pytest.mark.parametrize("quarter_turns, letter", [(0, "A"), (1, "B"), (2, "C"), (3, "D")])
def test_the_pdfs_markers_read_back_as_their_numbers_and_the_letter_held_up(a4_pdf, quarter_turns, letter):
    page = np.rot90(pdf_marker_raster(a4_pdf, 1), quarter_turns).copy()
    readings = read_cards(page)
    assert [(r.number, r.letter) for r in readings] == [(n, letter) for n in range(7, 13)]


def test_write_answer_cards_writes_a_pdf_and_counts_its_pages(tmp_path):
    out = tmp_path / "cards.pdf"
    assert write_answer_cards(out, "letter", [3, 1, 2]) == 1
    reader = PdfReader(out)
    assert len(reader.pages) == 1 and float(reader.pages[0].mediabox.width) == 612


@pytest.mark.skipif(not shutil.which("pdftoppm"), reason="pdftoppm (poppler-utils) is not installed")
def test_the_pdf_rendered_by_poppler_reads_back(a4_pdf, tmp_path):
    (tmp_path / "cards.pdf").write_bytes(a4_pdf)
    subprocess.run(["pdftoppm", "-r", "60", "-png", "-f", "3", "-l", "3", str(tmp_path / "cards.pdf"),
                    str(tmp_path / "page")], check=True)
    image = cv2.imread(str(next(tmp_path.glob("page*.png"))))
    assert [(r.number, r.letter) for r in read_cards(image)] == [(n, "A") for n in range(13, 19)]


def test_each_letter_sits_on_its_edge_with_its_top_facing_outwards(a4_pdf):
    reader = PdfReader(io.BytesIO(a4_pdf))
    grid = layout.sheet_grid(PAPERS["a4"])
    centre = (grid.left + grid.side / 2, grid.top - grid.side / 2)  # the first card
    placed, matrix = {}, None
    for operands, operator in ContentStream(reader.pages[0].get_contents(), reader).operations:
        if operator == b"cm":
            matrix = [round(float(v), 3) for v in operands]
        elif operator == b"Tj" and operands[0] in ("A", "B", "C", "D") and operands[0] not in placed:
            placed[operands[0]] = matrix
    # PDF y grows upwards; the rotation part (a, b, c, d) turns the letter's "up" (0, 1) into (c, d)
    outward = {"A": (0, 1), "B": (1, 0), "C": (0, -1), "D": (-1, 0)}
    for letter, (ux, uy) in outward.items():
        a, b, c, d, x, y = placed[letter]
        assert (c, d) == (ux, uy), f"{letter}'s top should face its edge"
        offset = ((x - centre[0]) / grid.side, (y - centre[1]) / grid.side)
        assert offset == pytest.approx((ux * layout.LETTER_OFFSET, uy * layout.LETTER_OFFSET), abs=1e-3)
