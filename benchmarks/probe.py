"""Run `python -m MODULE ARGS...` in this process, then write the command's peak memory to $BENCH_PEAK_FILE.

Started as `python benchmarks/probe.py MODULE ARGS...` by benchmarks/child.py: VmHWM is this program's own high
water mark, whereas the parent's ru_maxrss for a child would also count what it inherited when it was forked. A
command that starts processes of its own (a big export shares its work with a second one) is charged theirs too:
each child's own VmHWM, read while it runs, is added, as if all had peaked at the same moment (an upper bound of
what ran together). RUSAGE_CHILDREN would not do: a child started by fork and exec keeps the high-water mark of
the copy of its parent it was for an instant.
"""

from __future__ import annotations

import os
import runpy
import sys


def peak_mb() -> float:
    """This process's peak resident memory in MB (VmHWM; ru_maxrss where /proc is missing)."""
    found = _peak_of("self")
    if found is None:
        import resource
        return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return found


class ChildWatch:
    """The peak resident memory of each process the command starts, read every SAMPLE seconds while it runs (the
    high-water mark is the kernel's, so a sample only has to come before the process ends)."""

    SAMPLE = 0.05

    def __init__(self) -> None:
        import threading

        self.peaks: dict[str, float] = {}
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._watch, name="child-memory", daemon=True)
        self._thread.start()

    def _watch(self) -> None:
        while not self._stop.wait(self.SAMPLE):
            self.sample()

    def sample(self) -> None:
        for pid in _children():
            peak = _peak_of(pid) or 0.0
            if peak > self.peaks.get(pid, 0.0):
                self.peaks[pid] = peak

    def total_mb(self) -> float:
        """Every child's peak added up: as if they all peaked at once (an upper bound of what ran together)."""
        self._stop.set()
        self._thread.join()
        self.sample()  # those still running
        return sum(self.peaks.values())


def _children() -> list[str]:
    """The ids of this process's children (none where /proc has no list of them)."""
    found: list[str] = []
    try:
        for task in os.listdir("/proc/self/task"):
            with open(f"/proc/self/task/{task}/children", encoding="ascii") as children:
                found += children.read().split()
    except OSError:
        return found
    return found


def _peak_of(pid: str) -> float | None:
    """The peak resident memory in MB of process `pid` ("self" for this one), or None when /proc does not say."""
    try:
        with open(f"/proc/{pid}/status", encoding="ascii", errors="replace") as status:
            return next(int(line.split()[1]) for line in status if line.startswith("VmHWM:")) / 1024
    except (OSError, StopIteration, ValueError):
        return None


def main() -> None:
    sys.path[0] = os.getcwd()  # as `python -m` would have it, not this script's folder
    module, *args = sys.argv[1:]
    sys.argv = [module, *args]
    children = ChildWatch()
    try:
        runpy.run_module(module, run_name="__main__", alter_sys=True)
    finally:
        out = os.environ.get("BENCH_PEAK_FILE")
        if out:
            with open(out, "w", encoding="ascii") as handle:
                handle.write(f"{peak_mb() + children.total_mb():.1f}\n")


if __name__ == "__main__":
    main()
