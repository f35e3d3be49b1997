"""Measurements that run in a child process (`python -m benchmarks.child_tasks TASK ARGS`), printing one JSON line.

In a child each gets a time limit, a memory limit and its own peak memory (see child.py), and the parent's
imports, caches and open files cannot flatter or spoil it.
"""

from __future__ import annotations

import json
import os
import resource
import sys
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from benchmarks.frames import SIZE
from benchmarks.timing import median_time, paired

if TYPE_CHECKING:
    from play_for_integrity.ui.app import App

SETTLE_SECONDS = 1.0


def _app(data_dir: Path, lang: str = "ru") -> App:
    import pygame

    from play_for_integrity.ui.app import App
    from play_for_integrity.ui.launch import build_session

    pygame.init()
    return App(build_session(data_dir=data_dir, language=lang), size=SIZE, headless=True)


def idle(seconds: str, data_dir: str) -> dict:
    """The game's own loop on a static dilemma: the share of a core it uses over `seconds` after settling."""
    from play_for_integrity.ui import screenshot

    app = _app(Path(data_dir))
    scene = screenshot.build_scene(app, "dilemma")
    marks: list[tuple[float, float]] = []

    def mark() -> None:
        usage = resource.getrusage(resource.RUSAGE_SELF)
        marks.append((time.monotonic(), usage.ru_utime + usage.ru_stime))
        if len(marks) == 2:
            app.running = False

    threading.Timer(SETTLE_SECONDS, mark).start()  # the first frames draw the screen: not idle yet
    threading.Timer(SETTLE_SECONDS + float(seconds), mark).start()
    app.run(scene)
    (began, cpu_began), (ended, cpu_ended) = marks
    return {"cpu_share": (cpu_ended - cpu_began) / (ended - began), "wall": ended - began}


def store_open(small: str, large: str, pairs: str) -> dict:
    """ResultsStore.open (and close) on the small and the large store, in alternating pairs."""
    from play_for_integrity.results.store import ResultsStore

    def opener(folder: str) -> Callable[[], None]:
        def run() -> None:
            store = ResultsStore.open(folder)
            if store.open_report is not None:
                raise RuntimeError(f"the store in {folder} was set aside: {store.open_report.reason}")
            store.close()
        return run

    result = paired(opener(small), opener(large), pairs=int(pairs), budget=60)
    return {"small": result.baseline, "large": result.subject, "ratio": result.ratio, "pairs": result.pairs}


def teacher_page(data_dir: str, runs: str) -> dict:
    """The teacher's session list built and drawn as on a first visit (store opened on the way), and with it open."""
    import pygame

    from play_for_integrity.ui import scene_registry

    app = _app(Path(data_dir))
    app.session.teacher.unlocked = True

    def first_page() -> None:
        app.stack.reset(scene_registry.make(app, "teacher-sessions"))
        app.stack.apply()
        app.render()
        pygame.display.flip()

    def cold() -> None:
        app.session.results.close()  # the next page opens the store again, as the first visit of a run does
        first_page()

    count = len(app.session.teacher.sessions())
    first, made = median_time(cold, int(runs), budget=60)
    warm, _ = median_time(first_page, int(runs), warmup=1, budget=30)
    return {"sessions": count, "first": first, "open_store": warm, "runs": made}


TASKS = {"idle": idle, "store-open": store_open, "teacher-page": teacher_page}


def main() -> None:
    task, *args = sys.argv[1:]
    os.environ.setdefault("SDL_VIDEODRIVER", "dummy")
    print(json.dumps(TASKS[task](*args)))


if __name__ == "__main__":
    main()
