"""Confirmed changes the store could not write yet (locked, disk full): JSON lines beside the store, fsynced.

Each line is `{"id": ..., "op": {...}}`. The store applies the lines in order and, in the same transaction, notes
the id of the last one applied (so a crash before the lines are removed never applies them twice); only then are
they removed from the file. A line that can no longer be applied is moved to the `.rejected` file, never dropped.
When even the journal cannot be written, the lines wait in memory and are written with the next ones. Appending
and removing take a lock file, so the game and a command run at the same time never lose each other's lines.
"""

from __future__ import annotations

import json
import logging
import os
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from play_for_integrity.safe_files import sync_folder
from play_for_integrity.user_data import PRIVATE_FILE

try:
    import fcntl
except ImportError:  # Windows
    fcntl = None  # type: ignore[assignment]
    import msvcrt

log = logging.getLogger(__name__)

JOURNAL_NAME = "results-journal.jsonl"
REJECTED_SUFFIX = ".rejected"
LOCK_SUFFIX = ".lock"


@dataclass(frozen=True)
class Entry:
    """One waiting operation and the id that marks it applied."""

    id: str
    op: dict[str, Any]

    def line(self) -> str:
        return json.dumps({"id": self.id, "op": self.op}, ensure_ascii=False) + "\n"


def _line_id(line: str) -> str | None:
    try:
        return str(json.loads(line)["id"])
    except (ValueError, KeyError, TypeError):
        return None


def _write(path: Path, lines: list[str], flags: int) -> None:
    """Write whole lines and fsync them (a new file is readable only by the user)."""
    handle = os.open(path, os.O_WRONLY | os.O_CREAT | flags, PRIVATE_FILE)
    try:
        os.write(handle, "".join(lines).encode("utf-8"))
        os.fsync(handle)
    finally:
        os.close(handle)


class Journal:
    """The waiting operations of one results folder."""

    def __init__(self, folder: Path) -> None:
        self.path = Path(folder) / JOURNAL_NAME
        self.rejected_path = self.path.with_name(self.path.name + REJECTED_SUFFIX)
        self.held: list[Entry] = []  # could not be written to the file either: kept in memory until they can

    @contextmanager
    def _locked(self) -> Iterator[None]:
        handle = os.open(self.path.with_name(self.path.name + LOCK_SUFFIX), os.O_RDWR | os.O_CREAT, PRIVATE_FILE)
        try:
            if fcntl is not None:
                fcntl.flock(handle, fcntl.LOCK_EX)
            else:
                msvcrt.locking(handle, msvcrt.LK_LOCK, 1)  # tries for 10 s, then OSError
            yield
        finally:
            os.close(handle)  # closing releases the lock

    def add(self, ops: list[dict[str, Any]]) -> bool:
        """Keep `ops` to apply later; True when they are on disk, False when only in memory (disk full)."""
        waiting = self.held + [Entry(str(uuid.uuid4()), op) for op in ops]
        try:
            with self._locked():
                created = not self.path.exists()
                _write(self.path, [entry.line() for entry in waiting], os.O_APPEND)
            if created:
                sync_folder(self.path.parent)
        except OSError as err:
            log.error("results journal %s cannot be written: %s", self.path, err)
            self.held = waiting
            return False
        self.held = []
        return True

    def _lines(self) -> list[str]:
        try:
            return self.path.read_text(encoding="utf-8", errors="replace").splitlines(keepends=True)
        except FileNotFoundError:
            return []

    def entries(self) -> tuple[list[Entry], list[str]]:
        """(waiting entries in order, unreadable whole lines); a torn last line is neither: it was never confirmed."""
        found, damaged = [], []
        for line in self._lines():
            try:
                record = json.loads(line)
                found.append(Entry(str(record["id"]), dict(record["op"])))
            except (ValueError, KeyError, TypeError):
                if line.endswith("\n"):
                    damaged.append(line)
        return found + self.held, damaged

    @property
    def waiting(self) -> bool:
        return bool(self.held) or self.path.exists()

    def reject(self, lines: list[str]) -> None:
        """Keep lines that cannot be applied in the rejected file, for a person to look at."""
        _write(self.rejected_path, lines, os.O_APPEND)

    def remove(self, ids: set[str]) -> None:
        """Drop the entries now in the store, and damaged lines (already in the rejected file); others stay."""
        self.held = [entry for entry in self.held if entry.id not in ids]
        with self._locked():
            lines = self._lines()
            rest = [line for line in lines if _line_id(line) not in ids | {None}]
            if rest == lines:
                return
            if not rest:
                self.path.unlink(missing_ok=True)
            else:
                temp = self.path.with_name(f".{self.path.name}.partial-{uuid.uuid4().hex[:8]}")
                _write(temp, rest, os.O_EXCL)
                os.replace(temp, self.path)
        sync_folder(self.path.parent)
