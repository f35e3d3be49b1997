"""The answer cards' marker scheme: one 4x4 ArUco code per pupil number, and the letter each card edge stands for.

Why 4x4: a 4x4 code with its one-cell black border is 6 cells across, so a marker 20 px wide in a 1280x720 frame
still has 3.3 px per cell (a 5x5 code has 2.9, a 6x6 code 2.5); blur and JPEG smear a cell into its neighbours
long before that matters for bigger cells. The price is fewer bits, so the codes are picked (make_marker_codes.py)
from DICT_4X4_1000 to stay 4 bits apart from each other and from their own rotations, and 3 bits from any mirrored
code; the scanner accepts only exact matches (no error correction), so a wrong number or letter needs 3-4 bits
misread at once, while a blurred card is simply missed for a frame.

The bits ship in marker_codes.py, generated once with OpenCV, so printing needs ReportLab only.
"""

from __future__ import annotations

from play_for_integrity.cards.marker_codes import CODES, OPENCV_IDS

LETTERS = "ABCD"          # clockwise from the top edge of the marker as drawn: A top, B right, C bottom, D left
FIRST_NUMBER = 1
LAST_NUMBER = len(CODES)  # 63
DICTIONARY_NAME = "DICT_4X4_1000"
CELLS = 6                 # 4 code cells and a black border cell on each side


def pupil_numbers() -> range:
    """Every pupil number that has a card."""
    return range(FIRST_NUMBER, LAST_NUMBER + 1)


def check_number(number: int) -> int:
    """`number` itself, or ValueError saying which numbers have cards."""
    if not FIRST_NUMBER <= number <= LAST_NUMBER:
        raise ValueError(f"there is no answer card {number}: cards are numbered {FIRST_NUMBER}-{LAST_NUMBER}")
    return number


def opencv_id(number: int) -> int:
    """The DICT_4X4_1000 id of pupil `number`'s marker (for anyone reading the cards with other ArUco tools)."""
    return OPENCV_IDS[check_number(number) - FIRST_NUMBER]


def marker_cells(number: int) -> list[list[int]]:
    """The 6x6 cells of pupil `number`'s marker, rows from the top with the A edge up: 1 black, 0 white."""
    code = CODES[check_number(number) - FIRST_NUMBER]
    rows = [[1] * CELLS]
    for r in range(4):
        rows.append([1] + [1 - ((code >> (15 - 4 * r - c)) & 1) for c in range(4)] + [1])
    rows.append([1] * CELLS)
    return rows


def letter_at_top(top_edge: int) -> str:
    """The answer shown when the marker's edge `top_edge` (0 its own top, then clockwise) is the one held up."""
    return LETTERS[top_edge % 4]


def parse_numbers(text: str) -> list[int]:
    """Pupil numbers from text like "1-30" or "1-5,8,12"; ValueError naming the part that is wrong."""
    numbers: set[int] = set()
    for part in (p.strip() for p in text.split(",")):
        first, dash, last = part.partition("-")
        try:
            low, high = int(first), int(last if dash else first)
        except ValueError:
            raise ValueError(f"'{part}' is not a pupil number or range like 1-30") from None
        if low > high:
            raise ValueError(f"'{part}': the range runs backwards; write {high}-{low}")
        numbers.update(check_number(n) for n in range(low, high + 1))
    return sorted(numbers)
