"""Frames of every screen at 1920x1080: with the static layer cached, redrawn whole, and how often it is redrawn.

A frame after a focus or hover change blits the cached static layer and draws the focus on it, so it may cost
at most twice the floor of any frame (one full-screen blit + flip, measured in alternating pairs in this run).
A frame that draws the whole screen (a new screen, a pressed button) must fit in one 60 Hz frame, 16.7 ms.
While only the focus moves, the static layer must not be redrawn at all; a control that invalidates before each
event must redraw it every frame, or the counter itself is broken. Screens are ui/screenshot.py's SHOTS, less
"too-small" (drawn at 800x500 by design), "board-rolling" (its roll ends by opening the card screen) and "vote-scan",
whose screenshot scans a still photo on every frame where the game scans on the camera's thread: its frames on the
UI thread are bench_vote_scan's "redraw" figure, and the scanning its "feed_step".
"""

from __future__ import annotations

from benchmarks.figures import Figure, at_least, at_most
from benchmarks.frames import Window
from benchmarks.sandbox import Config
from benchmarks.timing import paired

LEFT_OUT = ("too-small", "board-rolling", "vote-scan")
QUICK_SHOTS = ("title", "dilemma")
FRAME_BUDGET_MS = 1000 / 60


def shots(config: Config) -> list[str]:
    from play_for_integrity.ui import screenshot

    return list(QUICK_SHOTS) if config.quick else [name for name in screenshot.SCENES if name not in LEFT_OUT]


def every_screen(config: Config) -> list[Figure]:
    """Cached and whole frames per screen, then the static-layer redraw counts over all screens."""
    frames, pairs = (5, 3) if config.quick else (20, 15)
    figures: list[Figure] = []
    drawn_total = redrawn_total = control_total = fed_total = 0
    redrawing: list[str] = []
    silent: list[str] = []
    for shot in shots(config):
        window = Window(config, shot)
        cached = paired(window.blit_flip(frames), window.focus_frames(frames), pairs=pairs)
        whole = paired(window.blit_flip(frames), window.focus_frames(frames, invalidate=True), pairs=pairs)
        figures.append(Figure(f"frames.{shot}.cached", f"{shot}: frame after a focus change / full-screen blit+flip",
                              cached.ratio, at_most(2.0, "x"), cached.describe(1000 / frames, "ms")))
        figures.append(Figure(f"frames.{shot}.whole", f"{shot}: frame drawing the whole screen (median)",
                              whole.subject * 1000 / frames, at_most(round(FRAME_BUDGET_MS, 1), "ms"),
                              f"{whole.ratio:.1f}x blit+flip"))
        drawn, redrawn = window.count_redraws(frames * 2)
        _, control = window.count_redraws(frames * 2, invalidate=True)
        drawn_total += drawn
        redrawn_total += redrawn
        control_total += control
        fed_total += frames * 2
        if redrawn:
            redrawing.append(f"{shot} ({redrawn})")
        if not drawn:
            silent.append(shot)
    note = f"{drawn_total} frames drawn for {fed_total} Tab/Shift+Tab presses on {len(shots(config))} screens"
    if redrawing:
        note += "; redrawn on " + ", ".join(redrawing)
    if silent:
        note += "; no focus to move on " + ", ".join(silent)
    figures.append(Figure("frames.redrawn.focus_only", "static layer redrawn while only the focus moves",
                          redrawn_total, at_most(0), note))
    figures.append(Figure("frames.redrawn.control", "control: static layer redrawn with invalidate() before each key",
                          control_total, at_least(fed_total), "must be every frame, or the count above means nothing"))
    return figures


STEPS = (every_screen,)
