"""One measured figure with its target, how targets are overridden from the command line, and how a figure prints."""

from __future__ import annotations

import fnmatch
import math
from dataclasses import dataclass, field

OPERATORS = ("<=", ">=")


@dataclass
class Target:
    """`value <op> limit`, in `unit` (ms, s, MB, x for a ratio against a baseline, % of a core, or "" for a count)."""

    op: str
    limit: float
    unit: str = ""

    def met(self, value: float) -> bool:
        return value <= self.limit if self.op == "<=" else value >= self.limit

    def __str__(self) -> str:
        return f"{self.op} {number(self.limit)}{unit_suffix(self.unit)}"


def at_most(limit: float, unit: str = "") -> Target:
    return Target("<=", limit, unit)


def at_least(limit: float, unit: str = "") -> Target:
    return Target(">=", limit, unit)


@dataclass
class Figure:
    """A measured value (None when it could not be measured: `note` says why) checked against its target."""

    key: str
    label: str
    value: float | None
    target: Target
    note: str = ""
    overridden: bool = field(default=False, compare=False)

    @property
    def passed(self) -> bool:
        return self.value is not None and not math.isnan(self.value) and self.target.met(self.value)

    @property
    def status(self) -> str:
        if self.value is None:
            return "FAIL"
        return "ok" if self.passed else "MISS"

    def shown_value(self) -> str:
        return "-" if self.value is None else f"{number(self.value)}{unit_suffix(self.target.unit)}"


def unavailable(key: str, label: str, target: Target, reason: str) -> Figure:
    """A figure that could not be measured (timed out, out of memory, crashed): it counts as a miss."""
    return Figure(key, label, None, target, reason)


def number(value: float) -> str:
    """Three significant figures, without an exponent for everyday sizes."""
    if value == 0 or not math.isfinite(value):
        return f"{value:g}"
    if float(value).is_integer() and abs(value) < 1e12:
        return f"{int(value):,}"
    magnitude = abs(value)
    if magnitude >= 1000:
        return f"{value:,.0f}"
    digits = max(0, 2 - int(math.floor(math.log10(magnitude))))
    return f"{value:.{digits}f}"


def unit_suffix(unit: str) -> str:
    if unit in ("", "x", "%"):
        return unit
    return f" {unit}"


def parse_overrides(items: list[str]) -> list[tuple[str, float]]:
    """`KEY=VALUE` pairs (KEY may be a glob such as `results.*`); ValueError naming the bad one."""
    parsed = []
    for item in items:
        key, sep, value = item.partition("=")
        try:
            if not sep or not key:
                raise ValueError
            parsed.append((key.strip(), float(value)))
        except ValueError:
            raise ValueError(f"--target expects KEY=NUMBER (e.g. results.open.1m=10), not {item!r}") from None
    return parsed


def apply_overrides(figures: list[Figure], overrides: list[tuple[str, float]]) -> list[str]:
    """Set the limit of every figure whose key matches an override (the last one wins); returns unmatched keys."""
    used = set()
    for figure in figures:
        for pattern, limit in overrides:
            if fnmatch.fnmatchcase(figure.key, pattern):
                figure.target = Target(figure.target.op, limit, figure.target.unit)
                figure.overridden = True
                used.add(pattern)
    return [pattern for pattern, _ in overrides if pattern not in used]


def table(figures: list[Figure]) -> str:
    """The figures as aligned text columns: key, figure, target, status, then what was measured."""
    heads = ("key", "figure", "target", "status", "what")
    rows = [(f.key, f.shown_value(), str(f.target) + (" (set)" if f.overridden else ""), f.status,
             f.label + (f" [{f.note}]" if f.note else "")) for f in figures]
    widths = [max([len(h)] + [len(r[i]) for r in rows]) for i, h in enumerate(heads[:4])]
    lines = ["  ".join(h.ljust(w) if i != 1 else h.rjust(w) for i, (h, w) in enumerate(zip(heads, widths)))
             + "  " + heads[4]]
    lines.append("  ".join("-" * w for w in widths) + "  " + "-" * 4)
    for row in rows:
        cells = [row[0].ljust(widths[0]), row[1].rjust(widths[1]), row[2].ljust(widths[2]), row[3].ljust(widths[3])]
        lines.append("  ".join(cells) + "  " + row[4])
    return "\n".join(lines)
