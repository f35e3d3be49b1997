"""Read a .po file strictly: every syntax slip becomes 'file:line: what is wrong: the fix', never a lost letter.

Babel alone accepts `msgstr "Ойнау` (no closing quote) and drops the last letter, keeps only the first of
two entries with the same msgid, and turns `#| msgid` lines into translator comments. This module checks
each line first, then parses with Babel and hands back the previous msgids it would have mangled.
"""

from __future__ import annotations

import codecs
import re
from pathlib import Path

from babel.messages.catalog import Catalog, Message
from babel.messages.pofile import PoFileError, PoFileParser, unescape

from play_for_integrity.content.problems import display_path
from play_for_integrity.i18n.languages import ENGLISH_NAMES, NPLURALS

_KEYWORD_PATTERN = r"msgctxt|msgid|msgid_plural|msgstr|msgstr\[\d+\]"
_KEYWORD = re.compile(rf"^({_KEYWORD_PATTERN})$")
_PREVIOUS = re.compile(r'^\|\s*(msgctxt|msgid|msgid_plural)?\s*(".*")$')
KEYWORDS = "msgctxt, msgid, msgid_plural, msgstr"
_QUOTED = r'"[^"\\]*(?:\\.[^"\\]*)*"'  # a quoted text, every quote inside escaped
_WELL_FORMED = re.compile(_QUOTED)
_GOOD_KEYWORD_LINE = re.compile(rf"({_KEYWORD_PATTERN}) \s*{_QUOTED}")


class PoSyntaxError(ValueError):
    """A .po file with syntax errors; `problems` holds one 'file:line: message' per error, in file order."""

    def __init__(self, problems: list[str]):
        super().__init__("\n".join(problems))
        self.problems = problems


def string_problem(text: str) -> str | None:
    """What is wrong with one quoted .po string such as `"Ойнау"`, or None when it is well formed."""
    if _WELL_FORMED.fullmatch(text):
        return None
    return _walk_problem(text)


def _walk_problem(text: str) -> str | None:
    """string_problem's answer found character by character: what the quick pattern could not accept."""
    if not text:
        return 'there is no text after the keyword: write "" for an empty text'
    if not text.startswith('"'):
        return 'the text must start with a quote ("): add it'
    index = 1
    while index < len(text):
        char = text[index]
        if char == "\\":
            index += 2
            continue
        if char == '"':
            if index == len(text) - 1:
                return None
            return ('a quote (") ends the text before the line does: write a quote inside the text as \\", '
                    "and nothing after the closing quote")
        index += 1
    return "this line's text has no closing quote (\"): add it"


class _LineChecker:
    """Walks the lines of a .po file, noting each problem and the order of its keywords."""

    def __init__(self, shown: str):
        self.shown = shown
        self.problems: list[str] = []
        self.state: str | None = None  # the last keyword of the entry being read
        self.entry_line = 0            # where that entry's msgid (or msgctxt) is

    def note(self, line: int, message: str) -> None:
        self.problems.append(f"{self.shown}:{line}: {message}")

    def end_entry(self) -> None:
        if self.state in ("msgctxt", "msgid", "msgid_plural"):
            self.note(self.entry_line, f"this entry has no msgstr: add msgstr \"\" after its {self.state}")
        self.state = None

    def keyword(self, line: int, keyword: str) -> None:
        plural_form = keyword.startswith("msgstr[")
        if keyword in ("msgctxt", "msgid") and not (keyword == "msgid" and self.state == "msgctxt"):
            self.end_entry()
            self.entry_line = line
        elif keyword == "msgid_plural" and self.state != "msgid":
            self.note(line, "msgid_plural must come right after a msgid")
        elif keyword == "msgstr" and self.state != "msgid":
            self.note(line, "this msgstr has no msgid before it: restore the msgid line")
        elif plural_form and self.state not in ("msgid_plural", "msgstr[]"):
            self.note(line, f"{keyword} must follow a msgid_plural (or another msgstr[n])")
        self.state = "msgstr[]" if plural_form else keyword

    def message_line(self, line: int, text: str) -> None:
        if text.startswith('"'):
            quoted = text
            if self.state is None:
                self.note(line, f"a quoted line outside an entry: start it with one of {KEYWORDS}, or remove it")
        else:
            keyword, _, quoted = text.partition(" ")
            if not _KEYWORD.match(keyword):
                self.note(line, f"'{keyword[:20]}' is not a .po keyword ({KEYWORDS}): correct it, "
                                "or start the line with # to make it a comment")
                return
            self.keyword(line, keyword)
        problem = string_problem(quoted.strip())
        if problem:
            self.note(line, problem)


def decode_lines(data: bytes, shown: str) -> list[str]:
    """The lines of a UTF-8 .po file (a byte-order mark is allowed); a PoSyntaxError names each bad line."""
    if data.startswith(codecs.BOM_UTF8):
        data = data[len(codecs.BOM_UTF8):]
    try:
        return data.decode("utf-8").split("\n")
    except UnicodeDecodeError:
        pass  # find the lines that are not UTF-8
    lines, problems = [], []
    for number, raw in enumerate(data.split(b"\n"), 1):
        try:
            lines.append(raw.decode("utf-8"))
        except UnicodeDecodeError:
            problems.append(f"{shown}:{number}: this line is not UTF-8 text: save the file as UTF-8 "
                            "(Poedit does), then check the line")
            lines.append("")
    if problems:
        raise PoSyntaxError(problems)
    return lines


