"""The package's two file-safety routines: write a file whole or not at all, and set a damaged file aside."""

from __future__ import annotations

import os
import secrets
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime
from pathlib import Path


@contextmanager
def replacing(target: Path, durable: bool = False) -> Iterator[Path]:
    """Yield a temporary path beside `target` (same suffix); when the block succeeds it replaces `target`.

    On any failure the temporary file goes and `target` is untouched: readers see the complete old file or the
    complete new one, never half of either. `durable` also syncs the folder so the rename survives a power cut.
    """
    target = Path(target)
    temp = target.with_name(f".{target.stem}.partial-{secrets.token_hex(4)}{target.suffix}")
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


def aside_name(path: Path, now: datetime | None = None) -> Path:
    """A free name beside `path` for keeping a damaged copy: `name.damaged-YYYYmmdd-HHMMSS[-N]suffix`."""
    path = Path(path)
    stamp = (now or datetime.now()).strftime("%Y%m%d-%H%M%S")
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
