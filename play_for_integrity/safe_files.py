"""The package's file-safety routines: write a file whole or not at all, set a damaged file aside, and read only a
regular file of bounded size."""

from __future__ import annotations

import errno
import os
import stat
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from datetime import datetime


@contextmanager
def replacing(target: Path, durable: bool = False) -> Iterator[Path]:
    """Yield a temporary path beside `target` (same suffix); when the block succeeds it replaces `target`.

    On any failure the temporary file goes and `target` is untouched: readers see the complete old file or the
    complete new one, never half of either. `durable` also syncs the folder so the rename survives a power cut.
    """
    target = Path(target)
    temp = target.with_name(f".{target.stem}.partial-{os.urandom(4).hex()}{target.suffix}")
    try:
        yield temp
        os.replace(temp, target)
    finally:
        try:
            temp.unlink()  # already gone after a successful replace
        except OSError:
            pass
    if durable:
        sync_folder(target.parent)


def write_atomic(target: Path, data: str | bytes, durable: bool = False) -> None:
    """Write `data` (text as UTF-8) to `target` through `replacing`; `durable` fsyncs the file and its folder."""
    payload = data.encode("utf-8") if isinstance(data, str) else data
    with replacing(target, durable=durable) as temp:
        with open(temp, "wb") as handle:
            handle.write(payload)
            if durable:
                handle.flush()
                os.fsync(handle.fileno())


def sync_folder(folder: Path) -> None:
    """Make a rename in `folder` durable where the system allows it (POSIX); harmless to skip elsewhere."""
    try:
        handle = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(handle)
    except OSError:
        pass
    finally:
        os.close(handle)


def _now() -> datetime:
    """The time a damaged file is set aside at (datetime is imported only then: not on the game's way to its title)."""
    from datetime import datetime

    return datetime.now()


def aside_name(path: Path, now: datetime | None = None) -> Path:
    """A free name beside `path` for keeping a damaged copy: `name.damaged-YYYYmmdd-HHMMSS[-N]suffix`."""
    path = Path(path)
    stamp = (now or _now()).strftime("%Y%m%d-%H%M%S")
    number = 1
    while True:
        extra = "" if number == 1 else f"-{number}"
        candidate = path.with_name(f"{path.stem}.damaged-{stamp}{extra}{path.suffix}")
        if not candidate.exists():
            return candidate
        number += 1


def set_aside(path: Path, companions: tuple[str, ...] = (), now: datetime | None = None) -> Path:
    """Rename a damaged file (and its companions, e.g. "-wal") to a dated free name; never delete it.

    Returns the new path; raises OSError when the folder refuses, so the caller can say what to do by hand.
    """
    path = Path(path)
    target = aside_name(path, now)
    os.replace(path, target)
    for suffix in companions:
        side = path.with_name(path.name + suffix)
        if side.exists():
            os.replace(side, target.with_name(target.name + suffix))
    return target


_KINDS = ((stat.S_ISDIR, "a folder"), (stat.S_ISFIFO, "a named pipe (FIFO)"), (stat.S_ISCHR, "a character device"),
          (stat.S_ISBLK, "a block device"), (stat.S_ISSOCK, "a socket"))


class UnfitFile(OSError):
    """A path a reader refuses: not a regular file (`kind` says what it is), or over its size limit (`size`)."""

    def __init__(self, path: Path, kind: str = "", size: int = 0, limit: int = 0):
        self.kind, self.size, self.limit = kind, size, limit
        what = f"not a regular file: it is {kind}" if kind else f"{size} bytes, over the limit of {limit} bytes"
        super().__init__(f"{path} is {what}")


def _kind(mode: int) -> str | None:
    """What a non-regular file is, in words; None for a regular file."""
    if stat.S_ISREG(mode):
        return None
    return next((name for test, name in _KINDS if test(mode)), "a special file")


def read_regular_file(path: Path, limit: int) -> bytes:
    """The bytes of `path` (links followed) if it is a regular file of at most `limit` bytes; else UnfitFile.

    Nothing else is opened for reading: a FIFO would wait for a writer forever and /dev/zero never ends.
    """
    kind = _kind(os.stat(path).st_mode)
    if kind:
        raise UnfitFile(path, kind=kind)
    handle = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0))
    with os.fdopen(handle, "rb") as file:
        info = os.fstat(file.fileno())  # the path may have been swapped since the check above
        kind = _kind(info.st_mode)
        if kind:
            raise UnfitFile(path, kind=kind)
        data = file.read(min(limit, info.st_size) + 1)  # a buffer the file's size, not the limit's (3x faster)
        if info.st_size < len(data) <= limit:  # it grew since fstat, or says 0 as /proc files do: read on
            data += file.read(limit + 1 - len(data))
    if len(data) > limit:
        raise UnfitFile(path, size=max(info.st_size, len(data)), limit=limit)
    return data


HELD_ELSEWHERE = frozenset({errno.EACCES, errno.EAGAIN, errno.EWOULDBLOCK, getattr(errno, "EDEADLOCK", errno.EDEADLK)})


def try_lock(handle: int) -> bool:
    """Lock an open file without waiting (per open file, freed when the process ends); False when another opening
    holds it. Any other OSError (a file system that cannot lock) is raised for the caller to judge."""
    try:
        if os.name == "nt":
            import msvcrt
            msvcrt.locking(handle, msvcrt.LK_NBLCK, 1)  # the first byte; Windows allows locking past the end
        else:
            import fcntl
            fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError as err:
        if err.errno in HELD_ELSEWHERE:
            return False
        raise
    return True