def check_lines(lines: list[str], shown: str, comments: bool = True) -> tuple[list[str], list[str]]:
    """(problems, the lines to give Babel): `#~|` lines, which Babel cannot read, are blanked, keeping numbers;
    without `comments`, so are the comment lines but flags (`#,`) and conflict markers (`#-`)."""
    checker = _LineChecker(shown)
    for_babel = list(lines)
    for number, raw in enumerate(lines, 1):
        text = raw.strip()
        if not text:
            continue
        first = text[0]
        if first == '"' and checker.state is not None and _WELL_FORMED.fullmatch(text):
            continue  # a well-formed continuation line, the commonest kind: nothing to note
        if first != "#":
            good = _GOOD_KEYWORD_LINE.fullmatch(text)
            if good:
                checker.keyword(number, good.group(1))
            else:
                checker.message_line(number, text)
        elif text.startswith("#~"):
            body = text[2:].lstrip()
            if body.startswith("|"):
                for_babel[number - 1] = ""  # an obsolete entry's previous msgid: of no use, and Babel stops on it
            elif body:
                checker.message_line(number, body)
        else:
            checker.end_entry()
            if not comments and text[1:2] not in (",", "-"):
                for_babel[number - 1] = ""
    checker.end_entry()
    return checker.problems, for_babel


class _RecordingCatalog(Catalog):
    """A Catalog that remembers entries repeating an earlier msgid (Babel silently merges them)."""

    def __init__(self, locale: str | None) -> None:
        super().__init__(locale=locale, charset="utf-8")
        self.repeats: list[tuple[int, int]] = []  # (line of the repeat, line of the first)

    def __setitem__(self, id: str | tuple[str, ...], message: Message) -> None:  # noqa: A002 - Babel's name
        current = self._messages.get(self._key_for(id, message.context)) if id else None
        if current is not None:
            self.repeats.append((message.lineno or 0, current.lineno or 0))
        super().__setitem__(id, message)


def _babel_problem(err: PoFileError, shown: str, lang: str | None) -> str:
    line = err.lineno + 1
    text = str(err.args[0]) if err.args else str(err)
    if "more translations than num_plurals" in text and lang in NPLURALS:
        return (f"{shown}:{line}: this entry has more plural forms than {ENGLISH_NAMES[lang]} has "
                f"({NPLURALS[lang]}: msgstr[0] to msgstr[{NPLURALS[lang] - 1}]): remove the extra msgstr[n]")
    if "conflicts" in text:
        return (f"{shown}:{line}: the file holds msgcat conflict markers (#-#-#-#-#): keep one text per entry "
                "and remove the markers")
    message = text.rsplit(" on ", 1)[0]
    return f"{shown}:{line}: {message}: correct the line (Poedit shows it too)"


def take_previous_id(message: Message) -> list[str]:
    """Move the `#| msgid` (and `#| msgid_plural`) lines that Babel read as comments back to previous_id."""
    parts: dict[str, list[str]] = {}
    kept, current = [], None
    for comment in message.user_comments:
        match = _PREVIOUS.match(comment)
        if not match:
            kept.append(comment)
            current = None
            continue
        current = match.group(1) or current
        if current:
            parts.setdefault(current, []).append(unescape(match.group(2)))
    message.user_comments = kept
    found = ["".join(parts[key]) for key in ("msgid", "msgid_plural") if key in parts]
    if found:
        message.previous_id = found
    return list(message.previous_id or [])


def parse_po(data: bytes, shown: str, lang: str | None = None, *, comments: bool = True) -> Catalog:
    """The catalog in `data`; raises PoSyntaxError listing every syntax error as 'shown:line: message'.

    Without `comments` (for a catalog read only for its translations) the messages have no locations, comments or
    previous msgids, and obsolete entries are left out: Babel then parses half the lines of an extracted .po."""
    problems, lines = check_lines(decode_lines(data, shown), shown, comments)
    if problems:
        raise PoSyntaxError(problems)
    catalog = _RecordingCatalog(lang)
    try:
        PoFileParser(catalog, ignore_obsolete=not comments, abort_invalid=True).parse(lines)
    except PoFileError as err:
        raise PoSyntaxError([_babel_problem(err, shown, lang)]) from None
    if catalog.repeats:
        raise PoSyntaxError([f"{shown}:{line}: this entry repeats the msgid (and msgctxt) of the one at line "
                             f"{first}: keep one of them" for line, first in catalog.repeats])
    if comments:
        for message in catalog:
            if message.id:
                take_previous_id(message)
    return catalog


def read_po_file(path: Path, lang: str | None = None) -> Catalog:
    """A .po or .pot file read strictly (see parse_po); OSError when it cannot be read at all."""
    return parse_po(path.read_bytes(), display_path(path), lang)
