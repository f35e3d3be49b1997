"""The `play-for-integrity` command: with no arguments it starts the game; subcommands for the rest."""

from __future__ import annotations

import argparse
import os
from collections.abc import Sequence

from play_for_integrity import __version__
from play_for_integrity.content import commands as content_commands
from play_for_integrity.i18n import commands as i18n_commands
from play_for_integrity.ui import commands as ui_commands
from play_for_integrity.results import commands as results_commands


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="play-for-integrity",
        description="Play for Integrity: dilemma games about honesty and corruption, for classrooms.",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    content_commands.register(sub, fit_check=_fit_check)
    i18n_commands.register(sub)
    results_commands.register(sub)
    ui_commands.register(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the process exit code."""
    os.environ.setdefault("PYGAME_HIDE_SUPPORT_PROMPT", "1")
    args = build_parser().parse_args(argv)
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
