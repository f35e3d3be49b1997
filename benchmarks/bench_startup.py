"""Start-up: `--version`/`--help` against `python -c "import yaml"`, and the game's first frame against a bare
pygame window, with a school's class results (300k and 1M answers) in the data folder.

Every pair runs in fresh processes, alternately, so the ratios hold on a busy machine. The command line may
cost at most 1.5x importing its one heavy dependency (it loads no command module for --version or --help), and
the game may take at most 1.5x a bare window of its size to its first frame: content, fonts and catalogs load
in that margin, and the results store, however large, must not be read before the first frame.
"""

from __future__ import annotations

import os
import shutil
import sys
from collections.abc import Callable
from pathlib import Path

from benchmarks import child, class_stores
from benchmarks.figures import Figure, at_most, unavailable
from benchmarks.sandbox import Config
from benchmarks.timing import paired

STORES = ("300k", "1m")
# The game as `play-for-integrity` starts it, ended as soon as its first frame is on the screen.
GAME_TO_FIRST_FRAME = """
import os, pygame
shown = pygame.display.flip
def first_frame():
    shown()
    os._exit(0)
pygame.display.flip = first_frame
from play_for_integrity.cli import main
main([])
raise SystemExit("the game returned without drawing a frame")
"""
BARE_WINDOW = """
import os, sys, pygame
pygame.init()
screen = pygame.display.set_mode((int(sys.argv[1]), int(sys.argv[2])), pygame.RESIZABLE)
screen.fill((240, 240, 240))
pygame.display.flip()
os._exit(0)
"""


def _runner(argv: list[str], work: Path, env: dict[str, str] | None = None, timeout: float = 60) -> Callable[[], None]:
    def run() -> None:
        child.run(argv, timeout=timeout, work=work, env=env).check()
    return run


def command_line(config: Config) -> list[Figure]:
    """`python -m play_for_integrity --version` and `--help`, each against `python -c "import yaml"`."""
    work = config.folder("cli")
    baseline = _runner([sys.executable, "-c", "import yaml"], work)
    figures = []
    for option in ("--version", "--help"):
        key = f"startup.cli{option.replace('--', '.')}"
        label = f"`play-for-integrity {option}` / `python -c \"import yaml\"`"
        try:
            pair = paired(baseline, _runner([sys.executable, "-m", "play_for_integrity", option], work),
                          pairs=3 if config.quick else 11)
        except child.ChildFailed as err:
            figures.append(unavailable(key, label, at_most(1.5, "x"), str(err)))
            continue
        figures.append(Figure(key, label, pair.ratio, at_most(1.5, "x"), pair.describe(1000, "ms")))
    return figures


def game_start(config: Config) -> list[Figure]:
    """The game from process start to its first frame, with the 300k and the 1M store in its data folder."""
    from play_for_integrity.core.settings import Settings

    default = Settings()
    size = (default.window_width, default.window_height)
    work = config.folder("game-start")
    bare = _runner([sys.executable, "-c", BARE_WINDOW, *map(str, size)], work)
    figures = []
    for store in STORES:
        count = class_stores.sessions(config, store)
        data = config.folder(f"game-data-{store}")
        shutil.copyfile(class_stores.store_dir(config, store) / "results.sqlite3", data / "results.sqlite3")
        os.sync()  # the copy (up to ~1 GB) is written out now, not by the kernel during the timed starts
        game = _runner([sys.executable, "-c", GAME_TO_FIRST_FRAME], work, {"PLAY_FOR_INTEGRITY_DATA": str(data)})
        key = f"startup.game.{store}"
        label = f"game start to first frame, {class_stores.describe(count)} stored / bare {size[0]}x{size[1]} window"
        try:
            pair = paired(bare, game, pairs=3 if config.quick else 15)  # the untimed first pair compiles catalogs
        except child.ChildFailed as err:
            figures.append(unavailable(key, label, at_most(1.5, "x"), str(err)))
            continue
        figures.append(Figure(key, label, pair.ratio, at_most(1.5, "x"), pair.describe()))
        shutil.rmtree(data)
    return figures


STEPS = (command_line, game_start)
