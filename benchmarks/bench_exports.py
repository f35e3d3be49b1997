"""Exports of every session (`results export --all --format csv|json|xlsx`) on 10k, 100k and 1M answers.

Each export runs in a child whose own peak memory is read (VmHWM), with a time limit of 6x (CSV, JSON) or 3x
(XLSX) its target and a 3 GB memory limit, so an export that cannot finish is a miss with its reason.
Targets are those for 1M answers, a school's year, and hold at every size: CSV and JSON within 10 s, XLSX
within 60 s (XlsxWriter is slower per cell), and a streaming export's memory does not grow with the data:
100 MB for CSV and JSON, 150 MB for XLSX (XlsxWriter in constant_memory mode keeps one row).
"""

from __future__ import annotations

from collections.abc import Callable

from benchmarks import child, class_stores
from benchmarks.figures import Figure, at_most, unavailable
from benchmarks.sandbox import Config

Step = Callable[[Config], list[Figure]]

STORES = ("10k", "100k", "1m")
TARGETS = {"csv": (10.0, 100.0), "json": (10.0, 100.0), "xlsx": (60.0, 150.0)}
TIME_LIMIT = {"csv": 6, "json": 6, "xlsx": 3}  # times the time target


def export_figures(config: Config, size: str, fmt: str) -> list[Figure]:
    """Time and peak memory of one format's export of everything in the store of `size`."""
    folder = class_stores.store_dir(config, size)
    count = class_stores.sessions(config, size)
    seconds_target, memory_target = TARGETS[fmt]
    work = config.folder(f"export-{fmt}")
    out = work / f"results.{fmt}"

    def prepare() -> list[str]:
        out.unlink(missing_ok=True)
        return child.module_argv("play_for_integrity", "results", "export", "--all", "--format", fmt, "--out", out,
                                 "--data-dir", folder)

    def wrote_it(run: child.ChildRun) -> str | None:
        return None if out.is_file() and out.stat().st_size > 0 else f"no {out.name} was written"

    result = child.repeat(prepare, runs=1 if config.quick else 3, budget=90, timeout=seconds_target * TIME_LIMIT[fmt],
                          work=work, check=wrote_it)
    size_note = f"{out.stat().st_size / 1e6:.3g} MB file; " if out.is_file() and not result.failure else ""
    out.unlink(missing_ok=True)
    what = f"export everything to {fmt.upper()}, {class_stores.describe(count)}"
    time_key, memory_key = f"results.export.{fmt}.{size}.time", f"results.export.{fmt}.{size}.peak_memory"
    if result.failure:
        peak = f"; peak memory seen {result.peak_mb:,.0f} MB" if result.peak_mb else ""
        return [unavailable(time_key, what, at_most(seconds_target, "s"), result.failure),
                unavailable(memory_key, f"{what}: peak memory", at_most(memory_target, "MB"), result.failure + peak)]
    return [Figure(time_key, what, result.seconds, at_most(seconds_target, "s"), size_note + result.note()),
            Figure(memory_key, f"{what}: peak memory", result.peak_mb, at_most(memory_target, "MB"), result.note())]


def _step(size: str) -> Step:
    def step(config: Config) -> list[Figure]:
        return [figure for fmt in TARGETS for figure in export_figures(config, size, fmt)]
    step.__name__ = f"export_{size}"
    step.__doc__ = f"CSV, JSON and XLSX exports of the {size}-answer store."
    return step


STEPS = tuple(_step(size) for size in STORES)
