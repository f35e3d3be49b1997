"""Reads answer cards in one camera frame with OpenCV's ArUco detector: pupil number, letter held up, corners.

The letter comes from the marker's own corner order (its A edge is the edge between its first two corners), so a
card reads the same wherever it is in the frame and whatever the camera view shows; a frame that is itself a mirror
image (a webcam set to mirror) must be passed with `mirrored=True`. A wrong pupil number or letter is worse than a
miss, so the detector takes exact code matches only, a card tilted near 45 degrees (which letter is up?) is left
out, and a number seen twice in one frame is left out both times.
"""

from __future__ import annotations

import math
from collections.abc import Collection
from dataclasses import dataclass
from functools import lru_cache

from play_for_integrity.cards.markers import CODES, FIRST_NUMBER, letter_at_top

TILT_LIMIT = 35.0  # degrees a card may lean from upright and still count: 45 would be a coin toss between letters

Point = tuple[float, float]


@dataclass(frozen=True)
class CardReading:
    """One card in a frame: the pupil's number, the letter held up, and the marker's corners in the frame's pixels,
    starting at the marker's own top left (A edge first) and going round it."""

    number: int
    letter: str
    corners: tuple[Point, Point, Point, Point]


class CameraUnavailable(RuntimeError):
    """OpenCV (the `camera` extra) is not installed."""


def require_opencv():
    """The cv2 module, or CameraUnavailable saying how to install it."""
    try:
        import cv2
    except ImportError:
        raise CameraUnavailable('reading answer cards needs OpenCV: pip install ".[camera]"') from None
    return cv2


@lru_cache(maxsize=1)
def _detector():
    """An ArUco detector for the cards' codes only, tuned to miss rather than misread."""
    cv2 = require_opencv()
    import numpy as np

    aruco = cv2.aruco
    bits = [np.array([[(code >> (15 - 4 * r - c)) & 1 for c in range(4)] for r in range(4)], np.uint8)
            for code in CODES]
    dictionary = aruco.Dictionary(np.concatenate([aruco.Dictionary.getByteListFromBits(b) for b in bits]), 4, 0)
    params = aruco.DetectorParameters()
    params.errorCorrectionRate = 0.0            # exact codes only: a misread bit is a miss, never another pupil
    params.maxErroneousBitsInBorderRate = 0.25  # a marker's black border must look like one
    params.minMarkerPerimeterRate = 0.02        # 20 px markers in a 1280 px frame
    params.perspectiveRemovePixelPerCell = 6
    params.perspectiveRemoveIgnoredMarginPerCell = 0.25  # read each cell's middle, away from blur at its edges
    params.adaptiveThreshWinSizeMin = 5
    params.adaptiveThreshWinSizeMax = 25
    params.adaptiveThreshWinSizeStep = 10
    return aruco.ArucoDetector(dictionary, params)


def _letter(corners: list[Point]) -> str | None:
    """The letter at the top edge, or None when the card leans too far from upright to tell."""
    cx = sum(x for x, _ in corners) / 4
    cy = sum(y for _, y in corners) / 4
    mx = (corners[0][0] + corners[1][0]) / 2 - cx
    my = (corners[0][1] + corners[1][1]) / 2 - cy
    quarter = -math.degrees(math.atan2(mx, -my)) / 90.0  # quarter turns the A edge is away from the top, anticlockwise
    nearest = round(quarter)
    if abs(quarter - nearest) * 90.0 > TILT_LIMIT:
        return None
    return letter_at_top(nearest)


def read_cards(image, numbers: Collection[int] | None = None, mirrored: bool = False) -> list[CardReading]:
    """Every card read in one BGR or grey frame, by pupil number; numbers outside `numbers` (the class) are left out."""
    cv2 = require_opencv()
    gray = image if image.ndim == 2 else cv2.cvtColor(image, cv2.COLOR_BGR2GRAY)
    if mirrored:
        gray = cv2.flip(gray, 1)
    found, ids, _ = _detector().detectMarkers(gray)
    if ids is None:
        return []
    width = gray.shape[1]
    readings: dict[int, CardReading | None] = {}
    for quad, ident in zip(found, ids.flatten()):
        number = int(ident) + FIRST_NUMBER
        if numbers is not None and number not in numbers:
            continue
        if number in readings:  # two cards, or a card and a look-alike: trust neither
            readings[number] = None
            continue
        corners = [(float(x), float(y)) for x, y in quad.reshape(4, 2)]
        letter = _letter(corners)
        if mirrored:
            corners = [(width - 1 - x, y) for x, y in corners]
        readings[number] = None if letter is None else CardReading(number, letter, tuple(corners))
    return sorted((r for r in readings.values() if r is not None), key=lambda r: r.number)


class VoteScanner:
    """One class vote read from camera frames: a card's answer counts once it reads the same letter in
    `frames_needed` frames in a row; a pupil may change it (again that many frames) until the vote is closed.

    A scene calls feed() with each frame, outlines the readings it returns, lights up answered() and shows
    len(answered()); only the teacher's results ever need answers(), which holds the letters.
    """

    def __init__(self, numbers: Collection[int], frames_needed: int = 3, mirrored: bool = False) -> None:
        if frames_needed < 1:
            raise ValueError("frames_needed must be at least 1")
        self.numbers = frozenset(numbers)
        self.frames_needed = frames_needed
        self.mirrored = mirrored
        self.closed = False
        self._answers: dict[int, str] = {}
        self._streaks: dict[int, tuple[str, int]] = {}

    def feed(self, frame) -> list[CardReading]:
        """Read one camera frame and count it; returns the cards read in it (none once the vote is closed)."""
        if self.closed:
            return []
        readings = read_cards(frame, self.numbers, self.mirrored)
        self.feed_readings(readings)
        return readings

    def feed_readings(self, readings: list[CardReading]) -> None:
        """Count one frame's readings (a card missing from a frame starts its count again)."""
        if self.closed:
            return
        streaks: dict[int, tuple[str, int]] = {}
        for reading in readings:
            if reading.number not in self.numbers:
                continue
            letter, count = self._streaks.get(reading.number, (reading.letter, 0))
            count = count + 1 if letter == reading.letter else 1
            streaks[reading.number] = (reading.letter, count)
            if count >= self.frames_needed:
                self._answers[reading.number] = reading.letter
        self._streaks = streaks

    def close(self) -> dict[int, str]:
        """End the vote: later frames change nothing. Returns the answers by pupil number."""
        self.closed = True
        self._streaks = {}
        return self.answers()

    def answered(self) -> list[int]:
        """The pupil numbers that have an answer, in order (safe to project: no letters)."""
        return sorted(self._answers)

    def answers(self) -> dict[int, str]:
        """Each answered pupil number's letter, for the teacher's results only."""
        return dict(sorted(self._answers.items()))
