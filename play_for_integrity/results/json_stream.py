"""Read a results export one session at a time with the standard library's JSON decoder.

The file's top-level object is walked by hand and every value in it (each session, the format, ...) is decoded by
json.JSONDecoder.raw_decode from a buffer that holds little more than that value, so a 100,000-answer file never
sits in memory whole, as text or as objects.
"""

from __future__ import annotations

import codecs
import json
from collections.abc import Iterator
from typing import IO, Any

CHUNK = 1 << 20  # bytes read at a time
_WHITESPACE = " \t\n\r"


class StreamError(ValueError):
    """The file is not complete JSON; `line` and `column` say where, as json.JSONDecodeError does."""

    def __init__(self, msg: str, line: int, column: int) -> None:
        super().__init__(f"{msg}: line {line} column {column}")
        self.msg, self.lineno, self.colno = msg, line, column


class TopLevel:
    """Yields (key, value) in file order, the sessions as ("session", (index, session)); `read` counts bytes."""

    def __init__(self, handle: IO[bytes]) -> None:
        self._handle = handle
        self._decoder = codecs.getincrementaldecoder("utf-8-sig")()  # a BOM (Notepad) is read as none
        self._json = json.JSONDecoder()
        self._text = ""
        self._at = 0
        self._line, self._line_start = 1, 0  # of the buffer's start, to name a place in the whole file
        self._ended = False
        self.read = 0

    # -- the buffer ------------------------------------------------------------------------------------------

    def _more(self, size: int = CHUNK) -> bool:
        """Read `size` bytes more; False at the end of the file."""
        if self._ended:
            return False
        data = self._handle.read(size)
        self.read += len(data)
        self._ended = not data
        text = self._decoder.decode(data, final=self._ended)
        consumed = self._text[:self._at]  # keep line numbers right while the read part is dropped
        newlines = consumed.count("\n")
        if newlines:
            self._line += newlines
            self._line_start = len(consumed) - consumed.rfind("\n") - 1
        else:
            self._line_start += len(consumed)
        self._text = self._text[self._at:] + text
        self._at = 0
        return bool(data) or bool(text)

    def _fail(self, msg: str, at: int) -> StreamError:
        before = self._text[:at]
        newlines = before.count("\n")
        column = at - before.rfind("\n") if newlines else self._line_start + at + 1
        return StreamError(msg, self._line + newlines, column)

    def _skip_space(self) -> str:
        """The next character that is not whitespace ('' at the end of the file)."""
        while True:
            text, at = self._text, self._at
            while at < len(text) and text[at] in _WHITESPACE:
                at += 1
            self._at = at
            if at < len(text):
                return text[at]
            if not self._more():
                return ""

    def _expect(self, allowed: str, what: str) -> str:
        char = self._skip_space()
        if not char or char not in allowed:
            raise self._fail(f"Expecting {what}", self._at)
        self._at += 1
        return char

    def _value(self) -> Any:
        """Decode the value at the buffer's position, reading more of the file until it is complete."""
        self._skip_space()
        size = CHUNK
        while True:
            try:
                value, end = self._json.raw_decode(self._text, self._at)
            except json.JSONDecodeError as err:
                if self._ended or not self._more(size):
                    raise self._fail(err.msg, err.pos) from None
                size *= 2  # a value larger than the buffer: read more at each try, so it is decoded few times
                continue
            if end == len(self._text) and not self._ended and self._text[end - 1] not in "]}\"":
                if self._more(size):  # a number may go on in the next chunk
                    continue
            self._at = end
            return value

    # -- the document ----------------------------------------------------------------------------------------

    def __iter__(self) -> Iterator[tuple[str, Any]]:
        if self._skip_space() != "{":
            yield "", self._value()  # not an object: the checker names what it is
            self._end()
            return
        self._at += 1
        if self._skip_space() == "}":
            self._at += 1
        else:
            while True:
                key = self._value()
                if not isinstance(key, str):
                    raise self._fail("Expecting property name enclosed in double quotes", self._at)
                self._expect(":", "':' delimiter")
                if key == "sessions" and self._skip_space() == "[":
                    yield from self._sessions()
                else:
                    yield key, self._value()
                if self._expect(",}", "',' delimiter") == "}":
                    break
        self._end()

    def _sessions(self) -> Iterator[tuple[str, Any]]:
        self._at += 1
        yield "sessions", []  # the list starts; its items follow one by one as ("session", (index, item))
        if self._skip_space() == "]":
            self._at += 1
            return
        index = 0
        while True:
            yield "session", (index, self._value())
            index += 1
            if self._expect(",]", "',' delimiter") == "]":
                return

    def _end(self) -> None:
        if self._skip_space():
            raise self._fail("Extra data", self._at)
