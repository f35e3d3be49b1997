"""The first frame of the dice roll and of the end screen: no slower than an ordinary frame.

A sound made (or a file read) on its first play, a module first imported: each would stall the first roll of a
lesson or the end of the game, the two moments the whole class watches. Each first frame is measured in a fresh game
window with sound on (the dummy audio driver), several windows, the median is the figure:

- the first roll's frame (the press, the dice sound, the first animation frame) against a later roll's frame in
  the same window: at most 1.5x;
- the end screen's first frame (the finish sound, the new screen drawn whole, its text rendered for the first
  time) must fit in one 60 Hz frame, 16.7 ms, the budget of any frame that draws a whole screen (bench_frames);
  the note gives its ratio to drawing the same screen again, when its text is cached.
"""

from __future__ import annotations

import statistics
import time

from benchmarks.figures import Figure, at_most
from benchmarks.bench_frames import FRAME_BUDGET_MS
from benchmarks.frames import FRAME_DT, SIZE
from benchmarks.sandbox import Config

TARGET = 1.5
IDLE_FRAMES = 30
"""Idle frames between the window's first frame and the measured one: half a second at 60 frames a second."""


def _window(config: Config, lang: str = "ru"):
    """A fresh App on the demo board (its first frame drawn, then half a second idle), sound on, with its own
    stepped clock."""
    import pygame

    from play_for_integrity.core.clock import SteppedClock
    from play_for_integrity.ui import scene_registry
    from play_for_integrity.ui.app import App
    from play_for_integrity.ui.launch import build_session
    from play_for_integrity.ui.screenshot_hour import demo_board
    from play_for_integrity.ui.sounds import SoundBank

    pygame.init()
    session = build_session(data_dir=config.shared / "first-frames", language=lang)
    app = App(session, size=SIZE, headless=True)
    app.sounds = SoundBank(enabled=True)  # a headless App is silent: the first play is what is measured
    clock = SteppedClock()
    hour = demo_board(app, stop=None)
    assert hour.game.phase == "roll", hour.game.phase
    app.stack.push(scene_registry.make(app, "board", hour))
    app.stack.apply()
    app.step(FRAME_DT, clock)
    for _ in range(IDLE_FRAMES):  # a game is always up a while before its end: its idle frames ready the fonts
        app.step(FRAME_DT, clock)
    return app, clock


def _frame(app, clock, before=None) -> float:
    """Seconds of one loop pass (input, update, scene changes, drawing), after `before` (untimed)."""
    if before is not None:
        before()
    app.dirty = True
    start = time.perf_counter()
    app.step(FRAME_DT, clock)
    return time.perf_counter() - start


def _roll(app, again: bool = False) -> None:
    """Queue the press that rolls; `again` first undoes the last roll, so every roll starts from the same turn."""
    import pygame

    board = app.stack.top
    if again:
        board.undo()
    board.group.focus = 0
    pygame.event.post(pygame.event.Event(pygame.KEYDOWN, key=pygame.K_SPACE, mod=0, unicode=" ", scancode=44))


def dice_roll(config: Config) -> list[Figure]:
    """The frame that rolls the dice (the press, the dice sound, the first animation frame)."""
    rounds = 3 if config.quick else 7
    firsts, agains = [], []
    for _ in range(rounds):
        app, clock = _window(config)
        firsts.append(_frame(app, clock, lambda: _roll(app)))
        agains.append(statistics.median(_frame(app, clock, lambda: _roll(app, again=True)) for _ in range(5)))
    return [_figure("first_frames.dice_roll", "first dice-roll frame / a later dice-roll frame", firsts, agains)]


def end_screen(config: Config) -> list[Figure]:
    """The frame that shows the end of the game (the finish sound and the whole end screen drawn)."""
    rounds = 3 if config.quick else 7
    firsts, agains = [], []
    for _ in range(rounds):
        app, clock = _window(config)
        board = app.stack.top

        def finish() -> None:
            app.sounds.play("finish")
            board.show_end()
        firsts.append(_frame(app, clock, finish))
        end = app.stack.top

        def again() -> None:
            app.sounds.play("finish")
            app.invalidate()
        agains.append(statistics.median(_frame(app, clock, again) for _ in range(5)))
        assert end.name == "board-end", end.name
    first, again = statistics.median(firsts), statistics.median(agains)
    note = (f"{first / again:.1f}x drawing it again ({again * 1000:.1f} ms); medians of {len(firsts)} fresh windows "
            f"at {SIZE[0]}x{SIZE[1]}")
    return [Figure("first_frames.end_screen", "first end-screen frame (finish sound, whole screen drawn)",
                   first * 1000, at_most(round(FRAME_BUDGET_MS, 1), "ms"), note)]


def _figure(key: str, label: str, firsts: list[float], agains: list[float]) -> Figure:
    ratio = statistics.median(f / a for f, a in zip(firsts, agains))
    note = (f"first {statistics.median(firsts) * 1000:.1f} ms, again {statistics.median(agains) * 1000:.1f} ms "
            f"(medians of {len(firsts)} fresh windows at {SIZE[0]}x{SIZE[1]})")
    return Figure(key, label, ratio, at_most(TARGET, "x"), note)


STEPS = (dice_roll, end_screen)
