"""An answer card as a grey numpy image, drawn from the same layout and marker cells as the PDF (needs numpy, cv2)."""

from __future__ import annotations

from play_for_integrity.cards import layout
from play_for_integrity.cards.markers import CELLS, marker_cells


def card_image(number: int, size: int):
    """Pupil `number`'s card, `size` px square, A edge up: white paper, black marker, letters and number."""
    import numpy as np

    card = np.full((size, size), 255, np.uint8)
    box_left, box_top, box_right, _ = layout.marker_box()
    edges = np.round(np.linspace(box_left * size, box_right * size, CELLS + 1)).astype(int)
    tops = np.round(np.linspace(box_top * size, box_top * size + (box_right - box_left) * size, CELLS + 1)).astype(int)
    for r, row in enumerate(marker_cells(number)):
        for c, black in enumerate(row):
            if black:
                card[tops[r]:tops[r + 1], edges[c]:edges[c + 1]] = 0
    for place in layout.letter_places():
        _stamp(card, place.letter, place.centre, layout.LETTER_HEIGHT * size, place.turn // 90, bold=True)
    _stamp(card, str(number), layout.NUMBER_CENTRE, layout.NUMBER_HEIGHT * size, 0, bold=False)
    return card


def _stamp(card, text: str, centre: tuple[float, float], height: float, quarter_turns: int, bold: bool) -> None:
    """Draw `text` with capitals `height` px tall, centred at `centre` (card space), turned clockwise."""
    import cv2
    import numpy as np

    font = cv2.FONT_HERSHEY_DUPLEX
    scale = max(height, 1.0) / 22.0  # Hershey capitals are about 22 px tall at scale 1
    thickness = max(1, round(height / (6 if bold else 10)))
    (width, tall), _ = cv2.getTextSize(text, font, scale, thickness)
    pad = thickness + 2
    patch = np.full((tall + 2 * pad, width + 2 * pad), 255, np.uint8)
    cv2.putText(patch, text, (pad, pad + tall), font, scale, 0, thickness, cv2.LINE_AA)
    patch = np.rot90(patch, -quarter_turns)
    size = card.shape[0]
    x0 = int(round(centre[0] * size - patch.shape[1] / 2))
    y0 = int(round(centre[1] * size - patch.shape[0] / 2))
    ys = slice(max(y0, 0), min(y0 + patch.shape[0], size))
    xs = slice(max(x0, 0), min(x0 + patch.shape[1], size))
    clipped = patch[ys.start - y0:ys.stop - y0, xs.start - x0:xs.stop - x0]
    card[ys, xs] = np.minimum(card[ys, xs], clipped)
