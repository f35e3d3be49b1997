"""Read typed fields out of a composed YAML node tree, collecting precise problems as it goes."""

from __future__ import annotations

import difflib
import re
from collections.abc import Iterable

import yaml

from play_for_integrity.content import text_checks
from play_for_integrity.content.fields import ID_PATTERN as _ID_PATTERN
from play_for_integrity.content.fields import ID_RULE
from play_for_integrity.content.problems import Problem
from play_for_integrity.content.text_checks import TextProblem, character_problems, comment_cut

TAG_STR = "tag:yaml.org,2002:str"
TAG_INT = "tag:yaml.org,2002:int"
TAG_BOOL = "tag:yaml.org,2002:bool"
TAG_NULL = "tag:yaml.org,2002:null"
TAG_FLOAT = "tag:yaml.org,2002:float"
TAG_MAP = "tag:yaml.org,2002:map"
TAG_SEQ = "tag:yaml.org,2002:seq"
_PLAIN_TAGS = {TAG_STR, TAG_INT, TAG_BOOL, TAG_NULL, TAG_FLOAT, TAG_MAP, TAG_SEQ,
               "tag:yaml.org,2002:timestamp"}

ID_PATTERN = re.compile(_ID_PATTERN)

_TYPE_NAMES = {
    TAG_STR: "text", TAG_INT: "a whole number", TAG_BOOL: "a yes/no value", TAG_NULL: "nothing (an empty value)",
    TAG_FLOAT: "a decimal number", TAG_MAP: "a set of fields", TAG_SEQ: "a list",
    "tag:yaml.org,2002:timestamp": "a date",
}


# Characters already found drawable, per (line breaks allowed, the font coverage they were checked against): a
# library's texts share a few hundred, so most texts need no character-by-character check (a tenth of `validate`).
_DRAWABLE: dict[tuple[bool, frozenset[int] | None], set[str]] = {}


def _drawable(line_breaks: bool, drawn: bool) -> set[str]:
    """The characters known to pass character_problems with these options (empty at first)."""
    covered = text_checks.covered_code_points() if drawn else None
    key = (line_breaks, covered)
    found = _DRAWABLE.get(key)
    if found is None:
        if len(_DRAWABLE) > 8:  # another font folder in tests: keep only what is used
            _DRAWABLE.clear()
        found = _DRAWABLE[key] = set()
    return found


def _plain_ascii(text: str, line_breaks: bool) -> bool:
    """Printable ASCII (with line breaks where allowed): what character_problems passes without a font."""
    return text.isascii() and (text.isprintable() or (line_breaks and text.replace("\n", "").isprintable()))


