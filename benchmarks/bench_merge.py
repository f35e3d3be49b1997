"""Merging JSON exports (`results merge`) into an empty store: one 100k-answer file, and 1,000 small files.

A lab's term of results (100k answers in one file) must merge within 5 s and 150 MB; collecting a whole school's
PCs (1,000 files of one lesson each, 250,000 answers) must stay within 200 MB, which a merge that reads every
file before writing any cannot. Each merge runs in a child with its own peak memory read, a time limit and a
3 GB memory limit; the inputs are the CLI's own JSON exports of the run's class stores, each copy of the small
one given new UUIDs so that every file adds new sessions.
"""

from __future__ import annotations

import re
import shutil
import sqlite3
import sys
import uuid
from contextlib import closing
from pathlib import Path

from benchmarks import child, class_stores
from benchmarks.figures import Figure, at_most, unavailable
from benchmarks.sandbox import Config

STORES = ("10k", "100k")
UUID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")


def _export(config: Config, size: str, out: Path, *session: str) -> str | None:
    """Write the CLI's JSON export of the `size` store (all sessions, or the one given) to `out`; why not, or None."""
    which = ["--session", *session] if session else ["--all"]
    out.unlink(missing_ok=True)  # the export asks before it replaces a file
    done = child.run([sys.executable, "-m", "play_for_integrity", "results", "export", *which, "--format", "json",
                      "--out", str(out), "--data-dir", str(class_stores.store_dir(config, size))],
                     timeout=300, work=config.folder("merge-input"))
    return f"could not make the file to merge: the JSON export {done.failure}" if done.failure else None


def _query(folder: Path, sql: str) -> object:
    """The first value `sql` gives on the store in `folder`, read-only; None when there is no store."""
    path = folder / "results.sqlite3"
    if not path.exists():
        return None
    with closing(sqlite3.connect(f"file:{path}?mode=ro", uri=True)) as conn:
        return conn.execute(sql).fetchone()[0]


def _merge(config: Config, files: list[Path], expected: int, runs: int, timeout: float) -> child.Repeated:
    """`results merge FILES` into a new empty data folder per run; a run that did not add every answer fails."""
    work = config.folder("merge")
    targets: list[Path] = []

    def prepare() -> list[str]:
        targets.append(config.folder("merged"))
        return child.module_argv("play_for_integrity", "results", "merge", *files, "--data-dir", targets[-1])

    def added_all(run: child.ChildRun) -> str | None:
        got = _query(targets[-1], "SELECT count(*) FROM answer") or 0
        shutil.rmtree(targets[-1])
        return None if got == expected else f"the store holds {got:,} answers after the merge, not {expected:,}"

    return child.repeat(prepare, runs=runs, budget=120, timeout=timeout, work=work, check=added_all)


def one_big_file(config: Config) -> list[Figure]:
    """Merge the JSON export of the 100k-answer store into an empty store: time and peak memory."""
    count = class_stores.sessions(config, "100k")
    answers = count * class_stores.ANSWERS_PER_SESSION
    what = f"merge one JSON file of {class_stores.describe(count)} into an empty store"
    keys = ("results.merge.100k.time", "results.merge.100k.peak_memory")
    targets = (at_most(5.0, "s"), at_most(150, "MB"))
    source = config.folder("merge-file") / "export.json"
    problem = _export(config, "100k", source)
    result = None if problem else _merge(config, [source], answers, runs=1 if config.quick else 3, timeout=60)
    if problem or result.failure:
        return [unavailable(key, what, target, problem or result.failure) for key, target in zip(keys, targets)]
    note = f"{source.stat().st_size / 1e6:.3g} MB file; {result.note()}"
    return [Figure(keys[0], what, result.seconds, targets[0], note),
            Figure(keys[1], f"{what}: peak memory", result.peak_mb, targets[1], result.note())]


def many_small_files(config: Config) -> list[Figure]:
    """Merge 1,000 one-lesson JSON files at once into an empty store: peak memory (the time is in the note)."""
    files_wanted = 20 if config.quick else 1000
    key = f"results.merge.{files_wanted}_files.peak_memory"
    sid = _query(class_stores.store_dir(config, "10k"), "SELECT uuid FROM session ORDER BY started_at LIMIT 1")
    folder = config.folder("merge-files")
    problem = _export(config, "10k", folder / "lesson.json", sid)
    label = f"merge {files_wanted:,} files of one lesson each at once into an empty store: peak memory"
    if problem:
        return [unavailable(key, label, at_most(200, "MB"), problem)]
    text = (folder / "lesson.json").read_text(encoding="utf-8")
    files = []
    for i in range(files_wanted):
        fresh: dict[str, str] = {}
        path = folder / f"pc-{i:04d}.json"
        path.write_text(UUID.sub(lambda m: fresh.setdefault(m.group(), str(uuid.uuid4())), text), encoding="utf-8")
        files.append(path)
    (folder / "lesson.json").unlink()
    answers = files_wanted * class_stores.ANSWERS_PER_SESSION
    result = _merge(config, files, answers, runs=1 if config.quick else 3, timeout=600)
    if result.failure:
        peak = f"; peak memory seen {result.peak_mb:,.0f} MB" if result.peak_mb else ""
        return [unavailable(key, label, at_most(200, "MB"), result.failure + peak)]
    note = f"{answers:,} answers in {result.seconds:.1f} s; {result.note()}"
    return [Figure(key, label, result.peak_mb, at_most(200, "MB"), note)]


STEPS = (one_big_file, many_small_files)
