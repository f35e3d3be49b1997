"""Command-line subcommands for authors: `validate` (scenarios and task cards) and `scenarios`."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path

from play_for_integrity import paths
from play_for_integrity.content.library import YAML_SUFFIXES, Library, catalog_folder_for, load_library
from play_for_integrity.content.model import Scenario
from play_for_integrity.content.problems import Problem, visible


FitCheck = Callable[[list[Scenario]], list[Problem]]


def register(sub: argparse._SubParsersAction, fit_check: FitCheck | None = None) -> None:
    """Add the commands; `fit_check` (given by the command line, which may start the screens) draws each valid
    scenario on every screen in every language it has, and names each text that does not fit."""
    validate = sub.add_parser("validate", help="check scenario and task card files and report every problem with file:line:col",
                              description="Check scenario and task card files. Exit code 0 when all are valid, 1 otherwise.")
    validate.add_argument("paths", nargs="*", type=Path, metavar="PATH",
                          help="scenario or task files, or folders (default: the shipped scenarios and tasks)")
    validate.add_argument("--no-fit", action="store_true",
                          help="skip drawing each scenario to check that its texts fit the screens (faster)")
    validate.add_argument("--curriculum", action="store_true",
                          help="also check the curriculum rules for each band of the files: real trade-offs, no length "
                               "tell, branching, teacher notes, pictures, reading level, every theme covered")
    validate.set_defaults(handler=run_validate, fit_check=fit_check)

    scenarios = sub.add_parser("scenarios", help="list the scenarios by age band")
    scenarios.add_argument("--dir", type=Path, default=None, help="a scenarios folder (default: the shipped one)")
    scenarios.set_defaults(handler=run_scenarios)


def _collect(targets: list[Path]) -> list[Library]:
    """One library per catalog folder, so each file is checked against its own bands and values."""
    if not targets:
        return [load_library()]
    whole: set[Path] = set()
    chosen: dict[Path, list[Path]] = {}
    for target in targets:
        folder = catalog_folder_for(target)
        if target.is_dir() and target.resolve() == folder.resolve():
            whole.add(folder)  # the whole content folder, catalogs included
        elif target.is_dir():
            chosen.setdefault(folder, []).extend(
                sorted(p for p in target.rglob("*") if p.suffix.lower() in YAML_SUFFIXES and p.is_file()))
        else:
            chosen.setdefault(folder, []).append(target)
    libraries = [load_library(folder) for folder in sorted(whole)]
    libraries += [load_library(folder, files) for folder, files in chosen.items() if folder not in whole]
    return libraries


def run_validate(args: argparse.Namespace) -> int:
    missing = [p for p in args.paths if not p.exists()]
    for path in missing:
        print(f"{visible(str(path))}: no such file or folder", file=sys.stderr)
    present = [p for p in args.paths if p.exists()]
    if args.paths and not present:
        return 1  # only missing paths: nothing to check (an empty list would mean the shipped content)
    libraries = _collect(present)
    problems = [p for lib in libraries for p in lib.problems]
    fit_check = getattr(args, "fit_check", None)
    misfits = [] if fit_check is None or args.no_fit else \
        fit_check([s for lib in libraries for s in lib.scenarios.values()])
    problems += misfits
    for problem in problems:
        print(problem)
    figures, rule_problems = _curriculum(libraries) if getattr(args, "curriculum", False) else ([], [])
    for line in [*rule_problems, *figures]:
        print(visible(line))
    checked = sum(lib.files_checked for lib in libraries)
    valid = sum(len(lib.scenarios) for lib in libraries)
    skipped = sum(len(lib.skipped) - lib.task_files_skipped for lib in libraries)
    task_files = sum(lib.task_files_checked for lib in libraries)
    catalog_errors = sum(len(lib.catalogs.problems) for lib in libraries)
    if problems:
        print()
    summary = f"{checked} scenario file{'s' if checked != 1 else ''} checked: {valid} valid, {skipped} with problems"
    if task_files:
        cards = sum(len(lib.tasks) for lib in libraries)
        bad_tasks = sum(lib.task_files_skipped for lib in libraries)
        summary += (f"; {task_files} task file{'s' if task_files != 1 else ''} checked: "
                    f"{cards} card{'s' if cards != 1 else ''} valid, {bad_tasks} file{'s' if bad_tasks != 1 else ''} "
                    "with problems")
    if catalog_errors:
        summary += f"; {catalog_errors} problem{'s' if catalog_errors != 1 else ''} in bands/values/topics"
    if misfits:
        summary += f"; {len(misfits)} text{'s' if len(misfits) != 1 else ''} too long for a screen"
    summary += f" ({len(problems)} problem{'s' if len(problems) != 1 else ''} in all)"
    if rule_problems:
        summary += f"; {len(rule_problems)} curriculum rule{'s' if len(rule_problems) != 1 else ''} not met"
    print(summary)
    return 1 if problems or missing or rule_problems else 0


def _curriculum(libraries: list[Library]) -> tuple[list[str], list[str]]:
    """The curriculum rules, band by band, over the scenarios that were checked: (each band's figures, problems)."""
    from play_for_integrity.content.curriculum_rules import check_band
    figures, problems = [], []
    for lib in libraries:
        themes = [t.id for t in lib.topics.values() if t.is_theme]
        for band in sorted({s.band for s in lib.scenarios.values()}):
            report = check_band(band, lib.by_band(band), themes)
            f = report.figures[band]
            figures.append(f"band {band}: {f['scenarios']} scenarios; real trade-offs in {f['trade_off']:.0%} of "
                           f"{f['decisions']} decisions; the best choice is the longest in {f['top_is_longest']:.0%}; "
                           f"two or more decisions deep: {f['deep']:.0%}")
            problems += report.problems
    return figures, problems


def run_scenarios(args: argparse.Namespace) -> int:
    library = load_library(args.dir or paths.scenarios_dir())
    for band in library.bands.values():
        scenarios = library.by_band(band.id)
        print(visible(f"{band.name} ({band.grades}): {len(scenarios)} scenario{'s' if len(scenarios) != 1 else ''}"))
        for s in scenarios:
            shape = "branching" if s.is_branching else "single step"
            print(visible(f"  {s.id:<28} {s.title}  [{', '.join(s.topics)}; {shape}; {s.provenance.status}]"))
    if library.skipped or library.catalogs.problems:
        print(f"\n{len(library.skipped)} file(s) skipped because of problems: run 'play-for-integrity validate' for details",
              file=sys.stderr)
    return 0
