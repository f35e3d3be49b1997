"""The shared catalogs a scenario refers to: age bands, integrity values and topics."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TypeVar

from play_for_integrity.content import model
from play_for_integrity.content.declaration import BANDS_FILE, TOPICS_FILE, VALUES_FILE
from play_for_integrity.content.fields import ContentType
from play_for_integrity.content.problems import ContentError, Problem, display_path
from play_for_integrity.content.record_reader import Record, RecordReader
from play_for_integrity.content.yaml_source import load_source, read_content_file

BANDS_FILE_NAME = "bands.yaml"
VALUES_FILE_NAME = "values.yaml"
TOPICS_FILE_NAME = "topics.yaml"
CATALOG_FILES = (BANDS_FILE_NAME, VALUES_FILE_NAME, TOPICS_FILE_NAME)

T = TypeVar("T")


@dataclass
class Catalogs:
    """Bands, values and topics by id, plus any problems found reading them."""

    bands: dict[str, model.Band] = field(default_factory=dict)
    values: dict[str, model.Value] = field(default_factory=dict)
    topics: dict[str, model.Topic] = field(default_factory=dict)
    problems: list[Problem] = field(default_factory=list)


def _band(reader: RecordReader, rec: Record) -> model.Band | None:
    band = model.Band(**rec.values)
    if band.min_age > band.max_age:
        reader.report(rec.nodes["max_age"], f"max_age {band.max_age} is below min_age {band.min_age}",
                      "swap the two ages")
        return None
    return band


def _value(_reader: RecordReader, rec: Record) -> model.Value:
    values = dict(rec.values)
    values["programme"] = tuple(item.value for item in values.get("programme") or ())
    return model.Value(**values)


def _topic(_reader: RecordReader, rec: Record) -> model.Topic:
    return model.Topic(**rec.values)


def parse_catalog(data: bytes, path: str, file_type: ContentType,
                  build: Callable[[RecordReader, Record], T | None]) -> dict[str, T]:
    """One catalog file: a top-level list of entries with unique ids, each built by `build` once complete."""
    source, root = load_source(data, path)
    reader = RecordReader(path, source)
    top = reader.record(root, file_type)
    [listed] = file_type.fields  # a catalog file is one list of entries
    entry_type: ContentType = listed.kind.item.type  # type: ignore[union-attr]
    entries: dict[str, T] = {}
    first_line: dict[str, int] = {}
    for item in (top.get(listed.name) if top is not None else None) or ():
        rec = reader.record(item, entry_type)
        if rec is None or not rec.complete():
            continue
        entry = build(reader, rec)
        if entry is None:
            continue
        entry_id = rec["id"]
        if entry_id in entries:
            reader.report(rec.nodes["id"], f"the id '{entry_id}' is used twice (first on line {first_line[entry_id]})",
                          "give each entry its own id")
            continue
        first_line[entry_id] = item.start_mark.line + 1
        entries[entry_id] = entry
    if reader.problems:
        raise ContentError(reader.problems)
    return entries


def load_catalogs(folder: Path) -> Catalogs:
    """Read bands.yaml, values.yaml and topics.yaml from a scenarios folder."""
    catalogs = Catalogs()
    for file_name, file_type, build, target in (
        (BANDS_FILE_NAME, BANDS_FILE, _band, catalogs.bands),
        (VALUES_FILE_NAME, VALUES_FILE, _value, catalogs.values),
        (TOPICS_FILE_NAME, TOPICS_FILE, _topic, catalogs.topics),
    ):
        path = folder / file_name
        shown = display_path(path)
        try:
            data = read_content_file(path, shown)  # a regular file of bounded size: never a FIFO or a device
        except ContentError as err:
            catalogs.problems.extend(err.problems)
            continue
        except OSError as err:
            catalogs.problems.append(Problem(shown, 1, 1, f"cannot read the file: {err.strerror or err}",
                                             f"{file_name} must exist in the scenarios folder"))
            continue
        try:
            target.update(parse_catalog(data, shown, file_type, build))  # type: ignore[arg-type]
        except ContentError as err:
            catalogs.problems.extend(err.problems)
    return catalogs
