"""Load every scenario and task card of a content folder; a bad file is skipped and reported, never fatal."""

from __future__ import annotations

import os
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from pathlib import Path

from play_for_integrity import paths
from play_for_integrity.content.catalogs import CATALOG_FILES, Catalogs, load_catalogs
from play_for_integrity.gc_pause import collector_paused
from play_for_integrity.content.model import Band, Scenario, Topic, Value
from play_for_integrity.content.problems import ContentError, Problem, display_path
from play_for_integrity.content.scenario_parser import parse_scenario, picture_library
from play_for_integrity.content.task_cards import TaskCard, parse_task_file
from play_for_integrity.content.yaml_source import read_content_file

YAML_SUFFIXES = (".yaml", ".yml")
TASKS_FOLDER = "tasks"
NON_SCENARIO_FOLDERS = (TASKS_FOLDER, "schema")


@dataclass
class Library:
    """The usable content, and what was skipped and why."""

    catalogs: Catalogs
    scenarios: dict[str, Scenario] = field(default_factory=dict)
    tasks: dict[str, TaskCard] = field(default_factory=dict)
    skipped: dict[str, list[Problem]] = field(default_factory=dict)  # scenario and task files alike
    files_checked: int = 0          # scenario files
    task_files_checked: int = 0
    task_files_skipped: int = 0

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

    def tasks_for_band(self, band: str) -> list[TaskCard]:
        """The task cards a game for `band` may draw: that band's own and those for every band, by id."""
        return sorted((card for card in self.tasks.values() if card.suits(band)), key=lambda card: card.id)


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


def task_files(folder: Path) -> list[Path]:
    """The task card files of a content folder: YAML files under its tasks/ folder."""
    tasks = folder / TASKS_FOLDER
    return sorted(p for p in tasks.rglob("*") if p.suffix.lower() in YAML_SUFFIXES and p.is_file())


def is_task_file(path: Path, folder: Path, resolved: Path | None = None) -> bool:
    """True for a file under the tasks/ folder of `folder` (or, outside it, of any folder); `resolved`: both
    already resolved, when the caller has them."""
    try:
        return (resolved or path.resolve()).relative_to(folder if resolved else folder.resolve()).parts[0] \
            == TASKS_FOLDER
    except (ValueError, IndexError, OSError):
        return TASKS_FOLDER in path.parent.parts


@dataclass(frozen=True)
class _Chosen:
    """A content file as loading needs it: how the author knows it, and whether it is a task file."""

    path: Path
    shown: str
    is_task: bool


def _chosen(paths: Iterable[Path], folder: Path) -> list[_Chosen]:
    """Each path resolved once (not once per use: a 1,000-file folder is validated in one go)."""
    try:
        cwd, root = Path.cwd().resolve(), folder.resolve()
    except OSError:
        cwd, root = None, None
    found = []
    folders: dict[Path, Path] = {}  # each folder resolved once; then a file that is no link lies in it
    for path in paths:
        try:
            resolved = _resolved(path, folders) if root is not None else None
        except OSError:
            resolved = None
        task = is_task_file(path, root, resolved) if resolved is not None else is_task_file(path, folder)
        found.append(_Chosen(path, display_path(path, resolved, cwd), task))
    return found


def _resolved(path: Path, folders: dict[Path, Path]) -> Path:
    """path.resolve(), with the folders of a thousand files in one folder resolved once, not once per file."""
    if not path.name or path.name in (".", "..") or os.path.islink(path):
        return path.resolve()
    parent = folders.get(path.parent)
    if parent is None:
        parent = folders[path.parent] = path.parent.resolve()
    return parent / path.name


def catalog_folder_for(path: Path) -> Path:
    """The nearest folder at or above `path` that holds bands.yaml; else the shipped scenarios."""
    start = path if path.is_dir() else path.parent
    for folder in (start, *start.parents):
        if (folder / CATALOG_FILES[0]).is_file():
            return folder
    return paths.scenarios_dir()


def load_library(folder: Path | None = None, files: Iterable[Path] | None = None,
                 assets_dir: Path | None = None) -> Library:
    """Read the catalogs of `folder`, every scenario and task file in it (or just `files`)."""
    with collector_paused():  # the cycle collector took an eighth of the load's time, for no garbage
        return _load_library(folder, files, assets_dir)


