"""A card whose text cannot fit is refused with file:line naming the scenario (or task card), and nothing is written.

Content within the validator's length limits fits the real cards, so these tests print on cards made tiny.
"""

from __future__ import annotations

import argparse
import shutil
import sys
from pathlib import Path

import pytest

from play_for_integrity import paths
from play_for_integrity.cli import main
from play_for_integrity.content.library import load_library
from play_for_integrity.printkit.commands import NEEDS_REPORTLAB, run_print
from play_for_integrity.printkit.kit import KitOptions, build_kit

SCENARIO = "6-10/found-wallet.yaml"


@pytest.fixture
def tiny_cards(monkeypatch):
    """Dilemma cards 8 x 10 to a page and task cards 6 x 12: no story fits."""
    from play_for_integrity.printkit import card_sheets

    monkeypatch.setattr(card_sheets, "DILEMMA_GRID", (8, 10))
    monkeypatch.setattr(card_sheets, "TASK_GRID", (6, 12))


def _content(root: Path) -> Path:
    """A data root with the shipped catalogs, one scenario and one task file."""
    scenarios = root / "scenarios"
    (scenarios / "6-10").mkdir(parents=True)
    (scenarios / "tasks").mkdir()
    shipped = paths.scenarios_dir()
    for name in ("bands.yaml", "values.yaml", "topics.yaml"):
        shutil.copyfile(shipped / name, scenarios / name)
    shutil.copyfile(shipped / SCENARIO, scenarios / SCENARIO)
    task = ("band: \"6-10\"\ncards:\n  - id: long-task\n    kind: name\n"
            "    text: Name three things that make a game fair for everybody, and say why each one matters.\n"
            "    teacher: Right if the rules are fair for all.\n    values: [fairness]\n")
    (scenarios / "tasks" / "6-10.yaml").write_text(task, encoding="utf-8")
    for name in ("assets", "locale", "teacher_guide"):
        (root / name).symlink_to(paths.data_dir(name), target_is_directory=True)
    return scenarios


def _story_line(path: Path) -> int:
    lines = path.read_text(encoding="utf-8").splitlines()
    start = next(i for i, line in enumerate(lines) if line.strip() == "start:")
    return next(i for i in range(start, len(lines)) if "story:" in lines[i]) + 1


def test_a_story_too_long_for_its_card_is_reported_at_its_line(tmp_path, tiny_cards):
    scenarios = _content(tmp_path)
    kit = build_kit(load_library(scenarios), KitOptions("6-10", "en", content=scenarios))
    assert kit.files == {}
    problem = kit.problems[0]
    assert Path(problem.path).resolve() == (scenarios / SCENARIO).resolve()
    assert (problem.line, problem.column) == (_story_line(scenarios / SCENARIO), 5)
    assert "found-wallet" in problem.message and "'start'" in problem.message
    assert "shorten" in problem.hint


def test_a_task_too_long_for_its_card_is_reported_at_its_line(tmp_path, tiny_cards):
    scenarios = _content(tmp_path)
    kit = build_kit(load_library(scenarios), KitOptions("6-10", "en", content=scenarios))
    [problem] = [p for p in kit.problems if "task card" in p.message]
    assert problem.path.endswith("tasks/6-10.yaml") and (problem.line, problem.column) == (3, 5)
    assert "long-task" in problem.message


def test_the_command_refuses_and_writes_nothing(tmp_path, monkeypatch, capsys, tiny_cards):
    _content(tmp_path / "root")
    monkeypatch.setenv("PLAY_FOR_INTEGRITY_CONTENT", str(tmp_path / "root"))
    out = tmp_path / "kit"
    assert main(["print", "--band", "6-10", "--lang", "en", "--out", str(out)]) == 1
    err = capsys.readouterr().err
    assert f"found-wallet.yaml:{_story_line(tmp_path / 'root' / 'scenarios' / SCENARIO)}:5:" in err
    assert "nothing was written" in err
    assert not out.exists()


def test_the_command_names_an_unknown_band(tmp_path, capsys):
    assert main(["print", "--band", "99-100", "--out", str(tmp_path / "kit")]) == 2
    assert "no age band '99-100'" in capsys.readouterr().err


def test_without_reportlab_the_command_says_how_to_get_it(monkeypatch, capsys, tmp_path):
    monkeypatch.setitem(sys.modules, "reportlab", None)  # import reportlab now raises ImportError
    args = argparse.Namespace(band="6-10", lang="en", paper="a4", minutes=45, out=tmp_path)
    assert run_print(args) == 2
    assert capsys.readouterr().err.strip() == NEEDS_REPORTLAB
