"""The marker scheme: the shipped codes are OpenCV's, far apart in every rotation and mirror, one per pupil."""

from __future__ import annotations

import cv2
import numpy as np
import pytest

from play_for_integrity.cards import make_marker_codes, marker_codes
from play_for_integrity.cards.markers import (LAST_NUMBER, letter_at_top, marker_cells, opencv_id, parse_numbers,
                                              pupil_numbers)


def test_the_shipped_codes_are_what_the_script_picks_from_opencv_today():
    expected = make_marker_codes.source_text(make_marker_codes.select(make_marker_codes.opencv_codes()))
    shipped = make_marker_codes.TARGET.read_text(encoding="utf-8")
    assert shipped == expected, "run: python -m play_for_integrity.cards.make_marker_codes"


@pytest.mark.parametrize("number", [1, 2, 17, 40, 63])
def test_a_cards_cells_are_opencvs_marker_of_its_id(number):
    dictionary = cv2.aruco.getPredefinedDictionary(cv2.aruco.DICT_4X4_1000)
    drawn = cv2.aruco.generateImageMarker(dictionary, opencv_id(number), 6)
    assert np.array_equal(np.array(marker_cells(number)), (drawn == 0).astype(int))


def test_at_least_40_pupils_have_cards_each_with_its_own_code():
    assert LAST_NUMBER >= 40
    assert list(pupil_numbers())[:40] == list(range(1, 41))
    assert len(set(marker_codes.CODES)) == len(marker_codes.CODES) == len(pupil_numbers())


def test_codes_are_far_apart_in_every_rotation_and_mirror():
    codes = list(marker_codes.CODES)
    for i, code in enumerate(codes):
        turns = make_marker_codes._rotations(code)
        mirrored = make_marker_codes._rotations(make_marker_codes._mirror(code))
        assert make_marker_codes._distance(code, turns[1:]) >= 4, f"card {i + 1} looks like itself turned"
        assert make_marker_codes._distance(code, mirrored) >= 3
        for other in codes[i + 1:]:
            assert make_marker_codes._distance(other, turns) >= 4
            assert make_marker_codes._distance(other, mirrored) >= 3


def test_the_script_refuses_thresholds_no_set_of_codes_meets(monkeypatch):
    monkeypatch.setattr(make_marker_codes, "MIN_DISTANCE", 9)
    with pytest.raises(RuntimeError, match="lower a minimum"):
        make_marker_codes.select(make_marker_codes.opencv_codes())


def test_letters_go_clockwise_from_the_markers_top():
    assert [letter_at_top(edge) for edge in range(5)] == ["A", "B", "C", "D", "A"]


def test_card_numbers_outside_the_cards_are_refused():
    with pytest.raises(ValueError, match="numbered 1-63"):
        marker_cells(0)
    with pytest.raises(ValueError, match="no answer card 64"):
        parse_numbers("60-64")


@pytest.mark.parametrize("text, numbers", [("1-3", [1, 2, 3]), ("5, 1-2,5", [1, 2, 5]), ("7", [7])])
def test_number_lists_read_ranges_and_single_numbers(text, numbers):
    assert parse_numbers(text) == numbers


@pytest.mark.parametrize("text, message", [("1-x", "'1-x' is not"), ("9-3", "write 3-9"), ("", "'' is not")])
def test_a_bad_number_list_names_the_bad_part(text, message):
    with pytest.raises(ValueError, match=message):
        parse_numbers(text)
