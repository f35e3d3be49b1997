"""One table of an XLSX export written row by row, going on in a new sheet at Excel's row limit."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

import xlsxwriter

from play_for_integrity.results.cell_safety import neutralise
from play_for_integrity.results.headers import sheet_name
from play_for_integrity.results.tables import NUMBER, TIME, Cell, Column
from play_for_integrity.results.xlsx_rows import FastRows, usable

ROW_LIMIT = 1_048_576  # rows in an Excel sheet, the header included
MAX_COLUMN_WIDTH = 40
WIDTH_SAMPLE_ROWS = 200  # column widths are guessed from the first rows; measuring every cell costs time


class SheetWriter:
    """Writes the rows of one table in order; the last row of a full sheet says where the table goes on."""

    def __init__(self, book: xlsxwriter.Workbook, title: str, columns: Sequence[Column], taken: set[str],
                 formats: dict[str, Any], note: str) -> None:
        self.book = book
        self.title = title
        self.columns = list(columns)
        self.taken = taken
        self.formats = formats
        self.note = note  # "Continued on the sheet {sheet}", translated
        self.sheet: Any = None
        self.row = 0
        self._start(sheet_name(title, taken))

    def _start(self, name: str) -> None:
        sheet = self.sheet = self.book.add_worksheet(name)
        for col, (title, _) in enumerate(self.columns):
            sheet.write_string(0, col, neutralise(title), self.formats["header"])
        sheet.freeze_panes(1, 0)
        self.row = 1
        self.widths = [len(title) for title, _ in self.columns]
        date = self.formats["date"]
        self._fast = FastRows(sheet, [kind for _, kind in self.columns], date) if usable(sheet) else None
        # write_string, never write(): text is never read as a formula, number or link.
        self._writers = [(lambda r, c, v: sheet.write_datetime(r, c, v, date)) if kind == TIME
                         else sheet.write_number if kind == NUMBER
                         else (lambda r, c, v: sheet.write_string(r, c, neutralise(v))) for _, kind in self.columns]

    @property
    def fast(self) -> FastRows | None:
        """The current sheet's row writer (None when XlsxWriter's own calls write it)."""
        return self._fast

    def add_cells(self, cells: str, parts: Callable[[], Sequence[Cell | tuple[Cell, ...]]]) -> None:
        """Add a row given as the XML of its cells (see FastRows.cells); while the columns' widths are still being
        measured, or without FastRows, as `parts()` instead."""
        if self.row == ROW_LIMIT - 1:
            self._go_on()
        if self._fast is None or self.row <= WIDTH_SAMPLE_ROWS:
            self.add(parts())
            return
        self._fast.write_cells(self.row, cells)
        self.row += 1

    def add(self, parts: Sequence[Cell | tuple[Cell, ...]]) -> None:
        """Add a row, given as cells or as parts some of which are tuples of cells shared by many rows."""
        if self.row == ROW_LIMIT - 1:  # the sheet's last row is for the note
            self._go_on()
        r = self.row
        if self._fast is not None:
            self._fast.write(r, parts)
        if self._fast is None or r <= WIDTH_SAMPLE_ROWS:
            row = [cell for part in parts for cell in (part if type(part) is tuple else (part,))]
            if self._fast is None:
                for col, (write, value) in enumerate(zip(self._writers, row)):
                    if value is not None:
                        write(r, col, value)
            if r <= WIDTH_SAMPLE_ROWS:
                self.widths = [max(width, len(value)) if isinstance(value, str) else width
                               for width, value in zip(self.widths, row)]
        self.row += 1

    def _go_on(self) -> None:
        """Close this sheet with a note naming the next one, and start the next one."""
        following = sheet_name(self.title, self.taken)
        if self._fast is not None:
            self._fast.flush()
        self.sheet.write_string(self.row, 0, neutralise(self.note.replace("{sheet}", following)))
        self._finish(last_data_row=self.row - 1)
        self._start(following)

    def _finish(self, last_data_row: int) -> None:
        if self._fast is not None:
            self._fast.flush()
        for col, (width, (_, kind)) in enumerate(zip(self.widths, self.columns)):
            shown = max(width, 19 if kind == TIME else 6 if kind == NUMBER else 0)
            self.sheet.set_column(col, col, min(shown + 2, MAX_COLUMN_WIDTH))
        if last_data_row > 0:
            self.sheet.autofilter(0, 0, last_data_row, len(self.columns) - 1)

    def close(self) -> None:
        self._finish(last_data_row=self.row - 1)
