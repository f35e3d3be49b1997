"""Write whole rows of a constant_memory XlsxWriter sheet as XML at once: a year of answers is tens of millions of
cells, and XlsxWriter's own per-cell calls cost several microseconds each.

The cells are the ones XlsxWriter itself would write (inline strings, numbers, dates with a format), and a text or
number met before is looked up rather than escaped again. It leans on XlsxWriter's row-streaming state, so
`usable()` checks that state is there; without it the sheet is written through the public API instead.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from datetime import datetime
from typing import Any

from xlsxwriter.utility import xl_col_to_name

from play_for_integrity.results.cell_safety import neutralise
from play_for_integrity.results.tables import NUMBER, TIME, Cell

_NEEDED = ("fh", "table", "previous_row", "dim_rowmax", "constant_memory", "date_1904", "_write_single_row",
           "_convert_date_time", "_escape_data", "_escape_control_characters")
_EDGE_SPACE = re.compile(r"^\s|\s$")  # XlsxWriter keeps such text with xml:space="preserve"
_PLAIN = re.compile(r"[0-9A-Za-z][0-9A-Za-z.\-]*")  # ids: nothing to neutralise or escape
_EPOCH = datetime(1899, 12, 31)  # Excel's, in its 1900 date system
CACHE_LIMIT = 4096  # remembered cells per column (answer ids never repeat: the cache starts again)


def usable(sheet: Any) -> bool:
    """True when `sheet` streams rows in the way these rows rely on."""
    return all(hasattr(sheet, name) for name in _NEEDED) and bool(sheet.constant_memory)


class FastRows:
    """Writes rows of typed cells (see tables: time, text, number) straight into the sheet's row data."""

    def __init__(self, sheet: Any, kinds: Sequence[str], date_format: Any) -> None:
        self.sheet = sheet
        self.letters = [xl_col_to_name(col) for col in range(len(kinds))]
        date_style = date_format._get_xf_index()
        self.cells: list[tuple[dict, Callable[[Cell], str]]] = [
            ({}, (lambda value, s=date_style: f' s="{s}"><v>{self._serial(value):.16G}</v></c>'))
            if kind == TIME else ({}, self._number) if kind == NUMBER else ({}, self._text) for kind in kinds]
        self.remember = [kind != TIME for kind in kinds]
        self._parts: dict[int, tuple[tuple, int, str]] = {}

    def _serial(self, moment: datetime) -> float:
        """Excel's day number of a naive local time, as XlsxWriter reckons it (the short way after 1900)."""
        if moment.year <= 1900 or self.sheet.date_1904:
            return self.sheet._convert_date_time(moment)
        delta = moment - _EPOCH
        # XlsxWriter's sum, then the day Excel counts for 29 February 1900 (which never was)
        return delta.days + (float(delta.seconds) + float(delta.microseconds) / 1e6) / (60 * 60 * 24) + 1

    @staticmethod
    def _number(value: Cell) -> str:
        return f"><v>{value:.16G}</v></c>"

    def _text(self, value: Cell) -> str:
        if _PLAIN.fullmatch(value):
            return f' t="inlineStr"><is><t>{value}</t></is></c>'
        text = self.sheet._escape_control_characters(self.sheet._escape_data(neutralise(value)))
        space = ' xml:space="preserve"' if _EDGE_SPACE.search(text) else ""
        return f' t="inlineStr"><is><t{space}>{text}</t></is></c>'

    def _tail(self, col: int, value: Cell) -> str:
        """The cell's XML after its reference: from the column's memory when it was met before."""
        seen, make = self.cells[col]
        tail = seen.get(value) if self.remember[col] else None
        if tail is None:
            tail = make(value)
            if self.remember[col]:
                if len(seen) > CACHE_LIMIT:
                    seen.clear()
                seen[value] = tail
        return tail

    def _shared(self, col: int, part: tuple[Cell, ...]) -> str:
        """The XML of a part many rows share (see AnswerRow), with NUL where the row number goes."""
        found = self._parts.get(id(part))
        if found is None or found[0] is not part or found[1] != col:  # kept with its part: the id stays its own
            if len(self._parts) > CACHE_LIMIT:
                self._parts.clear()
            xml = "".join(f'<c r="{self.letters[col + i]}\0"{self._tail(col + i, value)}'
                          for i, value in enumerate(part) if value is not None)
            found = self._parts[id(part)] = (part, col, xml)
        return found[2]

    def write(self, row_index: int, parts: Sequence[Cell | tuple[Cell, ...]]) -> None:
        """Write row `row_index` (0-based, after every row already written); None cells are left empty."""
        sheet = self.sheet
        if sheet.table:
            sheet._write_single_row(row_index)  # the row XlsxWriter still holds (the header) goes first
        number = str(row_index + 1)
        out, col = [f'<row r="{number}">'], 0
        for part in parts:
            if type(part) is tuple:
                out.append(self._shared(col, part).replace("\0", number))
                col += len(part)
            else:
                if part is not None:
                    out.append(f'<c r="{self.letters[col]}{number}"{self._tail(col, part)}')
                col += 1
        out.append("</row>")
        sheet.fh.write("".join(out))
        sheet.previous_row = row_index
        sheet.dim_rowmax = max(sheet.dim_rowmax or 0, row_index)
