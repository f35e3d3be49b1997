"""The one way benchmarks time work: medians of several runs, and ratios from alternating baseline/subject pairs.

A ratio is measured as pairs run back to back (baseline, subject, baseline, subject, ...): whatever else loads the
machine at that moment slows both halves of a pair alike, so the median of the per-pair ratios holds still on a
busy 2-core machine where an absolute figure would not.
"""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable
from dataclasses import dataclass

Action = Callable[[], object]


@dataclass(frozen=True)
class Paired:
    """Medians of `pairs` alternating runs: seconds of each side, and the median of the per-pair ratios."""

    baseline: float
    subject: float
    ratio: float
    pairs: int

    def describe(self, scale: float = 1.0, unit: str = "s") -> str:
        return (f"{self.subject * scale:.3g} {unit} vs baseline {self.baseline * scale:.3g} {unit}, "
                f"median of {self.pairs} pairs")


def timed(action: Action) -> float:
    """Seconds one call of `action` takes."""
    start = time.perf_counter()
    action()
    return time.perf_counter() - start


def median_time(action: Action, runs: int, warmup: int = 0, budget: float | None = None) -> tuple[float, int]:
    """(median seconds, runs made) of `runs` calls after `warmup` untimed ones; stops early past `budget` seconds."""
    for _ in range(warmup):
        action()
    times: list[float] = []
    began = time.perf_counter()
    while len(times) < runs:
        times.append(timed(action))
        if budget is not None and time.perf_counter() - began > budget:
            break
    return statistics.median(times), len(times)


def paired(baseline: Action, subject: Action, pairs: int = 7, warmup: int = 1, budget: float | None = None) -> Paired:
    """Baseline and subject alternately, `pairs` times after `warmup` untimed pairs (at least 3 past `budget` s)."""
    for _ in range(warmup):
        baseline()
        subject()
    base_times: list[float] = []
    subject_times: list[float] = []
    ratios: list[float] = []
    began = time.perf_counter()
    while len(ratios) < pairs:
        b = timed(baseline)
        s = timed(subject)
        base_times.append(b)
        subject_times.append(s)
        ratios.append(s / b if b > 0 else float("inf"))
        if budget is not None and len(ratios) >= min(3, pairs) and time.perf_counter() - began > budget:
            break
    return Paired(statistics.median(base_times), statistics.median(subject_times), statistics.median(ratios),
                  len(ratios))
