"""The JSON Schema that editors use and the loader agree on shipped and broken scenarios."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import yaml

from play_for_integrity import paths
from play_for_integrity.content.library import scenario_files

from .helpers import BROKEN, VALID, expectation

jsonschema = pytest.importorskip("jsonschema")
SCHEMA_PATH = paths.scenarios_dir() / "schema" / "scenario.schema.json"
SHIPPED = scenario_files(paths.scenarios_dir())


def schema_errors(path: Path) -> list[str]:
    schema = json.loads(SCHEMA_PATH.read_text(encoding="utf-8"))
    jsonschema.Draft7Validator.check_schema(schema)
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    return [e.message for e in jsonschema.Draft7Validator(schema).iter_errors(data)]


@pytest.mark.parametrize("path", SHIPPED + VALID, ids=lambda p: p.stem)
def test_schema_accepts_what_the_loader_accepts(path: Path):
    assert schema_errors(path) == []


@pytest.mark.parametrize("path", [p for p in BROKEN if expectation(p)[4] == "reject"], ids=lambda p: p.stem)
def test_schema_rejects_what_the_loader_rejects(path: Path):
    assert schema_errors(path)


@pytest.mark.parametrize("path", [p for p in BROKEN if expectation(p)[4] == "accept"  # safe_load refuses tags
                                  and "has the tag" not in expectation(p)[2]], ids=lambda p: p.stem)
def test_what_only_the_loader_can_catch_passes_the_schema(path: Path):
    """Cross-checks, the story's shape, the font and the ' #' cut need more than the schema knows."""
    assert schema_errors(path) == []


@pytest.mark.parametrize("path", SHIPPED, ids=lambda p: p.stem)
def test_every_shipped_scenario_points_editors_at_the_schema(path: Path):
    first = path.read_text(encoding="utf-8").splitlines()[0]
    prefix = "# yaml-language-server: $schema="
    assert first.startswith(prefix)
    assert (path.parent / first[len(prefix):]).resolve() == SCHEMA_PATH.resolve()


@pytest.mark.parametrize("path", VALID + BROKEN, ids=lambda p: p.stem)
def test_fixtures_point_editors_at_the_schema(path: Path):
    first = path.read_text(encoding="utf-8").splitlines()[0]
    assert (path.parent / first.split("$schema=", 1)[1]).resolve() == SCHEMA_PATH.resolve()
