"""Integrity Hour board: frame time at 1920x1080 with six tokens moving, against one full-screen blit + flip."""

from __future__ import annotations

import math
import time

FRAMES = 240


def run() -> list[tuple[str, float | str, str]]:
    import pygame

    from play_for_integrity.core.clock import SteppedClock
    from play_for_integrity.ui import screenshot

    app, _ = screenshot.render("board", "kk", (1920, 1080))
    scene = app.stack.top
    surface = app.surface
    backdrop = surface.copy()
    start = time.perf_counter()
    for _ in range(FRAMES):
        surface.blit(backdrop, (0, 0))
        pygame.display.flip()
    baseline = (time.perf_counter() - start) / FRAMES

    view = scene.view
    squares = [view.center(s) for s in range(view.board.size)]

    def moving(frame: int) -> list:
        """Every token walking between squares at once: more than a real turn ever moves."""
        points = []
        for team in range(len(scene.game.teams)):
            t = (frame / 20 + team * 3) % (len(squares) - 1)
            a, b = squares[int(t)], squares[int(t) + 1]
            share = t - int(t)
            hop = math.sin(share * math.pi) * view.cell * 0.18
            points.append((a[0] + (b[0] - a[0]) * share, a[1] + (b[1] - a[1]) * share - hop))
        return points

    frame_no = [0]
    scene._shown_positions = lambda: moving(frame_no[0])
    clock = SteppedClock()
    app.step(1 / 60, clock)
    passes = app._passes
    start = time.perf_counter()
    for frame in range(FRAMES):
        frame_no[0] = frame
        app.dirty = True  # as an animation frame does
        app.step(1 / 60, clock)
    moving_frame = (time.perf_counter() - start) / FRAMES
    redrawn = app._passes - passes
    start = time.perf_counter()
    for _ in range(FRAMES // 4):
        app.invalidate()
        app.render()
        pygame.display.flip()
    full = (time.perf_counter() - start) / (FRAMES // 4)
    return [
        ("board: full-screen blit + flip 1920x1080 (ms)", baseline * 1000, "reference"),
        ("board: frame with 6 tokens moving 1920x1080 (ms)", moving_frame * 1000, "<= 4 ms"),
        ("board: static layer redrawn during those frames", redrawn, "0"),
        ("board: full redraw of the board screen (ms)", full * 1000, "after a move only"),
    ]
