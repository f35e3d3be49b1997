"""Synthetic classroom photos of answer cards, with the truth of every card, for the accuracy test and benchmark.

Rows of pupils, the back row's markers 20 px across; each card turned to a random letter, leaning up to 15 degrees
and tipped up to 50 degrees out of the picture plane; a hand holding each card by its bottom edge, and some hands
over markers; posters and marker-like clutter; uneven light, motion blur, noise and JPEG (needs numpy and cv2).
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from play_for_integrity.cards import layout
from play_for_integrity.cards.card_image import card_image

FRAME = (1280, 720)
SKIN = ((140, 170, 220), (90, 120, 170), (60, 85, 120))  # BGR


@dataclass(frozen=True)
class PlacedCard:
    """A card in a synthetic photo: its number, the letter held up, marker corners (its own order), and whether a
    hand covers part of the marker."""

    number: int
    letter: str
    corners: tuple[tuple[float, float], ...]
    covered: bool


def classroom_photo(seed: int, numbers: list[int] | None = None, rows: int = 5, per_row: int = 7,
                    min_marker: float = 20.0, max_marker: float = 64.0, max_tip: float = 50.0,
                    covered_share: float = 0.12):
    """(BGR frame, [PlacedCard]) for `seed`: rows*per_row cards (35 by default) of pupils drawn from `numbers`."""
    import numpy as np

    rng = np.random.default_rng(seed)
    width, height = FRAME
    frame = _background(rng)
    _clutter(frame, rng)
    pool = list(numbers or range(1, 41))
    chosen = [int(n) for n in rng.choice(pool, size=min(rows * per_row, len(pool)), replace=False)]
    placed: list[PlacedCard] = []
    top = 14.0
    for row in range(rows):
        share = row / max(rows - 1, 1)
        marker = min_marker + (max_marker - min_marker) * share  # the back row first, smallest
        side = marker / layout.MARKER_SIDE
        pitch = width / per_row
        for column in range(per_row):
            if not chosen:
                break
            number = chosen.pop()
            size = side * rng.uniform(1.0, 1.12)
            centre = ((column + 0.5) * pitch + rng.uniform(-0.15, 0.15) * pitch, top + size * 0.62)
            placed.append(_place_card(frame, rng, number, centre, size, max_tip, rng.random() < covered_share))
        top += side * 1.35
    return _camera(frame, rng), placed


def _background(rng):
    import cv2
    import numpy as np

    width, height = FRAME
    small = rng.uniform(60, 200, size=(4, 6, 3)).astype(np.float32)
    frame = cv2.resize(small, (width, height), interpolation=cv2.INTER_CUBIC)
    for _ in range(25):  # heads, shoulders, desks behind the cards
        colour = [float(v) for v in rng.uniform(20, 230, 3)]
        x, y = int(rng.uniform(0, width)), int(rng.uniform(0, height))
        if rng.random() < 0.5:
            cv2.ellipse(frame, (x, y), (int(rng.uniform(15, 60)), int(rng.uniform(20, 70))), 0, 0, 360, colour, -1)
        else:
            cv2.rectangle(frame, (x, y), (x + int(rng.uniform(40, 300)), y + int(rng.uniform(10, 60))), colour, -1)
    return frame


def _place_card(frame, rng, number: int, centre, side: float, max_tip: float, covered: bool) -> PlacedCard:
    """Paste one card, tipped and turned, with the hand that holds it; returns its truth."""
    import cv2
    import numpy as np

    turns = int(rng.integers(4))  # the card turned anticlockwise by quarter turns brings B, C or D to the top
    lean = math.radians(rng.uniform(-15, 15) - 90 * turns)
    tip, axis = math.radians(rng.uniform(0, max_tip)), rng.uniform(0, 2 * math.pi)
    unit = np.array([[-0.5, -0.5, 0], [0.5, -0.5, 0], [0.5, 0.5, 0], [-0.5, 0.5, 0]], np.float64)

    def project(points):
        rotated = points @ _rotation(lean, tip, axis).T
        depth = 4.0 + rotated[:, 2]  # a camera 4 card-sides away: perspective as a lens shows it
        return np.stack([centre[0] + side * 4.0 * rotated[:, 0] / depth,
                         centre[1] + side * 4.0 * rotated[:, 1] / depth], axis=1)

    card_px = int(max(48, min(400, side * 2)))
    source = np.float32([[0, 0], [card_px, 0], [card_px, card_px], [0, card_px]])
    target = project(unit).astype(np.float32)
    low = np.floor(target.min(axis=0)).astype(int) - 2
    high = np.ceil(target.max(axis=0)).astype(int) + 2
    low = np.maximum(low, 0)
    high = np.minimum(high, [FRAME[0], FRAME[1]])
    box = (high - low)
    matrix = cv2.getPerspectiveTransform(source, target - low.astype(np.float32))
    paper = cv2.cvtColor(card_image(number, card_px), cv2.COLOR_GRAY2BGR).astype(np.float32)
    paper = paper * rng.uniform(0.85, 1.0) + rng.uniform(0, 15)
    warped = cv2.warpPerspective(paper, matrix, (int(box[0]), int(box[1])), flags=cv2.INTER_LINEAR)
    mask = cv2.warpPerspective(np.ones((card_px, card_px), np.float32), matrix, (int(box[0]), int(box[1])))
    roi = frame[low[1]:high[1], low[0]:high[0]]
    roi[:] = roi * (1 - mask[..., None]) + warped * mask[..., None]
    box_low, _, box_high, _ = layout.marker_box()
    m = np.array([[box_low, box_low], [box_high, box_low], [box_high, box_high], [box_low, box_high]]) - 0.5
    marker = project(np.column_stack([m, np.zeros(4)]))
    _hands(frame, rng, project, side, covered)
    letter = "ABCD"[turns]
    return PlacedCard(number, letter, tuple((float(x), float(y)) for x, y in marker), covered)


def _rotation(lean: float, tip: float, axis: float):
    """Lean in the picture plane, then tip by `tip` about an axis in that plane at angle `axis`."""
    import numpy as np

    c, s = math.cos(lean), math.sin(lean)
    spin = np.array([[c, -s, 0], [s, c, 0], [0, 0, 1]])
    k = np.array([math.cos(axis), math.sin(axis), 0.0])
    cross = np.array([[0, -k[2], k[1]], [k[2], 0, -k[0]], [-k[1], k[0], 0]])
    tilt = np.eye(3) + math.sin(tip) * cross + (1 - math.cos(tip)) * cross @ cross
    return tilt @ spin


def _hands(frame, rng, project, side: float, covered: bool) -> None:
    """A hand holding the card's lowest edge (clear of the marker); if `covered`, another over part of the marker."""
    import cv2
    import numpy as np

    corners = project(np.array([[-0.5, -0.5, 0], [0.5, -0.5, 0], [0.5, 0.5, 0], [-0.5, 0.5, 0]]))
    edges = [(corners[i] + corners[(i + 1) % 4]) / 2 for i in range(4)]
    centre = corners.mean(axis=0)
    low_edge = max(edges, key=lambda p: p[1])
    colour = [float(v) for v in SKIN[int(rng.integers(len(SKIN)))]]
    grip = centre + (low_edge - centre) * 1.02
    radius = max(2, int(side * 0.1))
    cv2.ellipse(frame, (int(grip[0]), int(grip[1])), (int(radius * 1.3), radius), 0, 0, 360, colour, -1)
    cv2.line(frame, (int(grip[0]), int(grip[1])), (int(grip[0] + rng.uniform(-side, side) * 0.3),
             int(grip[1] + side)), colour, max(2, int(side * 0.18)))
    if covered:
        box_low, _, box_high, _ = layout.marker_box()
        u, v = rng.uniform(box_low, box_high, 2) - 0.5
        over = project(np.array([[u, v, 0.0]]))[0]
        cv2.circle(frame, (int(over[0]), int(over[1])), max(3, int(side * rng.uniform(0.12, 0.2))), colour, -1)


