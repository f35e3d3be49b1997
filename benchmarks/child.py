"""Run a command in a child process with a time limit and a memory limit, and measure its time and peak memory.

The parent watches the child's resident memory and stops it past the limit, so an export that would need
gigabytes is reported as a miss with its reason instead of taking the machine (and other people's runs) down.
"""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

PROBE = Path(__file__).with_name("probe.py")
POLL_SECONDS = 0.02
DEFAULT_MEMORY_MB = 3000.0


class ChildFailed(RuntimeError):
    """A child that timed out, ran out of its memory allowance or exited with an error; str() says which."""


@dataclass
class ChildRun:
    """What one child did: wall time, peak memory (its own VmHWM, else the highest RSS seen), exit and output."""

    seconds: float
    peak_mb: float | None
    returncode: int | None
    stdout: str
    stderr: str
    failure: str | None = None

    def check(self) -> ChildRun:
        """Self, or ChildFailed with the reason when the child did not finish well."""
        if self.failure:
            raise ChildFailed(self.failure)
        return self

    def last_json(self) -> dict:
        """The last line of stdout read as JSON: how child tasks report their measurements."""
        lines = [line for line in self.stdout.splitlines() if line.strip()]
        if not lines:
            raise ChildFailed("the child printed no result")
        return json.loads(lines[-1])


def module_argv(module: str, *args: object) -> list[str]:
    """`python -m module args` run through the probe, which records the child's own peak memory."""
    return [sys.executable, str(PROBE), module, *map(str, args)]


def _rss_mb(pid: int) -> float:
    try:
        with open(f"/proc/{pid}/status", encoding="ascii") as status:
            return next(int(line.split()[1]) for line in status if line.startswith("VmRSS:")) / 1024
    except (OSError, StopIteration, ValueError):
        return 0.0


def _last_line(text: str) -> str:
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    return lines[-1][:200] if lines else "no message"


def _watch(proc: subprocess.Popen, waiter: threading.Thread, started: float, timeout: float,
           memory_mb: float) -> tuple[str | None, float]:
    """Wait for the child; (why it must be stopped, or None once it ended; the highest resident MB seen)."""
    seen = 0.0
    while waiter.is_alive():
        waiter.join(POLL_SECONDS)
        if not waiter.is_alive():
            break
        seen = max(seen, _rss_mb(proc.pid))
        if seen > memory_mb:
            return f"used more than {memory_mb:,.0f} MB of memory: stopped", seen
        if time.perf_counter() - started > timeout:
            return f"did not finish within {timeout:g} s: stopped", seen
    return None, seen


def run(argv: list[str], *, timeout: float, memory_mb: float = DEFAULT_MEMORY_MB, work: Path,
        env: dict[str, str] | None = None) -> ChildRun:
    """Run `argv` with output in files under `work`; stop it after `timeout` s or past `memory_mb` MB resident."""
    work.mkdir(parents=True, exist_ok=True)
    out_path, err_path, peak_path = work / "stdout.txt", work / "stderr.txt", work / "peak.txt"
    peak_path.unlink(missing_ok=True)
    child_env = {**os.environ, **(env or {}), "BENCH_PEAK_FILE": str(peak_path)}
    with out_path.open("wb") as out, err_path.open("wb") as err:
        started = time.perf_counter()
        proc = subprocess.Popen(argv, stdout=out, stderr=err, stdin=subprocess.DEVNULL, env=child_env)
        ended: list[float] = []
        waiter = threading.Thread(target=lambda: (proc.wait(), ended.append(time.perf_counter())), daemon=True)
        waiter.start()
        try:
            failure, seen = _watch(proc, waiter, started, timeout, memory_mb)
        finally:
            if waiter.is_alive():  # stopped for a limit, or the run itself was interrupted: the child goes too
                proc.kill()
                waiter.join()
    seconds = (ended[0] if ended else time.perf_counter()) - started
    stdout = out_path.read_text(encoding="utf-8", errors="replace")
    stderr = err_path.read_text(encoding="utf-8", errors="replace")
    try:
        peak = float(peak_path.read_text(encoding="ascii"))
    except (OSError, ValueError):
        peak = seen or None
    if failure is None and proc.returncode != 0:
        failure = f"exited with code {proc.returncode}: {_last_line(stderr)}"
    return ChildRun(seconds, peak, proc.returncode, stdout, stderr, failure)


@dataclass
class Repeated:
    """Medians over the runs that finished, or the reason the first failing run gave."""

    seconds: float | None
    peak_mb: float | None
    runs: int
    failure: str | None
    last: ChildRun | None

    def note(self) -> str:
        return f"median of {self.runs} run{'s' if self.runs != 1 else ''}" if self.runs else ""


def repeat(prepare: Callable[[], list[str]], *, runs: int, budget: float, timeout: float, work: Path,
           memory_mb: float = DEFAULT_MEMORY_MB, check: Callable[[ChildRun], str | None] | None = None) -> Repeated:
    """Up to `runs` children (each set up by `prepare()`), fewer past `budget` s; the first failure ends the series."""
    done: list[ChildRun] = []
    began = time.perf_counter()
    while len(done) < runs and (not done or time.perf_counter() - began < budget):
        result = run(prepare(), timeout=timeout, memory_mb=memory_mb, work=work)
        failure = result.failure or (check(result) if check else None)
        if failure:
            return Repeated(None, result.peak_mb, len(done), failure, result)
        done.append(result)
    peaks = [r.peak_mb for r in done if r.peak_mb is not None]
    return Repeated(statistics.median(r.seconds for r in done), statistics.median(peaks) if peaks else None,
                    len(done), None, done[-1])
