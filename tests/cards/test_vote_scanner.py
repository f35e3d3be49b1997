"""The vote stabiliser: an answer counts after N frames in a row, may change until closed, only class numbers."""

from __future__ import annotations

import pytest

from play_for_integrity.cards.scan import CardReading, VoteScanner
from tests.cards.helpers import cards_frame

SQUARE = ((0.0, 0.0), (1.0, 0.0), (1.0, 1.0), (0.0, 1.0))


def frame(**cards: str) -> list[CardReading]:
    """One frame's readings, e.g. frame(p3="B", p12="A")."""
    return [CardReading(int(name[1:]), letter, SQUARE) for name, letter in cards.items()]


def feed(scanner: VoteScanner, *frames: list[CardReading]) -> None:
    for readings in frames:
        scanner.feed_readings(readings)


def test_an_answer_counts_after_three_frames_in_a_row_not_before():
    scanner = VoteScanner(range(1, 27))
    feed(scanner, frame(p3="B"), frame(p3="B"))
    assert scanner.answered() == [] and scanner.answers() == {}
    feed(scanner, frame(p3="B"))
    assert scanner.answered() == [3] and scanner.answers() == {3: "B"}


def test_a_missing_frame_or_another_letter_starts_the_count_again():
    scanner = VoteScanner(range(1, 27))
    feed(scanner, frame(p4="A"), frame(p4="A"), frame(), frame(p4="A"), frame(p4="C"), frame(p4="A"), frame(p4="A"))
    assert scanner.answers() == {}
    feed(scanner, frame(p4="A"))
    assert scanner.answers() == {4: "A"}


def test_a_pupil_may_change_their_answer_which_again_takes_three_frames():
    scanner = VoteScanner(range(1, 27))
    feed(scanner, *[frame(p5="A")] * 3, frame(p5="D"), frame(p5="D"))
    assert scanner.answers() == {5: "A"}
    feed(scanner, frame(p5="D"))
    assert scanner.answers() == {5: "D"}
    feed(scanner, frame(), frame())
    assert scanner.answers() == {5: "D"}, "lowering the card keeps the answer"


def test_after_closing_nothing_changes():
    scanner = VoteScanner(range(1, 27))
    feed(scanner, *[frame(p1="C", p2="B")] * 3, frame(p1="A"), frame(p1="A"))
    assert scanner.close() == {1: "C", 2: "B"}
    feed(scanner, frame(p1="A"), *[frame(p9="D")] * 3)
    assert scanner.closed and scanner.answers() == {1: "C", 2: "B"}
    assert scanner.feed(cards_frame([9], [0])) == []


def test_numbers_outside_the_class_never_count():
    scanner = VoteScanner([1, 2, 3])
    feed(scanner, *[frame(p2="B", p40="A")] * 3)
    assert scanner.answered() == [2]


def test_the_number_of_frames_needed_can_be_set_but_not_to_zero():
    scanner = VoteScanner(range(1, 27), frames_needed=1)
    feed(scanner, frame(p7="D"))
    assert scanner.answers() == {7: "D"}
    with pytest.raises(ValueError):
        VoteScanner(range(1, 27), frames_needed=0)


def test_feeding_camera_frames_reads_them_and_returns_the_cards_to_outline():
    scanner = VoteScanner(range(1, 31))
    image = cards_frame([6, 21, 50], [0, 2, 0])
    for _ in range(3):
        shown = scanner.feed(image)
    assert [(r.number, r.letter) for r in shown] == [(6, "A"), (21, "C")]
    assert scanner.answers() == {6: "A", 21: "C"}
