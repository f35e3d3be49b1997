"""Integrity Hour board at 1920x1080: a frame with all six tokens moving, and the static layer kept meanwhile.

Tokens move in draw_dynamic() over the cached board, so an animation frame may cost at most 4 ms, a quarter of a
60 Hz frame (its ratio to one full-screen blit+flip, measured in alternating pairs, is in the note), and must
not redraw the board's static layer even once; a control that invalidates each frame must redraw it every frame.
"""

from __future__ import annotations

import math
from collections.abc import Callable

from benchmarks.figures import Figure, at_least, at_most
from benchmarks.frames import Window
from benchmarks.sandbox import Config
from benchmarks.timing import paired


def _walking(window: Window, frame_no: list[int]) -> None:
    """Make every team's token walk between squares at once: more than a real turn ever moves."""
    scene = window.app.stack.top
    view = scene.view
    squares = [view.center(square) for square in range(view.board.size)]

    def positions() -> list:
        points = []
        for team in range(len(scene.game.teams)):
            t = (frame_no[0] / 20 + team * 3) % (len(squares) - 1)
            (ax, ay), (bx, by) = squares[int(t)], squares[int(t) + 1]
            share = t - int(t)
            hop = math.sin(share * math.pi) * view.cell * 0.18
            points.append((ax + (bx - ax) * share, ay + (by - ay) * share - hop))
        return points

    scene._shown_positions = positions
    scene.tokens_moving = lambda: True  # as during a move: the tokens are drawn over the cached board
    window.app.invalidate()
    window.step()  # as when a move starts: the board is drawn once without its tokens


def tokens_moving(config: Config) -> list[Figure]:
    """Animation frames (dirty, static layer valid) against blit+flip; static redraws during them and a control."""
    frames, pairs = (10, 3) if config.quick else (60, 7)
    window = Window(config, "board", lang="kk")
    frame_no = [0]
    _walking(window, frame_no)

    def animation(invalidate: bool = False) -> Callable[[], None]:
        def run() -> None:
            for _ in range(frames):
                frame_no[0] += 1
                if invalidate:
                    window.app.invalidate()
                window.app.dirty = True  # as the board's animation update does
                window.step()
        return run

    passes = window.static_passes
    pair = paired(window.blit_flip(frames), animation(), pairs=pairs)
    redrawn = window.static_passes - passes
    passes = window.static_passes
    animation(invalidate=True)()
    control = window.static_passes - passes
    moved = frames * (pairs + 1)  # the untimed warm-up pair moves the tokens too
    return [
        Figure("board.moving.frame", "board: frame with 6 tokens moving (median)", pair.subject * 1000 / frames,
               at_most(4.0, "ms"), f"{pair.ratio:.2f}x full-screen blit+flip, {pair.describe(1000 / frames, 'ms')}"),
        Figure("board.moving.redrawn", f"board: static layer redrawn during {moved} animation frames", redrawn,
               at_most(0)),
        Figure("board.moving.control", "board control: static layer redrawn with invalidate() each frame", control,
               at_least(frames), "must be every frame, or the count above means nothing"),
    ]


STEPS = (tokens_moving,)
