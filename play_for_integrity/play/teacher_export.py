"""Export one session from the teacher view into Documents/Play for Integrity, never overwriting a file.

Documents keeps the teacher's usual file permissions; the fallback folder inside the data folder is private.
"""

from __future__ import annotations

import re
from pathlib import Path

from play_for_integrity.results.errors import ResultsError
from play_for_integrity.results.records import SessionData, to_local
from play_for_integrity.user_data import private_file, private_folder

FOLDER_NAME = "Play for Integrity"
FALLBACK_FOLDER = "exports"
FORMATS = ("xlsx", "csv", "json")
_UNSAFE = re.compile(r'[<>:"/\\|?*\x00-\x1f]+')
_EDGES = " .-_()[]"


def documents_dir() -> Path:
    """The user's Documents folder (a function, so tests can point it at a temp folder)."""
    import platformdirs
    return Path(platformdirs.user_documents_dir())


def export_folders(data_dir: Path) -> list[Path]:
    """Where exports go, in order of preference: Documents/Play for Integrity, else the data folder's exports/."""
    return [documents_dir() / FOLDER_NAME, Path(data_dir) / FALLBACK_FOLDER]


def file_stem(class_name: str, data: SessionData) -> str:
    """'7Б-2025-03-03': the class and the local date, with nothing a file system could refuse."""
    name = _UNSAFE.sub("-", class_name).strip(_EDGES) or "class"
    return f"{name}-{to_local(data.started_at).strftime('%Y-%m-%d')}"


def free_path(folder: Path, stem: str, suffix: str) -> Path:
    """folder/stem.suffix, or stem-2, stem-3 ... when that name is taken."""
    path = folder / f"{stem}.{suffix}"
    number = 2
    while path.exists():
        path = folder / f"{stem}-{number}.{suffix}"
        number += 1
    return path


def write_export(data: SessionData, fmt: str, out: Path, tr, library) -> Path:
    """Write one format with headers, value names, scenario titles and option texts in the translator's language."""
    from play_for_integrity.results.export_csv import write_csv
    from play_for_integrity.results.export_json import write_json
    from play_for_integrity.results.export_texts import export_texts
    from play_for_integrity.results.export_xlsx import write_xlsx

    if fmt == "json":
        return write_json([data], out)
    if fmt == "csv":
        return write_csv([data], out, tr.lang, texts=export_texts(library, tr))
    if fmt == "xlsx":
        return write_xlsx([data], out, texts=export_texts(library, tr))
    raise ValueError(f"unknown export format {fmt!r}; expected one of {', '.join(FORMATS)}")


def export_session(data: SessionData, fmt: str, tr, library, data_dir: Path) -> Path:
    """Write the session to the first export folder that works; returns the file written.

    Raises ResultsError naming every folder tried and why, when none works.
    """
    problems = []
    folders = export_folders(data_dir)
    for folder in folders:
        private = folder == folders[-1]  # the data folder's exports/, private like the results themselves
        try:
            if private:
                private_folder(folder)
            else:
                folder.mkdir(parents=True, exist_ok=True)
            written = write_export(data, fmt, free_path(folder, file_stem(data.class_name, data), fmt), tr, library)
            if private:
                private_file(written)
            return written
        except ResultsError as err:
            problems.append(str(err))
        except OSError as err:
            problems.append(f"cannot use the folder {folder}: {err.strerror or err}")
    raise ResultsError("; ".join(problems) + ". Free some disk space or ask the school's IT support for a folder "
                       "you may write to.")
