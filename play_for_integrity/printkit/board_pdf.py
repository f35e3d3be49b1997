"""The printed board: the same squares, ladders and snakes as the game's (core.board_geometry), on one A3 sheet
or on two sheets of the chosen paper that are cut and glued along a seam with alignment marks.

Geometry is in points with y down from the board area's top-left corner; `_Page` maps it onto the page.
"""

from __future__ import annotations

from dataclasses import dataclass

from play_for_integrity.core.board import Board
from play_for_integrity.core.board_geometry import BoardGeometry, Box, star_points
from play_for_integrity.i18n import Translator
from play_for_integrity.printkit import labels
from play_for_integrity.printkit.fonts import Fonts
from play_for_integrity.printkit.page import A3, MM, Rect, check_inside, landscape, printable

GLUE = 12 * MM       # the strip of the second half that the first half is glued over
TOP_ROOM = 14 * MM   # above the board: the title, the seam note and the marks
MARK = 4 * MM

INK = (0.1, 0.1, 0.1)
GREEN = (0.0, 0.55, 0.4)
RED = (0.75, 0.3, 0.05)
FILLS = {"plain": (1.0, 1.0, 1.0), "plain2": (0.93, 0.93, 0.91), "ladder": (0.84, 0.94, 0.88),
         "snake": (0.98, 0.87, 0.82), "task": (1.0, 0.95, 0.75), "start": (0.84, 0.91, 0.98),
         "finish": (0.84, 0.91, 0.98)}
GOLD = (0.85, 0.6, 0.0)
BLUE = (0.0, 0.45, 0.7)


@dataclass(frozen=True)
class _Page:
    """Maps board coordinates (y down) to page points: page = (left + x, top - y)."""

    left: float
    top: float

    def p(self, x: float, y: float) -> tuple[float, float]:
        return self.left + x, self.top - y


def _fill(board: Board, square: int) -> tuple[float, float, float]:
    kind = str(board.kind(square))
    if kind == "dilemma":
        return FILLS["ladder" if square in board.ladders else "snake"]
    if kind in ("task", "start", "finish"):
        return FILLS[kind]
    row, col = board.row_col(square, board.columns)
    return FILLS["plain" if (row + col) % 2 == 0 else "plain2"]


def draw_board(canvas, geometry: BoardGeometry, page: _Page, fonts: Fonts, tr: Translator) -> None:
    """Every square, ladder, snake and mark; numbers last, on plates, so nothing hides them."""
    board = geometry.board
    canvas.setLineJoin(1)
    canvas.setLineCap(1)
    for square in range(board.size):
        box = geometry.square_box(square)
        x, y = page.p(box.x, box.bottom)
        canvas.setFillColorRGB(*_fill(board, square))
        canvas.setStrokeColorRGB(0.55, 0.55, 0.55)
        canvas.setLineWidth(0.6)
        canvas.rect(x, y, box.width, box.height, stroke=1, fill=1)
        if str(board.kind(square)) in ("start", "finish"):
            _start_finish(canvas, geometry, page, square, fonts, tr)
    canvas.setStrokeColorRGB(*INK)
    canvas.setLineWidth(1.4)
    x, y = page.p(geometry.box.x, geometry.box.bottom)
    canvas.rect(x, y, geometry.box.width, geometry.box.height, stroke=1, fill=0)
    for foot, top in board.ladders.items():
        ladder = geometry.ladder(foot, top)
        canvas.setStrokeColorRGB(*GREEN)
        canvas.setLineWidth(ladder.width * 0.7)
        for a, b in ladder.rungs:
            canvas.line(*page.p(*a), *page.p(*b))
        canvas.setLineWidth(ladder.width)
        for a, b in ladder.rails:
            canvas.line(*page.p(*a), *page.p(*b))
    for head, tail in board.snakes.items():
        body = geometry.snake(head, tail)
        canvas.setFillColorRGB(*RED)
        for (cx, cy), radius in body.discs[::2]:
            canvas.circle(*page.p(cx, cy), radius * 1.05, stroke=0, fill=1)
        hx, hy = page.p(*body.head)
        canvas.circle(hx, hy, body.head_radius, stroke=0, fill=1)
        eye = body.head_radius / 3
        canvas.setFillColorRGB(1, 1, 1)
        canvas.circle(hx - eye, hy + eye, eye * 0.8, stroke=0, fill=1)
        canvas.circle(hx + eye, hy + eye, eye * 0.8, stroke=0, fill=1)
    for square in range(board.size):
        kind = str(board.kind(square))
        if kind in ("dilemma", "task"):
            _mark(canvas, geometry, page, square, kind, fonts)
        if kind not in ("start", "finish"):
            _number(canvas, geometry, page, square, fonts)


