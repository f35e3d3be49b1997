"""Mark the class results as open: one small file per opening, locked by the system while it is open.

A clean close removes its marker, and so does a program that ends normally without closing (committed answers are
safe then). A game that was killed (or a computer that lost power) leaves its marker behind, and the lock on it goes
with the process, so the next opening finds an unlocked marker: the store was not closed cleanly, and it is checked
once. A marker that another running program still holds is left alone.
"""

from __future__ import annotations

import atexit
import logging
import os
import uuid
from pathlib import Path

from play_for_integrity.safe_files import try_lock
from play_for_integrity.user_data import PRIVATE_FILE

log = logging.getLogger(__name__)

MARKER_INFIX = ".open-"  # results.sqlite3.open-<id>: the data folder's guard protects it like the database


def _lock(handle: int) -> bool | None:
    """Lock an open file without waiting: True when locked, False when another opening holds it, None when the
    file system cannot lock at all."""
    try:
        return try_lock(handle)  # per open file, so two openings in one game differ
    except OSError:
        return None


def _left_behind(path: Path) -> bool:
    """True when nobody holds the marker at `path`: its opening ended without closing."""
    try:
        handle = os.open(path, os.O_RDWR | getattr(os, "O_BINARY", 0))
    except OSError:
        return False  # removed meanwhile by its own clean close, or not ours to judge
    try:
        return bool(_lock(handle))
    finally:
        os.close(handle)


class OpenMarker:
    """This opening's marker, and the markers of openings that ended without closing (`left`)."""

    def __init__(self, path: Path, handle: int | None, left: list[Path]) -> None:
        self.path = path
        self._handle = handle
        self.left = left
        self.damaged = False  # SQLite reported damage: the marker stays, whatever the ending, for a check
        _held.add(self)

    @property
    def unclean(self) -> bool:
        """True when an earlier opening did not close cleanly, so the store should be checked now."""
        return bool(self.left)

    def forget_left(self) -> None:
        """The store was checked (or set aside): the markers left behind have done their job."""
        for path in self.left:
            path.unlink(missing_ok=True)
        self.left = []

    def release(self, clean: bool = True) -> None:
        """Close this opening; `clean=False` leaves the marker so the next opening checks the store."""
        _held.discard(self)
        if self._handle is not None:
            os.close(self._handle)  # closing drops the lock
            self._handle = None
        if clean:
            try:
                self.path.unlink(missing_ok=True)
            except OSError as err:  # a leftover marker only costs one check at the next opening
                log.warning("results: cannot remove %s: %s", self.path, err)


_held: set[OpenMarker] = set()


@atexit.register
def _release_at_exit() -> None:
    """A program that ends normally ends its openings cleanly, closed or not (the game need not close the store)."""
    for marker in list(_held):
        marker.release(clean=not marker.damaged)


def take(database: Path) -> OpenMarker:
    """Mark `database` as open; OSError when its folder cannot be written."""
    prefix = database.name + MARKER_INFIX
    left = sorted(path for path in database.parent.glob(prefix + "*") if _left_behind(path))
    path = database.with_name(prefix + uuid.uuid4().hex[:12])
    handle = os.open(path, os.O_RDWR | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0), PRIVATE_FILE)
    if _lock(handle) is None:
        log.info("results: the folder of %s cannot lock files; a killed game goes unnoticed there", database)
    return OpenMarker(path, handle, left)
