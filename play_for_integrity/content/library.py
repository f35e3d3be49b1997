"""Load every scenario of a content folder; a bad file is skipped and reported, never fatal."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from pathlib import Path

from play_for_integrity import paths
from play_for_integrity.content.catalogs import CATALOG_FILES, Catalogs, load_catalogs
from play_for_integrity.content.model import Band, Scenario, Topic, Value
from play_for_integrity.content.problems import ContentError, Problem, display_path
from play_for_integrity.content.scenario_parser import parse_scenario

YAML_SUFFIXES = (".yaml", ".yml")
NON_SCENARIO_FOLDERS = ("tasks", "schema")


@dataclass
class Library:
    """The usable content, and what was skipped and why."""

    catalogs: Catalogs
    scenarios: dict[str, Scenario] = field(default_factory=dict)
    skipped: dict[str, list[Problem]] = field(default_factory=dict)
    files_checked: int = 0

    @property
    def bands(self) -> dict[str, Band]:
        return self.catalogs.bands

    @property
    def values(self) -> dict[str, Value]:
        return self.catalogs.values

    @property
    def topics(self) -> dict[str, Topic]:
        return self.catalogs.topics

    @property
    def problems(self) -> list[Problem]:
        found = list(self.catalogs.problems)
        for problems in self.skipped.values():
            found.extend(problems)
        return found

    def by_band(self, band: str) -> list[Scenario]:
        return sorted((s for s in self.scenarios.values() if s.band == band), key=lambda s: s.id)


def scenario_files(folder: Path) -> list[Path]:
    """The scenario files of a content folder: YAML files in its band subfolders."""
    found = []
    for path in sorted(folder.rglob("*")):
        if path.suffix.lower() not in YAML_SUFFIXES or not path.is_file():
            continue
        rel = path.relative_to(folder)
        if len(rel.parts) == 1 or rel.parts[0] in NON_SCENARIO_FOLDERS:
            continue
        found.append(path)
    return found


def catalog_folder_for(path: Path) -> Path:
    """The nearest folder at or above `path` that holds bands.yaml; else the shipped scenarios."""
    start = path if path.is_dir() else path.parent
    for folder in (start, *start.parents):
        if (folder / CATALOG_FILES[0]).is_file():
            return folder
    return paths.scenarios_dir()


def load_library(folder: Path | None = None, files: Iterable[Path] | None = None,
                 assets_dir: Path | None = None) -> Library:
    """Read the catalogs of `folder` and every scenario file in it (or just `files`)."""
    folder = folder or paths.scenarios_dir()
    assets_dir = assets_dir if assets_dir is not None else paths.assets_dir()
    library = Library(load_catalogs(folder))
    first_seen: dict[str, tuple[str, int]] = {}
    for path in (scenario_files(folder) if files is None else files):
        shown = display_path(path)
        library.files_checked += 1
        try:
            scenario = parse_scenario(path.read_bytes(), shown, library.catalogs, assets_dir)
        except ContentError as err:
            library.skipped[shown] = err.problems
            continue
        except OSError as err:
            library.skipped[shown] = [Problem(shown, 1, 1, f"cannot read the file: {err.strerror or err}",
                                              "check that the file exists and that you may read it")]
            continue
        folder_band = path.parent.name
        if folder_band in library.bands and folder_band != scenario.band:
            library.skipped[shown] = [Problem(shown, _field_line(path, "band"), 1,
                                              f"the scenario says band '{scenario.band}' but lies in the folder '{folder_band}'",
                                              f"move the file to scenarios/{scenario.band}/, or correct the band")]
            continue
        if scenario.id in library.scenarios:
            other, line = first_seen[scenario.id]
            library.skipped[shown] = [Problem(shown, _field_line(path, "id"), 1,
                                              f"the scenario id '{scenario.id}' is already used by {other}:{line}",
                                              "every scenario needs its own id: rename one of them")]
            continue
        first_seen[scenario.id] = (shown, _field_line(path, "id"))
        library.scenarios[scenario.id] = replace(scenario, path=path)
    return library


def _field_line(path: Path, name: str) -> int:
    """The line of a top-level field (used only for the rare cross-file messages)."""
    try:
        for number, line in enumerate(path.read_text(encoding="utf-8-sig").splitlines(), 1):
            if line.startswith(f"{name}:"):
                return number
    except (OSError, UnicodeDecodeError):
        pass
    return 1
