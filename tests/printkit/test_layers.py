"""The print kit stays below the ui layer: printing never imports pygame."""

from __future__ import annotations

import subprocess
import sys

CODE = ("import sys\n"
        "import play_for_integrity.printkit.kit, play_for_integrity.printkit.commands\n"
        "import play_for_integrity.core.board_geometry\n"
        "print('pygame' in sys.modules)\n")


def test_the_print_kit_does_not_import_pygame():
    result = subprocess.run([sys.executable, "-c", CODE], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "False"


def test_the_printed_team_colours_are_the_games():
    from play_for_integrity.printkit.tokens_die import TEAM_COLORS
    from play_for_integrity.ui.theme import CALM

    assert TEAM_COLORS == CALM.series, "a team's printed token must have the colour it has on screen"
