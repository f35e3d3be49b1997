"""What the frame benchmarks share: a game window on a scene at 1920x1080, real frames, and the blit+flip baseline.

A frame is what the game's loop does: App.step() polls the events, updates, and when something changed renders
(the cached static layer blitted plus focus and hover, or after invalidate() the whole scene) and flips.
The baseline is the least any frame can cost: one full-screen blit and a flip.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from benchmarks.sandbox import Config

if TYPE_CHECKING:
    import pygame

    from play_for_integrity.core.clock import SteppedClock
    from play_for_integrity.ui.app import App

SIZE = (1920, 1080)
FRAME_DT = 1 / 60


class Window:
    """An App showing one screenshot scene (ui/screenshot.py's SHOTS), with its own stepped clock."""

    def __init__(self, config: Config, shot: str, lang: str = "ru") -> None:
        import pygame

        from play_for_integrity.core.clock import SteppedClock
        from play_for_integrity.ui import screenshot
        from play_for_integrity.ui.app import App
        from play_for_integrity.ui.launch import build_session

        pygame.init()
        session = build_session(data_dir=config.shared / "ui-data", language=lang)
        self.app: App = App(session, size=SIZE, headless=True)
        self.clock: SteppedClock = SteppedClock()
        self.app.stack.push(screenshot.build_scene(self.app, shot))
        self.app.stack.apply()
        self.step()  # the scene's first frame
        self._backdrop: pygame.Surface = self.app.surface.copy()
        self.drawn = 0
        render = self.app.render

        def counting_render() -> object:
            self.drawn += 1
            return render()

        self.app.render = counting_render  # counts the frames step() really draws

    @property
    def static_passes(self) -> int:
        """How many times the static layer has been drawn (App._passes: one per full draw of the scene)."""
        return self.app._passes

    def step(self) -> None:
        self.app.step(FRAME_DT, self.clock)

    def blit_flip(self, frames: int) -> Callable[[], None]:
        """The baseline: `frames` full-screen blits of the scene's picture, each flipped."""
        import pygame

        def run() -> None:
            for _ in range(frames):
                self.app.surface.blit(self._backdrop, (0, 0))
                pygame.display.flip()
        return run

    def focus_frames(self, frames: int, invalidate: bool = False) -> Callable[[], None]:
        """`frames` frames, each after a focus-only key (Tab / Shift+Tab); with `invalidate`, each redrawn whole."""
        def run() -> None:
            for i in range(frames):
                post_focus_key(i)
                if invalidate:
                    self.app.invalidate()
                self.app.dirty = True  # a frame is drawn even where the key moves nothing
                self.step()
        return run

    def count_redraws(self, frames: int, invalidate: bool = False) -> tuple[int, int]:
        """(frames drawn, static layer redraws) for `frames` focus-only keys, one a frame, the clock held still."""
        drawn, passes = self.drawn, self.static_passes
        for i in range(frames):
            post_focus_key(i)
            if invalidate:
                self.app.invalidate()
            self.app.step(0.0, self.clock)  # no countdown or animation may redraw: only the keys
        return self.drawn - drawn, self.static_passes - passes


def post_focus_key(i: int) -> None:
    """Queue Tab (even i) or Shift+Tab (odd i): keys that only move the focus."""
    import pygame

    mod = pygame.KMOD_SHIFT if i % 2 else 0
    pygame.event.post(pygame.event.Event(pygame.KEYDOWN, key=pygame.K_TAB, mod=mod, unicode="\t", scancode=43))