def _clutter(frame, rng) -> None:
    """Posters with writing and a few black-and-white squares that are not cards, to tempt false readings."""
    import cv2
    import numpy as np

    width, height = FRAME
    for _ in range(6):
        x, y = int(rng.uniform(0, width - 80)), int(rng.uniform(0, height - 40))
        cv2.putText(frame, "ABCD 1234"[: int(rng.integers(3, 9))], (x, y + 30), cv2.FONT_HERSHEY_SIMPLEX,
                    rng.uniform(0.5, 1.2), (20, 20, 20), 2)
    for _ in range(4):
        cells = int(rng.integers(5, 8))
        size = int(rng.uniform(20, 50))
        pattern = (rng.random((cells, cells)) < 0.5).astype(np.uint8) * 255
        pattern[[0, -1], :] = 0
        pattern[:, [0, -1]] = 0
        patch = cv2.resize(pattern, (size, size), interpolation=cv2.INTER_NEAREST).astype(np.float32)
        x, y = int(rng.uniform(0, width - size)), int(rng.uniform(0, height - size))
        frame[y:y + size, x:x + size] = patch[..., None]


def _camera(frame, rng):
    """Uneven light, motion blur, lens softness, sensor noise and JPEG compression."""
    import cv2
    import numpy as np

    width, height = FRAME
    light = cv2.resize(rng.uniform(0.55, 1.2, (3, 4)).astype(np.float32), (width, height),
                       interpolation=cv2.INTER_CUBIC)
    frame = (frame * light[..., None]).astype(np.float32)
    length = rng.uniform(1.0, 3.5)
    kernel = np.zeros((7, 7), np.float32)
    angle = rng.uniform(0, math.pi)
    for t in np.linspace(-length / 2, length / 2, 15):
        kernel[int(round(3 + t * math.sin(angle))), int(round(3 + t * math.cos(angle)))] += 1
    frame = cv2.filter2D(frame, -1, kernel / kernel.sum())
    frame = cv2.GaussianBlur(frame, (0, 0), 0.6)
    frame += rng.standard_normal(frame.shape, dtype=np.float32) * np.float32(rng.uniform(2, 6))
    frame = np.clip(frame, 0, 255).astype(np.uint8)
    ok, jpeg = cv2.imencode(".jpg", frame, [cv2.IMWRITE_JPEG_QUALITY, int(rng.integers(55, 86))])
    return cv2.imdecode(jpeg, cv2.IMREAD_COLOR)
