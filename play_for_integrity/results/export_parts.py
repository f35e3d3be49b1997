"""A big CSV or JSON export written by two processes at once: this one writes the first sessions, a second one (this
Python again, given its job on stdin, telling its progress on stdout) the rest into a file beside the export, which
is then copied in.

Making the lines of a year's answers keeps a core busy (half of it reading SQLite, half putting text together); a
school computer has two or more, so the export takes about half as long. The split is by answers, so both halves
take about as long. The second process is only a helper: when it cannot start or stops without finishing (no
second core, a system that forbids it, killed), this process writes its sessions itself, so the export is the same
byte for byte either way and nothing is lost. What it meets is told as this process would tell it: its warnings
come back in order, a value with no column starts the export again (stored_rows.OtherValue), and an error reading
the store is met again when this process reads those sessions, and reported as any error is.
"""

from __future__ import annotations

import logging
import os
import pickle
import queue
import shutil
import sqlite3
import struct
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any

from play_for_integrity.results.export_source import ExportSource
from play_for_integrity.results.export_texts import ExportTexts
from play_for_integrity.results.progress import Progress
from play_for_integrity.results.stored_rows import OtherValue

SHARED_FROM = 200_000  # answers: below that a second process (0.3 s to start) saves less than it costs
CHUNK_BYTES = 1 << 20  # the second part is copied in pieces of this size
PROGRESS, FINISHED, OTHER_VALUE, FAILED = "progress", "finished", "other value", "failed"

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Translated:
    """A translate function the second process can be given: the message ids it needs, already translated."""

    texts: dict[str, str]

    def __call__(self, message: str) -> str:
        return self.texts.get(message, message)


@dataclass(frozen=True)
class Job:
    """What the second process writes: the sessions `ids` of `database`, as `kind` ("csv" or "json"), into `part`;
    for CSV also what the lines need (see export_csv._Lines and csv_rows.StoredLines)."""

    kind: str
    database: str
    ids: tuple[str, ...]
    part: str
    csv: dict[str, Any] = field(default_factory=dict)


@dataclass
class Rest:
    """The sessions after this process's own: written by the second process (`written` sessions, in its file
    `part`, see copy_into), or, when it could not, `source` to write here."""

    written: int = 0
    source: ExportSource | None = None
    part: Path | None = None

    def copy_into(self, handle: IO[str]) -> None:
        """Append the second part to `handle` (a text file of the part's encoding) as it is, byte for byte."""
        if self.part is None:
            return
        handle.flush()  # what this process wrote comes first
        with self.part.open("rb") as part:
            shutil.copyfileobj(part, handle.buffer, CHUNK_BYTES)  # type: ignore[attr-defined]


def csv_settings(columns: Sequence[tuple[str, str]], separator: str, mark: str, values: Sequence[str],
                 texts: ExportTexts, check: frozenset[str] | None) -> dict[str, Any]:
    """What a CSV part's lines are made with, in a form that can be sent to another process."""
    from play_for_integrity.results import headers as h

    translate = Translated({name: texts.translate(name) for name in h.MOVE_NAMES.values()})
    return {"columns": [tuple(column) for column in columns], "separator": separator, "mark": mark,
            "values": list(values), "check": check,
            "texts": ExportTexts(translate, dict(texts.value_names), dict(texts.scenario_titles),
                                 dict(texts.choice_texts))}


