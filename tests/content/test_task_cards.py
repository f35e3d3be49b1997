"""Task card files: each rule reports the right place and an actionable hint (fixtures in fixtures/tasks)."""

from __future__ import annotations

from pathlib import Path

import pytest

from play_for_integrity import paths
from play_for_integrity.content.catalogs import Catalogs
from play_for_integrity.content.problems import ContentError
from play_for_integrity.content.task_cards import ALL_BANDS, TASK_KINDS, band_named_by, parse_task_file

from .helpers import FIXTURES, assert_reported_as_expected, shipped_catalogs

TASK_FIXTURES = FIXTURES / "tasks"
VALID_TASKS = sorted((TASK_FIXTURES / "valid").glob("*.yaml"))
BROKEN_TASKS = sorted((TASK_FIXTURES / "broken").glob("*.yaml"))
MISNAMED_TASKS = sorted((TASK_FIXTURES / "misnamed").glob("*.yaml"))


def parse(path: Path):
    return parse_task_file(path.read_bytes(), path.name, shipped_catalogs())


def fixture(stem: str) -> Path:
    return next(p for p in VALID_TASKS + BROKEN_TASKS if p.stem == stem)


@pytest.mark.parametrize("path", VALID_TASKS, ids=lambda p: p.stem)
def test_valid_fixture_loads(path):
    task_file = parse(path)
    assert task_file.cards
    assert all(card.kind in TASK_KINDS and card.band == task_file.band for card in task_file.cards)


@pytest.mark.parametrize("path", BROKEN_TASKS + MISNAMED_TASKS, ids=lambda p: f"{p.parent.name}-{p.stem}")
def test_broken_fixture_reports_place_and_hint(path):
    assert_reported_as_expected(path, parse)


def test_every_kind_fixture_keeps_order_values_and_folded_text():
    task_file = parse(fixture("every-kind"))
    assert task_file.band == ALL_BANDS
    assert [card.kind for card in task_file.cards] == ["name", "act", "discuss", "draw"]
    act = task_file.cards[1]
    assert act.values == ("courage", "fairness", "honesty")
    assert act.text == 'A classmate says, "I\'ll give you a sweet if you let me copy." Act out a friendly no.'
    assert task_file.cards[2].values == ()


def test_a_card_knows_where_it_starts():
    card = parse(fixture("every-kind")).cards[1]
    assert (card.line, card.column) == (9, 5)


def test_problem_text_has_path_line_col_and_hint():
    with pytest.raises(ContentError) as caught:
        parse(fixture("unknown-field"))
    assert str(caught.value.problems[0]) == (
        "unknown-field.yaml:8:5: unknown field 'txt' in the task card 'tell'\n    hint: did you mean 'text'?")


def test_every_problem_of_a_file_is_reported_not_just_the_first():
    text = fixture("every-kind").read_text(encoding="utf-8")
    text = text.replace("kind: draw", "kind: paint").replace("values: [fairness]", "values: [fairnes]")
    with pytest.raises(ContentError) as caught:
        parse_task_file(text.encode(), "two.yaml", shipped_catalogs())
    messages = " / ".join(p.message for p in caught.value.problems)
    assert "the card kind 'paint'" in messages and "the value 'fairnes'" in messages


def test_a_card_that_is_not_a_map_does_not_hide_the_next_ones_problems():
    text = fixture("card-not-fields").read_text(encoding="utf-8") + "  - id: Bad Id\n"
    with pytest.raises(ContentError) as caught:
        parse_task_file(text.encode(), "two.yaml", shipped_catalogs())
    messages = " / ".join(p.message for p in caught.value.problems)
    assert "must be a set of fields" in messages and "'Bad Id' is not a valid id" in messages
    assert "is missing the field 'kind'" in messages


@pytest.mark.parametrize(("name", "band"), [("6-10.yaml", "6-10"), ("tasks/all-bands.yaml", ALL_BANDS),
                                            ("scenarios\\tasks\\15-18.yml", "15-18"), ("extra.yaml", None),
                                            ("7-9.yaml", None)])
def test_the_file_name_promises_a_band_only_when_it_names_one(name, band):
    assert band_named_by(name, shipped_catalogs()) == band


def test_a_file_named_for_its_own_band_loads():
    text = fixture("minimal").read_text(encoding="utf-8")
    assert parse_task_file(text.encode(), "scenarios/tasks/6-10.yaml", shipped_catalogs()).band == "6-10"


def test_all_bands_is_a_band_for_task_files_only_when_written_all():
    text = fixture("minimal").read_text(encoding="utf-8").replace('band: "6-10"', "band: every")
    with pytest.raises(ContentError) as caught:
        parse_task_file(text.encode(), "x.yaml", shipped_catalogs())
    [problem] = caught.value.problems
    assert "the band 'every' is not known" in problem.message and "'all'" in problem.hint


def test_without_catalogs_bands_and_values_are_not_checked():
    text = fixture("unknown-value").read_text(encoding="utf-8").replace('band: all', 'band: "5-7"')
    task_file = parse_task_file(text.encode(), "x.yaml", Catalogs())
    assert task_file.band == "5-7" and task_file.cards[0].values == ("courage", "honesty", "fairnes")


def test_a_card_suits_its_own_band_and_all_cards_suit_every_band():
    own = parse(fixture("minimal")).cards[0]
    common = parse(fixture("every-kind")).cards[0]
    assert own.suits("6-10") and not own.suits("11-14")
    assert common.suits("6-10") and common.suits("15-18")


def test_the_example_in_the_authoring_guide_is_a_valid_task_file():
    guide = (paths.teacher_guide_dir() / "authoring.md").read_text(encoding="utf-8")
    section = guide.split("## Task cards", 1)[1]
    example = section.split("```yaml\n", 1)[1].split("```", 1)[0]
    task_file = parse_task_file(example.encode(), "scenarios/tasks/6-10.yaml", shipped_catalogs())
    assert [card.id for card in task_file.cards] == ["safe-grown-up"]
