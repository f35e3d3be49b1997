"""Merge JSON exports from other computers, file by file: each is checked as it is read, one session at a time,
and imported in its own transaction, so a bad file is refused with its reason and the good ones stay merged.

Merging is idempotent: records are matched by UUID, so merging a file again adds nothing.
"""

from __future__ import annotations

import os
import stat
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any

from play_for_integrity.gc_pause import collector_paused
from play_for_integrity.results.errors import ResultsError
from play_for_integrity.results.json_check import MAX_REPORTED, Checker, export_problems, refusal
from play_for_integrity.results.json_stream import StreamError, TopLevel
from play_for_integrity.results.merge_rows import Counts, SessionMerger
from play_for_integrity.results.progress import Progress
from play_for_integrity.results.store import ResultsStore

MAX_EXPORT_MB = 100  # about 250,000 answers; a bigger "export" is a wrong file (a disk image, a device)
# SQLite's page cache while a file is merged (its default is 2 MB): a file's new answers go into three indexes, one
# of them by random UUID, whose pages would otherwise be read and spilled to the WAL again and again.
MERGE_CACHE_KB = 32768
MERGED, PRESENT, REFUSED = "merged", "already present", "refused"


@dataclass
class FileResult:
    """What became of one file: merged, already present (nothing new in it) or refused (`reason` says why)."""

    path: Path
    status: str
    reason: str = ""
    counts: Counts = field(default_factory=Counts)


@dataclass
class MergeReport(Counts):
    """The totals of the files merged, and each file's result in the order given."""

    results: list[FileResult] = field(default_factory=list)

    @property
    def files(self) -> list[Path]:
        return [result.path for result in self.results]

    @property
    def refused(self) -> list[FileResult]:
        return [result for result in self.results if result.status == REFUSED]


class _Refused(Exception):
    """Ends a file's transaction (rolled back) with the reason the file is refused."""


def export_files(paths: Iterable[str | os.PathLike[str]]) -> list[Path]:
    """The files to merge: each file given, and every *.json file in a folder given (recursively, sorted); in a
    folder, what is not a regular file (a device, a pipe, a link to one) is skipped."""
    found: list[Path] = []
    for path in map(Path, paths):
        if not path.is_dir():
            found.append(path)
            continue
        for root, folders, names in os.walk(path):  # links to folders are not followed: no loops
            folders.sort()
            found.extend(Path(root, name) for name in sorted(names)
                         if name.lower().endswith(".json") and Path(root, name).is_file())
    return found


@contextmanager
def _opened(path: Path) -> Iterator[IO[bytes]]:
    """A regular file of at most MAX_EXPORT_MB, open; a device (/dev/zero), pipe or folder is refused unread."""
    limit = MAX_EXPORT_MB * 1024 * 1024
    not_a_file = f"{path}: not a file but a folder, device or pipe: give a JSON results export"
    try:
        if not stat.S_ISREG(os.stat(path).st_mode):  # os.stat follows a symbolic link to what it names
            raise ResultsError(not_a_file)
        # O_NONBLOCK: a pipe put in its place meanwhile cannot make the open wait forever.
        handle = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0))
        opened = os.fdopen(handle, "rb")
    except FileNotFoundError as err:
        raise ResultsError(f"{path}: no such file") from err
    except OSError as err:
        raise ResultsError(f"{path}: cannot read the file: {err.strerror or err}") from err
    with opened:
        info = os.fstat(opened.fileno())
        if not stat.S_ISREG(info.st_mode):
            raise ResultsError(not_a_file)
        if info.st_size > limit:
            raise ResultsError(f"{path}: the file is larger than {MAX_EXPORT_MB} MB, the most a results export may "
                               "be: check that it is the right file, or export fewer sessions on the other computer")
        yield opened


def _items(path: Path, stream: TopLevel) -> Iterator[tuple[str, Any]]:
    """The stream's items; what makes the file unreadable becomes a ResultsError naming the file."""
    try:
        yield from stream
    except StreamError as err:
        raise ResultsError(f"{path}: not complete JSON (line {err.lineno}, column {err.colno}: {err.msg}); "
                           "the file may have been cut short while copying: export it again") from err
    except UnicodeDecodeError as err:
        raise ResultsError(f"{path}: not a results export (the file is not UTF-8 text)") from err
    except RecursionError as err:
        raise ResultsError(f"{path}: not a results export (nested too deeply)") from err
    except ValueError as err:  # a number of thousands of digits
        raise ResultsError(f"{path}: not a valid results export ({err})") from err
    except OSError as err:
        raise ResultsError(f"{path}: cannot read the file: {err.strerror or err}") from err


