"""Write the class results as an Excel workbook: an overview sheet and one sheet of answers per scenario.

XlsxWriter's constant_memory mode keeps one row per sheet in memory, so the sessions are read one at a time and
each row goes to its sheet as it is made. A sheet that reaches Excel's row limit ends with a note naming the
sheet where its rows go on.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

import xlsxwriter
from xlsxwriter.exceptions import FileCreateError

from play_for_integrity.results import headers as h
from play_for_integrity.results.atomic_file import output_path, replacing
from play_for_integrity.results.errors import ResultsError
from play_for_integrity.results.export_source import ExportSource, as_source
from play_for_integrity.results.export_texts import ExportTexts
from play_for_integrity.results.progress import Progress
from play_for_integrity.results.records import SessionData
from play_for_integrity.results.tables import (AnswerRows, Column, LocalClock, answer_columns, overview_columns,
                                               overview_rows, scenario_sheet_title, scenarios_of)
from play_for_integrity.results.xlsx_sheet import SheetWriter

DATE_FORMAT = "yyyy-mm-dd hh:mm:ss"
BOOK_OPTIONS = {"constant_memory": True, "strings_to_formulas": False, "strings_to_numbers": False,
                "strings_to_urls": False}


class _Book:
    """The workbook being written: its formats, the sheet names taken, and one SheetWriter per table."""

    def __init__(self, path: Path, texts: ExportTexts) -> None:
        self.book = xlsxwriter.Workbook(str(path), BOOK_OPTIONS)
        self.texts = texts
        self.formats = {"header": self.book.add_format({"bold": True, "bg_color": "#DDEBF7", "bottom": 1}),
                        "date": self.book.add_format({"num_format": DATE_FORMAT})}
        self.taken: set[str] = set()
        self.sheets: list[SheetWriter] = []

    def table(self, title: str, columns: Sequence[Column]) -> SheetWriter:
        note = self.texts.translate(h.CONTINUES)
        sheet = SheetWriter(self.book, title, columns, self.taken, self.formats, note)
        self.sheets.append(sheet)
        return sheet

    def close(self, path: Path) -> None:
        for sheet in self.sheets:
            sheet.close()
        try:
            self.book.close()
        except FileCreateError as err:
            raise ResultsError(f"cannot write {path}: {err}") from err

    def discard(self) -> None:
        """After a failure: close anyway, so XlsxWriter removes its temporary files (the output is thrown away)."""
        try:
            self.book.close()
        except Exception:  # noqa: BLE001 - the first failure is the one to report
            pass


def _fill(book: _Book, source: ExportSource, texts: ExportTexts, progress: Progress) -> None:
    """One pass over the sessions: participants to the overview, each answer to its scenario's sheet."""
    values = source.values(texts.value_names)
    clock = LocalClock()
    overview = book.table(texts.translate(h.OVERVIEW_SHEET), overview_columns(values, texts))
    answers = AnswerRows(values, texts, clock, with_scenario=False)
    columns = answer_columns(values, texts, with_scenario=False)
    sheets: dict[str, Any] = {}
    for session in source.sessions():
        for row in overview_rows(session, values, clock):
            overview.add(row)
        for scenario_id in scenarios_of(session):  # made in the order first met, as the sheets appear
            if scenario_id not in sheets:
                sheets[scenario_id] = book.table(scenario_sheet_title(scenario_id, texts), columns)
        for row in answers.rows(session):
            sheets[row.scenario_id].add(row.parts())
        progress.done(len(session.answers))


def write_xlsx(sessions: Sequence[SessionData] | ExportSource, out: str | Path, translate: h.Translate = h.identity,
               value_names: Mapping[str, str] | None = None,
               scenario_titles: Mapping[str, str] | None = None, *, texts: ExportTexts | None = None,
               progress: Progress | None = None) -> Path:
    """Write the workbook to `out` (replaced only once complete); `texts`, when given, overrides the rest."""
    path = output_path(out)
    texts = texts or ExportTexts(translate, value_names or {}, scenario_titles or {})
    with replacing(path) as temp, progress or Progress.off() as shown:
        book = _Book(temp, texts)
        try:
            _fill(book, as_source(sessions), texts, shown)
        except BaseException:
            book.discard()
            raise
        book.close(path)
    return path
