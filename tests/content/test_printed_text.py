"""What validate and scenarios print comes from files: no control or bidi character reaches the terminal raw."""

from __future__ import annotations

import os
import shutil
import unicodedata
from pathlib import Path

import pytest

from play_for_integrity import paths
from play_for_integrity.cli import main
from play_for_integrity.content.problems import BIDI_CONTROLS, Problem, visible

from .helpers import VALID

TRICKS = {"clear screen": "\x1b[2J", "clipboard write": "\x1b]52;c;ZXZpbA==\x07", "bell": "\x07",
          "backspace": "ok\b\b", "right-to-left override": "\u202egpj.exe", "isolate": "\u2066x\u2069",
          "line separator": "a\u2028b", "C1 control": "\x9b2J", "lone surrogate": "\ud800"}


def raw_controls(text: str) -> list[str]:
    """The characters of `text` a terminal would act on rather than show (a printed line break aside)."""
    return [char for char in text if char != "\n" and (char in BIDI_CONTROLS or unicodedata.category(char) in
                                                       ("Cc", "Cs", "Zl", "Zp"))]


@pytest.mark.parametrize("trick", TRICKS.values(), ids=TRICKS.keys())
def test_a_problem_shows_control_characters_as_escapes(trick):
    problem = Problem(f"scenarios/{trick}.yaml", 3, 5, f"unknown field '{trick}'", f"did you mean '{trick}'?")
    assert not raw_controls(str(problem)) and not raw_controls(problem.location())
    assert visible(trick) in str(problem) and str(problem).count("\n") == 1


def test_escapes_are_written_as_python_would():
    assert visible("a\x1b[2Jb\x07\x00") == "a\\x1b[2Jb\\x07\\x00"
    assert visible("\u202eabc\u2069") == "\\u202eabc\\u2069"
    kazakh = "Қазақ «сөз» — ₸ 500\u00a0тг"
    assert visible(kazakh) == kazakh  # letters, signs and no-break spaces stay


@pytest.mark.skipif(os.name == "nt", reason="Windows file names cannot hold control characters")
def test_validate_escapes_a_value_quoted_from_the_file_and_the_file_name(tmp_path, capsys):
    minimal = next(path for path in VALID if path.stem == "minimal").read_text(encoding="utf-8")
    bad = tmp_path / "bad\x1b[2J\u202e.yaml"
    bad.write_text(minimal.replace("title:", '"ti\\x1b]52;c;ZXZpbA==\\x07tle\\u202e": x\ntitle:', 1), encoding="utf-8")
    assert main(["validate", "--no-fit", str(bad)]) == 1
    out = capsys.readouterr().out
    assert not raw_controls(out)
    assert "bad\\x1b[2J\\u202e.yaml:" in out and "unknown field 'ti\\x1b]52;c;ZXZpbA==\\x07tle\\u202e'" in out


def test_validate_escapes_a_missing_path_named_on_the_command_line(tmp_path, capsys):
    assert main(["validate", str(tmp_path / "gone\x1b[2J.yaml")]) == 1
    err = capsys.readouterr().err
    assert not raw_controls(err) and "gone\\x1b[2J.yaml: no such file or folder" in err


def test_scenarios_escapes_catalog_texts(tmp_path: Path, capsys):
    content = tmp_path / "scenarios"
    shutil.copytree(paths.scenarios_dir(), content)
    bands = content / "bands.yaml"
    bands.write_text(bands.read_text(encoding="utf-8").replace("name: Ages 6–10", 'name: "Ages \\u202e6–10"', 1),
                     encoding="utf-8")
    assert main(["scenarios", "--dir", str(content)]) == 0
    out = capsys.readouterr().out
    assert not raw_controls(out) and "Ages \\u202e6–10 (Grades 1–4)" in out
