"""Answer cards on PDF pages with ReportLab: six cards a sheet, crop marks, inside the 5 mm printable margin."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from play_for_integrity.cards import layout
from play_for_integrity.cards.markers import CELLS, check_number, marker_cells

PAPERS = {"a4": (595.2756, 841.8898), "letter": (612.0, 792.0)}
CAP_HEIGHT = 0.714   # Noto Sans capitals and digits, of the font size
CROP_GAP = 1.5 * layout.MM
GUIDE_GREY = 0.72    # the thin lines along the card edges, light enough to vanish when cut slightly off


def draw_answer_cards(canvas, page_size: tuple[float, float], numbers: Sequence[int], font: str,
                      bold_font: str) -> None:
    """Draw one card per pupil number, six to a page, ending each page with showPage(); the caller registers fonts."""
    grid = layout.sheet_grid(page_size)
    numbers = [check_number(n) for n in numbers]
    for start in range(0, len(numbers), grid.per_page):
        chunk = numbers[start:start + grid.per_page]
        for index, number in enumerate(chunk):
            x, y = grid.card_origin(index)
            _draw_card(canvas, x, y, grid.side, number, font, bold_font)
        _draw_cut_marks(canvas, grid, len(chunk))
        canvas.showPage()


def _draw_card(canvas, left: float, top: float, side: float, number: int, font: str, bold_font: str) -> None:
    """One card with its top-left corner at (left, top) in PDF points."""
    def at(u: float, v: float) -> tuple[float, float]:
        return left + u * side, top - v * side

    box_left, box_top, _, _ = layout.marker_box()
    cell = layout.MARKER_SIDE * side / CELLS
    path = canvas.beginPath()
    for r, row in enumerate(marker_cells(number)):
        c = 0
        while c < CELLS:  # one rectangle per run of black cells, all in one path: no seams between cells
            if not row[c]:
                c += 1
                continue
            run = c
            while run < CELLS and row[run]:
                run += 1
            x, y = at(box_left, box_top)
            path.rect(x + c * cell, y - (r + 1) * cell, (run - c) * cell, cell)
            c = run
    canvas.setFillGray(0)
    canvas.drawPath(path, stroke=0, fill=1)
    letter_size = layout.LETTER_HEIGHT * side / CAP_HEIGHT
    for place in layout.letter_places():
        canvas.saveState()
        canvas.translate(*at(*place.centre))
        canvas.rotate(-place.turn)
        canvas.setFont(bold_font, letter_size)
        canvas.drawCentredString(0, -layout.LETTER_HEIGHT * side / 2, place.letter)
        canvas.restoreState()
    number_size = layout.NUMBER_HEIGHT * side / CAP_HEIGHT
    canvas.setFont(font, number_size)
    x, y = at(*layout.NUMBER_CENTRE)
    canvas.drawCentredString(x, y - layout.NUMBER_HEIGHT * side / 2, str(number))


def _draw_cut_marks(canvas, grid: layout.SheetGrid, count: int) -> None:
    """Light guide lines along every card edge, and black crop marks in the band around the block of cards."""
    rows = -(-count // grid.columns)
    columns = grid.columns if rows > 1 else count
    bottom = grid.top - rows * grid.side
    right = grid.left + columns * grid.side
    xs = [grid.left + i * grid.side for i in range(columns + 1)]
    ys = [grid.top - i * grid.side for i in range(rows + 1)]
    canvas.setLineWidth(0.3)
    canvas.setStrokeGray(GUIDE_GREY)
    for index in range(count):
        x, y = grid.card_origin(index)
        canvas.rect(x, y - grid.side, grid.side, grid.side, stroke=1, fill=0)
    reach = layout.CUT_BAND - CROP_GAP
    canvas.setLineWidth(0.5)
    canvas.setStrokeGray(0)
    for x in xs:
        canvas.line(x, grid.top + CROP_GAP, x, grid.top + CROP_GAP + reach)
        canvas.line(x, bottom - CROP_GAP, x, bottom - CROP_GAP - reach)
    for y in ys:
        canvas.line(grid.left - CROP_GAP, y, grid.left - CROP_GAP - reach, y)
        canvas.line(right + CROP_GAP, y, right + CROP_GAP + reach, y)


def register_fonts() -> tuple[str, str]:
    """Register the shipped Noto Sans regular and bold with ReportLab (embedded as subsets); returns their names."""
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    from play_for_integrity import paths

    fonts = paths.assets_dir() / "fonts"
    names = ("NotoSans", "NotoSans-Bold")
    for name, file in zip(names, ("NotoSans-Regular.ttf", "NotoSans-Bold.ttf")):
        if name not in pdfmetrics.getRegisteredFontNames():
            pdfmetrics.registerFont(TTFont(name, str(fonts / file)))
    return names


def write_answer_cards(path: Path, paper: str, numbers: Sequence[int]) -> int:
    """Write the answer cards of `numbers` as a PDF on `paper` ("a4" or "letter"); returns the page count."""
    from reportlab.pdfgen.canvas import Canvas

    page_size = PAPERS[paper]
    font, bold = register_fonts()
    canvas = Canvas(str(path), pagesize=page_size, pageCompression=1, initialFontName=font)  # no stray Helvetica
    canvas.setTitle("Play for Integrity: answer cards")
    draw_answer_cards(canvas, page_size, numbers, font, bold)
    canvas.save()
    return -(-len(numbers) // layout.sheet_grid(page_size).per_page)
