"""Write the class results as an Excel workbook: an overview sheet and one sheet of answers per scenario."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import datetime
from pathlib import Path

import xlsxwriter
from xlsxwriter.exceptions import FileCreateError

from play_for_integrity.results import headers as h
from play_for_integrity.results.atomic_file import output_path, replacing
from play_for_integrity.results.cell_safety import neutralise
from play_for_integrity.results.errors import ResultsError
from play_for_integrity.results.export_texts import ExportTexts
from play_for_integrity.results.records import SessionData
from play_for_integrity.results.tables import Table, overview_table, scenario_tables

DATE_FORMAT = "yyyy-mm-dd hh:mm:ss"
MAX_COLUMN_WIDTH = 40
WIDTH_SAMPLE_ROWS = 200  # column widths are guessed from the first rows; measuring every cell costs time


def _column_kind(rows: list[list], col: int) -> type:
    """datetime, float (any number) or str, from the first filled cell; the table builders keep columns uniform."""
    for row in rows:
        value = row[col]
        if value is not None:
            return datetime if isinstance(value, datetime) else float if isinstance(value, (int, float)) else str
    return str


def _write_table(book: xlsxwriter.Workbook, table: Table, taken: set[str], formats: dict) -> None:
    sheet = book.add_worksheet(h.sheet_name(table.title, taken))
    for col, title in enumerate(table.headers):
        sheet.write_string(0, col, neutralise(title), formats["header"])
    date_format = formats["date"]
    kinds = [_column_kind(table.rows, col) for col in range(len(table.headers))]
    # write_string, never write(): text is never read as a formula, number or link.
    writers = [(lambda r, c, v: sheet.write_datetime(r, c, v, date_format)) if kind is datetime
               else sheet.write_number if kind is float
               else (lambda r, c, v: sheet.write_string(r, c, neutralise(v))) for kind in kinds]
    for r, row in enumerate(table.rows, start=1):
        for col, value in enumerate(row):
            if value is not None:
                writers[col](r, col, value)
    sample = table.rows[:WIDTH_SAMPLE_ROWS]
    for col, (title, kind) in enumerate(zip(table.headers, kinds)):
        shown = 19 if kind is datetime else 6 if kind is float else max(
            (len(row[col]) for row in sample if isinstance(row[col], str)), default=0)
        sheet.set_column(col, col, min(max(len(title), shown) + 2, MAX_COLUMN_WIDTH))
    sheet.freeze_panes(1, 0)
    if table.rows:
        sheet.autofilter(0, 0, len(table.rows), len(table.headers) - 1)


def write_xlsx(sessions: Sequence[SessionData], out: str | Path, translate: h.Translate = h.identity,
               value_names: Mapping[str, str] | None = None,
               scenario_titles: Mapping[str, str] | None = None, *, texts: ExportTexts | None = None) -> Path:
    """Write the workbook to `out` (replaced only once complete); `texts`, when given, overrides the rest."""
    path = output_path(out)
    texts = texts or ExportTexts(translate, value_names or {}, scenario_titles or {})
    tables = [overview_table(sessions, texts), *scenario_tables(sessions, texts)]
    with replacing(path) as temp:
        book = xlsxwriter.Workbook(str(temp), {"strings_to_formulas": False, "strings_to_numbers": False,
                                               "strings_to_urls": False})
        formats = {"header": book.add_format({"bold": True, "bg_color": "#DDEBF7", "bottom": 1}),
                   "date": book.add_format({"num_format": DATE_FORMAT})}
        taken: set[str] = set()
        for table in tables:
            _write_table(book, table, taken, formats)
        try:
            book.close()
        except FileCreateError as err:
            raise ResultsError(f"cannot write {path}: {err}") from err
    return path
