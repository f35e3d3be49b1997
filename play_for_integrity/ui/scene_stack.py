"""Scenes and the stack that holds them; push/pop/replace are queued and applied between frames."""

from __future__ import annotations

import itertools
from collections.abc import Callable
from typing import TYPE_CHECKING

import pygame

if TYPE_CHECKING:
    from play_for_integrity.ui.app import App
    from play_for_integrity.ui.painter import Painter


_serials = itertools.count(1)


class Scene:
    """One screen. It draws and turns input into actions on the session; it holds no game rules."""

    name = "scene"
    dynamic_animation = False
    """True when update() only moves what draw_dynamic() draws, so the cached static layer stays valid."""

    def __init__(self, app: App):
        self.app = app
        self.session = app.session
        self.serial = next(_serials)

    @property
    def animating(self) -> bool:
        """True while something moves, so the loop keeps drawing; False lets the loop idle."""
        return False

    # lifecycle: every pause is paired with a resume, every enter with an exit
    def enter(self) -> None: ...
    def exit(self) -> None: ...
    def pause(self) -> None: ...
    def resume(self) -> None: ...

    def handle(self, event: pygame.event.Event) -> bool:
        """React to one input event; True when the screen must be redrawn."""
        return False

    def update(self, dt: float) -> bool:
        """Advance animations by one fixed step; True when the screen must be redrawn."""
        return False

    def draw(self, painter: Painter) -> None:
        """Draw the screen; with painter.layer "static", leave out what draw_dynamic() adds."""
        raise NotImplementedError

    def draw_dynamic(self, painter: Painter, static_pass: int) -> None:
        """Draw what changes without invalidating the cached static layer (focus, hover, moving tokens)."""

    @property
    def focus_only(self) -> bool:
        """True when the last handled event changed only what draw_dynamic() draws."""
        return False

    def begin_event(self) -> None:
        """Called before each handle(), so `focus_only` never describes an older event."""

    def _(self, message: str) -> str:
        """The interface string in the current language, looked up at draw time."""
        return self.session.tr.gettext(message)


class SceneStack:
    """The scenes on screen, top last. Changes wait in a queue until `apply()` runs between frames."""

    def __init__(self) -> None:
        self.scenes: list[Scene] = []
        self._pending: list[Callable[[], None]] = []

    @property
    def top(self) -> Scene | None:
        return self.scenes[-1] if self.scenes else None

    @property
    def has_pending(self) -> bool:
        return bool(self._pending)

    def push(self, scene: Scene) -> None:
        self._pending.append(lambda: self._push(scene))

    def pop(self) -> None:
        self._pending.append(self._pop)

    def replace(self, scene: Scene) -> None:
        self._pending.append(lambda: (self._pop(), self._push(scene)))

    def reset(self, scene: Scene) -> None:
        """Leave every scene and start again from `scene` (e.g. back to the title)."""
        def run() -> None:
            while self.scenes:
                self._pop()
            self._push(scene)
        self._pending.append(run)

    def apply(self) -> bool:
        """Carry out the queued changes; True when anything changed."""
        changed = bool(self._pending)
        while self._pending:
            self._pending.pop(0)()
        return changed

    def _push(self, scene: Scene) -> None:
        if self.scenes:
            self.scenes[-1].pause()
        self.scenes.append(scene)
        scene.enter()

    def _pop(self) -> None:
        if not self.scenes:
            return
        self.scenes.pop().exit()
        if self.scenes:
            self.scenes[-1].resume()
