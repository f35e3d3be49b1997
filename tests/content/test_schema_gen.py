"""The committed JSON Schemas are exactly what the content declaration generates."""

from __future__ import annotations

import json
import re

import pytest

from play_for_integrity.content import schema_gen
from play_for_integrity.content.declaration import CHOICE, SCENARIO

jsonschema = pytest.importorskip("jsonschema")


@pytest.mark.parametrize("file_name", sorted(schema_gen.SCHEMAS))
def test_committed_schema_is_the_generated_one(file_name: str):
    committed = (schema_gen.schema_dir() / file_name).read_text(encoding="utf-8")
    assert committed == schema_gen.render(file_name), (
        f"scenarios/schema/{file_name} is stale: run python -m play_for_integrity.content.schema_gen")


@pytest.mark.parametrize("file_name", sorted(schema_gen.SCHEMAS))
def test_generated_schema_is_a_valid_draft7_schema(file_name: str):
    jsonschema.Draft7Validator.check_schema(json.loads(schema_gen.render(file_name)))


def test_check_mode_reports_a_stale_file_and_writing_fixes_it(tmp_path, capsys):
    (tmp_path / "scenario.schema.json").write_text("{}\n", encoding="utf-8")
    assert schema_gen.main(["--check", "--dir", str(tmp_path)]) == 1
    assert "scenario.schema.json differs" in capsys.readouterr().err
    assert schema_gen.main(["--dir", str(tmp_path)]) == 0
    assert schema_gen.main(["--check", "--dir", str(tmp_path)]) == 0


def test_limits_come_from_the_declaration():
    schema = json.loads(schema_gen.render("scenario.schema.json"))
    assert schema["properties"]["title"]["maxLength"] == SCENARIO.field("title").kind.max_length
    assert schema["required"] == list(SCENARIO.required)
    assert schema["definitions"]["choice"]["properties"]["text"]["maxLength"] == CHOICE.field("text").limit()


@pytest.mark.parametrize(("text", "one_line", "paragraphs"), [
    ("Take the sticker.", True, True), ("  spaces around  ", True, True), ("   ", False, False),
    ("two\nlines", False, True), ("kept by |\n", True, True), ("a\x00b", False, False), ("tab\there", False, False),
])
def test_text_patterns_follow_the_loader(text: str, one_line: bool, paragraphs: bool):
    assert bool(re.search(schema_gen.ONE_LINE, text)) is one_line
    assert bool(re.search(schema_gen.PARAGRAPHS, text)) is paragraphs
