"""Texts the game could not show as written: cut by ' #', line breaks, control characters, missing glyphs."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from play_for_integrity import paths
from play_for_integrity.content.catalogs import load_catalogs
from play_for_integrity.content.font_coverage import covered_code_points
from play_for_integrity.content.problems import ContentError
from play_for_integrity.content.scenario_parser import parse_scenario
from play_for_integrity.content.yaml_source import load_bytes

from .helpers import FIXTURE_ASSETS, VALID, shipped_catalogs

MINIMAL = next(p for p in VALID if p.stem == "minimal").read_text(encoding="utf-8")


def problems(old: str, new: str) -> list[str]:
    """The problems (as 'line:col: message') of the minimal scenario with `old` replaced by `new`."""
    assert old in MINIMAL
    try:
        parse_scenario(MINIMAL.replace(old, new).encode(), "x.yaml", shipped_catalogs(), FIXTURE_ASSETS)
    except ContentError as err:
        return [f"{p.line}:{p.column}: {p.message}" for p in err.problems]
    return []


@pytest.mark.parametrize("new", [
    'text: "Give back sticker #1."  # a comment after quotes is a comment',
    "text: Give back sticker#1.",
    "text: >-\n          Give back sticker #1\n          and tell the teacher.",
])
def test_a_hash_is_fine_in_quotes_blocks_and_words(new: str):
    assert problems("text: Tell the teacher.", new) == []


def test_a_comment_after_a_plain_text_is_reported_even_when_meant_as_one():
    found = problems("text: Tell the teacher.", "text: Give back the sticker.   # the good option")
    assert found == ["12:40: the text is cut at ' #' (YAML reads the rest as a comment)"]


def test_a_comment_after_an_id_or_a_number_is_a_comment():
    assert problems("- id: tell", "- id: tell  # the good one") == []
    assert problems("effects: {honesty: 2}", "effects: {honesty: 2}  # a clear +2") == []


def test_a_plain_text_continued_on_the_next_line_is_cut_where_the_hash_is():
    found = problems("text: Tell the teacher.", "text: Tell the\n          teacher #1 now.")
    assert found == ["13:19: the text is cut at ' #' (YAML reads the rest as a comment)"]


def test_kazakh_russian_and_the_usual_signs_are_drawn():
    title = "title: Қазақ тілі — «сөз» №1, 500 ₸, Ёлка…"
    assert problems("title: A minimal scenario", title) == []


def test_line_breaks_are_kept_where_paragraphs_are_allowed():
    assert problems("story: Aruzhan forgot her homework.", "story: |\n      Aruzhan forgot.\n\n      Again.") == []
    assert problems("- What would you do?", '- "What would\\nyou do?"') == [
        "22:5: a discussion question has a line break, but it must be one line"]


@pytest.mark.parametrize(("escape", "shown"), [("\\t", "U+0009 (a tab)"), ("\\x1b", "U+001B (escape)"),
                                               ("\\r", "U+000D (a carriage return)")])
def test_control_characters_from_escapes_are_named(escape: str, shown: str):
    [found] = problems("title: A minimal scenario", f'title: "A minimal{escape}scenario"')
    assert found == f"5:8: the character {shown} cannot be shown in the game"


def test_an_unassigned_code_point_is_reported_where_it_stands():
    [found] = problems("title: A minimal scenario", "title: A minimal \u0378 scenario")
    assert found == "5:18: the character U+0378 is not a defined character and would show as a box"


def test_each_missing_character_is_reported_once_at_its_first_place():
    found = problems("title: A minimal scenario", "title: 😀 A minimal 😀 scenario ★")
    assert [f.split(": the character ")[1][:8] for f in found] == ["U+1F600 ", "U+2605 ("]
    assert found[0].startswith("5:8:")


def test_catalog_texts_are_checked_too(tmp_path: Path):
    for name in ("bands.yaml", "values.yaml", "topics.yaml"):
        shutil.copy(paths.scenarios_dir() / name, tmp_path / name)
    topics = tmp_path / "topics.yaml"
    topics.write_text(topics.read_text(encoding="utf-8").replace("name: ", "name: 🎓 ", 1), encoding="utf-8")
    [problem] = load_catalogs(tmp_path).problems
    assert problem.path.endswith("topics.yaml") and "U+1F393" in problem.message and problem.column > 1


def test_the_font_coverage_is_read_from_the_shipped_fonts(tmp_path: Path):
    covered = covered_code_points()
    assert covered is not None and ord("Қ") in covered and ord("😀") not in covered
    assert covered_code_points(tmp_path) is None  # no fonts: the check is off, not everything an error


@pytest.mark.parametrize(("data", "place"), [(b"a:\n\tb: 1\n", (2, 1)), (b"a:\n  - x\n\t- y\n", (3, 1)),
                                             (b"a:\n    b: 1\n  \tc: 2\n", (3, 3))])
def test_a_tab_in_the_indentation_is_named_as_such(data: bytes, place: tuple[int, int]):
    with pytest.raises(ContentError) as caught:
        load_bytes(data, "x.yaml")
    [problem] = caught.value.problems
    assert (problem.line, problem.column) == place
    assert (problem.message, problem.hint) == ("a tab is used for indentation; YAML needs spaces",
                                               "replace the tab with spaces")
