"""The shipped picture library (assets/pictures): which people and objects a scenario's picture may show.

Only the catalogue, pictures.yaml, is read here (once per folder, at start-up); the SVG files are drawn by the ui.
"""

from __future__ import annotations

import difflib
import functools
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import TypeVar
from pathlib import Path

import yaml

from play_for_integrity import paths

CATALOGUE_FILE = "pictures.yaml"
PERSON = "person"
OBJECT = "object"
KINDS = (PERSON, OBJECT)
AGES = ("child", "teen", "adult")
"""How old a person looks: the picture draws children smaller than teenagers, and teenagers smaller than adults."""

MIN_PEOPLE, MAX_PEOPLE = 1, 3
MAX_OBJECTS = 2


@dataclass(frozen=True, slots=True)
class PictureEntry:
    """One picture of the library: a person or an object, its OpenMoji emoji and its English name."""

    id: str
    kind: str
    emoji: str  # OpenMoji's file name: code points joined by '-', e.g. 1F467-1F3FD
    name: str   # English, for alt text and teacher lists
    age: str | None = None  # people only: child, teen or adult


@dataclass(frozen=True)
class PictureLibrary:
    """The catalogue of one pictures folder; `problems` says what in the catalogue could not be used."""

    folder: Path
    entries: Mapping[str, PictureEntry] = field(default_factory=dict)
    problems: tuple[str, ...] = ()

    @functools.cached_property  # read for every scenario's picture
    def people(self) -> tuple[str, ...]:
        """Person ids, in catalogue order."""
        return tuple(e.id for e in self.entries.values() if e.kind == PERSON)

    @functools.cached_property  # read for every scenario's picture
    def objects(self) -> tuple[str, ...]:
        """Object ids, in catalogue order."""
        return tuple(e.id for e in self.entries.values() if e.kind == OBJECT)

    def __contains__(self, picture_id: object) -> bool:
        return picture_id in self.entries

    def entry(self, picture_id: str) -> PictureEntry:
        return self.entries[picture_id]

    def path(self, picture_id: str) -> Path:
        """The SVG file of `picture_id` (which may be missing from a damaged install: the ui checks)."""
        if picture_id not in self.entries:
            raise KeyError(f"no picture {picture_id!r} in {self.folder / CATALOGUE_FILE}")
        return self.folder / f"{picture_id}.svg"


# How a scenario's picture is composed, on screen and on paper alike (against an adult's height):
AGE_HEIGHT = {"child": 0.76, "teen": 0.88, "adult": 1.0}
"""How tall a person is drawn: girl and woman look alike in OpenMoji, so size tells them apart."""
OBJECT_HEIGHT = 0.56
"""An object's picture: big enough to see, small enough to stand in front of the people."""
FRONT = 0.07
"""How far in front of the people (lower on the ground) objects stand."""
SPACING = 0.03
"""The gap between two neighbours' visible outlines."""

Item = TypeVar("Item")


def arrange(people: Sequence[Item], objects: Sequence[Item]) -> list[Item]:
    """People side by side, each object in a gap between two of them (the first gaps first), the rest after."""
    things = list(objects)
    row: list[Item] = []
    for index, person in enumerate(people):
        row.append(person)
        if things and index < len(people) - 1:
            row.append(things.pop(0))
    return row + things


def pictures_dir() -> Path:
    return paths.assets_dir() / "pictures"


def load_pictures(folder: Path | None = None) -> PictureLibrary:
    """The picture catalogue of `folder` (the shipped one by default), read once and then shared."""
    return _load(Path(folder or pictures_dir()).resolve())


@functools.lru_cache(maxsize=8)
def _load(folder: Path) -> PictureLibrary:
    catalogue = folder / CATALOGUE_FILE
    try:
        data = yaml.load(catalogue.read_bytes(), Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
    except OSError as err:
        return PictureLibrary(folder, problems=(f"{catalogue}: cannot be read ({err.strerror or err}): "
                                                "reinstall the game to restore the pictures",))
    except yaml.YAMLError as err:
        return PictureLibrary(folder, problems=(f"{catalogue}: not valid YAML ({err})",))
    items = data.get("pictures") if isinstance(data, dict) else None
    if not isinstance(items, list):
        return PictureLibrary(folder, problems=(f"{catalogue}: expected a list under 'pictures'",))
    entries: dict[str, PictureEntry] = {}
    problems: list[str] = []
    for number, item in enumerate(items, 1):
        entry, problem = _entry(item)
        if problem:
            problems.append(f"{catalogue}: picture {number}: {problem}")
        elif entry.id in entries:
            problems.append(f"{catalogue}: picture {number}: the id '{entry.id}' is used twice")
        else:
            entries[entry.id] = entry
    return PictureLibrary(folder, entries, tuple(problems))


def _entry(item: object) -> tuple[PictureEntry | None, str | None]:
    if not isinstance(item, dict):
        return None, "expected a mapping with id, kind, emoji and name"
    texts = {key: item.get(key) for key in ("id", "kind", "emoji", "name")}
    missing = [key for key, value in texts.items() if not isinstance(value, str) or not value]
    if missing:
        return None, f"{', '.join(missing)} missing or not text"
    if texts["kind"] not in KINDS:
        return None, f"kind '{texts['kind']}' is not one of {', '.join(KINDS)}"
    age = item.get("age")
    if texts["kind"] == PERSON and age not in AGES:
        return None, f"a person needs an age: one of {', '.join(AGES)}"
    if texts["kind"] == OBJECT and age is not None:
        return None, "an object has no age"
    return PictureEntry(texts["id"], texts["kind"], texts["emoji"], texts["name"], age), None


def check_picture(people: list[str], objects: list[str], library: PictureLibrary) -> list[str]:
    """What is wrong with a scenario's picture: 1-3 known person ids and 0-2 known object ids, each once."""
    problems: list[str] = []
    if not MIN_PEOPLE <= len(people) <= MAX_PEOPLE:
        problems.append(f"a picture shows {MIN_PEOPLE} to {MAX_PEOPLE} people, not {len(people)}")
    if len(objects) > MAX_OBJECTS:
        problems.append(f"a picture shows at most {MAX_OBJECTS} objects, not {len(objects)}")
    problems += _unknown(people, PERSON, library.people, library)
    problems += _unknown(objects, OBJECT, library.objects, library)
    return problems


def _unknown(ids: Iterable[object], kind: str, known: tuple[str, ...], library: PictureLibrary) -> list[str]:
    problems: list[str] = []
    seen: set[object] = set()
    listed = f"choose one of {', '.join(known)}" if known else "the picture catalogue has none"
    for picture_id in ids:
        if not isinstance(picture_id, str):
            problems.append(f"{picture_id!r} in picture is not an id: {listed}")
            continue
        if picture_id in seen:
            problems.append(f"{kind} '{picture_id}' is listed twice in picture: name each one once")
            continue
        seen.add(picture_id)
        if picture_id in known:
            continue
        if picture_id in library:
            other = library.entry(picture_id).kind
            where = "people" if other == PERSON else "objects"
            problems.append(f"'{picture_id}' in picture is {'a person' if other == PERSON else 'an object'}, "
                            f"not {'a person' if kind == PERSON else 'an object'}: list it under {where}")
            continue
        close = difflib.get_close_matches(picture_id, known, n=1, cutoff=0.6)
        hint = f" (did you mean '{close[0]}'?)" if close else ""
        problems.append(f"unknown {kind} '{picture_id}' in picture{hint}: {listed}")
    return problems
