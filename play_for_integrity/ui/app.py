"""The game window and its loop: fixed-step updates, drawing only when something changed."""

from __future__ import annotations

import traceback
from pathlib import Path
from typing import TYPE_CHECKING

import pygame

from play_for_integrity.core.clock import SteppedClock
from play_for_integrity.lazy_log import get_logger
from play_for_integrity.ui import scene_registry
from play_for_integrity.ui.fonts import FontBook
from play_for_integrity.ui.painter import Painter
from play_for_integrity.ui.scene_stack import Scene, SceneStack
from play_for_integrity.ui.text_layout import TextFitter
from play_for_integrity.ui.theme import MIN_WINDOW, Metrics, palette

if TYPE_CHECKING:
    from collections.abc import Callable

    from play_for_integrity.play.session import GameSession
    from play_for_integrity.ui.picture_art import PictureArt
    from play_for_integrity.ui.sounds import SoundBank

log = get_logger(__name__)

INPUT_EVENTS = frozenset((pygame.KEYDOWN, pygame.KEYUP, pygame.TEXTINPUT, pygame.TEXTEDITING, pygame.MOUSEBUTTONDOWN,
                          pygame.MOUSEBUTTONUP, pygame.FINGERDOWN, pygame.FINGERUP))
IDLE_FPS = 30
ACTIVE_FPS = 60


