"""Run `python -m MODULE ARGS...` in this process, then write this process's own peak memory to $BENCH_PEAK_FILE.

Started as `python benchmarks/probe.py MODULE ARGS...` by benchmarks/child.py: VmHWM is this program's own high
water mark, whereas the parent's ru_maxrss for a child would also count what it inherited when it was forked.
"""

from __future__ import annotations

import os
import runpy
import sys


def peak_mb() -> float:
    """This process's peak resident memory in MB (VmHWM; ru_maxrss where /proc is missing)."""
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            return next(int(line.split()[1]) for line in status if line.startswith("VmHWM:")) / 1024
    except (OSError, StopIteration, ValueError):
        import resource
        return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def main() -> None:
    sys.path[0] = os.getcwd()  # as `python -m` would have it, not this script's folder
    module, *args = sys.argv[1:]
    sys.argv = [module, *args]
    try:
        runpy.run_module(module, run_name="__main__", alter_sys=True)
    finally:
        out = os.environ.get("BENCH_PEAK_FILE")
        if out:
            with open(out, "w", encoding="ascii") as handle:
                handle.write(f"{peak_mb():.1f}\n")


if __name__ == "__main__":
    main()
