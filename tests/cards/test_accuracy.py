"""Issue #16's accuracy requirement on synthetic classroom photos: >= 98 % of fully visible cards read, none wrong.

Each 1280x720 photo has 35 cards, the back row's markers 20 px across, tipped up to 50 degrees, leaning, held by
hands (some over the marker), with clutter, uneven light, motion blur, noise and JPEG; see cards/synthetic.py.
"""

from __future__ import annotations

import math

import cv2
import numpy as np
import pytest

from play_for_integrity.cards.scan import read_cards
from play_for_integrity.cards.synthetic import FRAME, PlacedCard, classroom_photo

SEEDS = range(24)  # 840 cards, about 740 of them fully visible


def _side(card: PlacedCard) -> float:
    """The marker's width in the frame as if it faced the camera: its longest side."""
    corners = card.corners
    return max(math.dist(corners[i], corners[(i + 1) % 4]) for i in range(4))


def _matches(reading, card: PlacedCard) -> bool:
    centre = tuple(float(v) for v in np.mean(reading.corners, axis=0))
    inside = cv2.pointPolygonTest(np.float32(card.corners), centre, False) >= 0
    return inside and reading.letter == card.letter


@pytest.fixture(scope="module")
def photos():
    return [classroom_photo(seed) for seed in SEEDS]


def test_the_photos_are_as_hard_as_the_issue_asks(photos):
    for frame, cards in photos:
        assert frame.shape == (FRAME[1], FRAME[0], 3) and len(cards) >= 30
    sides = [_side(card) for _, cards in photos for card in cards]
    assert min(sides) <= 21 and max(sides) >= 55
    covered = sum(card.covered for _, cards in photos for card in cards)
    assert 0.05 < covered / len(sides) < 0.25


def test_at_least_98_percent_of_fully_visible_cards_read_and_none_wrong(photos):
    visible = read = 0
    wrong = []
    for seed, (frame, cards) in zip(SEEDS, photos):
        by_number = {card.number: card for card in cards}
        readings = read_cards(frame)  # every card number accepted: a stray one counts as wrong
        for reading in readings:
            card = by_number.get(reading.number)
            if card is None or not _matches(reading, card):
                wrong.append((seed, reading.number, reading.letter, card and card.letter))
        numbers = {r.number for r in readings}
        shown = [card for card in cards if not card.covered]
        visible += len(shown)
        read += sum(card.number in numbers for card in shown)
    assert wrong == [], f"cards read wrongly (seed, number, letter read, letter held): {wrong}"
    assert read / visible >= 0.98, f"{read} of {visible} fully visible cards read ({read / visible:.1%})"


def test_mirror_images_of_the_photos_read_no_card(photos):
    for frame, _ in photos[:6]:
        assert read_cards(cv2.flip(frame, 1)) == []
