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
EPOCH = datetime(1899, 12, 31)  # Excel's, in its 1900 date system
CACHE_LIMIT = 4096  # remembered cells per column (answer ids never repeat: the cache starts again)


def serial(days: int, seconds: int, microseconds: int) -> float:
    """Excel's day number of a time `days`, `seconds` and `microseconds` after 1899-12-31 (after 1900 only)."""
    # XlsxWriter's sum, then the day Excel counts for 29 February 1900 (which never was)
    return days + (float(seconds) + float(microseconds) / 1e6) / (60 * 60 * 24) + 1


def usable(sheet: Any) -> bool:
    """True when `sheet` streams rows in the way these rows rely on."""
    return all(hasattr(sheet, name) for name in _NEEDED) and bool(sheet.constant_memory)


class FastRows:
    """Writes rows of typed cells (see tables: time, text, number) straight into the sheet's row data."""

    def __init__(self, sheet: Any, kinds: Sequence[str], date_format: Any) -> None:
        self.sheet = sheet
        self.letters = [xl_col_to_name(col) for col in range(len(kinds))]
        date_style = date_format._get_xf_index()
        self._columns: list[tuple[dict, Callable[[Cell], str]]] = [
            ({}, (lambda value, s=date_style: f' s="{s}"><v>{self._serial(value):.16G}</v></c>'))
            if kind == TIME else ({}, self._number) if kind == NUMBER else ({}, self._text) for kind in kinds]
        self.remember = [kind != TIME for kind in kinds]
        self._parts: dict[int, tuple[tuple, int, str]] = {}
        self._date_style = date_style
        self._pending: list[str] = []  # rows made, written to the sheet's file a batch at a time (see flush)

    def _serial(self, moment: datetime) -> float:
        """Excel's day number of a naive local time, as XlsxWriter reckons it (the short way after 1900)."""
        if moment.year <= 1900 or self.sheet.date_1904:
            return self.sheet._convert_date_time(moment)
        delta = moment - EPOCH
        return serial(delta.days, delta.seconds, delta.microseconds)

    def quick_dates(self) -> bool:
        """True when `serial` gives this sheet's day numbers for times after 1900 (the 1900 date system)."""
        return not self.sheet.date_1904

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
        seen, make = self._columns[col]
        tail = seen.get(value) if self.remember[col] else None
        if tail is None:
            tail = make(value)
            if self.remember[col]:
                if len(seen) > CACHE_LIMIT:
                    seen.clear()
                seen[value] = tail
        return tail

    def cells(self, col: int, values: Sequence[Cell]) -> str:
        """The XML of cells from column `col` on, with NUL where the row number goes; None cells are left out."""
        return "".join(f'<c r="{self.letters[col + i]}\0"{self._tail(col + i, value)}'
                       for i, value in enumerate(values) if value is not None)

    def id_cell(self, col: int, value: str) -> str:
        """The XML of a text that never repeats (an id), as `cells` would make it, but not remembered."""
        if _PLAIN.fullmatch(value):
            return f'<c r="{self.letters[col]}\0" t="inlineStr"><is><t>{value}</t></is></c>'
        return f'<c r="{self.letters[col]}\0"{self._text(value)}'

    def time_cell(self, day: float) -> str:
        """The first column's XML for a time given as Excel's day number (see serial), NUL for the row number."""
        return f'<c r="{self.letters[0]}\0" s="{self._date_style}"><v>{day:.16G}</v></c>'

    def _shared(self, col: int, part: tuple[Cell, ...]) -> str:
        """The XML of a part many rows share (see AnswerRow), with NUL where the row number goes."""
        found = self._parts.get(id(part))
        if found is None or found[0] is not part or found[1] != col:  # kept with its part: the id stays its own
            if len(self._parts) > CACHE_LIMIT:
                self._parts.clear()
            found = self._parts[id(part)] = (part, col, self.cells(col, part))
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
        self._add("".join(out), row_index)

    def write_cells(self, row_index: int, cells: str) -> None:
        """Write row `row_index` given as the XML of all its cells with NUL for the row number (see `cells`)."""
        if self.sheet.table:
            self.sheet._write_single_row(row_index)
        number = str(row_index + 1)
        self._add(f'<row r="{number}">{cells.replace(chr(0), number)}</row>', row_index)

    def _add(self, xml: str, row_index: int) -> None:
        pending = self._pending
        pending.append(xml)
        if len(pending) >= 512:
            self.flush()
        sheet = self.sheet
        sheet.previous_row = row_index
        sheet.dim_rowmax = max(sheet.dim_rowmax or 0, row_index)

    def flush(self) -> None:
        """Write the rows made so far to the sheet's file: before anything else writes to the sheet, and at its end."""
        if self._pending:
            self.sheet.fh.write("".join(self._pending))
            self._pending.clear()
