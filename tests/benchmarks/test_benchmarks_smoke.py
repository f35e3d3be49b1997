"""`python -m benchmarks` can fail: a missed target makes --check exit non-zero and names it; a run leaves nothing.

The benchmarks run in a child process with --quick sizes on the cheapest module; no wall time is asserted
(a target is either set impossible or set out of reach of any machine).
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path
from types import SimpleNamespace

REPO = Path(__file__).resolve().parents[2]


def run_benchmarks(tmp_path: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "SDL_VIDEODRIVER": "dummy", "SDL_AUDIODRIVER": "dummy"}
    return subprocess.run([sys.executable, "-m", "benchmarks", "--quick", "--tmp", str(tmp_path), *args], cwd=REPO,
                          env=env, capture_output=True, text=True, timeout=120)


def test_an_impossible_target_makes_check_fail_and_names_the_miss(tmp_path):
    done = run_benchmarks(tmp_path, "--check", "bench_i18n", "--target", "i18n.load.cached=0")
    assert done.returncode == 1, done.stdout + done.stderr
    assert "MISSED: i18n.load.cached" in done.stdout
    assert "i18n.switch.cached" not in "".join(line for line in done.stdout.splitlines() if line.startswith("MISSED"))


def test_a_quick_run_of_one_module_prints_its_table_exits_0_and_leaves_nothing_behind(tmp_path):
    done = run_benchmarks(tmp_path, "bench_i18n")
    assert done.returncode == 0, done.stdout + done.stderr
    assert "i18n.load.no_cache" in done.stdout and "bench_content" not in done.stderr
    assert list(tmp_path.iterdir()) == []


def test_check_passes_when_every_target_is_met(tmp_path):
    done = run_benchmarks(tmp_path, "--check", "bench_i18n", "--target", "i18n.*=1e9")
    assert done.returncode == 0, done.stdout + done.stderr
    assert "0 missed or failed" in done.stdout


def test_a_benchmark_that_raises_is_a_failure_that_check_reports(tmp_path, monkeypatch, capsys):
    from benchmarks import run

    def broken(config):
        raise TimeoutError("the export took too long")

    monkeypatch.setattr(run, "MODULES", ("bench_fake",))
    monkeypatch.setattr(run.importlib, "import_module", lambda name: SimpleNamespace(STEPS=(broken,)))
    assert run.main(["--check", "--tmp", str(tmp_path)]) == 1
    assert "FAILED: fake.broken: TimeoutError: the export took too long" in capsys.readouterr().out


def test_an_unknown_module_is_refused(tmp_path):
    done = run_benchmarks(tmp_path, "bench_nothing")
    assert done.returncode == 2 and "unknown benchmark module bench_nothing" in done.stderr
