"""Keep spreadsheet programs from running exported text as a formula (CSV/formula injection)."""

from __future__ import annotations

# A cell starting with one of these is taken as a formula by Excel, LibreOffice or Google Sheets.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def neutralise(text: str) -> str:
    """Prefix a single quote to text that a spreadsheet would read as a formula; other text is unchanged."""
    return "'" + text if text.startswith(FORMULA_STARTS) else text