class App:
    """Owns the window, the scene stack, fonts, sounds and pictures; scenes reach the session through it."""

    def __init__(self, session: GameSession, size: tuple[int, int] | None = None, headless: bool = False):
        self.session = session
        self.headless = headless
        pygame.display.init()
        pygame.font.init()
        self.fonts = FontBook(report=self.notice)
        self.fitter = TextFitter(self.fonts)
        self._sounds: SoundBank | None = None
        self._pictures: PictureArt | None = None
        self._after_first_frame: list[Callable[[], object]] = []
        self._sounds_read = False  # the sounds are read once the first frame is up (see step)
        self._fonts_expected: tuple | None = None  # the window and text size whose fonts were queued (see step)
        self.stack = SceneStack()
        self.running = True
        self.dirty = True
        settings = session.settings
        self.windowed_size = size or within_screen((settings.window_width, settings.window_height),
                                                   _desktop_size() if not headless else None)
        self.fullscreen = settings.fullscreen and not headless and size is None
        self.in_hour = False  # a projected screen (the Integrity Hour's) is on the stack: see follow_hour
        self.surface = self._open_window()
        self._set_caption()
        pygame.key.set_repeat(400, 60)
        self.last_overflows: list = []
        self._static: pygame.Surface | None = None  # the top scene drawn without focus and hover
        self._static_key: tuple | None = None
        self._static_overflows: list = []
        self._passes = 0
        self.watcher = None  # set by the author preview: a ScenarioWatcher to poll
        self._notices_seen = len(session.notices)

    @property
    def sounds(self) -> SoundBank:
        """The game's sounds (made when first played or switched: the title needs none)."""
        if self._sounds is None:
            from play_for_integrity.ui.sounds import SoundBank
            self._sounds = SoundBank(enabled=self.session.settings.sound and not self.headless)
        return self._sounds

    @sounds.setter
    def sounds(self, bank: SoundBank) -> None:
        self._sounds = bank

    @property
    def pictures(self) -> PictureArt:
        """Scenario pictures, drawn from SVG at the size needed and cached (made when a screen first shows one)."""
        if self._pictures is None:
            from play_for_integrity.ui.picture_art import PictureArt
            self._pictures = PictureArt()
        return self._pictures

    @pictures.setter
    def pictures(self, art: PictureArt) -> None:
        self._pictures = art

    def after_first_frame(self, job: Callable[[], object]) -> None:
        """Run `job` once the first frame is on the screen (start-up work the first screen does not need)."""
        self._after_first_frame.append(job)

    # -- window ---------------------------------------------------------------------------------
    def _open_window(self) -> pygame.Surface:
        if self.fullscreen:
            return pygame.display.set_mode((0, 0), pygame.FULLSCREEN)
        return pygame.display.set_mode(self.windowed_size, pygame.RESIZABLE)

    def toggle_fullscreen(self) -> None:
        """F11: full screen on or off, remembered for the Hour's screens or for the others, whichever is on."""
        self.fullscreen = not self.fullscreen
        if self.in_hour:
            self.session.settings.hour_fullscreen = self.fullscreen
        else:
            self.session.settings.fullscreen = self.fullscreen
        self.session.save()
        self.surface = self._open_window()
        self.dirty = True

    def follow_hour(self) -> None:
        """Full screen while the Integrity Hour is played (its screens are projected), as the teacher last chose for
        the Hour (on by default); back to the usual window when the Hour is left. Headless, only `in_hour` moves."""
        in_hour = any(getattr(scene, "projected", False) for scene in self.stack.scenes)
        if in_hour == self.in_hour:
            return
        self.in_hour = in_hour
        settings = self.session.settings
        wanted = settings.hour_fullscreen if in_hour else settings.fullscreen
        if self.headless or wanted == self.fullscreen:
            return
        self.fullscreen = wanted
        self.surface = self._open_window()
        self.dirty = True

    def set_language(self, lang: str) -> None:
        self.session.set_language(lang)
        self._set_caption()
        self.dirty = True

    def _set_caption(self) -> None:
        pygame.display.set_caption(self.session.tr.gettext("Play for Integrity"))

    def notice(self, message: str) -> None:
        if message not in self.session.notices:
            self.session.notify(message)
            self.invalidate()

    # -- navigation: scenes by name, applied between frames ------------------------------------
    def push(self, name: str, *args, **kwargs) -> None:
        """Put the scene registered as `name` over the current one."""
        self.stack.push(scene_registry.make(self, name, *args, **kwargs))

    def replace(self, name: str, *args, **kwargs) -> None:
        """Swap the current scene for the one registered as `name`."""
        self.stack.replace(scene_registry.make(self, name, *args, **kwargs))

    def reset(self, name: str, *args, **kwargs) -> None:
        """Leave every scene and start again from `name` (e.g. back to the title)."""
        self.stack.reset(scene_registry.make(self, name, *args, **kwargs))

    @property
    def metrics(self) -> Metrics:
        w, h = self.surface.get_size()
        return Metrics.for_size(w, h, self.session.settings.text_scale, getattr(self.stack.top, "projected", False))

    # -- drawing --------------------------------------------------------------------------------
    def invalidate(self) -> None:
        """Forget the cached static layer: the next frame draws the whole scene again."""
        self._static_key = None
        self.dirty = True

    def render(self) -> Painter:
        """Draw the top scene (or the 'window too small' notice) onto the window surface.

        The scene's static layer is cached: when only focus, hover or other dynamic parts changed, a frame is one
        blit of that layer plus the dynamic parts, instead of a full redraw.
        """
        settings = self.session.settings
        colors = palette(settings.high_contrast)
        w, h = self.surface.get_size()
        top = self.stack.top
        if w < MIN_WINDOW[0] or h < MIN_WINDOW[1] or top is None:
            painter = Painter(self.surface, self.metrics, colors, self.fitter)
            self.surface.fill(colors.background)
            if top is not None:
                self._draw_too_small(painter)
            self._static_key = None
            self.last_overflows = painter.overflows
            return painter
        key = (top.serial, (w, h), settings.language, settings.high_contrast, settings.text_size)
        if key != self._static_key or self._static is None or self._static.get_size() != (w, h):
            self._passes += 1
            static = Painter(self.surface, self.metrics, colors, self.fitter, layer="static", pass_id=self._passes)
            self.surface.fill(colors.background)
            top.draw(static)
            if self._static is None or self._static.get_size() != (w, h):
                self._static = self.surface.copy()
            else:
                self._static.blit(self.surface, (0, 0))
            self._static_key = key
            self._static_overflows = static.overflows
        else:
            self.surface.blit(self._static, (0, 0))
        painter = Painter(self.surface, self.metrics, colors, self.fitter, overflows=list(self._static_overflows),
                          layer="dynamic", pass_id=self._passes)
        top.draw_dynamic(painter, self._passes)
        self.last_overflows = painter.overflows
        return painter

    def _draw_too_small(self, painter: Painter) -> None:
        w, h = self.surface.get_size()
        tr = self.session.tr
        message = tr.gettext("The window is too small to show the game. Make it larger, or press F11 for full screen.")
        size = max(12, min(w, h) // 16)
        block = self.fitter.fit(message, w - 20, h - 20, size, 10)
        font = self.fonts.get(block.size)
        y = (h - block.height) // 2
        for line in block.lines:
            image = font.render(line, True, painter.colors.ink)
            self.surface.blit(image, ((w - image.get_width()) // 2, y))
            y += block.line_height

    # -- loop -----------------------------------------------------------------------------------
    def handle(self, event: pygame.event.Event) -> None:
        if event.type == pygame.QUIT:
            self.running = False
        elif event.type == pygame.KEYDOWN and event.key == pygame.K_F11:
            self.toggle_fullscreen()
        elif event.type in (pygame.VIDEORESIZE, pygame.WINDOWSIZECHANGED, pygame.WINDOWEXPOSED, pygame.WINDOWRESTORED):
            self.surface = pygame.display.get_surface()
            if not self.fullscreen and event.type == pygame.VIDEORESIZE:
                self.windowed_size = event.size
                self.session.settings.window_width, self.session.settings.window_height = event.size
            self.dirty = True
        elif self.stack.has_pending and event.type in INPUT_EVENTS:
            pass  # the screen already acted and is leaving: a second press in the same frame is not for it
        elif self.stack.top is not None:
            top = self.stack.top
            top.begin_event()
            if top.handle(event):
                self.dirty = True
                if not top.focus_only:
                    self._static_key = None

    def step(self, dt: float, clock: SteppedClock) -> None:
        """One pass of the loop without waiting: input, fixed updates, queued scene changes, drawing."""
        for event in pygame.event.get():
            self.handle(event)
        if len(self.session.notices) != self._notices_seen:  # a controller reported a problem
            self._notices_seen = len(self.session.notices)
            self.invalidate()
        if self.watcher is not None and self.watcher.changed():
            from play_for_integrity.ui.preview import show_result
            show_result(self, self.watcher.load())
        top = self.stack.top
        for _ in range(clock.tick(dt)):
            if top is not None and top.update(clock.step):
                self.dirty = True
                if not top.dynamic_animation:
                    self._static_key = None
        if self.stack.apply():
            self.dirty = True
            self.follow_hour()
        if self.stack.top is None:
            self.running = False
        if self.dirty and self.running:
            self.render()
            pygame.display.flip()
            self.dirty = False
            if self._after_first_frame:
                while self._after_first_frame:
                    self._after_first_frame.pop(0)()
                self.dirty = True  # what they found (e.g. notices for the title) is shown in the next frame
            if not self._sounds_read:  # off the first frame, and before any first play needs one
                self._sounds_read = True
                self.sounds.preload()
        elif self.running:  # an idle frame: make one font the screens will need ready
            self._expect_fonts()
            self.fonts.warm_one()

    def _expect_fonts(self) -> None:
        """The type sizes of this window's solo and projected screens, queued for idle frames (again when the window
        or the text size changes)."""
        w, h = self.surface.get_size()
        key = (w, h, self.session.settings.text_scale)
        if key == self._fonts_expected:
            return
        self._fonts_expected = key
        for projected in (True, False):
            m = Metrics.for_size(w, h, key[2], projected)
            self.fonts.expect((size, bold) for size in (m.heading, m.body, m.small, m.min_text, m.title)
                              for bold in (True, False))

    def run(self, first: Scene | None) -> None:
        if first is not None:
            self.stack.push(first)
        ticker = pygame.time.Clock()
        clock = SteppedClock()
        dt = 0.0
        while self.running:
            self.step(dt, clock)
            busy = self.dirty or self.stack.has_pending or (self.stack.top is not None and self.stack.top.animating)
            dt = ticker.tick(ACTIVE_FPS if busy else IDLE_FPS) / 1000
        if not self.fullscreen:
            self.session.save()

    def quit(self) -> None:
        self.running = False


def crash_report(data_dir: Path) -> str:
    """Write the current exception's traceback to a log file; return a message for the player."""
    try:
        data_dir.mkdir(parents=True, exist_ok=True)
        path = data_dir / "crash.log"
        with path.open("a", encoding="utf-8") as handle:
            handle.write(traceback.format_exc() + "\n")
        return f"play-for-integrity stopped because of an internal error. Details are in {path}; please send it to the team."
    except OSError:
        return "play-for-integrity stopped because of an internal error."



SCREEN_SHARE = (0.92, 0.86)
"""The largest share of the desktop a window opens at: room for the taskbar and the window's title bar."""


def within_screen(size: tuple[int, int], desktop: tuple[int, int] | None) -> tuple[int, int]:
    """`size`, made smaller where the desktop is smaller (a 1280x800 window on a 1024x768 projector), never below
    MIN_WINDOW; with no desktop known (no display), `size` as it is."""
    if not desktop or desktop[0] <= 0 or desktop[1] <= 0:
        return size
    room = (int(desktop[0] * SCREEN_SHARE[0]), int(desktop[1] * SCREEN_SHARE[1]))
    return (max(MIN_WINDOW[0], min(size[0], room[0])), max(MIN_WINDOW[1], min(size[1], room[1])))


def _desktop_size() -> tuple[int, int] | None:
    """The size of the first desktop, or None when the display cannot say."""
    try:
        sizes = pygame.display.get_desktop_sizes()
    except pygame.error:
        return None
    return tuple(sizes[0]) if sizes else None
