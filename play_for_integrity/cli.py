"""The `play-for-integrity` command: with no arguments it starts the game; subcommands for the rest.

Start-up imports only the module of the command given: `--version`, `--help` and each command load nothing else.
"""

from __future__ import annotations

import importlib
import os
from collections.abc import Sequence
from typing import TYPE_CHECKING

from play_for_integrity import __version__

if TYPE_CHECKING:
    import argparse

# Each module that registers commands, with the commands it registers and their one-line help for `--help`.
COMMAND_MODULES: dict[str, dict[str, str]] = {
    "play_for_integrity.content.commands": {
        "validate": "check scenario and task card files and report every problem with file:line:col",
        "scenarios": "list the scenarios by age band",
    },
    "play_for_integrity.i18n.commands": {"i18n": "translations: status, check, extract, update"},
    "play_for_integrity.guide.commands": {
        "guide": "write the teacher's handbook of an age band: every story, its objective, feedback and a plan"},
    "play_for_integrity.printkit.commands": {"print": "write an age band's paper kit as PDFs: board, cards, handbook"},
    "play_for_integrity.results.commands": {
        "results": "list, export, merge, check, back up and delete class results"},
    "play_for_integrity.cards.commands": {"cards": "answer cards for the class vote: scan photos of them, print them"},
    "play_for_integrity.ui.commands": {
        "play": "start the game; with --scenario, preview one scenario and reload it on save",
        "screenshot": "render a scene, or every screen of one scenario, to PNG without a window",
    },
}


def _chosen(argv: Sequence[str]) -> str | None:
    """The command named in `argv`: its first word that is not an option (the top level has no option values)."""
    return next((word for word in argv if not word.startswith("-")), None)


def build_parser(argv: Sequence[str] | None = None) -> argparse.ArgumentParser:
    """The parser; the command named in `argv` gets its full arguments, the others only their help line.

    With `argv` None every command gets its full arguments (for tests and documentation checks).
    """
    import argparse

    parser = argparse.ArgumentParser(
        prog="play-for-integrity",
        description="Play for Integrity: dilemma games about honesty and corruption, for classrooms.",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    chosen = None if argv is None else _chosen(argv)
    for module, commands in COMMAND_MODULES.items():
        if argv is None or chosen in commands:
            _register(importlib.import_module(module), sub)
        else:
            for name, help_line in commands.items():
                sub.add_parser(name, help=help_line, add_help=False)
    return parser


def _register(module, sub: argparse._SubParsersAction) -> None:
    if module.__name__ == "play_for_integrity.content.commands":
        module.register(sub, fit_check=_fit_check)
    else:
        module.register(sub)


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the process exit code."""
    import sys

    os.environ.setdefault("PYGAME_HIDE_SUPPORT_PROMPT", "1")
    words = list(sys.argv[1:] if argv is None else argv)
    if not words:  # the game, as a double click starts it: no parser to build first
        return _start_game()
    args = build_parser(words).parse_args(words)
    if args.command is None:
        return _start_game()
    try:
        return int(args.handler(args) or 0)
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:  # output piped into `head` and the like
        return 0


def _fit_check(scenarios):
    """`validate`'s text-fit check, which draws the screens: imported only when it runs."""
    from play_for_integrity.ui.text_fit import scenario_misfit_problems
    return scenario_misfit_problems(scenarios)


def _start_game() -> int:
    from play_for_integrity.ui.launch import run_game
    return run_game()


if __name__ == "__main__":  # pragma: no cover
    raise SystemExit(main())
