"""The teacher's names for the answer-card numbers, per class: a private file on the teacher's PC only.

The results store and its exports hold card numbers ("№ 7"); the names live here, readable only by the teacher's
account (0600, like the results), and are shown in the teacher view beside the numbers. Nothing here is exported.
"""

from __future__ import annotations

import json
import logging
import os
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

from play_for_integrity.safe_files import read_regular_file, replacing, set_aside
from play_for_integrity.user_data import PRIVATE_FILE, private_file, private_folder

log = logging.getLogger(__name__)

NAMES_FILE = "pupil-names.json"
NAME_MAX = 40
MAX_BYTES = 1_000_000  # thousands of classes of 63 names; a larger file is not one the game wrote
NUMBERS = range(1, 64)  # the printed cards' numbers (see cards/markers.py)


def clean_name(text: str) -> str:
    """A typed name on one line: no control or formatting characters, spaces trimmed, at most NAME_MAX long."""
    kept = "".join(char for char in text if unicodedata.category(char)[0] != "C")
    return " ".join(kept.split())[:NAME_MAX]


@dataclass
class PupilNames:
    """Class name -> card number -> the pupil's name."""

    classes: dict[str, dict[int, str]] = field(default_factory=dict)

    def of_class(self, class_name: str) -> dict[int, str]:
        return dict(self.classes.get(class_name, {}))

    def name(self, class_name: str, number: int) -> str:
        return self.classes.get(class_name, {}).get(number, "")

    def set_class(self, class_name: str, names: dict[int, str]) -> None:
        """Replace a class's list; empty names are dropped, and a class left with none is removed."""
        kept = {n: clean_name(text) for n, text in names.items() if n in NUMBERS and clean_name(text)}
        if kept:
            self.classes[class_name] = dict(sorted(kept.items()))
        else:
            self.classes.pop(class_name, None)


def load_names(folder: Path) -> tuple[PupilNames, str | None]:
    """The names kept in `folder`, and a message when a damaged file had to be set aside; never raises."""
    path = Path(folder) / NAMES_FILE
    try:
        raw = json.loads(read_regular_file(path, MAX_BYTES).decode("utf-8-sig"))
        classes = raw["classes"]
        if not isinstance(classes, dict):
            raise ValueError("'classes' is not an object")
        names = PupilNames()
        for class_name, numbers in classes.items():
            if not isinstance(numbers, dict):
                raise ValueError(f"the class {class_name!r} has no list of numbers")
            names.set_class(str(class_name), {int(n): str(text) for n, text in numbers.items()
                                              if str(n).isdigit() and isinstance(text, str)})
        return names, None
    except FileNotFoundError:
        return PupilNames(), None
    except (OSError, ValueError, KeyError, TypeError, RecursionError) as err:
        try:
            aside = set_aside(path)
        except OSError:
            aside = path
        log.warning("pupil names %s could not be read (%s)", path, err)
        return PupilNames(), f"{path}: the pupils' names could not be read ({err}); the old file is kept as {aside}"


def save_names(names: PupilNames, folder: Path) -> str | None:
    """Write the names whole, readable only by this account; a message instead of raising when it cannot."""
    folder = Path(folder)
    data = {"version": 1, "classes": {c: {str(n): text for n, text in numbers.items()}
                                      for c, numbers in sorted(names.classes.items())}}
    try:
        private_folder(folder)
        with replacing(folder / NAMES_FILE, durable=True) as temp:
            handle = os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, PRIVATE_FILE)  # private from the first byte
            with os.fdopen(handle, "w", encoding="utf-8") as out:
                json.dump(data, out, ensure_ascii=False, indent=1)
                out.flush()
                os.fsync(out.fileno())
        private_file(folder / NAMES_FILE)
    except OSError as err:
        log.warning("cannot save pupil names in %s: %s", folder, err)
        return f"the pupils' names could not be saved in {folder}: {err.strerror or err}"
    return None
