"""Game speed: start to first frame, frame time per scene, idle CPU on a static screen, peak memory."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
import time

ENV = {**os.environ, "SDL_VIDEODRIVER": "dummy", "SDL_AUDIODRIVER": "dummy", "PYGAME_HIDE_SUPPORT_PROMPT": "1"}

BARE_WINDOW = """
import time, pygame
pygame.init()
screen = pygame.display.set_mode((1920, 1080))
screen.fill((240, 240, 240))
pygame.display.flip()
"""

GAME_FIRST_FRAME = """
import pygame
from play_for_integrity.ui.launch import build_session
from play_for_integrity.ui.app import App
from play_for_integrity.ui.scenes.title import TitleScene
session = build_session(persist=False)
pygame.init()
app = App(session, size=(1920, 1080), headless=True)
app.stack.push(TitleScene(app))
app.stack.apply()
app.render()
pygame.display.flip()
"""

IDLE = """
import json, resource, threading, time, pygame
from play_for_integrity.ui.launch import build_session
from play_for_integrity.ui.app import App
from play_for_integrity.ui import screenshot
session = build_session(persist=False)
pygame.init()
app = App(session, size=(1920, 1080), headless=True)
scene = screenshot.build_scene(app, "dilemma")
start_wall = time.monotonic()
def stop_later():
    time.sleep(SECONDS)
    app.running = False
threading.Thread(target=stop_later, daemon=True).start()
before = resource.getrusage(resource.RUSAGE_SELF)
app.run(scene)
after = resource.getrusage(resource.RUSAGE_SELF)
wall = time.monotonic() - start_wall
cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
def peak_kb():
    # VmHWM belongs to this program's own memory; ru_maxrss would also count the parent process it was forked from
    try:
        with open("/proc/self/status") as status:
            return next(int(line.split()[1]) for line in status if line.startswith("VmHWM:"))
    except (OSError, StopIteration):
        return after.ru_maxrss
print(json.dumps({"cpu_share": cpu / wall, "peak_mb": peak_kb() / 1024}))
"""


def _time_script(code: str, runs: int = 5) -> float:
    best = float("inf")
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run([sys.executable, "-c", code], env=ENV, check=True)
        best = min(best, time.perf_counter() - start)
    return best


def _frame_times() -> list[tuple[str, float, str]]:
    import pygame

    from play_for_integrity.ui import screenshot

    rows = []
    app, _ = screenshot.render("title", "ru", (1920, 1080))
    surface = app.surface
    backdrop = surface.copy()
    frames = 120
    start = time.perf_counter()
    for _ in range(frames):
        surface.blit(backdrop, (0, 0))
        pygame.display.flip()
    baseline = (time.perf_counter() - start) / frames
    rows.append(("ui: full-screen blit + flip 1920x1080 (ms)", baseline * 1000, "reference"))
    from play_for_integrity.core.clock import SteppedClock

    for name in ("title", "band", "dilemma", "feedback", "summary", "settings"):
        app, _ = screenshot.render(name, "ru", (1920, 1080))
        clock = SteppedClock()
        app.step(1 / 60, clock)  # the first frame after the scene appears
        start = time.perf_counter()
        for _ in range(frames):
            app.step(1 / 60, clock)  # the steady state: nothing changed, so nothing is redrawn
        steady = (time.perf_counter() - start) / frames
        down = pygame.event.Event(pygame.KEYDOWN, key=pygame.K_DOWN, mod=0, unicode="")
        start = time.perf_counter()
        for _ in range(frames):
            app.handle(down)  # an arrow key or a hover: the cached static layer plus the focus
            app.render()
            pygame.display.flip()
        focus = (time.perf_counter() - start) / frames
        start = time.perf_counter()
        for _ in range(frames):
            app.invalidate()  # what a new screen or a pressed button costs: the whole scene drawn again
            app.render()
            pygame.display.flip()
        redraw = (time.perf_counter() - start) / frames
        rows.append((f"ui: steady frame {name} 1920x1080 (ms)", f"{steady * 1000:.3f} ({steady / baseline:.2f}x)",
                     "<= 2x blit+flip"))
        rows.append((f"ui: frame after a focus/hover change {name} 1920x1080 (ms)",
                     f"{focus * 1000:.3f} ({focus / baseline:.2f}x)", "<= 2x blit+flip"))
        rows.append((f"ui: full redraw {name} 1920x1080 (ms)", f"{redraw * 1000:.2f} ({redraw / baseline:.2f}x)",
                     "new screen or action only"))
    rows += _language_switch()
    return rows


def _language_switch() -> list[tuple[str, float | str, str]]:
    """Switch language on a live dilemma and redraw it: catalog load from the .po included (cold) or cached."""
    import pygame

    from play_for_integrity.i18n import reload
    from play_for_integrity.ui import screenshot

    app, _ = screenshot.render("dilemma", "en", (1920, 1080))
    rows = []
    for label, cold in (("cold: .po read", True), ("catalog cached", False)):
        best = float("inf")
        for lang in ("kk", "ru", "en", "kk", "ru", "en"):
            if cold:
                reload()
            start = time.perf_counter()
            app.set_language(lang)
            app.render()
            pygame.display.flip()
            best = min(best, time.perf_counter() - start)
        rows.append((f"ui: switch language + redraw dilemma, {label} (s)", best, "<= 0.100 s"))
    return rows


def run() -> list[tuple[str, float | str, str]]:
    for key, value in ENV.items():
        os.environ.setdefault(key, value)
    bare = _time_script(textwrap.dedent(BARE_WINDOW))
    game = _time_script(textwrap.dedent(GAME_FIRST_FRAME))
    rows: list[tuple[str, float | str, str]] = [
        ("ui: bare pygame window, start to first frame (s)", bare, "reference"),
        ("ui: game start to first frame (s)", game, "<= 1.0 s"),
        ("ui: game / bare window", game / bare, "<= 2.5x"),
    ]
    rows += _frame_times()
    done = subprocess.run([sys.executable, "-c", "SECONDS = 10\n" + textwrap.dedent(IDLE)], env=ENV, check=True,
                          capture_output=True, text=True)
    idle = json.loads(done.stdout.strip().splitlines()[-1])
    rows.append(("ui: CPU on a static dilemma over 10 s (% of a core)", idle["cpu_share"] * 100, "< 2 %"))
    rows.append(("ui: peak memory while playing (MB)", idle["peak_mb"], "<= 150 MB"))
    return rows


if __name__ == "__main__":
    for row in run():
        print(*row, sep="\t")
