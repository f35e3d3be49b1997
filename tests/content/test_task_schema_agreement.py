"""The task cards' JSON Schema and the loader agree on shipped, valid and schema-level broken task files."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import yaml

from play_for_integrity import paths
from play_for_integrity.content.library import task_files

from .helpers import expectation
from .test_task_cards import BROKEN_TASKS, MISNAMED_TASKS, VALID_TASKS, parse

jsonschema = pytest.importorskip("jsonschema")
SCHEMA_PATH = paths.scenarios_dir() / "schema" / "tasks.schema.json"
SHIPPED = task_files(paths.scenarios_dir())
SCHEMA_LEVEL = [p for p in BROKEN_TASKS if expectation(p)[4] == "reject"]


def schema_errors(path: Path) -> list[str]:
    schema = json.loads(SCHEMA_PATH.read_text(encoding="utf-8"))
    jsonschema.Draft7Validator.check_schema(schema)
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    return [e.message for e in jsonschema.Draft7Validator(schema).iter_errors(data)]


def test_there_are_task_files_and_schema_level_fixtures():
    assert len(SHIPPED) >= 4 and len(SCHEMA_LEVEL) >= 10


@pytest.mark.parametrize("path", SHIPPED + VALID_TASKS, ids=lambda p: p.stem)
def test_schema_and_loader_accept_the_same_files(path: Path):
    assert schema_errors(path) == []
    assert parse(path).cards


@pytest.mark.parametrize("path", SCHEMA_LEVEL, ids=lambda p: p.stem)
def test_schema_rejects_what_the_loader_rejects(path: Path):
    assert schema_errors(path)


@pytest.mark.parametrize("path", [p for p in BROKEN_TASKS + MISNAMED_TASKS if expectation(p)[4] == "accept"],
                         ids=lambda p: p.stem)
def test_what_only_the_loader_can_catch_passes_the_schema(path: Path):
    """Cross-checks (unique ids, known bands and values, the file name) need more than one file."""
    assert schema_errors(path) == []


@pytest.mark.parametrize("path", SHIPPED + VALID_TASKS + BROKEN_TASKS + MISNAMED_TASKS, ids=lambda p: p.stem)
def test_task_files_point_editors_at_the_schema(path: Path):
    first = path.read_text(encoding="utf-8").splitlines()[0]
    prefix = "# yaml-language-server: $schema="
    assert first.startswith(prefix)
    assert (path.parent / first[len(prefix):]).resolve() == SCHEMA_PATH.resolve()
