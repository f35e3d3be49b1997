"""Loading a whole content folder: bad files are skipped and reported, the rest stays usable."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from play_for_integrity import paths
from play_for_integrity.content.library import catalog_folder_for, load_library, scenario_files

from .helpers import FIXTURES


@pytest.fixture
def content(tmp_path: Path) -> Path:
    """A copy of the shipped catalogs plus two fixture scenarios."""
    for name in ("bands.yaml", "values.yaml", "topics.yaml"):
        shutil.copy(paths.scenarios_dir() / name, tmp_path / name)
    (tmp_path / "6-10").mkdir()
    shutil.copy(FIXTURES / "valid" / "minimal.yaml", tmp_path / "6-10" / "minimal.yaml")
    return tmp_path


def test_shipped_content_is_valid():
    library = load_library()
    assert library.problems == []
    assert library.scenarios


def test_shipped_content_has_two_scenarios_per_band_one_branching():
    library = load_library()
    for band in library.bands:
        scenarios = library.by_band(band)
        assert len(scenarios) >= 2, band
        assert any(s.is_branching for s in scenarios), band


def test_a_broken_file_is_skipped_and_the_others_load(content: Path):
    (content / "6-10" / "broken.yaml").write_text("id: [unclosed\n", encoding="utf-8")
    library = load_library(content, assets_dir=content)
    assert list(library.scenarios) == ["minimal"]
    [(skipped, problems)] = library.skipped.items()
    assert skipped.endswith("broken.yaml") and problems[0].line == 2


def test_duplicate_id_in_another_file_names_the_first_file(content: Path):
    shutil.copy(content / "6-10" / "minimal.yaml", content / "6-10" / "zz-again.yaml")
    library = load_library(content, assets_dir=content)
    [problem] = library.skipped[next(iter(library.skipped))]
    assert problem.path.endswith("zz-again.yaml") and problem.line == 2
    assert "already used by" in problem.message and "minimal.yaml:2" in problem.message


def test_broken_catalog_is_reported_and_scenarios_still_load(content: Path):
    (content / "values.yaml").write_text("values:\n  - id: honesty\n    name: Honesty\n", encoding="utf-8")
    library = load_library(content, assets_dir=content)
    [problem] = library.catalogs.problems
    assert problem.path.endswith("values.yaml") and "missing the field 'description'" in problem.message


def test_catalog_files_and_task_folder_are_not_scenarios(content: Path):
    (content / "tasks").mkdir()
    (content / "tasks" / "cards.yaml").write_text("tasks: []\n", encoding="utf-8")
    assert [p.name for p in scenario_files(content)] == ["minimal.yaml"]


def test_catalog_folder_is_found_above_a_scenario_file(content: Path):
    assert catalog_folder_for(content / "6-10" / "minimal.yaml") == content


def test_catalog_folder_falls_back_to_the_shipped_one(tmp_path: Path):
    assert catalog_folder_for(tmp_path / "x.yaml") == paths.scenarios_dir()


def test_a_scenario_in_another_bands_folder_is_reported(content: Path):
    (content / "11-14").mkdir()
    (content / "6-10" / "minimal.yaml").rename(content / "11-14" / "minimal.yaml")
    library = load_library(content, assets_dir=content)
    [problem] = next(iter(library.skipped.values()))
    assert "says band '6-10' but lies in the folder '11-14'" in problem.message and problem.line == 3
    assert "scenarios/6-10/" in problem.hint