def _load_library(folder: Path | None, files: Iterable[Path] | None, assets_dir: Path | None) -> Library:
    folder = folder or paths.scenarios_dir()
    assets_dir = assets_dir if assets_dir is not None else paths.assets_dir()
    library = Library(load_catalogs(folder))
    chosen = _chosen(scenario_files(folder) + task_files(folder) if files is None else files, folder)
    first_seen: dict[str, tuple[str, Path]] = {}
    pictures = picture_library(assets_dir) if any(not item.is_task for item in chosen) else None  # once, not per file
    for item in chosen:
        if item.is_task:
            continue
        path, shown = item.path, item.shown
        library.files_checked += 1
        try:
            scenario = parse_scenario(read_content_file(path, shown), shown, library.catalogs, assets_dir, pictures)
        except ContentError as err:
            library.skipped[shown] = err.problems
            continue
        except OSError as err:
            library.skipped[shown] = [_unreadable(shown, err)]
            continue
        folder_band = path.parent.name
        if folder_band in library.bands and folder_band != scenario.band:
            library.skipped[shown] = [Problem(shown, _field_line(path, "band"), 1,
                                              f"the scenario says band '{scenario.band}' but lies in the folder '{folder_band}'",
                                              f"move the file to scenarios/{scenario.band}/, or correct the band")]
            continue
        if scenario.id in library.scenarios:
            other, other_path = first_seen[scenario.id]  # its line is looked up only now, for the message
            library.skipped[shown] = [Problem(shown, _field_line(path, "id"), 1,
                                              f"the scenario id '{scenario.id}' is already used by "
                                              f"{other}:{_field_line(other_path, 'id')}",
                                              "every scenario needs its own id: rename one of them")]
            continue
        first_seen[scenario.id] = (shown, path)
        library.scenarios[scenario.id] = replace(scenario, path=path)
    _load_tasks(library, [item for item in chosen if item.is_task])
    return library


def _load_tasks(library: Library, files: list[_Chosen]) -> None:
    """Add the cards of each task file; a file with a problem, or an id used in an earlier file, is skipped."""
    card_file: dict[str, str] = {}
    for item in files:
        path, shown = item.path, item.shown
        library.task_files_checked += 1
        try:
            task_file = parse_task_file(read_content_file(path, shown), shown, library.catalogs)
        except ContentError as err:
            problems = err.problems
        except OSError as err:
            problems = [_unreadable(shown, err)]
        else:
            problems = [Problem(shown, card.line, card.column,
                                f"the task card id '{card.id}' is already used by "
                                f"{card_file[card.id]}:{library.tasks[card.id].line}:{library.tasks[card.id].column}",
                                "every task card needs its own id, across all task files: rename one of them")
                        for card in task_file.cards if card.id in library.tasks]
            if not problems:
                library.tasks.update((card.id, card) for card in task_file.cards)
                card_file.update((card.id, shown) for card in task_file.cards)
        if problems:
            library.skipped[shown] = problems
            library.task_files_skipped += 1


def _unreadable(shown: str, err: OSError) -> Problem:
    return Problem(shown, 1, 1, f"cannot read the file: {err.strerror or err}",
                   "check that the file exists and that you may read it")


def _field_line(path: Path, name: str) -> int:
    """The line of a top-level field (used only for the rare cross-file messages)."""
    try:
        for number, line in enumerate(path.read_text(encoding="utf-8-sig").splitlines(), 1):
            if line.startswith(f"{name}:"):
                return number
    except (OSError, UnicodeDecodeError):
        pass
    return 1


def band_refusal(library: Library, band: str) -> tuple[str, int] | None:
    """Why a command for one age band cannot run, and its exit code (2: no such band, 1: a band with no stories)."""
    if band not in library.bands:
        return f"there is no age band '{band}': choose one of {', '.join(library.bands)}", 2
    if not library.by_band(band):
        return f"the age band '{band}' has no stories yet: run 'play-for-integrity validate'", 1
    return None
