"""`python -m benchmarks [--check] [--quick] [--target KEY=N] [MODULE...]`: run the benchmarks, print one table.

Each benchmark module lists its STEPS, functions taking the run's Config and returning Figures; a step that
raises becomes a failed figure and the others still run. With --check the exit code is 1 when any figure
missed its target or could not be measured.
"""

from __future__ import annotations

import argparse
import importlib
import os
import signal
import subprocess
import sys
import time
import traceback
from collections.abc import Callable, Iterable
from pathlib import Path

from benchmarks.figures import Figure, apply_overrides, at_most, parse_overrides, table, unavailable
from benchmarks.sandbox import Config, Sandbox, paths_outside, snapshot, user_folders

MODULES = ("bench_content", "bench_i18n", "bench_startup", "bench_frames", "bench_first_frames", "bench_board", "bench_ui",
           "bench_results", "bench_exports", "bench_merge", "bench_print", "bench_scan", "bench_vote_scan")
Step = Callable[[Config], Iterable[Figure]]


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="python -m benchmarks", description=__doc__.splitlines()[0])
    parser.add_argument("modules", nargs="*", metavar="MODULE",
                        help=f"benchmark modules to run (default: all): {', '.join(MODULES)}")
    parser.add_argument("--check", action="store_true", help="exit 1 when a figure misses its target or fails")
    parser.add_argument("--quick", action="store_true", help="reduced sizes: a smoke run, figures not comparable")
    parser.add_argument("--target", action="append", default=[], metavar="KEY=N",
                        help="override a target's limit (KEY may be a glob, e.g. 'results.*.time=5'); repeatable")
    parser.add_argument("--tmp", type=Path, default=None, metavar="DIR",
                        help="where to make the run's temporary folder (default: the system temp folder)")
    args = parser.parse_args(argv)
    try:
        args.overrides = parse_overrides(args.target)
    except ValueError as err:
        parser.error(str(err))
    names = [name if name.startswith("bench_") else f"bench_{name}" for name in args.modules]
    unknown = [name for name in names if name not in MODULES]
    if unknown:
        parser.error(f"unknown benchmark module {', '.join(unknown)}; choose from {', '.join(MODULES)}")
    args.modules = names or list(MODULES)
    return args


def _failed_step(module: str, step: Step, err: BaseException) -> Figure:
    reason = " ".join(str(err).split()) or type(err).__name__
    return unavailable(f"{module.removeprefix('bench_')}.{step.__name__.strip('_')}", f"{module}: {step.__name__}",
                       at_most(0), f"{type(err).__name__}: {reason}"[:300])


def run_modules(config: Config, names: list[str]) -> list[Figure]:
    """Every step of every named module, in order, each timed on stderr as it goes."""
    modules = [(name, importlib.import_module(f"benchmarks.{name}")) for name in names]
    from benchmarks import class_stores

    sizes = [size for _, module in modules for size in getattr(module, "STORES", ())]
    if sizes:
        class_stores.plan(config, sizes)
    figures: list[Figure] = []
    for name, module in modules:
        for step in module.STEPS:
            began = time.perf_counter()
            print(f"benchmarks: {name}.{step.__name__} ...", file=sys.stderr, flush=True)
            try:
                figures.extend(step(config))
            except Exception as err:  # noqa: BLE001 - one broken step is reported; the others still run
                traceback.print_exc()
                figures.append(_failed_step(name, step, err))
            print(f"benchmarks: {name}.{step.__name__} took {time.perf_counter() - began:.1f} s", file=sys.stderr,
                  flush=True)
    return figures


def isolation(config: Config) -> Figure:
    """Where a child of this run would write user data, caches and temp files: all inside the run's folder."""
    try:
        outside = paths_outside(config)
    except (OSError, ValueError, subprocess.SubprocessError) as err:
        return unavailable("run.paths_outside_temp", "user folders outside the run's temporary folder", at_most(0),
                           f"could not ask a child where it writes: {err}")
    return Figure("run.paths_outside_temp", "user data/cache/config/temp folders a child would use outside the run's "
                  "temporary folder", len(outside), at_most(0), ", ".join(outside))


def warn_if_changed(before: set[tuple[str, int]], folders: list[Path]) -> None:
    """Say on stderr when the user's real folders changed during the run (other programs on the account may do it)."""
    changed = sorted(path for path, _ in snapshot(folders) - before)
    if changed:
        print(f"benchmarks: warning: {len(changed)} file(s) changed in the user's real folders during the run (by this "
              f"run or another program): {', '.join(changed[:3])}", file=sys.stderr)


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(143))  # a stopped run still removes its temporary folder
    real_folders = user_folders()
    before = snapshot(real_folders)
    began = time.perf_counter()
    with Sandbox(quick=args.quick, parent=args.tmp) as config:
        figures = run_modules(config, args.modules)
        figures.append(isolation(config))
    warn_if_changed(before, real_folders)
    for pattern in apply_overrides(figures, args.overrides):
        print(f"benchmarks: --target {pattern}: no figure has that key", file=sys.stderr)
    print(table(figures))
    missed = [f for f in figures if not f.passed]
    print(f"\n{len(figures)} figures, {len(missed)} missed or failed; {time.perf_counter() - began:.0f} s; "
          f"python {sys.version.split()[0]}, {os.cpu_count()} cores{', quick sizes' if args.quick else ''}")
    for figure in missed:
        got = figure.note if figure.value is None else f"{figure.shown_value()} (target {figure.target})"
        print(f"{'MISSED' if figure.value is not None else 'FAILED'}: {figure.key}: {got}")
    return 1 if args.check and missed else 0


if __name__ == "__main__":
    raise SystemExit(main())
