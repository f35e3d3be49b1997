"""The short cuts that make `validate` fast still report every problem at its exact line and column."""

from __future__ import annotations

import subprocess
import sys

import pytest
import yaml

from play_for_integrity.content import node_reader, text_checks
from play_for_integrity.content.fields import Id
from play_for_integrity.content.problems import ContentError
from play_for_integrity.content.record_reader import RecordReader
from play_for_integrity.content.scenario_parser import parse_scenario
from play_for_integrity.content.yaml_source import compose

from .helpers import FIXTURE_ASSETS, VALID, shipped_catalogs

MINIMAL = next(p for p in VALID if p.stem == "minimal").read_text(encoding="utf-8")


def problems(text: str) -> list[str]:
    """'line:col: message' of each problem of a scenario file."""
    try:
        parse_scenario(text.encode(), "x.yaml", shipped_catalogs(), FIXTURE_ASSETS)
    except ContentError as err:
        return [f"{p.line}:{p.column}: {p.message}" for p in err.problems]
    return []


def changed(old: str, new: str) -> str:
    assert old in MINIMAL
    return MINIMAL.replace(old, new)


def tree(node: yaml.Node) -> object:
    """A node tree as plain data: tags, values, styles and places."""
    where = (node.start_mark.line, node.start_mark.column, node.end_mark.index)
    if isinstance(node, yaml.ScalarNode):
        return node.tag, node.value, node.style, where
    if isinstance(node, yaml.SequenceNode):
        return node.tag, where, [tree(item) for item in node.value]
    return node.tag, where, [(tree(key), tree(value)) for key, value in node.value]


SCALARS = ["plain: text", "number: 12", "quoted number: '12'", 'double quoted: "12"', "negative: -3", "hex: 0x10",
           "decimal: 1.5", "yes: yes", "no: No", "nothing: ~", "empty:", "date: 2001-12-14", "merge: <<", "value: =",
           "tagged: ! 12", "typed: !!str 12", "block: |\n  12", "folded: >-\n  true",
           "list: [1, '1', true, 'true', null]"]
KINDS_OF_SCALAR = "\n".join(SCALARS) + "\n"
REVERSED = "\n".join(reversed(SCALARS)) + "\n"  # the values remembered first come last


@pytest.mark.parametrize("text", [KINDS_OF_SCALAR, REVERSED, MINIMAL])
def test_the_content_loader_gives_the_tree_pyyaml_gives(text: str):
    safe = getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # the parser the content loader builds on
    assert tree(compose(text, "x.yaml")) == tree(yaml.compose(text, Loader=safe))


def test_a_value_gets_its_tag_by_how_it_is_written_whatever_came_before():
    # The tags of short plain values are remembered: a quoted '12' after a plain 12 must stay text, and back.
    for text in ("a: 12\nb: '12'\nc: 12\n", "a: '12'\nb: 12\nc: '12'\n"):
        tags = [value.tag.rsplit(":", 1)[1] for _key, value in compose(text, "x.yaml").value]
        expected = ["int", "str", "int"] if text.startswith("a: 12") else ["str", "int", "str"]
        assert tags == expected


def test_an_ampersand_in_a_text_is_fine():
    text = changed("title: A minimal scenario", "title: Q&A about homework")
    assert problems(text) == []


def test_an_alias_is_named_at_its_place_in_a_file_with_an_ampersand_only_in_a_text():
    text = changed("title: A minimal scenario", "title: Q&A about homework")
    text = text.replace("  author: Test", "  author: &who Test").replace("  source: Original", "  source: *who")
    assert problems(text) == ["24:11: the source is marked with an anchor (&name) and repeated elsewhere by an "
                              "alias (*name)"]


def test_a_control_character_in_an_english_text_is_named_where_it_stands():
    text = changed("text: Tell the teacher.", 'text: "Tell the\\tteacher."')
    assert problems(text) == ["12:15: the character U+0009 (a tab) cannot be shown in the game"]


def test_a_line_break_in_a_one_line_english_text_is_named():
    text = changed("title: A minimal scenario", 'title: "A minimal\\nscenario"')
    assert problems(text) == ["5:8: the title has a line break, but it must be one line"]


def test_english_texts_are_checked_without_reading_the_fonts(monkeypatch: pytest.MonkeyPatch):
    def no_fonts(*_args):
        raise AssertionError("the fonts were read for a text in plain ASCII")

    monkeypatch.setattr(text_checks, "covered_code_points", no_fonts)
    monkeypatch.setattr(node_reader.text_checks, "covered_code_points", no_fonts)
    assert problems(MINIMAL) == []
    with pytest.raises(AssertionError, match="fonts were read"):
        problems(changed("title: A minimal scenario", "title: Қазақ тілі"))


def test_a_comment_after_a_tab_is_found_at_its_column():
    text = changed("text: Tell the teacher.", "text: Tell the teacher.\t# the good one")
    assert problems(text) == ["12:33: the text is cut at ' #' (YAML reads the rest as a comment)"]


def test_unknown_and_missing_fields_are_still_named():
    text = changed("        board: ladder\n", "        bord: ladder\n")
    assert problems(text) == ["14:9: unknown field 'bord' in a choice of node 'start'",
                              "11:9: a choice of node 'start' is missing the field 'board'"]


def test_a_missing_field_alone_is_named():
    text = changed("        board: ladder\n", "")
    assert problems(text) == ["11:9: a choice of node 'start' is missing the field 'board'"]


def test_a_kind_of_value_without_a_reader_is_a_programming_error():
    class Colour(Id):
        """A kind a developer might add to fields.py and forget to read."""

    with pytest.raises(TypeError, match="no reader for the kind"):
        RecordReader("x.yaml").value(Colour(), compose("red", "x.yaml"), "the colour", "the scenario")


def test_validate_loads_no_fonttools_pygame_babel_or_screens():
    script = ("import sys\nfrom play_for_integrity.cli import main\n"
              "code = main(['validate', '--no-fit'])\n"
              "print(code, sorted({m.split('.')[0] for m in sys.modules} & {'fontTools', 'pygame', 'babel'}),"
              " sorted(m for m in sys.modules if m.startswith(('play_for_integrity.ui', 'play_for_integrity.i18n'))))")
    subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True)  # caches the fonts'
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True)
    assert done.stdout.strip().splitlines()[-1] == "0 [] []"
