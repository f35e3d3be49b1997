"""Read a YAML content file (a regular file of bounded size) and turn it into a node tree, or say exactly why not."""

from __future__ import annotations

from pathlib import Path

import yaml

from play_for_integrity.content.problems import ContentError, Problem
from play_for_integrity.safe_files import UnfitFile, read_regular_file

try:  # libyaml's parser when present: about ten times faster
    _Parser = yaml.CSafeLoader
except AttributeError:  # pragma: no cover - depends on how PyYAML was built
    _Parser = yaml.SafeLoader  # type: ignore[misc]

_TAGS: dict[str, str] = {}  # a short plain value's tag (str, int, bool...), found once per distinct value
_TAGGED_LENGTH = 40  # keys, ids and numbers repeat in every file; a story's text does not
_DEFAULT_TAGS = {yaml.ScalarNode: _Parser.DEFAULT_SCALAR_TAG, yaml.SequenceNode: _Parser.DEFAULT_SEQUENCE_TAG,
                 yaml.MappingNode: _Parser.DEFAULT_MAPPING_TAG}


class _Loader(_Parser):  # type: ignore[misc, valid-type]
    """The safe loader with the resolver's per-node work cut to what content files need: they never use path
    resolvers, so only a plain scalar's implicit tag (int, bool...) is looked up, once per distinct short value.

    libyaml's composer calls back into Python for every node (resolve, descend_resolver, ascend_resolver): cutting
    those calls composes 1,000 scenario files a quarter faster (0.57 s -> 0.42 s of CPU).
    """

    # Path resolvers are the only state these two keep, and content files have none: a do-nothing callable written
    # in C (a type is not bound as a method, so it gets the composer's arguments as they are) spares a Python call
    # per node. `slice` takes the two arguments of descend_resolver(parent, index), `tuple` none.
    descend_resolver = slice
    ascend_resolver = tuple

    def resolve(self, kind: type, value: str | None, implicit: tuple[bool, bool]) -> str:
        if kind is not yaml.ScalarNode or not implicit[0]:
            return _DEFAULT_TAGS[kind]  # a collection, or a scalar not written plain: what the resolver gives too
        tag = _TAGS.get(value)  # type: ignore[arg-type]
        if tag is None:
            tag = super().resolve(kind, value, implicit)
            if len(value) <= _TAGGED_LENGTH and len(_TAGS) < 65536:  # type: ignore[arg-type]
                _TAGS[value] = tag  # type: ignore[index]
        return tag


if _Loader.yaml_path_resolvers:  # pragma: no cover - a PyYAML whose safe loader came with path resolvers
    raise ImportError("the content loader assumes PyYAML's safe loader has no path resolvers")

MAX_FILE_BYTES = 256 * 1024
MAX_NESTING = 64
_UTF8_BOM = b"\xef\xbb\xbf"


def read_content_file(path: Path, shown: str) -> bytes:
    """A content file's bytes; a path that is not a regular file, or is too large, is one Problem at line 1."""
    try:
        return read_regular_file(path, MAX_FILE_BYTES)
    except UnfitFile as err:
        if err.kind:
            raise ContentError([Problem(shown, 1, 1, f"not a regular file: it is {err.kind}",
                                        "give the path of a scenario or task file (.yaml)")]) from None
        raise ContentError([_too_large(shown, err.size)]) from None


def _too_large(path: str, size: int) -> Problem:
    return Problem(path, 1, 1, f"the file is {size // 1024} KiB, over the {MAX_FILE_BYTES // 1024} KiB limit for one "
                               "content file", "split it into several scenario files, one dilemma each")


def _line_col_of_offset(data: bytes, offset: int) -> tuple[int, int]:
    before = data[:offset]
    line = before.count(b"\n") + 1
    start = before.rfind(b"\n") + 1
    return line, len(before[start:].decode("utf-8", "replace")) + 1


def _looks_like_windows_1251(data: bytes) -> bool:
    """Cyrillic in Windows-1251 is runs of bytes 0xC0-0xFF; Latin accents are lone high bytes."""
    high = [i for i, b in enumerate(data) if b >= 0x80]
    if not high:
        return False
    letters = sum(1 for i in high if data[i] >= 0xC0 or data[i] in (0xA8, 0xB8, 0xB2, 0xB3, 0xAA, 0xBA, 0xAF, 0xBF))
    in_runs = sum(1 for i in high if (i > 0 and data[i - 1] >= 0x80) or (i + 1 < len(data) and data[i + 1] >= 0x80))
    return letters / len(high) >= 0.8 and in_runs / len(high) >= 0.6


