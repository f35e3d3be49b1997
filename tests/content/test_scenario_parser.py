"""Each validation rule reports the right place and an actionable hint (fixtures in fixtures/broken)."""

from __future__ import annotations

from pathlib import Path

import pytest

from play_for_integrity.content.problems import ContentError
from play_for_integrity.content.scenario_parser import parse_scenario

from .helpers import BROKEN, FIXTURE_ASSETS, VALID, assert_reported_as_expected, shipped_catalogs


def parse(path: Path):
    return parse_scenario(path.read_bytes(), path.name, shipped_catalogs(), FIXTURE_ASSETS)


@pytest.mark.parametrize("path", VALID, ids=lambda p: p.stem)
def test_valid_fixture_loads(path):
    scenario = parse(path)
    assert scenario.nodes and scenario.start.choices


@pytest.mark.parametrize("path", BROKEN, ids=lambda p: p.stem)
def test_broken_fixture_reports_place_and_hint(path):
    assert_reported_as_expected(path, parse)


def test_branching_fixture_follows_next_and_has_an_ending():
    scenario = parse(next(p for p in VALID if p.stem == "branching-with-ending"))
    assert scenario.is_branching
    assert scenario.start.id == "offer"
    assert scenario.nodes["later"].is_ending
    assert scenario.start.choice("pay").next == "later"
    assert scenario.start.choice("report").next is None
    assert scenario.image == "images/test-card.png"


def test_multiline_story_keeps_its_line_breaks():
    scenario = parse(next(p for p in VALID if p.stem == "branching-with-ending"))
    assert scenario.start.story.splitlines() == [
        "A man offers Nurlan a grant place for 500,000 tenge.", 'He says "everyone does it".']


def test_every_problem_of_a_file_is_reported_not_just_the_first():
    text = (next(p for p in VALID if p.stem == "minimal")).read_text(encoding="utf-8")
    text = text.replace('band: "6-10"', 'band: "6-99"').replace("board: snake", "board: down")
    with pytest.raises(ContentError) as caught:
        parse_scenario(text.encode(), "two.yaml", shipped_catalogs(), FIXTURE_ASSETS)
    messages = " / ".join(p.message for p in caught.value.problems)
    assert "the band '6-99'" in messages and "the board move 'down'" in messages


def test_problem_text_has_path_line_col_and_hint():
    path = next(p for p in BROKEN if p.stem == "unknown-field")
    with pytest.raises(ContentError) as caught:
        parse(path)
    assert str(caught.value.problems[0]) == (
        "unknown-field.yaml:6:1: unknown field 'titel' in the scenario\n    hint: did you mean 'title'?")


def test_image_must_exist_only_when_an_assets_folder_is_given():
    path = next(p for p in BROKEN if p.stem == "image-missing")
    scenario = parse_scenario(path.read_bytes(), path.name, shipped_catalogs(), assets_dir=None)
    assert scenario.image == "images/nothing.png"


def test_story_shape_is_checked_even_when_other_fields_have_problems():
    text = next(p for p in BROKEN if p.stem == "unreachable-node").read_text(encoding="utf-8")
    text = text.replace("title: A minimal scenario", "title: [oops]")
    with pytest.raises(ContentError) as caught:
        parse_scenario(text.encode(), "both.yaml", shipped_catalogs(), FIXTURE_ASSETS)
    messages = " / ".join(p.message for p in caught.value.problems)
    assert "the title must be text" in messages and "node 'lonely' cannot be reached" in messages
