"""Keep spreadsheet programs from running exported text as a formula (CSV/formula injection)."""

from __future__ import annotations

import re

# A cell starting with one of these is taken as a formula by Excel, LibreOffice or Google Sheets.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
# Every line counts: a CSV opened with the wrong separator, or pasted, turns each line of a cell into a cell.
_LINE_BREAKS = "\n\r\v\f\x1c\x1d\x1e\x85\u2028\u2029"
_LINE_START = re.compile(f"(?:^|(?<=[{_LINE_BREAKS}]))(?=[=+\\-@\\t\\r])")
_LINE_BREAK = re.compile(f"[{_LINE_BREAKS}]")


def neutralise(text: str) -> str:
    """Prefix a single quote to each line that a spreadsheet would read as a formula; other text is unchanged."""
    if not text.startswith(FORMULA_STARTS) and not _LINE_BREAK.search(text):
        return text  # one line that starts harmlessly: the common case, checked without the slower pattern
    return _LINE_START.sub("'", text)
