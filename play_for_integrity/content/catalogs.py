"""The shared catalogs a scenario refers to: age bands, integrity values and topics."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TypeVar

import yaml

from play_for_integrity.content import model
from play_for_integrity.content.node_reader import NodeReader
from play_for_integrity.content.problems import ContentError, Problem, display_path
from play_for_integrity.content.yaml_source import load_bytes

BANDS_FILE = "bands.yaml"
VALUES_FILE = "values.yaml"
TOPICS_FILE = "topics.yaml"
CATALOG_FILES = (BANDS_FILE, VALUES_FILE, TOPICS_FILE)

T = TypeVar("T")
Fields = dict[str, tuple[yaml.Node, yaml.Node]]


@dataclass
class Catalogs:
    """Bands, values and topics by id, plus any problems found reading them."""

    bands: dict[str, model.Band] = field(default_factory=dict)
    values: dict[str, model.Value] = field(default_factory=dict)
    topics: dict[str, model.Topic] = field(default_factory=dict)
    problems: list[Problem] = field(default_factory=list)


def _band(reader: NodeReader, node: yaml.Node, f: Fields) -> model.Band | None:
    reader.check_fields(node, f, "a band", ["id", "name", "min_age", "max_age", "grades", "description"])
    if any(k not in f for k in ("id", "name", "min_age", "max_age", "grades", "description")):
        return None
    parts = (
        reader.identifier(f["id"][1], "the band id"),
        reader.text(f["name"][1], "the band name", model.NAME_MAX),
        reader.integer(f["min_age"][1], "min_age", 3, 25),
        reader.integer(f["max_age"][1], "max_age", 3, 25),
        reader.text(f["grades"][1], "grades", model.NAME_MAX),
        reader.text(f["description"][1], "the band description", model.DESCRIPTION_MAX),
    )
    if any(p is None for p in parts):
        return None
    band = model.Band(*parts)  # type: ignore[arg-type]
    if band.min_age > band.max_age:
        reader.report(f["max_age"][1], f"max_age {band.max_age} is below min_age {band.min_age}",
                      "swap the two ages")
        return None
    return band


def _value(reader: NodeReader, node: yaml.Node, f: Fields) -> model.Value | None:
    reader.check_fields(node, f, "a value", ["id", "name", "description"])
    if any(k not in f for k in ("id", "name", "description")):
        return None
    parts = (reader.identifier(f["id"][1], "the value id"),
             reader.text(f["name"][1], "the value name", model.NAME_MAX),
             reader.text(f["description"][1], "the value description", model.DESCRIPTION_MAX))
    return None if any(p is None for p in parts) else model.Value(*parts)  # type: ignore[arg-type]


def _topic(reader: NodeReader, node: yaml.Node, f: Fields) -> model.Topic | None:
    reader.check_fields(node, f, "a topic", ["id", "name"])
    if any(k not in f for k in ("id", "name")):
        return None
    parts = (reader.identifier(f["id"][1], "the topic id"), reader.text(f["name"][1], "the topic name", model.NAME_MAX))
    return None if any(p is None for p in parts) else model.Topic(*parts)  # type: ignore[arg-type]


def parse_catalog(data: bytes, path: str, key: str, build: Callable[[NodeReader, yaml.Node, Fields], T | None]
                  ) -> dict[str, T]:
    """One catalog file: a top-level `key:` holding a list of entries with unique ids."""
    root = load_bytes(data, path)
    reader = NodeReader(path)
    top = reader.mapping(root, "the file")
    entries: dict[str, T] = {}
    if top is not None:
        reader.check_fields(root, top, "the file", [key])
        items = reader.sequence(top[key][1], f"'{key}'", min_items=1) if key in top else None
        first_line: dict[str, int] = {}
        for item in items or ():
            fields = reader.mapping(item, f"an entry of '{key}'")
            if fields is None:
                continue
            entry = build(reader, item, fields)
            if entry is None:
                continue
            entry_id = entry.id  # type: ignore[attr-defined]
            if entry_id in entries:
                reader.report(fields["id"][1], f"the id '{entry_id}' is used twice (first on line {first_line[entry_id]})",
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
    for file_name, key, build, target in (
        (BANDS_FILE, "bands", _band, catalogs.bands),
        (VALUES_FILE, "values", _value, catalogs.values),
        (TOPICS_FILE, "topics", _topic, catalogs.topics),
    ):
        path = folder / file_name
        shown = display_path(path)
        try:
            data = path.read_bytes()
        except OSError as err:
            catalogs.problems.append(Problem(shown, 1, 1, f"cannot read the file: {err.strerror or err}",
                                             f"{file_name} must exist in the scenarios folder"))
            continue
        try:
            target.update(parse_catalog(data, shown, key, build))
        except ContentError as err:
            catalogs.problems.extend(err.problems)
    return catalogs
