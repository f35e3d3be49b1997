"""The i18n layer is pure Python: importing it (and its CLI) loads no pygame and writes nothing."""

from __future__ import annotations

import subprocess
import sys

from tests.i18n.helpers import REPO


def test_importing_the_i18n_layer_loads_no_pygame(tmp_path):
    code = ("import sys, play_for_integrity.i18n, play_for_integrity.i18n.commands, "
            "play_for_integrity.i18n.yaml_extractor; print('pygame' in sys.modules)")
    result = subprocess.run([sys.executable, "-c", code], cwd=REPO, capture_output=True, text=True, check=True,
                            env={"PATH": "", "PLAY_FOR_INTEGRITY_DATA": str(tmp_path / "data")})
    assert result.stdout.strip() == "False"
    assert not (tmp_path / "data").exists()
