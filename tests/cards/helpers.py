"""Shared by the answer-card tests: cards pasted on a plain grey frame, and the marker squares read back from a PDF."""

from __future__ import annotations

import io

import numpy as np

from play_for_integrity.cards.card_image import card_image


def cards_frame(numbers: list[int], quarter_turns: list[int], size: int = 160, gap: int = 30):
    """A grey BGR frame with one clean card per number, each turned anticlockwise by its quarter turns."""
    width = len(numbers) * (size + gap) + gap
    frame = np.full((size + 2 * gap, width), 128, np.uint8)
    for i, (number, turns) in enumerate(zip(numbers, quarter_turns)):
        x = gap + i * (size + gap)
        frame[gap:gap + size, x:x + size] = np.rot90(card_image(number, size), turns)
    return np.dstack([frame] * 3)


def pdf_marker_raster(pdf: bytes, page: int, px_per_point: float = 1.5):
    """Page `page` of the PDF with only its filled rectangles painted black on white, as a grey image.

    The answer sheet draws each marker as one filled path of rectangles in page coordinates, so this is the
    markers as a printer would put them on paper, read without any PDF renderer.
    """
    from pypdf import PdfReader
    from pypdf.generic import ContentStream

    reader = PdfReader(io.BytesIO(pdf))
    sheet = reader.pages[page]
    width, height = float(sheet.mediabox.width), float(sheet.mediabox.height)
    image = np.full((int(height * px_per_point), int(width * px_per_point)), 255, np.uint8)
    pending: list[tuple[float, ...]] = []
    depth = 0
    for operands, operator in ContentStream(sheet.get_contents(), reader).operations:
        if operator == b"q":
            depth += 1
        elif operator == b"Q":
            depth -= 1
        elif operator == b"cm":
            identity = [float(v) for v in operands] == [1, 0, 0, 1, 0, 0]
            assert depth > 0 or identity, "a transform outside save/restore would move the markers"
        elif operator == b"re":
            pending.append(tuple(float(v) for v in operands))
        elif operator in (b"f", b"f*"):
            for x, y, w, h in pending:
                left, right = sorted((x, x + w))
                low, high = sorted((y, y + h))
                image[int(round((height - high) * px_per_point)):int(round((height - low) * px_per_point)),
                      int(round(left * px_per_point)):int(round(right * px_per_point))] = 0
            pending = []
        elif operator in (b"S", b"n", b"B", b"b"):
            pending = []
    return image
