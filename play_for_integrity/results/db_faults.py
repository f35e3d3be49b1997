"""Tell a damaged database from a busy one or a full disk: only damage may set the class results aside."""

from __future__ import annotations

import errno
import sqlite3
from pathlib import Path

from play_for_integrity.results.errors import ResultsError, StoreBusy

IN_USE = "the class results are in use by another program: close it and try again"
FULL = "the disk is full: free some space (empty the recycle bin, delete old files) and try again"
FIX_HINT = ("choose a folder you may write to with --data-dir PATH or the PLAY_FOR_INTEGRITY_DATA "
            "environment variable, or ask the school's IT support to give you write access")
# SQLite's primary result codes (sqlite3.h), for Pythons whose exceptions carry them (3.11+).
CHECK_COMMAND = "play-for-integrity results check"
_KINDS = {5: "busy", 6: "busy", 8: "readonly", 11: "damage", 13: "full", 26: "damage"}
_WORDS = (("locked", "busy"), ("busy", "busy"), ("disk is full", "full"), ("readonly", "readonly"),
          ("read-only", "readonly"), ("malformed", "damage"), ("not a database", "damage"), ("corrupt", "damage"))
_FULL_ERRNOS = {errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC)}


def fault_kind(err: BaseException) -> str:
    """'busy', 'full', 'readonly', 'damage' or 'other' for an SQLite or OS error."""
    if isinstance(err, OSError):
        if err.errno in _FULL_ERRNOS:
            return "full"
        return "readonly" if err.errno in (errno.EACCES, errno.EROFS, errno.EPERM) else "other"
    code = getattr(err, "sqlite_errorcode", None)
    if isinstance(code, int) and code & 0xFF in _KINDS:
        return _KINDS[code & 0xFF]
    text = str(err).lower()
    return next((kind for word, kind in _WORDS if word in text), "other")


def fault_error(path: Path, err: BaseException, doing: str = "open") -> ResultsError:
    """The teacher's sentence for a fault that is not damage; the store stays where it is."""
    kind = fault_kind(err)
    if kind == "busy":
        return StoreBusy(f"{IN_USE} ({path})")
    if kind == "full":
        return ResultsError(f"the class results in {path} cannot be saved: {FULL}")
    if kind == "readonly":
        return ResultsError(f"the results database {path} is read-only: {FIX_HINT}")
    detail = err.strerror if isinstance(err, OSError) and err.strerror else err
    if kind == "damage":
        return ResultsError(f"the results database {path} looks damaged ({detail}): the next time it is opened it "
                            f"is checked and, if damaged, set aside (never deleted); '{CHECK_COMMAND}' does it now")
    return ResultsError(f"cannot {doing} the results database {path}: {detail}")


def is_fault(err: BaseException) -> bool:
    """True for an SQLite error that a later try may not meet (not a broken rule of the schema)."""
    return isinstance(err, sqlite3.DatabaseError) and not isinstance(err, sqlite3.IntegrityError)
