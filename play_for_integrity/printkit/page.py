"""Paper sizes, the printable area (5 mm in from every edge), card grids and the cut marks around them.

Lengths are PDF points, y grows upwards as in ReportLab. Layout code checks every box it draws against the
printable area, so a layout mistake stops the print instead of losing text at the printer's edge.
"""

from __future__ import annotations

from dataclasses import dataclass

MM = 72 / 25.4
MARGIN = 5 * MM
MARK_ZONE = 6 * MM  # between the printable edge and a card grid: room for the cut marks
MARK_LENGTH = 4 * MM
PAPERS = {"a4": (210 * MM, 297 * MM), "letter": (8.5 * 72, 11 * 72)}
A3 = (297 * MM, 420 * MM)


class LayoutError(Exception):
    """A box placed outside the printable area: a bug in a layout, not a content problem."""


@dataclass(frozen=True)
class Rect:
    """A box on the page: x, y is its lower-left corner."""

    x: float
    y: float
    width: float
    height: float

    @property
    def right(self) -> float:
        return self.x + self.width

    @property
    def top(self) -> float:
        return self.y + self.height

    def inset(self, dx: float, dy: float | None = None) -> Rect:
        dy = dx if dy is None else dy
        return Rect(self.x + dx, self.y + dy, self.width - 2 * dx, self.height - 2 * dy)

    def contains(self, other: Rect, slack: float = 0.01) -> bool:
        return (other.x >= self.x - slack and other.y >= self.y - slack and other.right <= self.right + slack
                and other.top <= self.top + slack)


def printable(page_size: tuple[float, float]) -> Rect:
    """The part of a page a printer reaches: everything but a 5 mm margin."""
    return Rect(MARGIN, MARGIN, page_size[0] - 2 * MARGIN, page_size[1] - 2 * MARGIN)


def landscape(page_size: tuple[float, float]) -> tuple[float, float]:
    return max(page_size), min(page_size)


def check_inside(area: Rect, box: Rect, what: str) -> None:
    """Raise LayoutError when `box` leaves `area`."""
    if not area.contains(box):
        raise LayoutError(f"{what} at {box} leaves the printable area {area}")


def card_grid(page_size: tuple[float, float], columns: int, rows: int) -> list[Rect]:
    """`columns` x `rows` cards edge to edge (one cut serves two cards), top row first, inside the cut marks."""
    area = printable(page_size).inset(MARK_ZONE)
    width, height = area.width / columns, area.height / rows
    return [Rect(area.x + c * width, area.top - (r + 1) * height, width, height)
            for r in range(rows) for c in range(columns)]


def draw_cut_marks(canvas, page_size: tuple[float, float], cards: list[Rect]) -> None:
    """Thin grey card outlines and, in the margin around the grid, short black marks on every cut line."""
    area = printable(page_size)
    xs = sorted({round(v, 3) for c in cards for v in (c.x, c.right)})
    ys = sorted({round(v, 3) for c in cards for v in (c.y, c.top)})
    canvas.saveState()
    canvas.setStrokeGray(0.75)
    canvas.setLineWidth(0.3)
    canvas.setDash(2, 2)
    for card in cards:
        check_inside(area, card, "a card")
        canvas.rect(card.x, card.y, card.width, card.height, stroke=1, fill=0)
    canvas.setDash()
    canvas.setStrokeGray(0)
    canvas.setLineWidth(0.5)
    low, high = min(ys), max(ys)
    left, right = min(xs), max(xs)
    reach = min(MARK_LENGTH, MARK_ZONE - 1 * MM)
    for x in xs:
        canvas.line(x, low - 1 * MM - reach, x, low - 1 * MM)
        canvas.line(x, high + 1 * MM, x, high + 1 * MM + reach)
    for y in ys:
        canvas.line(left - 1 * MM - reach, y, left - 1 * MM, y)
        canvas.line(right + 1 * MM, y, right + 1 * MM + reach, y)
    canvas.restoreState()