class Shared:
    """An export's sessions split between this process (`here`) and a second one; use as a context manager, which
    stops the second process and removes its file whatever happens."""

    def __init__(self, source: ExportSource, progress: Progress, kind: str, temp: Path,
                 csv: dict[str, Any] | None = None) -> None:
        self.here, self.progress = source, progress
        self._rest: Sequence[str] = ()
        self._process: subprocess.Popen[bytes] | None = None
        self._told: queue.SimpleQueue[tuple[str, Any]] = queue.SimpleQueue()  # what the second process said
        self._outcome: tuple[str, Any] | None = None  # how the second process ended, once it said
        self._part = temp.with_name(f"{temp.stem}.second{temp.suffix}")
        start = split_at(source)
        if start is None:
            return
        assert source.narrowed is not None and source.database is not None  # split_at saw to it
        self._rest = source.ids[start:]
        self.here = source.narrowed(source.ids[:start])
        job = Job(kind, str(source.database), tuple(self._rest), str(self._part), csv or {})
        try:
            self._start(job)
        except (OSError, ValueError, pickle.PicklingError) as err:  # no second process here: all of it here
            log.info("a second process could not start (%s): the export is written by one", err)
            self._stop()

    def _start(self, job: Job) -> None:
        """Start the second process (this Python, this package), send it `job`, and listen to what it says."""
        if not sys.executable:
            raise OSError("this Python cannot start another (sys.executable is empty)")
        package_root = str(Path(__file__).resolve().parents[2])
        env = {**os.environ, "PYTHONPATH": os.pathsep.join(filter(None, (package_root,
                                                                          os.environ.get("PYTHONPATH"))))}
        self._process = subprocess.Popen([sys.executable, "-c", WORKER], stdin=subprocess.PIPE,
                                         stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, env=env)
        threading.Thread(target=_listen, args=(self._process, self._told), name="export-second-part",
                         daemon=True).start()
        assert self._process.stdin is not None
        with self._process.stdin as stdin:  # closed after the job: the second process reads it to the end
            stdin.write(pickle.dumps(job, protocol=pickle.HIGHEST_PROTOCOL))

    def __enter__(self) -> Shared:
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop()
        self._part.unlink(missing_ok=True)

    def _stop(self) -> None:
        """Stop the second process (when it still runs) and wait for it."""
        process, self._process = self._process, None
        if process is None:
            return
        if process.poll() is None:
            process.kill()
        try:
            process.wait(5)
        except subprocess.TimeoutExpired:
            pass

    def poll(self) -> None:
        """Count the second process's progress so far, without waiting."""
        while self._outcome is None and not self._told.empty():
            self._outcome = self._message(self._told.get())

    def finish(self) -> Rest:
        """Wait for the second process and say what the rest is; OtherValue when it met a value with no column."""
        if not self._rest:
            return Rest()
        if self._process is None:
            return Rest(source=self._narrowed())
        while self._outcome is None:
            try:  # a short wait at a time, so Ctrl+C stops the export on every system
                self._outcome = self._message(self._told.get(timeout=0.5))
            except queue.Empty:
                continue
        kind, payload = self._outcome
        self._stop()
        if kind == OTHER_VALUE:
            raise OtherValue()
        if kind != FINISHED:
            log.info("the second process stopped (%s): this one writes its sessions", payload)
            return Rest(source=self._narrowed())
        written, warnings = payload
        warn = self.here.warn
        for message in warnings:
            if warn is not None:
                warn(message)
        return Rest(written, part=self._part)

    def _narrowed(self) -> ExportSource:
        assert self.here.narrowed is not None
        return self.here.narrowed(self._rest)

    def _message(self, message: tuple[str, Any]) -> tuple[str, Any] | None:
        """Count the second process's progress, or return how it ended."""
        kind, payload = message
        if kind == PROGRESS:
            self.progress.done(payload)
            return None
        return kind, payload


def _listen(process: subprocess.Popen[bytes], told: queue.SimpleQueue[tuple[str, Any]]) -> None:
    """Put each message the second process writes on `told`; FAILED, with its exit code, when it ends unheard."""
    assert process.stdout is not None
    with process.stdout as said:
        while True:
            try:
                size = said.read(_FRAME.size)
                message = pickle.loads(said.read(_FRAME.unpack(size)[0])) if len(size) == _FRAME.size else None
            except (OSError, ValueError, EOFError, pickle.UnpicklingError, struct.error):
                message = None
            if message is None:
                break
            told.put(message)
            if message[0] != PROGRESS:
                return
    told.put((FAILED, f"it ended without a word, exit code {process.wait()}"))


