"""Where an export may be written: never over the class results' own files, and over another file only if asked."""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

from play_for_integrity.results.errors import ResultsError
from play_for_integrity.results.journal import JOURNAL_NAME
from play_for_integrity.results.store_open import DB_NAME

STORE_FAMILY = (DB_NAME, JOURNAL_NAME)  # with their -wal, -shm, -journal and .rejected companions


def _inside(path: Path, folder: Path) -> bool:
    try:
        path.relative_to(folder)
    except ValueError:
        return False
    return True


def check_output(out: str | os.PathLike[str], data_folder: Path, force: bool,
                 confirm: Callable[[str, str], bool] | None = None) -> None:
    """Refuse any existing file of the data folder; replace another only with `force` or when `confirm` agrees."""
    path = Path(out).expanduser().absolute()
    real = path.resolve()  # a link to the database is the database
    folder = Path(data_folder).resolve()
    if (real.parent == folder and real.name.startswith(STORE_FAMILY)) or (real.exists() and _inside(real, folder)):
        raise ResultsError(f"{path} is in the game's data folder {folder}, where the class results are kept: "
                           "it is never overwritten. Choose a file elsewhere, for example in Documents")
    if force or not path.exists() or path.is_dir():
        return  # a folder is explained by the writer; a new file needs no question
    refusal = f"{path} already exists: add --force to replace it, or choose another file name"
    if confirm is None:
        raise ResultsError(refusal)
    if not confirm(f"{path} already exists. Replace it? [y/N] ", refusal):
        raise ResultsError(f"{path} was not replaced, so nothing was written")