class NodeReader:
    """Reads one file's node tree; every problem is recorded with its line and column."""

    def __init__(self, path: str, source: str = ""):
        self.path = path
        self.source = source  # the decoded file the nodes were composed from, for the checks that read around a text
        self.problems: list[Problem] = []
        self._seen: set[int] = set()
        # Only an anchor (&name) lets an alias repeat a node, so a file without '&' needs no watch for repeats.
        self._watch_repeats = not source or "&" in source

    # -- reporting ---------------------------------------------------------
    def report(self, node: yaml.Node, message: str, hint: str = "") -> None:
        mark = node.start_mark
        self.problems.append(Problem(self.path, mark.line + 1, mark.column + 1, message, hint))

    def _report_text(self, found: TextProblem) -> None:
        self.problems.append(Problem(self.path, found.line, found.column, found.message, found.hint))

    def _accept(self, node: yaml.Node, what: str) -> bool:
        """Refuse aliases (and so alias bombs) and tags that would construct objects."""
        if self._watch_repeats:
            if id(node) in self._seen:
                self.report(node, f"{what} is marked with an anchor (&name) and repeated elsewhere by an alias "
                                  "(*name)",
                            "anchors (&name) and aliases (*name) are not allowed in content files: write the text out")
                return False
            self._seen.add(id(node))
        if node.tag not in _PLAIN_TAGS:
            self.report(node, f"{what} has the tag {node.tag!r}, which content files do not allow",
                        "remove the '!' tag: content files hold only plain text, numbers, lists and fields")
            return False
        return True

    def _wrong_type(self, node: yaml.Node, what: str, expected: str) -> None:
        got = _TYPE_NAMES.get(node.tag, "something else")
        hint = ""
        if expected == "text" and isinstance(node, yaml.ScalarNode):
            hint = f'put it in quotes: "{node.value}"'
        elif expected == "text" and isinstance(node, yaml.MappingNode):
            hint = "a text containing ': ' must be put in quotes, or written as a block after '|'"
        self.report(node, f"{what} must be {expected}, not {got}", hint)

    # -- structure ---------------------------------------------------------
    def mapping(self, node: yaml.Node, what: str) -> dict[str, tuple[yaml.Node, yaml.Node]] | None:
        """The fields of a mapping node, in order, keyed by name; duplicate keys are problems."""
        if not self._accept(node, what):
            return None
        if not isinstance(node, yaml.MappingNode):
            self._wrong_type(node, what, "a set of fields (name: value)")
            return None
        fields: dict[str, tuple[yaml.Node, yaml.Node]] = {}
        for key, value in node.value:
            if not isinstance(key, yaml.ScalarNode) or key.tag == TAG_NULL or key.value == "<<":
                self.report(key, f"{what} has a field name that is not plain text",
                            "field names are single words such as 'title'; merge keys (<<) are not allowed")
                continue
            if key.value in fields:
                first = fields[key.value][0].start_mark.line + 1
                self.report(key, f"the field '{key.value}' appears twice in {what} (first on line {first})",
                            "keep one of them: YAML would silently drop the first")
                continue
            fields[key.value] = (key, value)
        return fields

    def check_fields(self, node: yaml.Node, fields: dict[str, tuple[yaml.Node, yaml.Node]], what: str,
                     required: Iterable[str], optional: Iterable[str] = ()) -> None:
        required = list(required)
        known = required + list(optional)
        for name, (key, _value) in fields.items():
            if name not in known:
                close = difflib.get_close_matches(name, known, n=1, cutoff=0.6)
                hint = f"did you mean '{close[0]}'?" if close else f"the fields of {what} are: {', '.join(known)}"
                self.report(key, f"unknown field '{name}' in {what}", hint)
        for name in required:
            if name not in fields:
                self.report(node, f"{what} is missing the field '{name}'", f"add '{name}:' to {what}")

    def sequence(self, node: yaml.Node, what: str, min_items: int = 0, max_items: int | None = None
                 ) -> list[yaml.Node] | None:
        if not self._accept(node, what):
            return None
        if not isinstance(node, yaml.SequenceNode):
            self._wrong_type(node, what, "a list (lines starting with '- ')")
            return None
        items = node.value
        if len(items) < min_items or (max_items is not None and len(items) > max_items):
            span = f"{min_items} to {max_items}" if max_items is not None else f"at least {min_items}"
            self.report(node, f"{what} has {len(items)} item{'s' if len(items) != 1 else ''}; it needs {span}",
                        "add or remove items")
            return None
        return items

    # -- scalars -----------------------------------------------------------
    def text(self, node: yaml.Node, what: str, max_length: int | None = None, *, line_breaks: bool = False,
             drawn: bool = True) -> str | None:
        """A non-empty text within `max_length`, with only characters the game can draw (when `drawn`)."""
        if not self._accept(node, what):
            return None
        if not isinstance(node, yaml.ScalarNode) or node.tag != TAG_STR:
            self._wrong_type(node, what, "text")
            return None
        value = node.value
        if not value.strip():
            self.report(node, f"{what} is empty", "write the text, or remove the field if it is optional")
            return None
        if max_length is not None and len(value) > max_length:
            self.report(node, f"{what} is {len(value)} characters long; the limit is {max_length}",
                        "shorten it: it must fit on screen in Kazakh and Russian too, which run 15-35 % longer")
            return None
        text = value.strip()
        if _plain_ascii(text, line_breaks):
            found = []  # every font draws printable ASCII: no need to read the fonts for it
        else:
            drawable = _drawable(line_breaks, drawn)
            if drawable.issuperset(text):
                found = []
            else:
                found = list(character_problems(node, text, what, self.source, line_breaks=line_breaks, drawn=drawn))
                if not found:
                    drawable.update(text)
        cut = comment_cut(node, self.source) if drawn else None
        for problem in ([cut] if cut else []) + found:
            self._report_text(problem)
        return None if cut or found else value.strip()

    def identifier(self, node: yaml.Node, what: str) -> str | None:
        if not self._accept(node, what):
            return None
        if not isinstance(node, yaml.ScalarNode) or node.tag not in (TAG_STR, TAG_INT):
            self._wrong_type(node, what, "an id")
            return None
        value = node.value
        if not ID_PATTERN.fullmatch(value):
            suggestion = re.sub(r"[^a-z0-9_-]+", "-", value.lower()).strip("-_") or "my-id"
            self.report(node, f"{what} '{value}' is not a valid id", f"use {ID_RULE}, for example '{suggestion}'")
            return None
        return value

    def integer(self, node: yaml.Node, what: str, low: int, high: int) -> int | None:
        if not self._accept(node, what):
            return None
        if not isinstance(node, yaml.ScalarNode) or node.tag != TAG_INT:
            self._wrong_type(node, what, f"a whole number from {low} to {high}")
            return None
        try:
            value = int(node.value.replace("_", ""), 0)
        except ValueError:
            self._wrong_type(node, what, f"a whole number from {low} to {high}")
            return None
        if not low <= value <= high:
            self.report(node, f"{what} is {value}, outside the range {low} to {high}",
                        f"use a whole number from {low} to {high}")
            return None
        return value

    def choice_of(self, node: yaml.Node, what: str, allowed: Iterable[str]) -> str | None:
        allowed = list(allowed)
        if not self._accept(node, what):
            return None
        if not isinstance(node, yaml.ScalarNode) or node.tag != TAG_STR:
            self._wrong_type(node, what, f"one of: {', '.join(allowed)}")
            return None
        if node.value not in allowed:
            self.unknown(node, what, node.value, allowed)
            return None
        return node.value

    def unknown(self, node: yaml.Node, what: str, value: str, known: Iterable[str], where: str = "") -> None:
        known = list(known)
        close = difflib.get_close_matches(value, known, n=1, cutoff=0.6)
        hint = f"did you mean '{close[0]}'?" if close else f"use one of: {', '.join(known) or '(none defined)'}"
        if where:
            hint += f" ({where})"
        self.report(node, f"{what} '{value}' is not known", hint)