def _invalid(path: Path, problems: list[str]) -> str:
    more = f" (and {len(problems) - MAX_REPORTED} more)" if len(problems) > MAX_REPORTED else ""
    return f"{path}: not a valid results export: {'; '.join(problems[:MAX_REPORTED])}{more}"


def load_export(path: str | os.PathLike[str]) -> dict[str, Any]:
    """Read and fully check one export; any problem raises ResultsError naming the file and what is wrong."""
    path = Path(path)
    fields: dict[str, Any] = {}
    sessions: list[Any] = []
    with _opened(path) as handle:
        for key, value in _items(path, TopLevel(handle)):
            if key == "session":
                sessions.append(value[1])
            else:
                fields[key] = value
    document = fields[""] if "" in fields else fields
    if isinstance(document, dict) and isinstance(document.get("sessions"), list):
        document["sessions"] = sessions
    problems = export_problems(document)
    if problems:
        raise ResultsError(_invalid(path, problems))
    return document


def _check_and_import(path: Path, stream: TopLevel, merger: SessionMerger, progress: Progress) -> list[str]:
    """Check each session as it is read and import it while the file has no problem; the file's problems."""
    checker, fields, read, started = Checker(), {}, 0, False
    for key, value in _items(path, stream):
        progress.done(stream.read - read)
        read = stream.read
        if key != "session":
            fields[key] = value
            continue
        if not started:  # another program's file, or a newer version's, is refused before its sessions
            started = True
            refused = refusal(fields, checker, complete=False)
            if refused:
                return refused
        index, session = value
        checker.session(session, f"sessions[{index}]")
        if not checker.problems:
            merger.session(path, session, checker.checked_answers)
    if "" in fields:  # the file holds JSON, but not an object
        checker.keys(fields[""], set(), "file")
        return checker.problems
    return refusal(fields, checker) or checker.problems


def merge_file(store: ResultsStore, path: Path, progress: Progress | None = None) -> FileResult:
    """Check and import one file in one transaction: all of it, or (refused) none of it."""
    counts = Counts()
    try:
        # The collector paused: a file decodes into some 200,000 objects, freed as each session is merged, no cycles.
        with _opened(path) as handle, collector_paused(), _page_cache(store), store.batch():
            problems = _check_and_import(path, TopLevel(handle), SessionMerger(store.connection, counts),
                                         progress or Progress.off())
            if problems:
                raise _Refused(_invalid(path, problems))
    except (_Refused, ResultsError) as err:
        return FileResult(path, REFUSED, str(err))
    return FileResult(path, MERGED if counts.added or counts.completed else PRESENT, counts=counts)


@contextmanager
def _page_cache(store: ResultsStore) -> Iterator[None]:
    """A page cache of MERGE_CACHE_KB, and the table's CHECK constraints left to the checker, while the block runs;
    the store's own settings again after it.

    Every row a merge writes has passed json_check, whose rules include the schema's CHECKs (mode, board, votes):
    SQLite would test `board IN (...)` again by building a temporary table for each answer, a third of the cost
    of inserting it. The setting belongs to this connection only and ends with the block, or with the process.
    """
    conn = store.connection
    before = conn.execute("PRAGMA cache_size").fetchone()[0]
    checks_ignored = conn.execute("PRAGMA ignore_check_constraints").fetchone()[0]
    conn.execute(f"PRAGMA cache_size = -{MERGE_CACHE_KB}")
    conn.execute("PRAGMA ignore_check_constraints = ON")  # SQLite compiles its statements again when this changes
    try:
        yield
    finally:
        conn.execute(f"PRAGMA ignore_check_constraints = {int(checks_ignored)}")
        conn.execute(f"PRAGMA cache_size = {int(before)}")


def merge_files(store: ResultsStore, paths: Iterable[str | os.PathLike[str]],
                progress: Progress | None = None) -> MergeReport:
    """Merge each file (folders: every *.json in them) in its own transaction; a refused file changes nothing."""
    report = MergeReport()
    for path in export_files(paths):
        result = merge_file(store, path, progress)
        report.results.append(result)
        report.add(result.counts)
    return report


def total_bytes(paths: Iterable[Path]) -> int:
    """The size of the files to merge, for a progress bar (a file that cannot be read counts nothing)."""
    total = 0
    for path in paths:
        try:
            total += os.stat(path).st_size
        except OSError:
            continue
    return total
