"""Answer cards: the time to read every card in one 1280x720 camera frame, the class vote's live view.

The class vote feeds the scanner one webcam frame at a time and outlines the cards it reads; at 20 frames a
second the view still looks live and a card turned to a new letter counts (3 frames in a row) within 0.15 s, so a
frame may take at most 50 ms. Frames are the accuracy test's synthetic classroom photos (35 cards, markers down to
20 px, blur, noise, JPEG), made before timing starts; the note gives the 90th percentile and the cards read.
"""

from __future__ import annotations

import statistics
import time

from benchmarks.figures import Figure, at_most, unavailable
from benchmarks.sandbox import Config

KEY = "cards.scan.frame"
LABEL = "read_cards on one 1280x720 classroom frame of 35 answer cards (median)"


def scan_frame(config: Config) -> list[Figure]:
    """Median milliseconds of read_cards per synthetic frame, after one untimed frame warms the detector up."""
    from play_for_integrity.cards.scan import CameraUnavailable, read_cards, require_opencv
    from play_for_integrity.cards.synthetic import classroom_photo

    try:
        require_opencv()
    except CameraUnavailable as err:
        return [unavailable(KEY, LABEL, at_most(50, "ms"), str(err))]
    frames = [classroom_photo(seed)[0] for seed in range(3 if config.quick else 12)]
    read_cards(frames[0], range(1, 41))
    times: list[float] = []
    cards = 0
    for _ in range(1 if config.quick else 3):
        for frame in frames:
            start = time.perf_counter()
            cards += len(read_cards(frame, range(1, 41)))
            times.append(time.perf_counter() - start)
    median = statistics.median(times) * 1000
    p90 = statistics.quantiles(times, n=10)[-1] * 1000 if len(times) >= 10 else max(times) * 1000
    note = f"90th percentile {p90:.1f} ms over {len(times)} frames; {cards / len(times):.1f} cards read a frame"
    return [Figure(KEY, LABEL, median, at_most(50, "ms"), note)]


STEPS = (scan_frame,)
