"""Reading cards in one frame: number and letter from the marker's own orientation, and what is left out."""

from __future__ import annotations

import cv2
import numpy as np
import pytest

from play_for_integrity.cards import scan
from play_for_integrity.cards.card_image import card_image
from play_for_integrity.cards.scan import CardReading, read_cards
from tests.cards.helpers import cards_frame


def pairs(readings: list[CardReading]) -> list[tuple[int, str]]:
    return [(r.number, r.letter) for r in readings]


def test_each_card_reads_its_number_and_the_letter_at_its_top_in_number_order():
    frame = cards_frame([9, 2, 40, 63], [1, 0, 2, 3])
    assert pairs(read_cards(frame)) == [(2, "A"), (9, "B"), (40, "C"), (63, "D")]
    assert pairs(read_cards(cv2.cvtColor(frame, cv2.COLOR_BGR2GRAY))) == pairs(read_cards(frame))


def test_corners_start_at_the_markers_own_top_left_so_a_scene_can_outline_the_card():
    frame = cards_frame([5], [1])  # B up: the marker's own top edge now faces left
    (reading,) = read_cards(frame)
    xs = [x for x, _ in reading.corners]
    ys = [y for _, y in reading.corners]
    assert xs[0] == pytest.approx(min(xs), abs=2) and ys[0] == pytest.approx(max(ys), abs=2)


def test_a_mirrored_frame_reads_the_same_cards_only_when_said_so():
    frame = cards_frame([3, 12, 27], [0, 1, 3])
    mirror = cv2.flip(frame, 1)
    assert pairs(read_cards(mirror, mirrored=True)) == pairs(read_cards(frame))
    (reading,) = read_cards(mirror, numbers=[3], mirrored=True)
    (plain,) = read_cards(frame, numbers=[3])
    assert reading.corners[0][0] == pytest.approx(frame.shape[1] - 1 - plain.corners[0][0], abs=1)
    assert read_cards(mirror) == [], "a mirror image must never read as some other card"


def test_numbers_outside_the_class_are_left_out():
    frame = cards_frame([3, 30, 45], [0, 0, 0])
    assert pairs(read_cards(frame, numbers=range(1, 31))) == [(3, "A"), (30, "A")]


@pytest.mark.parametrize("lean, read", [(20, True), (-30, True), (40, False), (45, False), (-42, False)])
def test_a_card_leaning_near_45_degrees_is_left_out_rather_than_guessed(lean, read):
    canvas = np.full((400, 400), 128, np.uint8)
    canvas[100:300, 100:300] = card_image(7, 200)
    turned = cv2.warpAffine(canvas, cv2.getRotationMatrix2D((200, 200), lean, 1.0), (400, 400), borderValue=128)
    assert pairs(read_cards(turned)) == ([(7, "A")] if read else [])


def test_a_number_seen_twice_in_one_frame_is_trusted_neither_time():
    frame = cards_frame([8, 8, 9], [0, 1, 0])
    assert pairs(read_cards(frame)) == [(9, "A")]


def test_an_empty_or_plain_frame_reads_nothing():
    assert read_cards(np.zeros((720, 1280, 3), np.uint8)) == []


def test_without_opencv_reading_says_how_to_install_it(monkeypatch):
    monkeypatch.setitem(__import__("sys").modules, "cv2", None)
    with pytest.raises(scan.CameraUnavailable, match=r'pip install "\.\[camera\]"'):
        read_cards(np.zeros((10, 10), np.uint8))