def split_at(source: ExportSource) -> int | None:
    """Where the second process's sessions start: the first session after half of the answers; None when the export
    is not a store's, is too small to share, or there is one core."""
    if (len(source.ids) < 2 or source.answer_count < SHARED_FROM or (os.cpu_count() or 1) < 2
            or source.database is None or source.narrowed is None or source.session_answers is None):
        return None
    try:
        counts = source.session_answers()
    except sqlite3.Error:
        return None  # one process writes it all, and meets (and reports) what is wrong as it reads
    half, seen = sum(counts.get(sid, 0) for sid in source.ids) / 2, 0
    for k, sid in enumerate(source.ids):
        seen += counts.get(sid, 0)
        if seen >= half:
            return k + 1 if k + 1 < len(source.ids) else None
    return None


# -- the second process -------------------------------------------------------------------------------------------

WORKER = "from play_for_integrity.results.export_parts import main; main()"
_FRAME = struct.Struct(">I")  # each message: its length, then the message pickled


def _say(out: IO[bytes], message: tuple[str, Any]) -> None:
    data = pickle.dumps(message, protocol=pickle.HIGHEST_PROTOCOL)
    out.write(_FRAME.pack(len(data)) + data)
    out.flush()


class _Told:
    """A Progress for the second process: what is done is told to the first, which shows it (ten times a second)."""

    def __init__(self, out: IO[bytes]) -> None:
        self.out, self.pending, self.last = out, 0, 0.0

    def done(self, amount: int = 1) -> None:
        self.pending += amount
        now = time.monotonic()
        if now - self.last >= 0.1:
            _say(self.out, (PROGRESS, self.pending))
            self.pending, self.last = 0, now

    def flush(self) -> None:
        if self.pending:
            _say(self.out, (PROGRESS, self.pending))
            self.pending = 0


def main() -> None:
    """The second process: read the job on stdin, write its sessions and say how it went on stdout (FINISHED with
    the number of sessions written and the warnings, OTHER_VALUE, or FAILED with the reason)."""
    out = sys.stdout.buffer
    sys.stdout = sys.stderr  # nothing else may write between the messages
    told = _Told(out)
    try:
        job = pickle.loads(sys.stdin.buffer.read())
        outcome = _write(job, told)
        told.flush()
        _say(out, outcome)
    except KeyboardInterrupt:  # Ctrl+C reaches both processes: the first one says so
        pass
    except OtherValue:
        _say(out, (OTHER_VALUE, None))
    except Exception as err:  # noqa: BLE001 - told to the first process, which writes these sessions itself
        try:
            _say(out, (FAILED, f"{type(err).__name__}: {err}"))
        except OSError:
            pass


def _write(job: Job, progress: Any) -> tuple[str, tuple[int, list[str]]]:
    from play_for_integrity.results.export_source import from_store
    from play_for_integrity.results.db_health import connect_read_only
    from play_for_integrity.results.store_open import BUSY_TIMEOUT

    warnings: list[str] = []
    conn = connect_read_only(Path(job.database), BUSY_TIMEOUT)
    try:
        source = from_store(conn, warnings.append, job.ids)
        writer = _WRITERS[job.kind]
        written = writer(source, job, progress)
    finally:
        conn.close()
    return FINISHED, (written, warnings)


def _write_csv(source: ExportSource, job: Job, progress: Any) -> int:
    from play_for_integrity.results.export_csv import stored_texts

    settings = job.csv
    with open(job.part, "w", encoding="latin-1", newline="") as handle:
        return _write_texts(handle, stored_texts(source, settings, progress))


def _write_json(source: ExportSource, job: Job, progress: Any) -> int:
    from play_for_integrity.results.export_json import stored_sessions

    with open(job.part, "w", encoding="utf-8", newline="\n") as handle:
        return stored_sessions(source, handle, progress, lead="")


def _write_texts(handle: IO[str], texts: Iterator[str]) -> int:
    written = 0
    for text in texts:
        handle.write(text)
        written += 1
    return written


_WRITERS: dict[str, Callable[[ExportSource, Job, Any], int]] = {"csv": _write_csv, "json": _write_json}