def decode(data: bytes, path: str) -> str:
    """UTF-8 text of a content file; other encodings are named so the author can re-save."""
    if len(data) > MAX_FILE_BYTES:
        raise ContentError([_too_large(path, len(data))])
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise ContentError([Problem(path, 1, 1, "the file is saved as UTF-16, not UTF-8",
                                    "in your editor choose 'Save with encoding' -> UTF-8 and save again")])
    if data.startswith(_UTF8_BOM):
        data = data[len(_UTF8_BOM):]
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as err:
        line, col = _line_col_of_offset(data, err.start)
        if _looks_like_windows_1251(data):
            message = "the file is not UTF-8: it looks like Windows-1251 (Cyrillic)"
            hint = "open it in your editor, choose 'Reopen with encoding' -> Windows-1251, then save it as UTF-8"
        else:
            message = f"the file is not UTF-8 (byte 0x{data[err.start]:02X} cannot start or continue a UTF-8 character)"
            hint = "save the file as UTF-8 in your editor"
        raise ContentError([Problem(path, line, col, message, hint)]) from None
    if "\x00" in text:
        line, col = _line_col_of_offset(data, data.index(b"\x00"))
        raise ContentError([Problem(path, line, col, "the file contains a NUL character, so it is not a text file",
                                    "check that you chose the right file; scenario files are plain text")])
    return text


def _check_nesting(text: str, path: str) -> None:
    """Refuse absurdly deep [ { nesting before the parser sees it (libyaml recurses without a limit)."""
    if text.count("[") + text.count("{") <= MAX_NESTING:
        return
    depth = 0
    for offset, char in enumerate(text):
        if char in "[{":
            depth += 1
            if depth > MAX_NESTING:
                line = text.count("\n", 0, offset) + 1
                col = offset - (text.rfind("\n", 0, offset) + 1) + 1
                raise ContentError([Problem(path, line, col, f"brackets are nested more than {MAX_NESTING} levels deep",
                                            "content files need only a few levels: check for unclosed [ or {")])
        elif char in "]}":
            depth = max(0, depth - 1)


def compose(text: str, path: str) -> yaml.Node:
    """The single YAML document in `text` as a node tree with line/column marks."""
    _check_nesting(text, path)
    try:
        node = yaml.compose(text, Loader=_Loader)
    except yaml.MarkedYAMLError as err:
        mark = err.problem_mark or err.context_mark
        line, col = (mark.line + 1, mark.column + 1) if mark else (1, 1)
        tab = _tab_problem(text, err)
        if tab is not None:
            raise ContentError([Problem(path, line, col, tab, "replace the tab with spaces")]) from None
        what = err.problem or "YAML syntax error"
        if err.context:
            what = f"{err.context}, {what}"
        raise ContentError([Problem(path, line, col, f"YAML syntax error: {what}", _syntax_hint(what))]) from None
    except yaml.YAMLError as err:  # reader errors: control characters and the like
        mark = getattr(err, "position", None)
        line = text.count("\n", 0, mark) + 1 if isinstance(mark, int) else 1
        raise ContentError([Problem(path, line, 1, f"YAML cannot read the file: {err}",
                                    "remove control characters; save the file as plain UTF-8 text")]) from None
    if node is None:
        raise ContentError([Problem(path, 1, 1, "the file is empty (or holds only comments)",
                                    "start from the example in teacher_guide/authoring.md")])
    return node


def _tab_problem(text: str, err: yaml.MarkedYAMLError) -> str | None:
    """PyYAML's words for a tab ('found character that cannot start any token') put as an author would."""
    mark = err.problem_mark
    problem = err.problem or ""
    at = text[mark.index:mark.index + 1] if mark is not None and 0 <= mark.index < len(text) else ""
    if mark is None or not ("tab character" in problem or ("cannot start any token" in problem and at == "\t")):
        return None
    before = text[mark.index - mark.column:mark.index]
    if before.strip(" \t"):
        return "a tab is used where YAML needs a space"
    return "a tab is used for indentation; YAML needs spaces"


def _syntax_hint(what: str) -> str:
    if "tab" in what.lower():
        return "YAML indents with spaces only: replace the tab characters with spaces"
    if "mapping values are not allowed" in what:
        return "a text containing ': ' must be put in quotes, or written as a block after '|'"
    if "expected a single document" in what:
        return "keep one scenario per file: remove the second '---' or split the file"
    if "found character" in what and ("'@'" in what or "'`'" in what):
        return "text that starts with @ or ` must be put in quotes"
    if "while scanning a quoted scalar" in what or "end of stream" in what:
        return "a quote was opened and never closed: check the quotes on this line and above"
    return "check the indentation and the quotes on this line and the line above"


def load_bytes(data: bytes, path: str) -> yaml.Node:
    """Decode and compose in one step."""
    return compose(decode(data, path), path)


def load_source(data: bytes, path: str) -> tuple[str, yaml.Node]:
    """The decoded text and its node tree: the text lets checks read the rest of a text's line."""
    text = decode(data, path)
    return text, compose(text, path)
