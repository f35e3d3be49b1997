"""One running game per data folder: an OS lock on a file in it, which the system drops when the process ends."""

from __future__ import annotations

import os
from pathlib import Path
from types import TracebackType

from play_for_integrity.safe_files import try_lock

LOCK_FILE = "play-for-integrity.lock"


class InstanceLock:
    """The held lock of one data folder; `release()` (or leaving the `with` block, or the process ending) frees it."""

    def __init__(self, path: Path, handle: int):
        self.path = path
        self._handle: int | None = handle

    def release(self) -> None:
        if self._handle is not None:
            os.close(self._handle)  # closing the file drops the lock
            self._handle = None

    def __enter__(self) -> InstanceLock:
        return self

    def __exit__(self, kind: type[BaseException] | None, error: BaseException | None,
                 trace: TracebackType | None) -> None:
        self.release()


def acquire(folder: Path) -> InstanceLock | None:
    """The lock of `folder`, or None when a running game holds it; OSError when the lock file cannot be made.

    The lock file is only opened, never written, so a refused second start changes nothing in the folder.
    """
    path = Path(folder) / LOCK_FILE
    handle = os.open(path, os.O_RDWR | os.O_CREAT | getattr(os, "O_BINARY", 0), 0o600)
    try:
        locked = try_lock(handle)
    except OSError:
        os.close(handle)
        raise
    if not locked:
        os.close(handle)
        return None
    return InstanceLock(path, handle)
