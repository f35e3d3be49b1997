"""Problems found in content files, each with an exact place and a hint a person can act on."""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from pathlib import Path

# Characters that can reorder or hide what a terminal shows: bidi marks, embeddings, overrides and isolates.
BIDI_CONTROLS = frozenset("\u061c\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")
_UNSAFE_CATEGORIES = ("Cc", "Cs", "Zl", "Zp")  # controls (C0, DEL, C1), lone surrogates, line/paragraph separators


def _escape(char: str) -> str:
    code = ord(char)
    if code < 0x100:
        return f"\\x{code:02x}"
    return f"\\u{code:04x}" if code < 0x10000 else f"\\U{code:08x}"


def visible(text: str) -> str:
    """`text` with control, bidi and separator characters written as escapes (\\x1b, \\u202e): safe to print."""
    if text.isprintable():  # the common case: nothing to escape (isprintable is False for every unsafe character)
        return text
    return "".join(_escape(char) if char in BIDI_CONTROLS or unicodedata.category(char) in _UNSAFE_CATEGORIES
                   else char for char in text)


@dataclass(frozen=True)
class Problem:
    """One mistake in one file: `path:line:col: message`, then how to fix it (file values in them made visible)."""

    path: str
    line: int
    column: int
    message: str
    hint: str = ""

    def __post_init__(self) -> None:  # a message quotes file values: no control character may reach a screen
        object.__setattr__(self, "message", visible(self.message))
        object.__setattr__(self, "hint", visible(self.hint))

    def location(self) -> str:
        return f"{visible(str(self.path))}:{self.line}:{self.column}"

    def __str__(self) -> str:
        text = f"{self.location()}: {self.message}"
        if self.hint:
            text += f"\n    hint: {self.hint}"
        return text


class ContentError(Exception):
    """Raised when a content file cannot be used; carries every problem found in it."""

    def __init__(self, problems: list[Problem]):
        if not problems:
            raise ValueError("ContentError needs at least one problem")
        self.problems = list(problems)
        super().__init__("\n".join(str(p) for p in self.problems))


def display_path(path: Path | str, resolved: Path | None = None, cwd: Path | None = None) -> str:
    """A path as the author knows it: relative to the working directory when it lies below it.

    `resolved` (the path resolved) and `cwd` (the working directory resolved) spare a caller naming many files
    in one folder from resolving them again for each.
    """
    p = Path(path)
    try:
        return str((resolved or p.resolve()).relative_to(cwd or Path.cwd().resolve()))
    except (ValueError, OSError):
        return str(p)
