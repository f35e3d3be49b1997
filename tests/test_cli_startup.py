"""The command line loads only the module of the command given, and its short help agrees with the real one."""

from __future__ import annotations

import subprocess
import sys

import pytest

from play_for_integrity.cli import COMMAND_MODULES, build_parser

LOADED = "import sys; from play_for_integrity.cli import main\ntry:\n    main({argv!r})\nexcept SystemExit:\n    pass\n" \
         "print(sorted(m for m in sys.modules if m.startswith('play_for_integrity.') and m.endswith('.commands')))"


def loaded_command_modules(argv: list[str]) -> str:
    done = subprocess.run([sys.executable, "-c", LOADED.format(argv=argv)], capture_output=True, text=True, check=True)
    return done.stdout.strip().splitlines()[-1]


@pytest.mark.parametrize("argv", [["--version"], ["--help"]])
def test_version_and_help_load_no_command_module(argv):
    assert loaded_command_modules(argv) == "[]"


def test_a_command_loads_only_its_own_module():
    assert loaded_command_modules(["scenarios", "--help"]) == "['play_for_integrity.content.commands']"


def test_the_short_help_of_each_command_is_its_real_help():
    full = build_parser()
    subparsers = next(a for a in full._actions if a.dest == "command")
    real = {choice.dest: choice.help for choice in subparsers._choices_actions}
    short = {name: text for commands in COMMAND_MODULES.values() for name, text in commands.items()}
    assert short == real


FIRST_FRAME = """
import os, sys, pygame
shown = pygame.display.flip
def first_frame():
    shown()
    print(sorted(m for m in sys.modules if m in WATCHED or m.startswith(WATCHED_PACKAGES)))
    sys.stdout.flush()
    os._exit(0)
WATCHED = {"yaml", "sqlite3", "babel", "play_for_integrity.content.problems"}
WATCHED_PACKAGES = ("play_for_integrity.results", "play_for_integrity.content.", "play_for_integrity.ui.scenes.vote")
pygame.display.flip = first_frame
from play_for_integrity.cli import main
main([])
"""


def test_the_games_first_frame_reads_no_content_results_or_po_file(tmp_path):
    """The title is drawn before the scenarios, the class results or a .po are read (a cached catalog serves it):
    the start of a school's game does not grow with its curriculum or its years of results."""
    import os

    env = dict(os.environ, SDL_VIDEODRIVER="dummy", SDL_AUDIODRIVER="dummy", PLAY_FOR_INTEGRITY_DATA=str(tmp_path))
    for _ in range(2):  # the first start compiles the catalog into the cache; the second is a start like any other
        done = subprocess.run([sys.executable, "-c", FIRST_FRAME], capture_output=True, text=True, env=env,
                              timeout=120)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip().splitlines()[-1] == "[]"