def _number(canvas, geometry: BoardGeometry, page: _Page, square: int, fonts: Fonts) -> None:
    from reportlab.pdfbase.pdfmetrics import stringWidth

    box = geometry.number_box(square)
    size = box.height * 0.95
    text = str(square)
    width = stringWidth(text, fonts.bold, size)
    x, y = page.p(box.x, box.bottom)
    canvas.setFillColorRGB(*_fill(geometry.board, square))
    canvas.roundRect(x, y, width + size * 0.3, box.height, size * 0.2, stroke=0, fill=1)
    canvas.setFillColorRGB(*INK)
    canvas.setFont(fonts.bold, size)
    canvas.drawString(x + size * 0.15, y + box.height * 0.2, text)


def _mark(canvas, geometry: BoardGeometry, page: _Page, square: int, kind: str, fonts: Fonts) -> None:
    box = geometry.mark_box(square)
    cx, cy = page.p(*box.center)
    side = min(box.width, box.height)
    canvas.setLineWidth(0.8)
    canvas.setStrokeColorRGB(*INK)
    if kind == "task":
        points = [page.p(*pt) for pt in star_points(box.center, side)]
        path = canvas.beginPath()
        path.moveTo(*points[0])
        for point in points[1:]:
            path.lineTo(*point)
        path.close()
        canvas.setFillColorRGB(*GOLD)
        canvas.drawPath(path, stroke=1, fill=1)
        return
    width = side * 0.75
    canvas.setFillColorRGB(1, 1, 1)
    canvas.roundRect(cx - width / 2, cy - side / 2, width, side, side * 0.15, stroke=1, fill=1)
    canvas.setFillColorRGB(*BLUE)
    canvas.setFont(fonts.bold, side * 0.75)
    canvas.drawCentredString(cx, cy - side * 0.27, "?")


