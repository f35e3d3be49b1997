"""Where things sit on an answer card and on a printed sheet: pure geometry shared by the PDF and the test renderer.

Card space is the unit square with the A edge at the top and y growing downwards. Each letter's top points at its
own edge, so whichever edge a pupil holds up, that letter reads upright and the other three are turned away.
"""

from __future__ import annotations

from dataclasses import dataclass

MARKER_SIDE = 0.52    # of the card's side: a 92 mm card carries a 48 mm marker (8 mm cells)
LETTER_HEIGHT = 0.11  # capital height of A-D, of the card's side (10 mm on a 92 mm card)
LETTER_OFFSET = 0.39  # from the card's centre to each letter's centre: a cell's width of white beside the marker
NUMBER_HEIGHT = 0.045  # digit height of the pupil number, in the corner left of A
NUMBER_CENTRE = (0.12, 0.12)

MM = 72 / 25.4        # PDF points per millimetre
PAGE_MARGIN = 5 * MM  # nothing is drawn closer to the paper's edge (most printers' unprintable strip)
CUT_BAND = 6 * MM     # between the margin and the cards: the crop marks
COLUMNS, ROWS = 2, 3


@dataclass(frozen=True)
class LetterPlace:
    """One answer letter: its centre in card space and its clockwise turn (0 for A, 90 for B, ...)."""

    letter: str
    centre: tuple[float, float]
    turn: int


def marker_box() -> tuple[float, float, float, float]:
    """(left, top, right, bottom) of the marker in card space."""
    low = (1 - MARKER_SIDE) / 2
    return low, low, low + MARKER_SIDE, low + MARKER_SIDE


def letter_places() -> list[LetterPlace]:
    """A on the top edge, then B, C, D clockwise, each turned so that its top faces its edge."""
    centres = [(0.5, 0.5 - LETTER_OFFSET), (0.5 + LETTER_OFFSET, 0.5), (0.5, 0.5 + LETTER_OFFSET),
               (0.5 - LETTER_OFFSET, 0.5)]
    return [LetterPlace(letter, centre, 90 * i) for i, (letter, centre) in enumerate(zip("ABCD", centres))]


@dataclass(frozen=True)
class SheetGrid:
    """The cards of one sheet in PDF points (origin bottom left): the cards' side and each card's top-left corner."""

    side: float
    left: float
    top: float
    columns: int = COLUMNS
    rows: int = ROWS

    @property
    def per_page(self) -> int:
        return self.columns * self.rows

    def card_origin(self, index: int) -> tuple[float, float]:
        """Top-left corner (x, y) of the `index`-th card on the sheet, filling rows left to right."""
        row, column = divmod(index, self.columns)
        return self.left + column * self.side, self.top - row * self.side

    @property
    def right(self) -> float:
        return self.left + self.columns * self.side

    @property
    def bottom(self) -> float:
        return self.top - self.rows * self.side


def sheet_grid(page_size: tuple[float, float]) -> SheetGrid:
    """The largest square cards that fit COLUMNS x ROWS inside the margin and the crop-mark band, centred."""
    width, height = page_size
    inset = PAGE_MARGIN + CUT_BAND
    side = min((width - 2 * inset) / COLUMNS, (height - 2 * inset) / ROWS)
    if side < 50 * MM:
        raise ValueError(f"a {width / MM:.0f}x{height / MM:.0f} mm page is too small for answer cards")
    left = (width - COLUMNS * side) / 2
    top = height - (height - ROWS * side) / 2
    return SheetGrid(side, left, top)
