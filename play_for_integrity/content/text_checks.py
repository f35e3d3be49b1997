"""Checks on a content text's characters: a plain text cut short by ' #', and characters the game cannot draw."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass

import yaml

from play_for_integrity.content.font_coverage import covered_code_points

LINE_BREAKS = "\r\n\x85\u2028\u2029"  # what YAML counts as the end of a line
_NAMES = {"\t": "a tab", "\r": "a carriage return", "\x00": "NUL", "\x1b": "escape", "\x7f": "delete"}
_INVISIBLE = {"Cs": "half of a surrogate pair", "Co": "a private-use character", "Cn": "not a defined character"}
USE_A_WORD = "remove it or use a word"
_COMMENT_AFTER = re.compile(r"[ \t]+#")


@dataclass(frozen=True)
class TextProblem:
    """One problem in a text, at a line and column (1-based) of its file."""

    line: int
    column: int
    message: str
    hint: str


def comment_cut(node: yaml.ScalarNode, source: str) -> TextProblem | None:
    """A plain (unquoted) text followed by ' #' on its line: YAML took the rest of the line for a comment."""
    if node.style not in (None, "") or not source:
        return None
    end = node.end_mark
    comment = _COMMENT_AFTER.match(source, end.index)  # blanks then '#': never past the end of the line
    if comment is None:
        return None
    return TextProblem(end.line + 1, end.column + comment.end() - end.index,
                       "the text is cut at ' #' (YAML reads the rest as a comment)", "put the whole text in quotes")


def _why_not_drawn(char: str, what: str, line_breaks: bool, covered: frozenset[int] | None) -> tuple[str, str] | None:
    code = f"U+{ord(char):04X}"
    category = unicodedata.category(char)
    if char == "\n":
        if line_breaks:
            return None
        return (f"{what} has a line break, but it must be one line",
                "write it on one line (after '|' line breaks are kept; after '>-' they become spaces)")
    if category == "Cc":
        name = _NAMES.get(char, "a control character")
        return (f"the character {code} ({name}) cannot be shown in the game",
                "remove it: it comes from an escape such as \\t or \\x00 in a quoted text, or from copying")
    if category in _INVISIBLE:
        return f"the character {code} is {_INVISIBLE[category]} and would show as a box", USE_A_WORD
    if covered is not None and ord(char) not in covered:
        return f"the character {code} ({char}) is not in the game's font and would show as a box", USE_A_WORD
    return None


def _position(node: yaml.Node, source: str, char: str) -> tuple[int, int]:
    """Line and column of `char` inside the node's source text; the node's start when it was an escape."""
    start, end = node.start_mark, node.end_mark
    found = source.find(char, start.index, end.index) if source and char != "\n" else -1
    if found < 0:
        return start.line + 1, start.column + 1
    line, line_start = start.line, start.index - start.column
    index = start.index
    while index < found:
        if source[index] in LINE_BREAKS and not (source[index] == "\r" and source[index + 1:index + 2] == "\n"):
            line, line_start = line + 1, index + 1
        index += 1
    return line + 1, found - line_start + 1


def character_problems(node: yaml.Node, value: str, what: str, source: str, *, line_breaks: bool = False,
                       drawn: bool = True) -> Iterator[TextProblem]:
    """Each distinct character of `value` that the game cannot show, where it first appears."""
    covered = covered_code_points() if drawn else None
    for char in dict.fromkeys(value):
        if char.isascii() and char.isprintable():
            continue
        why = _why_not_drawn(char, what, line_breaks, covered)
        if why is not None:
            yield TextProblem(*_position(node, source, char), *why)
