"""Run the benchmark modules (each has `run() -> [(name, figure, target)]`) and print a table."""

from __future__ import annotations

import argparse
import importlib
import os
import sys
import traceback

os.environ.setdefault("SDL_VIDEODRIVER", "dummy")
os.environ.setdefault("SDL_AUDIODRIVER", "dummy")
os.environ.setdefault("PYGAME_HIDE_SUPPORT_PROMPT", "1")

MODULES = ("bench_content", "bench_results", "bench_i18n", "bench_ui", "bench_board")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Print speed figures for Play for Integrity.")
    parser.add_argument("only", nargs="*", help="benchmark modules to run (default: all), e.g. bench_content")
    args = parser.parse_args(argv)
    rows: list[tuple[str, str, str]] = []
    failed = False
    for name in args.only or MODULES:
        try:
            module = importlib.import_module(f"benchmarks.{name}")
        except ModuleNotFoundError as err:
            if err.name == f"benchmarks.{name}":
                continue
            raise
        try:
            for label, figure, target in module.run():
                rows.append((label, figure if isinstance(figure, str) else f"{figure:.4g}", target))
        except Exception:  # a broken benchmark is reported, the others still run
            traceback.print_exc()
            failed = True
    width = max((len(r[0]) for r in rows), default=10)
    print(f"{'benchmark':<{width}}  {'figure':>12}  target")
    print(f"{'-' * width}  {'-' * 12}  {'-' * 30}")
    for label, figure, target in rows:
        print(f"{label:<{width}}  {figure:>12}  {target}")
    print(f"\npython {sys.version.split()[0]}, {os.cpu_count()} cores")
    return 1 if failed else 0


if __name__ == "__main__":
    raise SystemExit(main())