def _start_finish(canvas, geometry: BoardGeometry, page: _Page, square: int, fonts: Fonts, tr: Translator) -> None:
    """An arrow (start) or a chequered flag (finish), with the word in the number's corner."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    start = str(geometry.board.kind(square)) == "start"
    number = geometry.number_box(square)
    word = tr.gettext("Start") if start else tr.gettext("Finish")
    size = number.height * 0.8
    square_box = geometry.square_box(square)
    while size > 4 and stringWidth(word, fonts.bold, size) > square_box.width - 2 * (number.x - square_box.x):
        size -= 0.5
    canvas.setFillColorRGB(*INK)
    canvas.setFont(fonts.bold, size)
    canvas.drawString(*page.p(number.x, number.bottom - number.height * 0.2), word)
    play = geometry.play_box(square)
    side = min(play.width, play.height) * 0.6
    cx, cy = page.p(*play.center)
    if start:
        canvas.setFillColorRGB(*BLUE)
        path = canvas.beginPath()
        path.moveTo(cx - side / 2, cy - side / 8)
        for px, py in ((cx + side / 10, cy - side / 8), (cx + side / 10, cy - side / 3), (cx + side / 2, cy),
                       (cx + side / 10, cy + side / 3), (cx + side / 10, cy + side / 8), (cx - side / 2, cy + side / 8)):
            path.lineTo(px, py)
        path.close()
        canvas.drawPath(path, stroke=0, fill=1)
        return
    pole = side / 10
    left, top = cx - side / 2, cy + side / 2
    canvas.setFillColorRGB(*INK)
    canvas.rect(left, top - side, pole, side, stroke=0, fill=1)
    cell = (side - pole) / 3
    for i in range(3):
        for j in range(2):
            canvas.setFillColorRGB(*(INK if (i + j) % 2 == 0 else (1, 1, 1)))
            canvas.rect(left + pole + i * cell, top - (j + 1) * side * 0.3, cell, side * 0.3, stroke=0, fill=1)


def _title(canvas, area: Rect, text: str, fonts: Fonts, size: float = 11) -> None:
    canvas.setFillColorRGB(*INK)
    canvas.setFont(fonts.bold, size)
    canvas.drawString(area.x, area.top - size, text)


def _seam_note(canvas, area: Rect, text: str, fonts: Fonts) -> None:
    """How to join the halves, at the foot of the page (shrunk to the page's width)."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    size = 9.0
    while size > 5 and stringWidth(text, fonts.regular, size) > area.width:
        size -= 0.5
    canvas.setFillColorRGB(*INK)
    canvas.setFont(fonts.regular, size)
    canvas.drawString(area.x, area.y + 1 * MM, text)


def draw_board_a3(canvas, board: Board, fonts: Fonts, tr: Translator, title: str) -> None:
    """The whole board on one landscape A3 page."""
    size = landscape(A3)
    canvas.setPageSize(size)
    area = printable(size)
    _title(canvas, area, title, fonts)
    geometry = BoardGeometry(board, Box(0, 0, area.width, area.height - TOP_ROOM))
    check_inside(area, Rect(area.x + geometry.box.x, area.y, geometry.box.width, geometry.box.height), "the board")
    draw_board(canvas, geometry, _Page(area.x, area.top - TOP_ROOM), fonts, tr)
    canvas.showPage()


def draw_board_halves(canvas, board: Board, page_size: tuple[float, float], fonts: Fonts, tr: Translator,
                      title: str) -> None:
    """The board on two portrait sheets: the left half is cut along its seam and glued over the right half's strip."""
    canvas.setPageSize(page_size)
    area = printable(page_size)
    height = area.height - 2 * TOP_ROOM
    geometry = BoardGeometry(board, Box(0, 0, 2 * (area.width - GLUE), height))  # each half + the strip fits
    seam = geometry.box.x + geometry.box.width / 2
    left_start = seam - area.width + 1.5 * MARK  # board x at the left half's printable left edge: room for the marks
    right_start = seam - GLUE                 # and at the right half's
    bottom = area.top - TOP_ROOM - geometry.box.height
    for first, start in ((True, left_start), (False, right_start)):
        _title(canvas, area, title, fonts)
        _seam_note(canvas, area, tr.gettext(labels.BOARD_SEAM), fonts)
        page = _Page(area.x - start, area.top - TOP_ROOM)
        canvas.saveState()
        clip = canvas.beginPath()
        low, high = (area.x, page.left + seam) if first else (area.x, area.right)
        clip.rect(low, bottom - 1, high - low, geometry.box.height + 2)
        canvas.clipPath(clip, stroke=0, fill=0)
        draw_board(canvas, geometry, page, fonts, tr)
        canvas.restoreState()
        x = page.left + seam
        canvas.setStrokeColorRGB(*INK)
        canvas.setLineWidth(0.6)
        if first:
            canvas.setDash(3, 2)
            canvas.line(x, area.y, x, area.top - TOP_ROOM + 2 * MM)
            canvas.setDash()
        for y in (area.top - TOP_ROOM + MARK + 1 * MM, bottom - MARK - 1 * MM):
            canvas.line(x - MARK, y, x + MARK, y)
            canvas.line(x, y - MARK, x, y + MARK)
            canvas.circle(x, y, MARK * 0.5, stroke=1, fill=0)
        canvas.showPage()
