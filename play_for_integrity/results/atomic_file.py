"""Write an output file under a temporary name and put it in place only when complete."""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from play_for_integrity import safe_files
from play_for_integrity.results.errors import ResultsError


def output_path(out: str | os.PathLike[str]) -> Path:
    """`out` made absolute, after checking that its folder exists and that it is not a folder itself."""
    path = Path(out).expanduser().absolute()
    if path.is_dir():
        raise ResultsError(f"{path} is a folder: give a file name, for example {path / 'results'}")
    if not path.parent.is_dir():
        raise ResultsError(f"the folder {path.parent} does not exist: create it or choose another place")
    return path


@contextmanager
def replacing(out: Path) -> Iterator[Path]:
    """The shared `safe_files.replacing`, with its failures told as results errors a teacher can act on."""
    try:
        with safe_files.replacing(out) as temp:
            yield temp
    except PermissionError as err:
        raise ResultsError(f"cannot write {out}: permission denied. If the file is open (in Excel, for example), "
                           "close it; otherwise choose a folder you may write to") from err
    except OSError as err:
        raise ResultsError(f"cannot write {out}: {err.strerror or err}") from err
