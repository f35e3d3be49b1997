"""`play-for-integrity validate` checks task card files too, and counts them apart from scenarios."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest

from play_for_integrity import paths
from play_for_integrity.cli import main
from play_for_integrity.content.library import task_files

from .helpers import FIXTURES

TASKS = FIXTURES / "tasks"


@pytest.fixture
def content(tmp_path: Path) -> Path:
    """A copy of the shipped scenarios folder (catalogs, scenarios and task files)."""
    shutil.copytree(paths.scenarios_dir(), tmp_path / "scenarios")
    return tmp_path / "scenarios"


def test_validate_counts_shipped_task_files_and_cards(capsys):
    assert main(["validate", "--no-fit"]) == 0
    out = capsys.readouterr().out
    found = re.search(r"(\d+) task files checked: (\d+) cards valid, 0 files with problems", out)
    assert found and int(found[1]) >= 4 and int(found[2]) >= 24


def test_validate_reports_a_broken_task_file_with_line_and_column(capsys):
    assert main(["validate", str(TASKS / "broken" / "unknown-kind.yaml")]) == 1
    out = capsys.readouterr().out
    assert "unknown-kind.yaml:7:11: the card kind 'acting' is not known" in out
    assert "hint: did you mean 'act'?" in out
    assert "0 scenario files checked" in out and "1 task file checked: 0 cards valid, 1 file with problems" in out


def test_validate_a_tasks_folder_reads_its_files_as_task_files(content: Path, capsys):
    assert main(["validate", "--no-fit", str(content / "tasks")]) == 0
    out = capsys.readouterr().out
    assert "0 scenario files checked" in out and f"{len(task_files(content))} task files checked" in out


def test_validate_the_content_folder_reports_a_duplicate_card_across_files(content: Path, capsys):
    extra = content / "tasks" / "zz-extra.yaml"
    extra.write_text('band: all\ncards:\n  - id: found-money\n    kind: act\n    text: Act it out.\n'
                     '    teacher: Right if the team acts.\n', encoding="utf-8")
    assert main(["validate", "--no-fit", str(content)]) == 1
    out = capsys.readouterr().out
    assert re.search(r"zz-extra\.yaml:3:5: the task card id 'found-money' is already used by \S*all-bands\.yaml:\d+:5",
                     out)
    assert "valid, 0 with problems;" in out and "cards valid, 1 file with problems" in out


def test_validate_with_curriculum_reports_the_band_figures_and_every_rule_not_met(tmp_path, capsys):
    import shutil

    from play_for_integrity import paths
    from play_for_integrity.cli import main
    shipped = paths.scenarios_dir()
    for name in ("bands.yaml", "values.yaml", "topics.yaml"):
        shutil.copy(shipped / name, tmp_path / name)
    shutil.copytree(shipped / "6-10", tmp_path / "6-10")
    assert main(["validate", "--no-fit", "--curriculum", str(tmp_path / "6-10")]) == 0
    assert "band 6-10: 16 scenarios; real trade-offs in" in capsys.readouterr().out
    for path in sorted((tmp_path / "6-10").glob("*.yaml"))[:3]:
        path.unlink()
    assert main(["validate", "--no-fit", "--curriculum", str(tmp_path / "6-10")]) == 1
    out = capsys.readouterr().out
    assert "band 6-10: 13 scenarios; a school year needs at least 16" in out and "curriculum rule" in out
