"""Reading the bytes of a content file: encodings, empty files, size and nesting limits, syntax errors."""

from __future__ import annotations

import pytest

from play_for_integrity.content.problems import ContentError
from play_for_integrity.content.scenario_parser import parse_scenario
from play_for_integrity.content.yaml_source import MAX_FILE_BYTES, MAX_NESTING, decode, load_bytes

from .helpers import VALID, shipped_catalogs


def only_problem(data: bytes, path: str = "x.yaml"):
    with pytest.raises(ContentError) as caught:
        load_bytes(data, path)
    assert len(caught.value.problems) == 1
    return caught.value.problems[0]


def test_windows_1251_is_named_with_the_place_of_the_first_bad_byte():
    data = "title: ok\nstory: Айгерім\n".encode("utf-8")[:10] + "story: Привет, Дияр\n".encode("cp1251")
    problem = only_problem(data)
    assert (problem.line, problem.column) == (2, 8)
    assert "Windows-1251" in problem.message and "UTF-8" in problem.hint


def test_other_non_utf8_bytes_are_reported_without_guessing_cyrillic():
    problem = only_problem(b"title: caf\xe9 \xe9t\xe9\n")
    assert "not UTF-8" in problem.message and "Windows-1251" not in problem.message
    assert (problem.line, problem.column) == (1, 11)


def test_utf16_is_recognised_by_its_byte_order_mark():
    assert "UTF-16" in only_problem("id: x\n".encode("utf-16")).message


def test_utf8_byte_order_mark_is_accepted():
    assert decode(b"\xef\xbb\xbfid: x\n", "x.yaml") == "id: x\n"


@pytest.mark.parametrize("data", [b"", b"   \n\n", b"# only a comment\n"])
def test_empty_file_is_reported(data):
    assert "empty" in only_problem(data).message


def test_file_over_the_size_limit_is_refused_before_parsing():
    problem = only_problem(b"# " + b"x" * MAX_FILE_BYTES + b"\n")
    assert "limit" in problem.message and "split" in problem.hint


def test_deep_nesting_is_refused_instead_of_crashing_the_parser():
    depth = 100_000  # libyaml segfaults on this without the guard
    problem = only_problem(b"a: " + b"[" * depth + b"]" * depth)
    assert (problem.line, problem.column) == (1, 4 + MAX_NESTING)


def test_nul_byte_means_not_a_text_file():
    assert "NUL" in only_problem(b"id: x\n\x00\n").message


def test_two_documents_in_one_file_are_refused():
    problem = only_problem(b"id: a\n---\nid: b\n")
    assert (problem.line, problem.column) == (2, 1)
    assert "one scenario per file" in problem.hint


def test_alias_bomb_is_refused_without_expanding_it():
    lines = ["a0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]"]
    lines += [f"a{i}: &a{i} [{', '.join([f'*a{i - 1}'] * 9)}]" for i in range(1, 10)]  # 9**10 items if expanded
    base = next(p for p in VALID if p.stem == "minimal").read_text(encoding="utf-8")
    bomb = "\n".join(lines) + "\n" + base.replace("discussion:\n  - What would you do?", "discussion: [*a9, *a9]")
    with pytest.raises(ContentError) as caught:
        parse_scenario(bomb.encode(), "bomb.yaml", shipped_catalogs())
    messages = " ".join(p.message for p in caught.value.problems)
    assert "unknown field 'a0'" in messages
    assert "a discussion question must be text, not a list" in messages
    assert "repeated elsewhere by an alias" in messages
