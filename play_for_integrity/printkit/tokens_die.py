"""One sheet for classes without the game's pieces: a token for each of the six teams, and a die net to fold."""

from __future__ import annotations

from play_for_integrity.core.board_game import TOKEN_SHAPES
from play_for_integrity.core.board_geometry import token_outline
from play_for_integrity.i18n import Translator
from play_for_integrity.printkit import labels
from play_for_integrity.printkit.fonts import Fonts
from play_for_integrity.printkit.page import MM, Rect, check_inside, draw_cut_marks, printable

# the game's six team colours (ui.theme's default palette, colour-blind safe), as 0-1 RGB
TEAM_COLORS = ((0, 114, 178), (230, 159, 0), (0, 158, 115), (204, 121, 167), (86, 180, 233), (213, 94, 0))
TOKEN = 30 * MM
FACE = 28 * MM
TAB = 7 * MM
# the die's faces on a cross: a column of four, one face on each side of the second; opposite faces add up to 7
NET = {(1, 0): 1, (1, 1): 2, (1, 2): 6, (1, 3): 5, (0, 1): 3, (2, 1): 4}
# one glue tab for each pair of edges that meet: (column, row, side)
TABS = ((1, 0, "left"), (1, 0, "right"), (1, 2, "left"), (1, 2, "right"), (1, 3, "left"), (1, 3, "right"),
        (1, 3, "bottom"))
PIPS = {1: [(0.5, 0.5)], 2: [(0.25, 0.25), (0.75, 0.75)], 3: [(0.25, 0.25), (0.5, 0.5), (0.75, 0.75)],
        4: [(0.25, 0.25), (0.75, 0.25), (0.25, 0.75), (0.75, 0.75)],
        5: [(0.25, 0.25), (0.75, 0.25), (0.5, 0.5), (0.25, 0.75), (0.75, 0.75)],
        6: [(0.25, 0.25), (0.75, 0.25), (0.25, 0.5), (0.75, 0.5), (0.25, 0.75), (0.75, 0.75)]}


def _caption(canvas, area: Rect, y: float, text: str, fonts: Fonts) -> None:
    from reportlab.pdfbase.pdfmetrics import stringWidth

    size = 11.0
    while size > 6 and stringWidth(text, fonts.bold, size) > area.width:
        size -= 0.5
    canvas.setFillGray(0)
    canvas.setFont(fonts.bold, size)
    canvas.drawString(area.x, y, text)


def draw_tokens_and_die(canvas, page_size: tuple[float, float], fonts: Fonts, tr: Translator) -> None:
    area = printable(page_size)
    _caption(canvas, area, area.top - 11, tr.gettext(labels.TOKENS), fonts)
    top = area.top - 11 - 12 * MM
    tiles = [Rect(area.x + 6 * MM + i * TOKEN, top - TOKEN, TOKEN, TOKEN) for i in range(len(TOKEN_SHAPES))]
    for tile, shape, color in zip(tiles, TOKEN_SHAPES, TEAM_COLORS):
        check_inside(area, tile, "a token")
        cx, cy = tile.x + TOKEN / 2, tile.y + TOKEN / 2
        radius = TOKEN * 0.3
        canvas.setFillColorRGB(*(c / 255 for c in color))
        canvas.setStrokeGray(0)
        canvas.setLineWidth(1.2)
        outline = token_outline(shape, (cx, cy), radius)
        if outline is None:
            canvas.circle(cx, cy, radius, stroke=1, fill=1)
        else:
            path = canvas.beginPath()
            path.moveTo(*outline[0])
            for point in outline[1:]:
                path.lineTo(*point)
            path.close()
            canvas.drawPath(path, stroke=1, fill=1)
    draw_cut_marks(canvas, page_size, tiles)
    caption_y = tiles[0].y - 14 * MM
    _caption(canvas, area, caption_y, tr.gettext(labels.DIE), fonts)
    left = area.x + (area.width - 3 * FACE) / 2
    net_top = caption_y - 8 * MM
    _die_net(canvas, area, left, net_top)
    canvas.showPage()


def _face(left: float, top: float, column: int, row: int) -> Rect:
    return Rect(left + column * FACE, top - (row + 1) * FACE, FACE, FACE)


def _die_net(canvas, area: Rect, left: float, top: float) -> None:
    """The cross of six faces (fold lines dashed), its glue tabs and the pips."""
    canvas.setLineWidth(0.8)
    canvas.setStrokeGray(0)
    for (column, row), value in NET.items():
        face = _face(left, top, column, row)
        check_inside(area, face, "a die face")
        canvas.setFillGray(1)
        canvas.setDash(3, 2)
        canvas.rect(face.x, face.y, face.width, face.height, stroke=1, fill=1)
        canvas.setDash()
        canvas.setFillGray(0)
        for px, py in PIPS[value]:
            canvas.circle(face.x + px * FACE, face.y + py * FACE, FACE * 0.08, stroke=0, fill=1)
    tabbed = {(column, row, side) for column, row, side in TABS}
    steps = {"left": (-1, 0), "right": (1, 0), "top": (0, -1), "bottom": (0, 1)}
    for (column, row) in NET:  # the net's outline, where there is neither a face nor a tab beyond: cut lines
        face = _face(left, top, column, row)
        ends = {"left": ((face.x, face.y), (face.x, face.top)), "right": ((face.right, face.y), (face.right, face.top)),
                "top": ((face.x, face.top), (face.right, face.top)), "bottom": ((face.x, face.y), (face.right, face.y))}
        for side, (dx, dy) in steps.items():
            if (column + dx, row + dy) not in NET and (column, row, side) not in tabbed:
                canvas.line(*ends[side][0], *ends[side][1])
    canvas.setFillGray(0.88)
    for column, row, side in TABS:
        face = _face(left, top, column, row)
        if side == "left":
            points = [(face.x, face.top), (face.x - TAB, face.top - TAB), (face.x - TAB, face.y + TAB), (face.x, face.y)]
        elif side == "right":
            points = [(face.right, face.top), (face.right + TAB, face.top - TAB), (face.right + TAB, face.y + TAB),
                      (face.right, face.y)]
        else:
            points = [(face.x, face.y), (face.x + TAB, face.y - TAB), (face.right - TAB, face.y - TAB),
                      (face.right, face.y)]
        for x, y in points:
            check_inside(area, Rect(x, y, 0, 0), "a glue tab")
        path = canvas.beginPath()
        path.moveTo(*points[0])
        for point in points[1:]:
            path.lineTo(*point)
        canvas.drawPath(path, stroke=1, fill=1)
