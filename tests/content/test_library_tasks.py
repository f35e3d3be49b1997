"""Task files in a content folder: loaded into Library.tasks, checked across files, reported like scenarios."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from play_for_integrity import paths
from play_for_integrity.content.library import load_library, scenario_files, task_files

from .helpers import FIXTURES

TASKS = FIXTURES / "tasks"
CARD = """  - id: {id}
    kind: act
    text: Act out saying no to a sweet for a place in the queue.
    teacher: Right if one player says no kindly.
"""


@pytest.fixture
def content(tmp_path: Path) -> Path:
    """The shipped catalogs, one scenario, and task files for band 6-10 and for every band."""
    for name in ("bands.yaml", "values.yaml", "topics.yaml"):
        shutil.copy(paths.scenarios_dir() / name, tmp_path / name)
    (tmp_path / "6-10").mkdir()
    shutil.copy(FIXTURES / "valid" / "minimal.yaml", tmp_path / "6-10" / "minimal.yaml")
    (tmp_path / "tasks").mkdir()
    shutil.copy(TASKS / "valid" / "minimal.yaml", tmp_path / "tasks" / "6-10.yaml")
    shutil.copy(TASKS / "valid" / "every-kind.yaml", tmp_path / "tasks" / "all-bands.yaml")
    return tmp_path


def write_tasks(content: Path, name: str, band: str, *ids: str) -> Path:
    path = content / "tasks" / name
    path.write_text(f'band: "{band}"\ncards:\n' + "".join(CARD.format(id=i) for i in ids), encoding="utf-8")
    return path


def test_shipped_task_cards_are_valid_and_every_band_has_its_own():
    library = load_library()
    assert library.problems == [] and len(library.tasks) >= 24
    for band in library.bands:
        own = [card for card in library.tasks_for_band(band) if card.band == band]
        assert len(own) >= 5, band


def test_shipped_cards_use_every_kind_in_every_band():
    library = load_library()
    for band in library.bands:
        assert {card.kind for card in library.tasks_for_band(band)} == {"name", "act", "discuss", "draw"}, band


def test_tasks_for_a_band_are_its_own_and_the_common_ones_sorted_by_id(content: Path):
    library = load_library(content, assets_dir=content)
    cards = library.tasks_for_band("6-10")
    assert [c.id for c in cards] == sorted(["safe-grown-up", "name-a-rule", "act-a-no", "discuss-a-case",
                                            "draw-a-poster"])
    assert "safe-grown-up" not in [c.id for c in library.tasks_for_band("11-14")]
    assert library.task_files_checked == 2 and library.files_checked == 1


def test_task_files_are_not_scenarios_and_scenarios_are_not_tasks(content: Path):
    assert [p.name for p in task_files(content)] == ["6-10.yaml", "all-bands.yaml"]
    assert [p.name for p in scenario_files(content)] == ["minimal.yaml"]
    assert list(load_library(content, assets_dir=content).scenarios) == ["minimal"]


def test_an_id_used_in_another_task_file_names_both_places(content: Path):
    write_tasks(content, "zz-more.yaml", "6-10", "fresh", "safe-grown-up")
    library = load_library(content, assets_dir=content)
    [problem] = library.skipped[next(p for p in library.skipped if p.endswith("zz-more.yaml"))]
    assert (problem.line, problem.column) == (7, 5)
    assert "'safe-grown-up' is already used by" in problem.message and "6-10.yaml:4:5" in problem.message
    assert "fresh" not in library.tasks and library.task_files_skipped == 1


def test_a_broken_task_file_is_skipped_and_the_others_load(content: Path):
    (content / "tasks" / "11-14.yaml").write_text('band: "11-14"\ncards: [unclosed\n', encoding="utf-8")
    library = load_library(content, assets_dir=content)
    [(skipped, problems)] = library.skipped.items()
    assert skipped.endswith("11-14.yaml") and problems[0].line == 3
    assert "safe-grown-up" in library.tasks and library.problems == problems


def test_a_task_file_named_for_another_band_is_reported(content: Path):
    (content / "tasks" / "6-10.yaml").rename(content / "tasks" / "15-18.yaml")
    library = load_library(content, assets_dir=content)
    [problem] = next(iter(library.skipped.values()))
    assert "says band '6-10' but its name is for band '15-18'" in problem.message and problem.line == 2
    assert "scenarios/tasks/6-10.yaml" in problem.hint


def test_chosen_files_under_tasks_are_read_as_task_files(content: Path):
    extra = write_tasks(content, "extra.yaml", "11-14", "older-card")
    library = load_library(content, files=[extra, content / "6-10" / "minimal.yaml"], assets_dir=content)
    assert list(library.tasks) == ["older-card"] and list(library.scenarios) == ["minimal"]
    assert library.problems == []


def test_an_unreadable_task_file_is_reported_not_raised(content: Path):
    missing = content / "tasks" / "gone.yaml"
    library = load_library(content, files=[missing], assets_dir=content)
    [problem] = library.skipped[next(iter(library.skipped))]
    assert "cannot read the file" in problem.message and library.task_files_skipped == 1
