"""The card vote's live view: the camera thread's work per frame, and the UI thread's per redraw.

The camera thread reads a 1280x720 frame, reads the cards in it and hands a mirrored 960-pixel picture to the screen:
at most 50 ms, so the view stays live at 20 frames a second. The UI thread turns that picture into a surface, scales
it into the camera box, outlines the cards and redraws the count and the grid: at most 12 ms at 1920x1080, so the
window answers keys and clicks within a frame at 30 frames a second. Frames are synthetic classroom photos of 26
pupils, made before timing starts.
"""

from __future__ import annotations

import os
import statistics
import time

from benchmarks.figures import Figure, at_most, unavailable
from benchmarks.sandbox import Config

FEED_KEY = "vote.scan.feed_step"
FEED_LABEL = "CameraFeed.step: read the cards of a 1280x720 frame and mirror it (median)"
DRAW_KEY, DRAW_LABEL = "vote.scan.redraw", "the card vote's live part redrawn at 1920x1080 (median)"


def _frames(count: int) -> list:
    from play_for_integrity.cards.synthetic import classroom_photo
    return [classroom_photo(seed, numbers=list(range(1, 27)), rows=4, per_row=7)[0] for seed in range(count)]


def feed_step(config: Config) -> list[Figure]:
    """Median milliseconds of one CameraFeed.step (scan, count, mirror, shrink) per synthetic frame."""
    from play_for_integrity.cards.scan import CameraUnavailable, VoteScanner, require_opencv
    from play_for_integrity.ui.camera import CameraFeed, StillFrames

    try:
        require_opencv()
    except CameraUnavailable as err:
        return [unavailable(FEED_KEY, FEED_LABEL, at_most(50, "ms"), str(err))]
    frames = _frames(3 if config.quick else 10)
    source = StillFrames(frames * (1 if config.quick else 3))
    feed = CameraFeed(source, VoteScanner(range(1, 27)))
    feed.start()
    feed.step()  # warms the detector up
    times, cards = [], 0
    for _ in range(len(source.frames) - 1):
        start = time.perf_counter()
        feed.step()
        times.append(time.perf_counter() - start)
        cards += len(feed.latest().cards)
    feed.close()
    note = f"{len(times)} frames; {cards / len(times):.1f} of 26 cards read a frame"
    return [Figure(FEED_KEY, FEED_LABEL, statistics.median(times) * 1000, at_most(50, "ms"), note)]


def redraw(config: Config) -> list[Figure]:
    """Median milliseconds of VoteScanScene.draw_dynamic with a new picture each time, at 1920x1080."""
    from play_for_integrity.cards.scan import CameraUnavailable, require_opencv

    try:
        require_opencv()
    except CameraUnavailable as err:
        return [unavailable(DRAW_KEY, DRAW_LABEL, at_most(12, "ms"), str(err))]
    os.environ.setdefault("SDL_VIDEODRIVER", "dummy")
    os.environ.setdefault("SDL_AUDIODRIVER", "dummy")
    from play_for_integrity.ui import screenshot

    app, _ = screenshot.render("vote-scan", "ru", (1920, 1080))
    scene = app.stack.top
    frames = _frames(2)
    times = []
    for i in range(10 if config.quick else 60):
        scene.feed.source.frames = [frames[i % 2]]
        scene.feed.step()  # a new picture: the UI converts and scales it again
        start = time.perf_counter()
        app.render()
        times.append(time.perf_counter() - start)
    return [Figure(DRAW_KEY, DRAW_LABEL, statistics.median(times) * 1000, at_most(12, "ms"),
                   f"{len(times)} redraws of the cached static layer plus the live part")]


STEPS = (feed_step, redraw)


if __name__ == "__main__":  # python -m benchmarks.bench_vote_scan [--quick]
    import sys
    import tempfile
    from pathlib import Path

    from benchmarks.figures import table
    with tempfile.TemporaryDirectory() as root:
        config = Config(Path(root), quick="--quick" in sys.argv)
        print(table([figure for step in STEPS for figure in step(config)]))
