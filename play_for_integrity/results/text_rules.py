"""Text the results keep: no control, direction or broken characters, which hide line breaks and formulas."""

from __future__ import annotations

import re

# C0/C1 controls (line breaks, tabs), line and paragraph separators, zero-width and direction marks, a BOM,
# and lone surrogates (not valid Unicode: SQLite and UTF-8 files refuse them).
UNSAFE = re.compile("[\x00-\x1f\x7f-\x9f\u200b\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069\ufeff"
                    "\ud800-\udfff]")


def clean_name(text: str) -> str:
    """`text` with every unsafe character made a space, runs of spaces made one, and the ends trimmed."""
    return " ".join(UNSAFE.sub(" ", text).split())


def unsafe_character(text: str) -> str | None:
    """'U+000A' for the first unsafe character in `text`, or None when there is none."""
    found = UNSAFE.search(text)
    return f"U+{ord(found.group()):04X}" if found else None
